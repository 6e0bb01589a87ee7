/**
 * The Clerk call each command of the sign-in's transitions makes, and what its answer
 * makes happen: an event for the transitions and, for some, a notice after it.
 */
import {
  activateHeldSession,
  activateSession,
  attemptResetCode,
  attemptSecondFactor,
  createSignIn,
  isUserOf,
  prepareResetCode,
  prepareSecondFactor,
  resetPassword,
  signOut,
  startPasswordReset,
  updatePasswordAndActivate,
  type ClerkLike,
  type Activation,
  type ClerkResult,
  type PrepareResetCodeParams,
  type PrepareSecondFactorParams,
  type SignInAnswer,
  type UserLike,
} from './clerk-adapter/index.js';
import type { ClerkFailure } from './clerk-errors.js';
import { failureOutcome, type FailedAction, type FailureOutcome } from './error-policy.js';
import { isResetStrategy } from './factors.js';
import type { Command, FlowEvent } from './flow-events.js';
import type { Answered as MachineAnswered, MachineCall } from './flow-machine.js';
import type { CodeStrategy, FlowNotice, SignedInUser } from './types.js';

/** What an answer makes happen: an event, and a notice announced once it is applied. */
export type Answered = MachineAnswered<FlowEvent, FlowNotice>;

/** A Clerk call of the sign-in, ready to run. */
export type ClerkCall = MachineCall<FailedAction, FlowEvent, FlowNotice>;

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
    case 'start-reset':
      return {
        action: 'start-reset',
        call: async (signal) => {
          const clerk = await context.loadedClerk();
          if (signal.aborted || !clerk || context.signedIn()) return null;
          return answeredWith(await startPasswordReset(clerk, context.identifier), (answer) => ({
            event: { type: 'reset-started', answer },
          }));
        },
      };
    case 'attempt-code': {
      const { signIn, strategy } = command;
      const code = secrets.code ?? '';
      return {
        action: 'attempt-code',
        call: async () =>
          answeredWith(
            isResetStrategy(strategy)
              ? await attemptResetCode(signIn, { strategy, code })
              : await attemptSecondFactor(signIn, { strategy, code }),
            signInAnswered,
          ),
      };
    }
    case 'send-code': {
      const { strategy, safeIdentifier } = command;
      return {
        action: 'send-code',
        call: async () =>
          answeredWith(await sendCode(command.signIn, command.params), (answer) => {
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
    case 'reset-password': {
      const params = {
        password: secrets.password ?? '',
        signOutOfOtherSessions: command.signOutOfOtherSessions,
      };
      return {
        action: 'new-password',
        call: async () => answeredWith(await resetPassword(command.signIn, params), signInAnswered),
      };
    }
    case 'update-password': {
      const { sessionId } = command;
      const params = {
        newPassword: secrets.password ?? '',
        signOutOfOtherSessions: command.signOutOfOtherSessions,
      };
      return {
        action: 'new-password',
        call: async () =>
          answeredWith(
            await updatePasswordAndActivate(context.clerk!, sessionId, params),
            (activation) => activated(sessionId, activation, context.identifier),
          ),
      };
    }
    case 'activate': {
      const { sessionId } = command;
      return {
        action: 'activate',
        call: async () =>
          answeredWith(await activateSession(context.clerk!, sessionId), (activation) =>
            activated(sessionId, activation, context.identifier),
          ),
      };
    }
    case 'recover-session': {
      const { error, otherwise } = command;
      return {
        action: 'activate',
        call: async () =>
          answeredWith(await activateHeldSession(context.clerk!), (held) => {
            if (held && (held.task !== null || isUserOf(held.user, context.identifier))) {
              // The session this sign-in created: the sign-in is complete after all.
              return activated(held.sessionId, held, context.identifier);
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

/**
 * What making `sessionId` active leads to: the sign-in is complete, or the session waits
 * for a task first (and `clerk-mfa-complete` waits with it).
 */
function activated(sessionId: string, activation: Activation, identifier: string): Answered {
  const user = toSignedInUser(activation.user, identifier);
  if (activation.task !== null) {
    return { event: { type: 'task-pending', sessionId, task: activation.task, user } };
  }
  return {
    event: { type: 'activated', user },
    notice: { type: 'complete', detail: { sessionId, userId: activation.user?.id ?? '' } },
  };
}

/** Sends a code: a reset code as the sign-in's first factor, any other as its second. */
function sendCode(
  signIn: SignInAnswer,
  params: PrepareSecondFactorParams | PrepareResetCodeParams,
): Promise<ClerkResult<SignInAnswer>> {
  return isResetParams(params)
    ? prepareResetCode(signIn, params)
    : prepareSecondFactor(signIn, params);
}

function isResetParams(
  params: PrepareSecondFactorParams | PrepareResetCodeParams,
): params is PrepareResetCodeParams {
  return isResetStrategy(params.strategy);
}

function signInAnswered(answer: SignInAnswer): Answered {
  return { event: { type: 'sign-in-answered', answer } };
}

function answeredWith<Value>(
  result: ClerkResult<Value>,
  answered: (value: Value) => Answered,
): ClerkResult<Answered> {
  return result.ok ? { ok: true, value: answered(result.value) } : result;
}

/**
 * The event of a failed call: the error policy's outcome, with who Clerk holds signed
 * in for an outcome that shows the session.
 */
export function failedEvent(
  failure: ClerkFailure,
  action: FailedAction,
  strategy: CodeStrategy | null,
  known: { readonly clerkUser: UserLike | null; readonly identifier: string },
): FlowEvent {
  const outcome = failureOutcome(failure, action, strategy);
  const user =
    outcome.kind === 'signed-in' ? toSignedInUser(known.clerkUser, known.identifier) : null;
  return { type: 'failed', outcome, user };
}

/** Who is signed in, named by full name, else email, else what was typed, else id. */
export function toSignedInUser(user: UserLike | null, identifier: string): SignedInUser | null {
  if (!user) return null;
  const displayName =
    user.fullName || user.primaryEmailAddress?.emailAddress || identifier || user.id;
  return { id: user.id, displayName };
}
