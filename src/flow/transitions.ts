/**
 * Every transition of the sign-in flow, as one pure function `(state, event) → state`
 * looked up in a table keyed by step: an event a step has no entry for does nothing
 * there. A transition may ask for a Clerk call (a command); the flow makes the call and
 * feeds its answer back in as another event.
 */
import {
  answered,
  codeError,
  enterResetCode,
  failed,
  heldSessionState,
  isLocked,
  send,
  sendUnlessSent,
  taskPending,
  withResendAt,
} from './answer-states.js';
import type { FlowEvent, Transition } from './flow-events.js';
import { unlockEndedBy } from './locks.js';
import {
  completeState,
  credentialsState,
  loadErrorState,
  loadingState,
  type CodeState,
  type CredentialsState,
  type NewPasswordState,
  type SignedInState,
  type SignInState,
  type TaskState,
  type UnsupportedState,
} from './states.js';
import { isSentCodeStrategy } from './factors.js';
import { fieldError, packageError } from './described-error.js';
import type { Step } from './types.js';

type EventOf<Type extends FlowEvent['type']> = Extract<FlowEvent, { type: Type }>;

/** The transitions of the steps whose state is `State`; a missing event does nothing there. */
type Transitions<State extends SignInState> = {
  readonly [Type in FlowEvent['type']]?: (
    state: State,
    event: EventOf<Type>,
    now: number,
  ) => Transition | undefined;
};

const credentialsTransitions: Transitions<CredentialsState> = {
  'load-started': (state) =>
    state.step === 'load-error' ? { state: loadingState(state, { busy: state.busy }) } : undefined,
  loaded: (state, event) =>
    event.session
      ? { state: heldSessionState(state, event.session, null) }
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
  'reset-requested': (state, event, now) => {
    const { identifier } = event;
    if (state.busy || isLocked(state, identifier, now)) return undefined;
    const carried = { ...state, identifier };
    if (!identifier)
      return { state: { ...carried, error: fieldError('identifier_required', 'identifier') } };
    return {
      state: { ...carried, busy: true, error: null, pendingSessionId: null },
      command: { type: 'start-reset' },
    };
  },
  'reset-started': (state, event, now) => enterResetCode(state, event.answer, now),
  'sign-in-answered': (state, event, now) => answered(state, event.answer, now),
  activated: (state, event) => ({ state: completeState(state, event.user) }),
  'task-pending': taskPending,
  'session-changed': (state, event) =>
    event.session && !state.busy
      ? { state: heldSessionState(state, event.session, null) }
      : undefined,
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
  'task-pending': taskPending,
  'session-changed': (state, event) =>
    event.session && !state.busy
      ? { state: heldSessionState(state, event.session, null), supersedes: true }
      : undefined,
};

const newPasswordTransitions: Transitions<NewPasswordState> = {
  'new-password-submitted': (state, event) => {
    if (state.busy) return undefined;
    if (!event.passwordGiven)
      return { state: { ...state, error: fieldError('password_required', 'password') } };
    const { purpose } = state;
    const { signOutOfOtherSessions } = event;
    return {
      state: { ...state, busy: true, error: null },
      command:
        purpose.kind === 'sign-in'
          ? { type: 'reset-password', signIn: purpose.signIn, signOutOfOtherSessions }
          : { type: 'update-password', sessionId: purpose.sessionId, signOutOfOtherSessions },
    };
  },
  'sign-in-answered': (state, event, now) => answered(state, event.answer, now),
  activated: (state, event) => ({ state: completeState(state, event.user) }),
  'task-pending': taskPending,
  // Going back leaves a reset; a session's task is left by signing out.
  back: (state) =>
    state.purpose.kind === 'sign-in'
      ? { state: credentialsState(state), supersedes: true }
      : undefined,
  'sign-out-requested': (state) =>
    state.busy || state.purpose.kind === 'sign-in'
      ? undefined
      : { state: { ...state, busy: true, error: null }, command: { type: 'sign-out' } },
  'signed-out': (state) => ({ state: credentialsState(state) }),
  'session-changed': (state, event) =>
    state.purpose.kind === 'task' && !event.session && !state.busy
      ? { state: credentialsState(state) }
      : undefined,
};

const signedInTransitions: Transitions<SignedInState> = {
  'sign-out-requested': (state) =>
    state.busy
      ? undefined
      : { state: { ...state, busy: true, error: null }, command: { type: 'sign-out' } },
  'signed-out': (state) => ({ state: credentialsState(state) }),
  'session-changed': (state, event) =>
    !event.session && !state.busy ? { state: credentialsState(state) } : undefined,
};

const taskTransitions: Transitions<TaskState> = {
  'task-done': (state) =>
    state.busy || state.step !== 'setup-mfa'
      ? undefined
      : {
          state: { ...state, busy: true, error: null },
          command: { type: 'activate', sessionId: state.sessionId },
        },
  activated: (state, event) => ({ state: completeState(state, event.user) }),
  'task-pending': taskPending,
  'sign-out-requested': (state) =>
    state.busy
      ? undefined
      : { state: { ...state, busy: true, error: null }, command: { type: 'sign-out' } },
  'signed-out': (state) => ({ state: credentialsState(state) }),
  // Signed out elsewhere. A session that became active while its second factor was being set
  // up stays here until the user has seen the backup codes and says so.
  'session-changed': (state, event) =>
    !event.session && !state.busy ? { state: credentialsState(state) } : undefined,
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
    'reset-code': codeTransitions,
    'new-password': newPasswordTransitions,
    'signed-in': signedInTransitions,
    complete: signedInTransitions,
    'setup-mfa': taskTransitions,
    'session-task': taskTransitions,
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
