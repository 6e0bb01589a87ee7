/**
 * The sign-in flow's own state: a union keyed by `step`, each member holding only what
 * its step has (the code step its sign-in resource, factors and sent codes; the
 * signed-in steps their user), with a named constructor per step, and the projection
 * to the public `FlowState` snapshot that elements render.
 *
 * Errors are kept described (a message key and its parameters) and translated only in
 * the snapshot, so a change of language translates the error shown again.
 */
import type { SignInAnswer } from './clerk-adapter/index.js';
import type { DescribedError } from './described-error.js';
import type { OfferedFactor } from './factors.js';
import { lockedUntil, noLocks, type Locks } from './locks.js';
import type {
  CodeStrategy,
  Factor,
  FlowError,
  FlowNotice,
  FlowState,
  SignedInUser,
  SignInStatus,
  Step,
} from './types.js';

/** What every step holds, and what carries over from one step to the next. */
export interface Carried {
  /** The identifier the user typed, kept across errors and going back. */
  readonly identifier: string;
  /** Submits refused until a time, for everyone or for an account. */
  readonly locks: Locks;
}

interface Shared extends Carried {
  /** A Clerk call of this step is in flight (or a submit waits for Clerk to load). */
  readonly busy: boolean;
  readonly error: DescribedError | null;
}

/** The credentials form: before Clerk has loaded, once it has, and after it failed to. */
export interface CredentialsState extends Shared {
  readonly step: 'loading' | 'credentials' | 'load-error';
  /** A session Clerk created for `identifier` that could not be made active yet. */
  readonly pendingSessionId: string | null;
}

/** The code step of a sign-in: a second factor, or a new-device check. */
export interface CodeState extends Shared {
  readonly step: 'second-factor' | 'client-trust';
  readonly status: SignInStatus;
  /** The sign-in resource as Clerk last answered it; the next call is made on it. */
  readonly signIn: SignInAnswer;
  /** The factors offered, with the ids their codes are sent with. */
  readonly offered: readonly OfferedFactor[];
  /** `offered` as the user sees it: no ids. */
  readonly factors: readonly Factor[];
  readonly strategy: CodeStrategy;
  /** When each code sent during this step can be sent again: one send per strategy unless asked. */
  readonly sentCodes: ReadonlyMap<CodeStrategy, number>;
  /** A session Clerk created after a code was accepted that could not be made active yet. */
  readonly pendingSessionId: string | null;
}

/** A session: found when Clerk loaded (`signed-in`) or made by this flow (`complete`). */
export interface SignedInState extends Shared {
  readonly step: 'signed-in' | 'complete';
  readonly status: 'complete' | null;
  readonly user: SignedInUser | null;
}

/** A session that waits for a task: set up a second factor here, or any other (only named). */
export interface TaskState extends Shared {
  readonly step: 'setup-mfa' | 'session-task';
  readonly status: 'complete' | null;
  readonly sessionId: string;
  /** The task's key, as clerk-js names it (`setup-mfa`, `choose-organization`, …). */
  readonly task: string;
  readonly user: SignedInUser | null;
}

/** Clerk answered with a status this flow cannot finish. */
export interface UnsupportedState extends Shared {
  readonly step: 'unsupported';
  readonly status: SignInStatus;
}

export type SignInState =
  CredentialsState | CodeState | SignedInState | TaskState | UnsupportedState;

/** What to show with a new state: not busy, and this error or none. */
interface Shown {
  readonly error?: DescribedError | null;
  readonly busy?: boolean;
}

function shared(carried: Carried, shown: Shown): Shared {
  return {
    identifier: carried.identifier,
    locks: carried.locks,
    busy: shown.busy ?? false,
    error: shown.error ?? null,
  };
}

/** The state before anything happened: Clerk loading, nothing typed. */
export function initialState(): CredentialsState {
  return loadingState({ identifier: '', locks: noLocks });
}

export function loadingState(carried: Carried, shown: Shown = {}): CredentialsState {
  return { step: 'loading', ...shared(carried, shown), pendingSessionId: null };
}

export function credentialsState(
  carried: Carried,
  shown: Shown = {},
  pendingSessionId: string | null = null,
): CredentialsState {
  return { step: 'credentials', ...shared(carried, shown), pendingSessionId };
}

export function loadErrorState(carried: Carried, error: DescribedError): CredentialsState {
  return { step: 'load-error', ...shared(carried, { error }), pendingSessionId: null };
}

