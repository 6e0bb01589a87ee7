/**
 * The states the sign-in's answers and failures lead to, shared by the steps of
 * `transitions.ts`: the code step Clerk asks for (sending its first code), a new
 * password, a status this form cannot finish, a session that is active or waits for a
 * task, and every failure.
 */
import type { MessageKey } from '../messages.js';
import type { SignInAnswer } from './clerk-adapter/index.js';
import { fieldError, packageError, type DescribedError } from './described-error.js';
import type { FlowEvent, HeldSession, Transition } from './flow-events.js';
import {
  clientTrustOrder,
  isSentCodeStrategy,
  offeredFactors,
  resetCodeOrder,
  secondFactorOrder,
  type SentCodeStrategy,
} from './factors.js';
import { lockAccount, lockedUntil, lockEveryone, unlockAccount } from './locks.js';
import {
  codeState,
  credentialsState,
  isCodeState,
  newPasswordState,
  signedInState,
  taskState,
  unsupportedState,
  type CodeState,
  type SignInState,
  type UnsupportedState,
} from './states.js';
import type { CodeStrategy, SignInStatus } from './types.js';

/** Whether submits for `identifier` are refused at `now`. */
export function isLocked(state: SignInState, identifier: string, now: number): boolean {
  const until = lockedUntil(state.locks, identifier);
  return until !== null && now < until;
}

/**
 * The state after a Clerk answer to creating the sign-in or verifying a code. Clerk
 * accepted the account, so any lock of it has ended.
 */
export function answered(locked: SignInState, answer: SignInAnswer, now: number): Transition {
  const state = { ...locked, locks: unlockAccount(locked.locks, locked.identifier) };
  switch (answer.status) {
    case 'complete': {
      const sessionId = answer.createdSessionId;
      if (!sessionId)
        return { state: { ...state, busy: false, error: packageError('unknown_error') } };
      const pending = isCodeState(state)
        ? { ...state, busy: true, error: null, pendingSessionId: sessionId }
        : credentialsState(state, { busy: true }, sessionId);
      return { state: pending, command: { type: 'activate', sessionId } };
    }
    case 'needs_second_factor':
      return enterCodeStep(state, 'second-factor', answer, now);
    case 'needs_client_trust':
      return enterCodeStep(state, 'client-trust', answer, now);
    case 'needs_new_password':
      return { state: newPasswordState(state, answer) };
    default:
      return { state: unsupported(state, answer.status) };
  }
}

/** The error of a code refused before it is sent: none typed, or one that cannot be right. */
export function codeError(state: CodeState, code: 'missing' | 'implausible'): DescribedError {
  if (code === 'missing') return fieldError('code_required', 'code');
  return fieldError(
    state.strategy === 'backup_code' ? 'backup_code_format' : 'code_length',
    'code',
  );
}

/** The messages of the statuses this flow cannot finish; others get a generic one naming them. */
const unsupportedStatusMessages: Readonly<Partial<Record<SignInStatus, MessageKey>>> = {
  needs_first_factor: 'clerkMfaElements.unsupported.needs_first_factor',
  needs_protect_check: 'clerkMfaElements.unsupported.needs_protect_check',
};

function unsupported(state: SignInState, status: SignInStatus): UnsupportedState {
  const key = unsupportedStatusMessages[status];
  return unsupportedState(
    state,
    status,
    key
      ? { code: 'unsupported_status', key }
      : {
          code: 'unsupported_status',
          key: 'clerkMfaElements.unsupported.other',
          params: { status },
        },
  );
}

/**
 * The code step for a sign-in started to reset its password (`answer`): the reset code
 * is sent at once. An account or instance without a reset code stays on the form, saying so.
 */
export function enterResetCode(state: SignInState, answer: SignInAnswer, now: number): Transition {
  if (offeredFactors(answer.supportedFirstFactors, resetCodeOrder).length === 0) {
    return { state: credentialsState(state, { error: packageError('reset_unavailable') }) };
  }
  return enterCodeStep(state, 'reset-code', answer, now);
}

