/**
 * The sign-in flow's public state and notices. Everything here is plain,
 * serializable data: elements render it and turn notices into DOM events.
 * Nothing here ever carries a password or a code.
 */

/** Where the sign-in UI is. */
export type Step =
  /** Clerk is loading; the credentials form is already usable and a submit waits for Clerk. */
  | 'loading'
  | 'credentials'
  | 'second-factor'
  /** A new-device check (`needs_client_trust`): a code sent by email or SMS. */
  | 'client-trust'
  /** A forgotten password: the code sent by email (or SMS) to reset it. */
  | 'reset-code'
  /**
   * A new password: after a reset code (`needs_new_password`), or for the
   * `reset-password` task of a session whose password Clerk flagged as compromised.
   */
  | 'new-password'
  /** A session was already active when Clerk loaded. */
  | 'signed-in'
  /** This flow created and activated a session. */
  | 'complete'
  /** Clerk answered with a sign-in status this flow cannot finish (the user can go back). */
  | 'unsupported'
  /** Clerk could not be loaded (the user can retry). */
  | 'load-error'
  /**
   * The session waits for its `setup-mfa` task (the instance requires a second factor and
   * the user has none): the user sets one up here, then the session becomes active.
   */
  | 'setup-mfa'
  /** The session waits for a task this form cannot do here (its message names it; the user can sign out). */
  | 'session-task';

/** `signIn.status` as clerk-js v6 reports it; unknown values are kept as they come. */
export type SignInStatus =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_client_trust'
  | 'needs_new_password'
  | 'needs_protect_check'
  | 'complete'
  | 'abandoned'
  | (string & {});

/** The code-based factors this flow can finish: second factors, and the codes that reset a password. */
export type CodeStrategy =
  | 'totp'
  | 'backup_code'
  | 'phone_code'
  | 'email_code'
  | 'reset_password_email_code'
  | 'reset_password_phone_code';

/** A factor offered for the current step, as shown to the user and put in events. */
export interface Factor {
  readonly strategy: CodeStrategy;
  /** The masked phone number or email address a code is sent to, e.g. `+1******0123`. */
  readonly safeIdentifier?: string;
}

/** The input an error belongs to; none means the form as a whole. */
export type ErrorField = 'identifier' | 'password' | 'code';

/** An error shown to the user. */
export interface FlowError {
  /**
   * Clerk's error code (`form_password_incorrect`, `too_many_requests`, …) or one of
   * this package's: `network_error`, `clerk_load_failed`, `unsupported_status`,
   * `unknown_error`, `code_required`, `identifier_required`, `password_required`.
   */
  readonly code: string;
  /** The localized message, ready to show. */
  readonly message: string;
  readonly field?: ErrorField;
  /** Epoch milliseconds when trying again is allowed (`too_many_requests`, `user_locked`). */
  readonly retryAt?: number;
}

/** Who is signed in, for the signed-in and complete views. */
export interface SignedInUser {
  readonly id: string;
  readonly displayName: string;
}

/** What every state of the flow holds, whatever the step. */
interface FlowStateBase {
  /** A request to Clerk is in flight (or a submit waits for Clerk to load). */
  readonly busy: boolean;
  readonly error: FlowError | null;
  /** Epoch milliseconds until which submitting is refused (rate limit or lockout). */
  readonly lockedUntil: number | null;
  /** The identifier (email) the user typed; kept across errors and going back. */
  readonly identifier: string;
}

/** No sign-in in progress: the credentials form, also while Clerk loads and after it failed to. */
export interface CredentialsFlowState extends FlowStateBase {
  readonly step: 'loading' | 'credentials' | 'load-error';
  readonly status: null;
  readonly strategy: null;
  readonly factors: readonly [];
  readonly resendAvailableAt: null;
  readonly user: null;
}

/**
 * The code step: a second factor, a new-device check or a password reset, always with
 * its strategy and factors.
 */