/** The code step of `signIn`, asking for `strategy`, the first of `offered` unless chosen. */
export function codeState(
  carried: Carried,
  code: {
    readonly step: CodeState['step'];
    readonly signIn: SignInAnswer;
    readonly offered: readonly OfferedFactor[];
    readonly strategy: CodeStrategy;
    readonly sentCodes: ReadonlyMap<CodeStrategy, number>;
  },
  shown: Shown = {},
): CodeState {
  return {
    ...shared(carried, shown),
    ...code,
    status: code.signIn.status,
    factors: code.offered.map((offered) => offered.factor),
    pendingSessionId: null,
  };
}

export function signedInState(
  carried: Carried,
  user: SignedInUser | null,
  shown: Shown = {},
): SignedInState {
  return { step: 'signed-in', ...shared(carried, shown), status: null, user };
}

export function completeState(carried: Carried, user: SignedInUser | null): SignedInState {
  return { step: 'complete', ...shared(carried, {}), status: 'complete', user };
}

/** The session `sessionId` waiting for `task`: set up here when it is `setup-mfa`, else only named. */
export function taskState(
  carried: Carried,
  pending: {
    readonly sessionId: string;
    readonly task: string;
    readonly user: SignedInUser | null;
    readonly status: 'complete' | null;
  },
): TaskState {
  if (pending.task === 'setup-mfa')
    return { step: 'setup-mfa', ...shared(carried, {}), ...pending };
  const error: DescribedError = {
    code: 'unsupported_session_task',
    key: 'clerkMfaElements.unsupported.session_task',
    params: { task: pending.task },
  };
  return { step: 'session-task', ...shared(carried, { error }), ...pending };
}

export function unsupportedState(
  carried: Carried,
  status: SignInStatus,
  error: DescribedError,
): UnsupportedState {
  return { step: 'unsupported', ...shared(carried, { error }), status };
}

/** Steps that show a form for a code. */
export const codeSteps: ReadonlySet<Step> = new Set<CodeState['step']>([
  'second-factor',
  'client-trust',
]);

/**
 * Steps that show the credentials form and from which it can be submitted: before
 * Clerk has loaded and after it failed to (a submit then loads it again).
 */
export const credentialsSteps: ReadonlySet<Step> = new Set<CredentialsState['step']>([
  'loading',
  'credentials',
  'load-error',
]);

/** Whether the state is the code step. */
export function isCodeState(state: SignInState): state is CodeState {
  return codeSteps.has(state.step);
}

/** The factors of every step but the code step: one array, so that snapshots compare equal. */
const noFactors: readonly [] = Object.freeze<[]>([]);

/** The public snapshot of `state`, its error translated by `translateError`. */
export function snapshotOf(
  state: SignInState,
  translateError: (error: DescribedError) => FlowError,
): FlowState {
  const common = {
    busy: state.busy,
    error: state.error && translateError(state.error),
    lockedUntil: lockedUntil(state.locks, state.identifier),
    identifier: state.identifier,
  };
  const none = { strategy: null, factors: noFactors, resendAvailableAt: null };
  switch (state.step) {
    case 'second-factor':
    case 'client-trust':
      return {
        step: state.step,
        status: state.status,
        strategy: state.strategy,
        factors: state.factors,
        resendAvailableAt: state.sentCodes.get(state.strategy) ?? null,
        ...common,
        user: null,
      };
    case 'signed-in':
    case 'complete':
      return { step: state.step, status: state.status, ...none, ...common, user: state.user };
    case 'setup-mfa':
    case 'session-task':
      return { step: state.step, status: state.status, ...none, ...common, user: state.user };
    case 'unsupported':
      return { step: state.step, status: state.status, ...none, ...common, user: null };
    default:
      return { step: state.step, status: null, ...none, ...common, user: null };
  }
}

/** The status-change notice between two snapshots: when the step, status or strategy changed. */
export function statusChangeOf(previous: FlowState, next: FlowState): FlowNotice | null {
  if (
    next.step === previous.step &&
    next.status === previous.status &&
    next.strategy === previous.strategy
  ) {
    return null;
  }
  return {
    type: 'status-change',
    detail: {
      step: next.step,
      previousStep: previous.step,
      status: next.status,
      previousStatus: previous.status,
      strategy: next.strategy,
      factors: next.factors,
    },
  };
}
