/**
 * The emulated instance's resources as the emulator keeps them: plain typed objects,
 * camelCase, epoch-millisecond times. Nothing here knows Clerk's JSON; the
 * serializers (`fapi/serializers.ts`) turn these into it.
 */
import type { PasswordHash } from './passwords.js';

/** A second factor the emulated instance can offer. */
export type SecondFactorStrategy = 'totp' | 'phone_code' | 'backup_code';

/** A single-use backup code of a user. */
export interface BackupCode {
  readonly code: string;
  usedAt: number | null;
}

/** A phone number of a user: seeded, or added with `POST /v1/me/phone_numbers`. */
export interface UserPhoneNumber {
  readonly id: string;
  /** E.164, e.g. `+15555550100`. */
  readonly phoneNumber: string;
  /** The code texted by `prepare_verification`, and where its check stands; seeded numbers are verified. */
  verification: Verification | null;
  /** Whether sign-in may text a code to it as a second factor (once it is verified). */
  reservedForSecondFactor: boolean;
  /** The phone number a sign-in offers first among its SMS factors. */
  defaultSecondFactor: boolean;
  readonly createdAt: number;
  updatedAt: number;
}

/** An authenticator-app secret created by `POST /v1/me/totp`, waiting for its first code. */
export interface PendingTotp {
  readonly id: string;
  readonly secret: string;
  readonly createdAt: number;
}

/** A user of the emulated instance, built from a seed entry and changed through `/v1/me`. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly emailAddressId: string;
  /** Seeded and added phone numbers, oldest first. */
  readonly phoneNumbers: UserPhoneNumber[];
  primaryPhoneNumberId: string | null;
  /** Replaced when the password is reset or changed. */
  passwordHash: PasswordHash;
  /** Epoch ms of the last password reset or change; null while it is the seeded one. */
  passwordUpdatedAt: number | null;
  /**
   * The password is flagged as compromised: a session it signs in starts with the
   * `reset-password` task. A new password clears the flag.
   */
  passwordCompromised: boolean;
  readonly firstName: string | null;
  readonly lastName: string | null;
  /** The verified authenticator-app secret (base32), or null. */
  totpSecret: string | null;
  /** When the authenticator app was verified (seeded ones: the user's creation). */
  totpVerifiedAt: number | null;
  /** A secret created but not yet verified with a code. */
  pendingTotp: PendingTotp | null;
  backupCodes: BackupCode[];
  /** When the current backup codes were made. */
  backupCodesCreatedAt: number | null;
  /** Whether sign-in asks for a second factor (two-step verification is on). */
  mfa: boolean;
  /** When two-step verification was last turned on, or null while it is off. */
  mfaEnabledAt: number | null;
  /** When two-step verification was last turned off, or null. */
  mfaDisabledAt: number | null;
  readonly newDeviceCheck: boolean;
  readonly createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
  lastActiveAt: number | null;
  /** Failed password and code attempts since the last success or unlock. */
  failedAttempts: number;
  /** Epoch ms until which the user is locked, or null. */
  lockedUntil: number | null;
}

/** A second factor a user has, in the order a sign-in offers them (see `secondFactorsOf`). */
export type SecondFactor =
  | { readonly strategy: 'totp' }
  | {
      readonly strategy: 'phone_code';
      readonly phoneNumberId: string;
      readonly phoneNumber: string;
      /** The factor clerk-js picks first: SMS is the default when there is no authenticator app. */
      readonly isDefault: boolean;
    }
  | { readonly strategy: 'backup_code' };

/** The e-mailed code of the new-device check, offered as a sign-in's only "second factor". */
export interface ClientTrustFactor {
  readonly strategy: 'email_code';
  readonly emailAddressId: string;
  readonly emailAddress: string;
}

/** What a sign-in waiting for its second step offers. */
export type OfferedSecondFactor = SecondFactor | ClientTrustFactor;

/** A first-factor strategy that resets a forgotten password with a sent code. */
export type ResetPasswordStrategy = 'reset_password_email_code' | 'reset_password_phone_code';

/** A first factor a user has. */
export type FirstFactor =
  | { readonly strategy: 'password' }
  | {
      readonly strategy: 'email_code' | 'reset_password_email_code';
      readonly emailAddressId: string;
      readonly emailAddress: string;
    }
  | {
      readonly strategy: 'reset_password_phone_code';
      readonly phoneNumberId: string;
      readonly phoneNumber: string;
    };

