/**
 * The sign-in flow's own state: a union keyed by `step`, each member holding only what
 * its step has (the code step its sign-in resource, factors and sent codes; the
 * signed-in steps their user), with a named constructor per step. `sign-in-snapshot.ts`
 * projects it to the public `FlowState` that elements render.
 *
 * Errors are kept described (a message key and its parameters) and translated only in
 * the snapshot, so a change of language translates the error shown again.
 */
import type { SignInAnswer } from './clerk-adapter/index.js';
import type { DescribedError } from './described-error.js';
import type { OfferedFactor } from './factors.js';
import { noLocks, type Locks } from './locks.js';
import type { CodeStrategy, Factor, SignedInUser, SignInStatus, Step } from './types.js';

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

/** The code step of a sign-in: a second factor, a new-device check, or a password reset. */
export interface CodeState extends Shared {
  readonly step: 'second-factor' | 'client-trust' | 'reset-code';
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

/**
 * A new password to choose: the sign-in's, after a reset code (`needs_new_password`), or
 * the `reset-password` task of a session Clerk made with a compromised password.
 */
export interface NewPasswordState extends Shared {
  readonly step: 'new-password';
  readonly status: SignInStatus | null;
  readonly purpose:
    | { readonly kind: 'sign-in'; readonly signIn: SignInAnswer }
    | { readonly kind: 'task'; readonly sessionId: string; readonly user: SignedInUser | null };
}

/** Clerk answered with a status this flow cannot finish. */
export interface UnsupportedState extends Shared {
  readonly step: 'unsupported';
  readonly status: SignInStatus;
}

export type SignInState =
  CredentialsState | CodeState | NewPasswordState | SignedInState | TaskState | UnsupportedState;

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

/** The new-password form of a sign-in that Clerk asks for one (`needs_new_password`). */
export function newPasswordState(
  carried: Carried,
  signIn: SignInAnswer,
  shown: Shown = {},
): NewPasswordState {
  return {
    step: 'new-password',
    ...shared(carried, shown),
    status: signIn.status,
    purpose: { kind: 'sign-in', signIn },
  };
}

/**
 * The session `sessionId` waiting for `task`: a new password or a second factor set up
 * here, any other task only named.
 */
export function taskState(
  carried: Carried,
  pending: {
    readonly sessionId: string;
    readonly task: string;
    readonly user: SignedInUser | null;
    readonly status: 'complete' | null;
  },
): TaskState | NewPasswordState {
  if (pending.task === 'reset-password') {
    const { sessionId, user, status } = pending;
    return {
      step: 'new-password',
      ...shared(carried, {}),
      status,
      purpose: { kind: 'task', sessionId, user },
    };
  }
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
  'reset-code',
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