/** The factors each code step offers, from Clerk's answer, in the order they are offered. */
function offeredFor(step: CodeState['step'], answer: SignInAnswer) {
  if (step === 'reset-code') return offeredFactors(answer.supportedFirstFactors, resetCodeOrder);
  return offeredFactors(
    answer.supportedSecondFactors,
    step === 'second-factor' ? secondFactorOrder : clientTrustOrder,
  );
}

/** The code step for `answer`, sending the first code when its strategy is one Clerk sends. */
function enterCodeStep(
  state: SignInState,
  step: CodeState['step'],
  answer: SignInAnswer,
  now: number,
): Transition {
  const offered = offeredFor(step, answer);
  const first = offered[0];
  if (!first) {
    return { state: unsupportedState(state, answer.status, packageError('no_supported_factor')) };
  }
  const sentCodes = isCodeState(state) && state.step === step ? state.sentCodes : new Map();
  const strategy = first.factor.strategy;
  const next = codeState(state, { step, signIn: answer, offered, strategy, sentCodes });
  return sendUnlessSent(next, now);
}

/** Sends the code of the current strategy unless one was sent for it in this step. */
export function sendUnlessSent(state: CodeState, now: number): Transition {
  const { strategy } = state;
  if (
    !isSentCodeStrategy(strategy) ||
    state.sentCodes.has(strategy) ||
    isLocked(state, state.identifier, now)
  ) {
    return { state };
  }
  return send(state, strategy);
}

export function send(state: CodeState, strategy: SentCodeStrategy): Transition {
  const offered = state.offered.find((candidate) => candidate.factor.strategy === strategy);
  if (!offered?.sendParams) return { state };
  return {
    state: { ...state, busy: true, error: null },
    command: {
      type: 'send-code',
      signIn: state.signIn,
      strategy,
      params: offered.sendParams,
      safeIdentifier: offered.factor.safeIdentifier ?? '',
    },
  };
}

/** The code step with `at` as the time the code of `strategy` can be sent again. */
export function withResendAt(state: CodeState, strategy: CodeStrategy, at: number): CodeState {
  return { ...state, sentCodes: new Map(state.sentCodes).set(strategy, at) };
}

export function failed(
  state: SignInState,
  event: Extract<FlowEvent, { type: 'failed' }>,
  now: number,
): Transition {
  const { outcome } = event;
  switch (outcome.kind) {
    case 'restart':
      return { state: credentialsState(state, { error: outcome.error }) };
    case 'signed-in':
      return { state: signedInState(state, event.user, { error: outcome.error }) };
    case 'lock': {
      const until = now + outcome.seconds * 1000;
      const error = { ...outcome.error, retryAt: until };
      const locks =
        outcome.scope === 'everyone'
          ? lockEveryone(state.locks, until)
          : lockAccount(state.locks, state.identifier, until);
      return { state: { ...state, busy: false, error, locks } };
    }
    case 'recover': {
      const { error, otherwise } = outcome;
      return {
        state: { ...state, busy: true, error: null },
        command: { type: 'recover-session', error, otherwise },
      };
    }
    case 'resend-at': {
      if (!isCodeState(state) || !isSentCodeStrategy(state.strategy)) break;
      const at = now + outcome.seconds * 1000;
      const error = outcome.seconds > 0 ? { ...outcome.error, retryAt: at } : outcome.error;
      return { state: { ...withResendAt(state, state.strategy, at), busy: false, error } };
    }
  }
  return { state: { ...state, busy: false, error: outcome.error } };
}

/** The state for a session clerk-js holds: signed in when it is active, else its task. */
export function heldSessionState(
  state: SignInState,
  session: HeldSession,
  status: 'complete' | null,
) {
  return session.task === null
    ? signedInState(state, session.user)
    : taskState(state, { sessionId: session.id, task: session.task, user: session.user, status });
}

/** What a sign-in's last call makes of the session: pending with a task. */
export function taskPending(
  state: SignInState,
  event: Extract<FlowEvent, { type: 'task-pending' }>,
): Transition {
  const { sessionId, task, user } = event;
  return { state: taskState(state, { sessionId, task, user, status: 'complete' }) };
}
