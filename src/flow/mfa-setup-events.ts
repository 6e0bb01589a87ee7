/**
 * The vocabulary of the setup flow's transitions: the events they take (a user's
 * intent, or the answer to a Clerk call), the Clerk calls they ask for, and the notices
 * the flow announces. No event, command or notice holds a code, a password, the
 * authenticator app's key or URI: those stay in the call that sends them, or in the
 * state that shows them.
 */
import type {
  AllowedFactors,
  SessionVerificationLike,
  TotpEnrolment,
  UserFactors,
} from './clerk-adapter/index.js';
import type { MfaSetupFailure } from './mfa-setup-error-policy.js';
import type {
  AddableStrategy,
  Confirmed,
  MfaSetupStep,
  ReverifyStrategy,
  SetupError,
} from './mfa-setup-states.js';

/** What was typed into a code input, as far as can be told before sending it. */
export type TypedShape = 'missing' | 'implausible' | 'plausible';

export type MfaSetupEvent =
  | { readonly type: 'load-started' }
  | {
      readonly type: 'loaded';
      readonly allowed: AllowedFactors;
      /** The signed-in user's second factors, or null when nobody is signed in. */
      readonly factors: UserFactors | null;
    }
  | { readonly type: 'load-failed' }
  /** clerk-js's user changed outside this flow's calls (signed in or out, another tab). */
  | { readonly type: 'user-changed'; readonly factors: UserFactors | null }
  | { readonly type: 'add-requested'; readonly strategy: AddableStrategy }
  | { readonly type: 'totp-created'; readonly enrolment: TotpEnrolment }
  | { readonly type: 'code-submitted'; readonly code: TypedShape }
  | { readonly type: 'totp-verified'; readonly codes: readonly string[] | null }
  | { readonly type: 'phone-submitted'; readonly phoneNumber: string }
  | {
      readonly type: 'phone-code-sent';
      readonly phoneId: string;
      readonly phoneNumber: string;
      /** Whether the user had backup codes before this phone number: if not, they are made after it. */
      readonly hadBackupCodes: boolean;
    }
  | { readonly type: 'resend-requested' }
  | { readonly type: 'phone-verified' }
  | {
      readonly type: 'codes-created';
      readonly codes: readonly string[];
      readonly strategy: AddableStrategy | null;
    }
  | { readonly type: 'confirm-requested'; readonly confirmed: Confirmed }
  | { readonly type: 'confirmed' }
  /**
   * A change made (a factor removed, a default chosen) or left (cancelled): the list again,
   * as Clerk has it now, with the error that led there, if any.
   */
  | {
      readonly type: 'changed';
      readonly factors: UserFactors | null;
      readonly error: SetupError | null;
    }
  | { readonly type: 'default-requested'; readonly phoneId: string }
  /** Leaves the step for the one before: cancel, back, or on from the backup codes. */
  | { readonly type: 'back' }
  | { readonly type: 'done' }
  | { readonly type: 'reverification-answered'; readonly verification: SessionVerificationLike }
  | { readonly type: 'reverify-submitted'; readonly secret: TypedShape }
  | { readonly type: 'reverify-strategy-chosen'; readonly strategy: ReverifyStrategy }
  | { readonly type: 'reverification-code-sent' }
  | { readonly type: 'failed'; readonly failure: MfaSetupFailure };

export type MfaSetupEventType = MfaSetupEvent['type'];

/** A Clerk call a transition asks for. */
export type MfaSetupCommand =
  | { readonly type: 'create-totp' }
  | { readonly type: 'verify-totp' }
  | { readonly type: 'disable-totp' }
  | { readonly type: 'add-phone'; readonly phoneNumber: string }
  | { readonly type: 'resend-phone-code'; readonly phoneId: string }
  | { readonly type: 'verify-phone'; readonly phoneId: string }
  | { readonly type: 'make-default'; readonly phoneId: string }
  | { readonly type: 'remove-phone'; readonly phoneId: string }
  | { readonly type: 'create-backup-codes'; readonly strategy: AddableStrategy | null }
  | { readonly type: 'start-reverification' }
  | { readonly type: 'send-reverification-code' }
  | { readonly type: 'attempt-reverification'; readonly strategy: ReverifyStrategy }
  /** Reads the user's second factors as clerk-js holds them now; no request. */
  | { readonly type: 'refresh'; readonly error: SetupError | null };

/** Commands that send what the user typed, and so cannot be made again without it. */
export const commandsWithSecrets: ReadonlySet<MfaSetupCommand['type']> = new Set([
  'verify-totp',
  'verify-phone',
  'attempt-reverification',
]);

/** What the setup flow announces; the element turns each into a DOM event. */
export type MfaSetupNotice =
  | { readonly type: 'ready' }
  | {
      readonly type: 'status-change';
      readonly step: MfaSetupStep;
      readonly previousStep: MfaSetupStep;
    }
  | { readonly type: 'factor-added'; readonly strategy: AddableStrategy }
  | { readonly type: 'factor-removed'; readonly strategy: AddableStrategy }
  | { readonly type: 'backup-codes-created'; readonly count: number }
  | { readonly type: 'setup-complete' }
  | {
      readonly type: 'error';
      readonly code: string;
      readonly message: string;
      readonly step: MfaSetupStep;
    };
