/**
 * The Clerk call each command of the sign-in's transitions makes, and what its answer
 * makes happen: an event for the transitions and, for some, a notice after it.
 */
import {
  activateHeldSession,
  activateSession,
  attemptSecondFactor,
  createSignIn,
  isUserOf,
  prepareSecondFactor,
  signOut,
  type ClerkLike,
  type ClerkResult,
  type UserLike,
} from './clerk-adapter.js';
import type { FailedAction, FailureOutcome } from './error-policy.js';
import type { Command, FlowEvent } from './flow-events.js';
import type { FlowNotice, SignedInUser } from './types.js';

/** What an answer makes happen. */
export interface Answered {
  readonly event: FlowEvent;
  /** Announced once the event is applied. */
  readonly notice?: FlowNotice;
}

/** A Clerk call ready to run: what it does (for the error policy) and the call itself. */
export interface ClerkCall {
  readonly action: FailedAction;
  /** Makes the call; null when there turned out to be nothing to do. */
  readonly call: (signal: AbortSignal) => Promise<ClerkResult<Answered> | null>;
}

/** The secrets an intent hands to the call it starts, and to nothing else. */
export interface Secrets {
  readonly password?: string;
  readonly code?: string;
}

/** What the calls need from the flow. */
export interface CallContext {
  /** Clerk, once loaded. */
  readonly clerk: ClerkLike | null;
  /** Clerk once loaded, loading it again after a failure; null when it cannot be loaded. */
  readonly loadedClerk: () => Promise<ClerkLike | null>;
  /** Whether the flow holds a session (found when Clerk loaded). */
  readonly signedIn: () => boolean;
  /** The identifier of the sign-in. */
  readonly identifier: string;
  /** When a code sent now can be sent again. */
  readonly resendAvailableAt: () => number;
}

/** The call that carries out `command`. */
export function clerkCallFor(command: Command, secrets: Secrets, context: CallContext): ClerkCall {
  switch (command.type) {
    case 'create-sign-in': {
      const credentials = { identifier: context.identifier, password: secrets.password ?? '' };
      return {
        action: 'create',
        call: async (signal) => {
          const clerk = await context.loadedClerk();
          // Without Clerk, or with a session found on loading, the load's outcome is what shows.
          if (signal.aborted || !clerk || context.signedIn()) return null;
          return answeredWith(await createSignIn(clerk, credentials), signInAnswered);
        },
      };
    }
    case 'attempt-code': {
      const params = { strategy: command.strategy, code: secrets.code ?? '' };
      return {
        action: 'attempt-code',
        call: async () =>
          answeredWith(await attemptSecondFactor(command.signIn, params), signInAnswered),
      };
    }
    case 'send-code': {
      const { strategy, safeIdentifier } = command;
      return {
        action: 'send-code',
        call: async () =>
          answeredWith(await prepareSecondFactor(command.signIn, command.params), (answer) => {
            const resendAvailableAt = context.resendAvailableAt();
            return {
              event: { type: 'code-sent', strategy, answer, resendAvailableAt },
              notice: {
                type: 'code-sent',
                detail: { strategy, safeIdentifier, resendAvailableAt },
              },
            };
          }),
      };
    }
    case 'activate': {
      const { sessionId } = command;
      return {
        action: 'activate',
        call: async () =>
          answeredWith(await activateSession(context.clerk!, sessionId), (user) => ({
            event: { type: 'activated', user: toSignedInUser(user, context.identifier) },
            notice: { type: 'complete', detail: { sessionId, userId: user?.id ?? '' } },
          })),
      };
    }
    case 'recover-session': {
      const { error, otherwise } = command;
      return {
        action: 'activate',
        call: async () =>
          answeredWith(await activateHeldSession(context.clerk!), (held) => {
            if (held && isUserOf(held.user, context.identifier)) {
              // The session this sign-in created: the sign-in is complete after all.
              const { sessionId, user } = held;
              return {
                event: { type: 'activated', user: toSignedInUser(user, context.identifier) },
                notice: { type: 'complete', detail: { sessionId, userId: user?.id ?? '' } },
              };
            }
            const user = toSignedInUser(
              held?.user ?? context.clerk?.user ?? null,
              context.identifier,
            );
            const outcome: FailureOutcome = held
              ? {
                  kind: 'signed-in',
                  error: { code: 'session_exists', key: 'unstable__errors.session_exists' },
                }
              : { kind: otherwise, error };
            return { event: { type: 'failed', outcome, user } };
          }),
      };
    }
    case 'sign-out':
      return {
        action: 'sign-out',
        call: async () =>
          answeredWith(await signOut(context.clerk!), () => ({ event: { type: 'signed-out' } })),
      };
  }
}

function signInAnswered(answer: Parameters<typeof attemptSecondFactor>[0]): Answered {
  return { event: { type: 'sign-in-answered', answer } };
}

function answeredWith<Value>(
  result: ClerkResult<Value>,
  answered: (value: Value) => Answered,
): ClerkResult<Answered> {
  return result.ok ? { ok: true, value: answered(result.value) } : result;
}

/** Who is signed in, named by full name, else email, else what was typed, else id. */
export function toSignedInUser(user: UserLike | null, identifier: string): SignedInUser | null {
  if (!user) return null;
  const displayName =
    user.fullName || user.primaryEmailAddress?.emailAddress || identifier || user.id;
  return { id: user.id, displayName };
}
