/**
 * Every transition of the sign-in flow, as one pure function `(state, event) → state`
 * looked up in a table keyed by step: an event a step has no entry for does nothing
 * there. A transition may ask for a Clerk call (a command); the flow makes the call and
 * feeds its answer back in as another event.
 */
import type { MessageKey } from '../messages.js';
import type { SignInAnswer } from './clerk-adapter.js';
import type { FlowEvent, Transition } from './flow-events.js';
import { fieldError, packageError, type DescribedError } from './described-error.js';
import {
  clientTrustOrder,
  isSentCodeStrategy,
  offeredFactors,
  secondFactorOrder,
  type SentCodeStrategy,
} from './factors.js';
import { lockAccount, lockedUntil, lockEveryone, unlockAccount, unlockEndedBy } from './locks.js';
import {
  codeState,
  completeState,
  credentialsState,
  isCodeState,
  loadErrorState,
  loadingState,
  signedInState,
  unsupportedState,
  type CodeState,
  type CredentialsState,
  type SignedInState,
  type SignInState,
  type UnsupportedState,
} from './states.js';
import type { CodeStrategy, SignInStatus, Step } from './types.js';

type EventOf<Type extends FlowEvent['type']> = Extract<FlowEvent, { type: Type }>;

/** The transitions of the steps whose state is `State`; a missing event does nothing there. */
type Transitions<State extends SignInState> = {
  readonly [Type in FlowEvent['type']]?: (
    state: State,
    event: EventOf<Type>,
    now: number,
  ) => Transition | undefined;
};

/** Whether submits for `identifier` are refused at `now`. */
export function isLocked(state: SignInState, identifier: string, now: number): boolean {
  const until = lockedUntil(state.locks, identifier);
  return until !== null && now < until;
}

/**
 * The state after a Clerk answer to creating the sign-in or verifying a code. Clerk
 * accepted the account, so any lock of it has ended.
 */
function answered(locked: SignInState, answer: SignInAnswer, now: number): Transition {
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
    default:
      return { state: unsupported(state, answer.status) };
  }
}

/** The error of a code refused before it is sent: none typed, or one that cannot be right. */
function codeError(state: CodeState, code: 'missing' | 'implausible'): DescribedError {
  if (code === 'missing') return fieldError('code_required', 'code');
  return fieldError(
    state.strategy === 'backup_code' ? 'backup_code_format' : 'code_length',
    'code',
  );
}