export interface CodeFlowState extends FlowStateBase {
  readonly step: 'second-factor' | 'client-trust' | 'reset-code';
  readonly status: SignInStatus;
  /** The strategy whose code the form asks for. */
  readonly strategy: CodeStrategy;
  /** The factors the user can choose from. */
  readonly factors: readonly Factor[];
  /** Epoch milliseconds when a code can be sent again; null when none was sent for `strategy`. */
  readonly resendAvailableAt: number | null;
  readonly user: null;
}

/** A session: one that existed when Clerk loaded (`signed-in`) or one this flow made (`complete`). */
export interface SignedInFlowState extends FlowStateBase {
  readonly step: 'signed-in' | 'complete';
  readonly status: 'complete' | null;
  readonly strategy: null;
  readonly factors: readonly [];
  readonly resendAvailableAt: null;
  /** Who is signed in; null only while clerk-js has a session without its user object. */
  readonly user: SignedInUser | null;
}

/** A session that waits for a task before it is active (it counts as signed out until then). */
export interface TaskFlowState extends FlowStateBase {
  readonly step: 'setup-mfa' | 'session-task';
  /** `complete` when this flow's sign-in made the session; null when it was found on loading. */
  readonly status: 'complete' | null;
  readonly strategy: null;
  readonly factors: readonly [];
  readonly resendAvailableAt: null;
  readonly user: SignedInUser | null;
}

/**
 * A new password to choose: for the sign-in (`needs_new_password`, after a reset code) or
 * for a session's `reset-password` task (then `user` is who is signed in).
 */
export interface NewPasswordFlowState extends FlowStateBase {
  readonly step: 'new-password';
  /** `needs_new_password` for a reset; for the task, `complete` (this flow's sign-in) or null. */
  readonly status: SignInStatus | null;
  readonly strategy: null;
  readonly factors: readonly [];
  readonly resendAvailableAt: null;
  readonly user: SignedInUser | null;
}

/** Clerk answered with a status this flow cannot finish; the user can go back. */
export interface UnsupportedFlowState extends FlowStateBase {
  readonly step: 'unsupported';
  readonly status: SignInStatus;
  readonly strategy: null;
  readonly factors: readonly [];
  readonly resendAvailableAt: null;
  readonly user: null;
}

/**
 * A snapshot of the flow, keyed by `step`: every member has the same fields, and a
 * field a step cannot have is `null` (or empty) there. Treat as immutable: every change
 * makes a new object.
 */
export type FlowState =
  | CredentialsFlowState
  | CodeFlowState
  | NewPasswordFlowState
  | SignedInFlowState
  | TaskFlowState
  | UnsupportedFlowState;

export interface StatusChangeDetail {
  readonly step: Step;
  readonly previousStep: Step | null;
  readonly status: SignInStatus | null;
  readonly previousStatus: SignInStatus | null;
  readonly strategy: CodeStrategy | null;
  readonly factors: readonly Factor[];
}

export interface CodeSentDetail {
  readonly strategy:
    'phone_code' | 'email_code' | 'reset_password_email_code' | 'reset_password_phone_code';
  readonly safeIdentifier: string;
  /** Epoch milliseconds when the code can be sent again. */
  readonly resendAvailableAt: number;
}

export interface ErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly field?: ErrorField;
  readonly step: Step;
  readonly retryAt?: number;
}

export interface CompleteDetail {
  readonly sessionId: string;
  readonly userId: string;
}

/** Something that happened, announced once; elements turn each into a DOM event. */
export type FlowNotice =
  | { readonly type: 'ready' }
  | { readonly type: 'status-change'; readonly detail: StatusChangeDetail }
  | { readonly type: 'code-sent'; readonly detail: CodeSentDetail }
  | { readonly type: 'error'; readonly detail: ErrorDetail }
  | { readonly type: 'complete'; readonly detail: CompleteDetail };
