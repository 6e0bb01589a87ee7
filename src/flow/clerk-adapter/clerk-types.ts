/**
 * The parts of `@clerk/clerk-js` (v6) the flows use, as interfaces: production passes
 * the real `Clerk` instance, unit tests a fake that implements them.
 */
import type { SignInStatus } from '../types.js';

/**
 * A factor as clerk-js reports it in `signIn.supportedSecondFactors` (and, for the codes
 * that reset a password, in `signIn.supportedFirstFactors`).
 */
export interface SecondFactorLike {
  readonly strategy: string;
  readonly safeIdentifier?: string | null;
  readonly phoneNumberId?: string | null;
  readonly emailAddressId?: string | null;
  readonly default?: boolean | null;
}

export interface PrepareSecondFactorParams {
  readonly strategy: 'phone_code' | 'email_code';
  readonly phoneNumberId?: string;
  readonly emailAddressId?: string;
}

export interface AttemptSecondFactorParams {
  readonly strategy: 'totp' | 'backup_code' | 'phone_code' | 'email_code';
  readonly code: string;
}

/** The strategies of the codes Clerk sends to reset a forgotten password. */
export type ResetPasswordStrategy = 'reset_password_email_code' | 'reset_password_phone_code';

export interface PrepareResetCodeParams {
  readonly strategy: ResetPasswordStrategy;
  readonly emailAddressId?: string;
  readonly phoneNumberId?: string;
}

export interface AttemptResetCodeParams {
  readonly strategy: ResetPasswordStrategy;
  readonly code: string;
}

export interface ResetPasswordParams {
  readonly password: string;
  readonly signOutOfOtherSessions: boolean;
}

/** The `SignIn` resource of clerk-js, reduced to what the flow reads and calls. */
export interface SignInResourceLike {
  readonly id?: string | null;
  readonly status: string | null;
  readonly supportedSecondFactors?: readonly SecondFactorLike[] | null;
  /** Where the sign-in's first factor can come from; the reset-password codes among them. */
  readonly supportedFirstFactors?: readonly SecondFactorLike[] | null;
  readonly createdSessionId?: string | null;
  /**
   * clerk-js builds a new verification object from every answer of Clerk. When a
   * request fails while the browser is offline or automated, clerk-js returns the
   * resource untouched instead of throwing: the same object here means no answer came.
   * The flow never reads inside it.
   */
  readonly secondFactorVerification?: object | null;
  /** The same for the first factor (the reset-password code). */
  readonly firstFactorVerification?: object | null;
  /** With a password, signs in; without one, starts a sign-in (to reset the password). */
  create(params: {
    identifier: string;
    password?: string;
    strategy?: 'password';
  }): Promise<SignInResourceLike>;
  prepareSecondFactor(params: PrepareSecondFactorParams): Promise<SignInResourceLike>;
  attemptSecondFactor(params: AttemptSecondFactorParams): Promise<SignInResourceLike>;
  prepareFirstFactor(params: PrepareResetCodeParams): Promise<SignInResourceLike>;
  attemptFirstFactor(params: AttemptResetCodeParams): Promise<SignInResourceLike>;
  resetPassword(params: ResetPasswordParams): Promise<SignInResourceLike>;
}

/** The signed-in user, reduced to what the signed-in view shows. */
export interface UserLike {
  readonly id: string;
  readonly fullName?: string | null;
  readonly primaryEmailAddress?: { readonly emailAddress: string } | null;
  readonly emailAddresses?: ReadonlyArray<{ readonly emailAddress: string }> | null;
  /** Sets a new password: how the `reset-password` task of a session is done. */
  updatePassword?(params: {
    newPassword: string;
    signOutOfOtherSessions: boolean;
  }): Promise<unknown>;
}

/** A session of clerk-js, reduced to what the flow reads. */
export interface SessionLike {
  readonly id: string;
  /** `active`, or `pending` with tasks; clerk-js keeps ended sessions out of the client. */
  readonly status?: string | null;
  /** The first task of a pending session (`setup-mfa`, `reset-password`, `choose-organization`). */
  readonly currentTask?: { readonly key: string } | null;
}

/** The browser's client: its sign-in, and the sessions Clerk holds for it. */
export interface ClientLike {
  readonly signIn: SignInResourceLike;
  readonly sessions?: readonly SessionLike[] | null;
  readonly lastActiveSessionId?: string | null;
  /** Fetches the client from Clerk again. */
  reload?(): Promise<unknown>;
}

/** What clerk-js tells its listeners after every change of client, session or user. */
export interface ClerkResources {
  readonly session?: SessionLike | null;
  readonly user?: UserLike | null;
}

/** A loaded Clerk instance, reduced to what the flow needs. */
export interface ClerkLike {
  readonly loaded: boolean;
  load(options?: Record<string, unknown>): Promise<void>;
  readonly client?: ClientLike | null;
  readonly user?: UserLike | null;
  readonly session?: SessionLike | null;
  /**
   * Makes a session the active one. For a pending session, `navigate` is called instead
   * of clerk-js going to the instance's task pages (and warning that none is configured).
   */
  setActive(params: { session: string | null; navigate?: () => void }): Promise<void>;
  /**
   * Ends the session. clerk-js then navigates to the instance's after-sign-out URL,
   * unless it is given `afterSignOut`, which it calls instead.
   */
  signOut(afterSignOut?: () => void | Promise<void>): Promise<void>;
  /**
   * Calls `listener` now and after every change, also one made by another tab (a
   * sign-in, a sign-out); returns a function that stops it.
   */
  addListener?(listener: (resources: ClerkResources) => void): () => void;
  /**
   * The instance's environment, loaded with Clerk. clerk-js v6 has no public getter for
   * it; its own components read this one.
   */
  readonly __internal_environment?: {
    readonly displayConfig?: { readonly applicationName?: string | null } | null;
    readonly userSettings?: {
      readonly passwordSettings?: { readonly min_length?: number | null } | null;
    } | null;
  } | null;
}

/** A sign-in resource as Clerk answered it: it always has a status. */
export type SignInAnswer = SignInResourceLike & { readonly status: SignInStatus };
