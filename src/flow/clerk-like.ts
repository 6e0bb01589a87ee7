/**
 * The few parts of `@clerk/clerk-js` (v6) that the sign-in flow uses.
 *
 * Production passes the real `Clerk` instance; unit tests pass a fake that
 * implements this interface. Keeping the surface this small is what makes a
 * later switch of Clerk API (for example to the SignInFuture API) one file.
 */

/** A second factor as clerk-js reports it in `signIn.supportedSecondFactors`. */
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

/** The `SignIn` resource of clerk-js, reduced to what the flow reads and calls. */
export interface SignInResourceLike {
  readonly id?: string | null;
  readonly status: string | null;
  readonly supportedSecondFactors?: readonly SecondFactorLike[] | null;
  readonly createdSessionId?: string | null;
  /**
   * clerk-js builds a new verification object from every answer of Clerk. When a
   * request fails while the browser is offline or automated, clerk-js returns the
   * resource untouched instead of throwing: the same object here means no answer came.
   * The flow never reads inside it.
   */
  readonly secondFactorVerification?: object | null;
  create(params: {
    identifier: string;
    password: string;
    strategy?: 'password';
  }): Promise<SignInResourceLike>;
  prepareSecondFactor(params: PrepareSecondFactorParams): Promise<SignInResourceLike>;
  attemptSecondFactor(params: AttemptSecondFactorParams): Promise<SignInResourceLike>;
}

/** The signed-in user, reduced to what the signed-in view shows. */
export interface UserLike {
  readonly id: string;
  readonly fullName?: string | null;
  readonly primaryEmailAddress?: { readonly emailAddress: string } | null;
}

/** A loaded Clerk instance, reduced to what the flow needs. */
export interface ClerkLike {
  readonly loaded: boolean;
  load(options?: Record<string, unknown>): Promise<void>;
  readonly client?: { readonly signIn: SignInResourceLike } | null;
  readonly user?: UserLike | null;
  readonly session?: { readonly id: string } | null;
  setActive(params: { session: string | null }): Promise<void>;
  /**
   * Ends the session. clerk-js then navigates to the instance's after-sign-out URL,
   * unless it is given `afterSignOut`, which it calls instead.
   */
  signOut(afterSignOut?: () => void | Promise<void>): Promise<void>;
}
