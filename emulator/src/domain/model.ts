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

/** A user of the emulated instance, built from a seed entry. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly emailAddressId: string;
  readonly phoneNumber: string | null;
  readonly phoneNumberId: string | null;
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
  readonly totpSecret: string | null;
  readonly backupCodes: BackupCode[];
  /** Whether sign-in asks for a second factor. */
  readonly mfa: boolean;
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

/** What a signed-in user must do before the session counts as signed in (clerk-js `SessionTask['key']`). */
export type SessionTaskKey = 'setup-mfa' | 'reset-password';

/** A session (`sess_…`). */
export interface Session {
  readonly id: string;
  readonly clientId: string;
  readonly userId: string;
  /** `active` while the session lives, pending or not (see `tasks`); `revoked` when signed out from elsewhere. */
  status: 'active' | 'ended' | 'removed' | 'revoked' | 'expired';
  readonly createdAt: number;
  updatedAt: number;
  lastActiveAt: number;
  readonly expireAt: number;
  readonly abandonAt: number;
  readonly firstFactorVerifiedAt: number;
  readonly secondFactorVerifiedAt: number | null;
  /**
   * Tasks left before the session counts as signed in, in the order they are to be done.
   * While there is one, an `active` session is `pending` to the Frontend API.
   */
  tasks: SessionTaskKey[];
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
  /** The sign-in the code was prepared for. */
  readonly signInId: string;
  /** What the code is for: `reset_password_email_code` / `reset_password_phone_code` mark a password reset. */
  readonly strategy: SentCodeStrategy;
}
