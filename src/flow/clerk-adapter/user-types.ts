/**
 * The parts of clerk-js (v6) that setting up and managing second factors uses: the
 * signed-in user's second factors, their phone numbers, the session's reverification,
 * and the instance's settings of second factors. Production passes the real Clerk
 * instance; unit tests a fake user (`test/fakes/fake-user.ts`).
 */
import type { ClerkLike, SessionLike, UserLike } from './clerk-types.js';

/** A phone number of the user, as clerk-js's `PhoneNumberResource`. */
export interface PhoneNumberLike {
  readonly id: string;
  readonly phoneNumber: string;
  readonly reservedForSecondFactor: boolean;
  readonly defaultSecondFactor: boolean;
  readonly verification?: { readonly status?: string | null } | null;
  prepareVerification(): Promise<PhoneNumberLike>;
  attemptVerification(params: { code: string }): Promise<PhoneNumberLike>;
  setReservedForSecondFactor(params: { reserved: boolean }): Promise<PhoneNumberLike>;
  makeDefaultSecondFactor(): Promise<PhoneNumberLike>;
  destroy(): Promise<void>;
}

/** An authenticator-app enrolment, as clerk-js's `TOTPResource`. */
export interface TotpLike {
  readonly secret?: string;
  readonly uri?: string;
  readonly verified: boolean;
  /** The backup codes Clerk made with the enrolment, when backup codes are enabled. */
  readonly backupCodes?: readonly string[];
}

/** The signed-in user with the second factors it has and the calls that change them. */
export interface MfaUserLike extends UserLike {
  readonly totpEnabled: boolean;
  readonly backupCodeEnabled: boolean;
  readonly passwordEnabled?: boolean;
  readonly phoneNumbers: readonly PhoneNumberLike[];
  createTOTP(): Promise<TotpLike>;
  verifyTOTP(params: { code: string }): Promise<TotpLike>;
  disableTOTP(): Promise<unknown>;
  createBackupCode(): Promise<{ readonly codes: readonly string[] }>;
  createPhoneNumber(params: { phoneNumber: string }): Promise<PhoneNumberLike>;
  /** Fetches the user from Clerk again. */
  reload?(): Promise<unknown>;
}

/** A factor Clerk offers for a reverification, as in `SessionVerificationResource`. */
export interface VerificationFactorLike {
  readonly strategy: string;
  readonly safeIdentifier?: string | null;
  readonly phoneNumberId?: string | null;
  readonly emailAddressId?: string | null;
}

/** A reverification of the session, as clerk-js's `SessionVerificationResource`. */
export interface SessionVerificationLike {
  /** `needs_first_factor`, `needs_second_factor` or `complete`. */
  readonly status: string;
  readonly supportedFirstFactors?: readonly VerificationFactorLike[] | null;
  readonly supportedSecondFactors?: readonly VerificationFactorLike[] | null;
}

/** The levels of a reverification, as Clerk names them. */
export type VerificationLevel = 'first_factor' | 'second_factor' | 'multi_factor';

/** The session with the calls of a reverification. */
export interface VerifiableSessionLike extends SessionLike {
  startVerification(params: { level: VerificationLevel }): Promise<SessionVerificationLike>;
  prepareFirstFactorVerification(params: {
    strategy: 'email_code' | 'phone_code';
    emailAddressId?: string;
    phoneNumberId?: string;
  }): Promise<SessionVerificationLike>;
  attemptFirstFactorVerification(
    params: { strategy: 'password'; password: string } | { strategy: string; code: string },
  ): Promise<SessionVerificationLike>;
  prepareSecondFactorVerification(params: {
    strategy: 'phone_code';
    phoneNumberId?: string;
  }): Promise<SessionVerificationLike>;
  attemptSecondFactorVerification(params: {
    strategy: 'totp' | 'phone_code' | 'backup_code';
    code: string;
  }): Promise<SessionVerificationLike>;
}

/** An attribute of the instance's user settings, as the environment holds it. */
export interface UserAttributeLike {
  readonly enabled?: boolean;
  readonly used_for_second_factor?: boolean;
  readonly second_factors?: readonly string[];
}

/** A loaded Clerk instance, with what managing second factors reads and calls. */
export interface MfaClerkLike extends ClerkLike {
  readonly user?: MfaUserLike | null;
  readonly session?: VerifiableSessionLike | null;
  readonly __internal_environment?: {
    readonly displayConfig?: { readonly applicationName?: string | null } | null;
    readonly userSettings?: {
      readonly attributes?: Readonly<Record<string, UserAttributeLike | undefined>> | null;
      readonly passwordSettings?: { readonly min_length?: number | null } | null;
    } | null;
  } | null;
}