/** Strategies of a verification, first or second factor. */
export type VerificationStrategy =
  'password' | 'email_code' | 'phone_code' | 'totp' | 'backup_code' | ResetPasswordStrategy;

/** Strategies whose code the emulator sends (to the outbox). */
export type SentCodeStrategy = 'phone_code' | 'email_code' | ResetPasswordStrategy;

/** A verification in progress or done, as a sign-in's first or second factor. */
export interface Verification {
  readonly strategy: VerificationStrategy;
  status: 'unverified' | 'verified' | 'failed' | 'expired';
  attempts: number;
  /** Epoch ms; null for strategies that do not expire (password, TOTP, backup code). */
  expireAt: number | null;
  /**
   * Code-based strategies only: what was sent, where and when (`sentAt` moves back
   * when the control endpoint expires every code, so that a resend is allowed at once).
   */
  sentCode?: {
    readonly code: string;
    readonly channel: 'sms' | 'email';
    readonly sentAt: number;
  };
}

/** Where a sign-in stands. */
export type SignInStatus =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_client_trust'
  | 'needs_new_password'
  | 'complete';

/** A sign-in attempt (`sia_…`). */
export interface SignIn {
  readonly id: string;
  readonly clientId: string;
  userId: string | null;
  identifier: string | null;
  status: SignInStatus;
  readonly createdAt: number;
  readonly abandonAt: number;
  firstFactorVerification: Verification | null;
  secondFactorVerification: Verification | null;
  createdSessionId: string | null;
}

/**
 * What a signed-in user must still do before the session is active (Clerk's session tasks):
 * `setup-mfa` when the instance requires two-step verification and the user has none,
 * `reset-password` when the password must be changed.
 */
export type SessionTaskKey = 'setup-mfa' | 'reset-password';

/** A reverification of a session (`POST /v1/client/sessions/{id}/verify`) in progress or done. */
export interface SessionReverification {
  /** The level asked for: which factors must be verified again. */
  readonly level: 'first_factor' | 'second_factor' | 'multi_factor';
  status: 'needs_first_factor' | 'needs_second_factor' | 'complete';
  firstFactorVerification: Verification | null;
  secondFactorVerification: Verification | null;
}

/** A session (`sess_…`). */
export interface Session {
  readonly id: string;
  readonly clientId: string;
  readonly userId: string;
  /** `active` while the session lives, pending or not (see `tasks`); `revoked` when signed out from elsewhere. */
  status: 'active' | 'ended' | 'removed' | 'revoked' | 'expired';
  /**
   * Tasks left before the session counts as signed in, in the order they are to be done.
   * While there is one, an `active` session is `pending` to the Frontend API.
   */
  tasks: SessionTaskKey[];
  readonly createdAt: number;
  updatedAt: number;
  lastActiveAt: number;
  readonly expireAt: number;
  readonly abandonAt: number;
  /** Last verification of a first factor: the sign-in, or a reverification. */
  firstFactorVerifiedAt: number;
  /** Last verification of a second factor, or null when none was verified in this session. */
  secondFactorVerifiedAt: number | null;
  /** The latest reverification started on this session, or null. */
  reverification: SessionReverification | null;
}

/** A browser's client (`client_…`), found by its `__client` cookie or dev-browser token. */
export interface Client {
  readonly id: string;
  /** Opaque value of the `__client` cookie. */
  readonly cookieToken: string;
  readonly createdAt: number;
  updatedAt: number;
  signInId: string | null;
  /** Sessions of this client, oldest first, whatever their status. */
  readonly sessionIds: string[];
  lastActiveSessionId: string | null;
  lastAuthenticationStrategy: string | null;
  /** Users who passed the new-device check on this client. */
  readonly trustedUserIds: Set<string>;
}

/** A message the emulator "sent" instead of texting or e-mailing a real person. */
export interface OutboxMessage {
  /** Phone number (SMS) or e-mail address the code was sent to. */
  readonly to: string;
  readonly channel: 'sms' | 'email';
  readonly code: string;
  /** Epoch milliseconds. */
  readonly sentAt: number;
  /** Primary e-mail address of the user the code belongs to. */
  readonly userEmail: string;
  /**
   * The sign-in the code was prepared for; null for a code that verifies the user's own
   * phone number or a reverification.
   */
  readonly signInId: string | null;
  /** What the code is for: `reset_password_email_code` / `reset_password_phone_code` mark a password reset. */
  readonly strategy: SentCodeStrategy;
}