/** The messages of the statuses this flow cannot finish; others get a generic one naming them. */
const unsupportedStatusMessages: Readonly<Partial<Record<SignInStatus, MessageKey>>> = {
  needs_first_factor: 'clerkMfaElements.unsupported.needs_first_factor',
  needs_new_password: 'clerkMfaElements.unsupported.needs_new_password',
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

/** The code step for `answer`, sending the first code when its strategy is one Clerk sends. */
function enterCodeStep(
  state: SignInState,
  step: CodeState['step'],
  answer: SignInAnswer,
  now: number,
): Transition {
  const offered = offeredFactors(
    answer.supportedSecondFactors,
    step === 'second-factor' ? secondFactorOrder : clientTrustOrder,
  );
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
function sendUnlessSent(state: CodeState, now: number): Transition {
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

function send(state: CodeState, strategy: SentCodeStrategy): Transition {
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
function withResendAt(state: CodeState, strategy: CodeStrategy, at: number): CodeState {
  return { ...state, sentCodes: new Map(state.sentCodes).set(strategy, at) };
}

function failed(state: SignInState, event: EventOf<'failed'>, now: number): Transition {
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

const credentialsTransitions: Transitions<CredentialsState> = {
  'load-started': (state) =>
    state.step === 'load-error' ? { state: loadingState(state, { busy: state.busy }) } : undefined,
  loaded: (state, event) =>
    event.signedIn
      ? { state: signedInState(state, event.user) }
      : { state: { ...state, step: 'credentials' } },
  'load-failed': (state) => ({ state: loadErrorState(state, packageError('clerk_load_failed')) }),
  'credentials-submitted': (state, event, now) => {
    const { identifier } = event;
    if (state.busy || isLocked(state, identifier, now)) return undefined;
    const carried = { ...state, identifier };
    if (!identifier)
      return { state: { ...carried, error: fieldError('identifier_required', 'identifier') } };
    if (!event.passwordGiven)
      return { state: { ...carried, error: fieldError('password_required', 'password') } };
    if (state.pendingSessionId && identifier === state.identifier) {
      return {
        state: { ...state, busy: true, error: null },
        command: { type: 'activate', sessionId: state.pendingSessionId },
      };
    }
    return {
      state: { ...carried, busy: true, error: null, pendingSessionId: null },
      command: { type: 'create-sign-in' },
    };
  },
  'sign-in-answered': (state, event, now) => answered(state, event.answer, now),
  activated: (state, event) => ({ state: completeState(state, event.user) }),
  'session-changed': (state, event) =>
    event.signedIn && !state.busy ? { state: signedInState(state, event.user) } : undefined,
};

const codeTransitions: Transitions<CodeState> = {
  'code-submitted': (state, event, now) => {
    if (state.busy || isLocked(state, state.identifier, now)) return undefined;
    if (event.code !== 'plausible') {
      return { state: { ...state, error: codeError(state, event.code) } };
    }
    if (state.pendingSessionId) {
      return {
        state: { ...state, busy: true, error: null },
        command: { type: 'activate', sessionId: state.pendingSessionId },
      };
    }
    return {
      state: { ...state, busy: true, error: null },
      command: { type: 'attempt-code', signIn: state.signIn, strategy: state.strategy },
    };
  },
  'send-requested': (state, _event, now) => {
    const { strategy } = state;
    const resendAt = state.sentCodes.get(strategy);
    if (!isSentCodeStrategy(strategy) || state.busy || isLocked(state, state.identifier, now))
      return undefined;
    if (resendAt !== undefined && now < resendAt) return undefined;
    return send(state, strategy);
  },
  'strategy-chosen': (state, event, now) => {
    const { strategy } = event;
    if (state.busy || strategy === state.strategy) return undefined;
    if (!state.offered.some((offered) => offered.factor.strategy === strategy)) return undefined;
    return sendUnlessSent({ ...state, strategy, error: null }, now);
  },
  back: (state) => ({ state: credentialsState(state), supersedes: true }),
  'sign-in-answered': (state, event, now) => answered(state, event.answer, now),
  'code-sent': (state, event) => ({
    state: {
      ...withResendAt(state, event.strategy, event.resendAvailableAt),
      signIn: event.answer,
      busy: false,
    },
  }),
  activated: (state, event) => ({ state: completeState(state, event.user) }),
  'session-changed': (state, event) =>
    event.signedIn && !state.busy
      ? { state: signedInState(state, event.user), supersedes: true }
      : undefined,
};

const signedInTransitions: Transitions<SignedInState> = {
  'sign-out-requested': (state) =>
    state.busy
      ? undefined
      : { state: { ...state, busy: true, error: null }, command: { type: 'sign-out' } },
  'signed-out': (state) => ({ state: credentialsState(state) }),
  'session-changed': (state, event) =>
    !event.signedIn && !state.busy ? { state: credentialsState(state) } : undefined,
};

const unsupportedTransitions: Transitions<UnsupportedState> = {
  back: (state) => ({ state: credentialsState(state), supersedes: true }),
};

/** Transitions that are the same in every step. */
const everyStep: Transitions<SignInState> = {
  reset: (state) => ({ state: loadingState(state), supersedes: true }),
  failed,
  'lock-ended': (state, event) => {
    const retryAt = state.error?.retryAt;
    // A lock's own message goes with it; another error shown meanwhile stays.
    const lockMessageEnded = retryAt !== undefined && retryAt <= event.until;
    return {
      state: {
        ...state,
        locks: unlockEndedBy(state.locks, event.until),
        error: lockMessageEnded ? null : state.error,
      },
    };
  },
};

const transitionsByStep: { readonly [S in Step]: Transitions<Extract<SignInState, { step: S }>> } =
  {
    loading: credentialsTransitions,
    credentials: credentialsTransitions,
    'load-error': credentialsTransitions,
    'second-factor': codeTransitions,
    'client-trust': codeTransitions,
    'signed-in': signedInTransitions,
    complete: signedInTransitions,
    unsupported: unsupportedTransitions,
  };

/** The transition of `event` in `state` at `now`, or undefined when it does nothing there. */
export function transition(
  state: SignInState,
  event: FlowEvent,
  now: number,
): Transition | undefined {
  type Handler = (state: SignInState, event: FlowEvent, now: number) => Transition | undefined;
  const ofStep = transitionsByStep[state.step] as Transitions<SignInState>;
  const handler = (ofStep[event.type] ?? everyStep[event.type]) as Handler | undefined;
  return handler?.(state, event, now);
}
