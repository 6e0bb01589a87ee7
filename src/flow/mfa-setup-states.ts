/**
 * The state of setting up and managing second factors: a union keyed by `step`, each
 * member holding only what its step has (the authenticator app's key while it is being
 * added, the phone number a code went to, the backup codes while they are shown), with
 * a named constructor per step and the projection to the snapshot the element renders.
 *
 * The key and the backup codes are in the state because the user must see them; they
 * never go into a notice, so no event carries them.
 */
import type {
  AllowedFactors,
  TotpEnrolment,
  UserFactors,
  VerificationFactorLike,
} from './clerk-adapter/index.js';
import type { DescribedError } from './described-error.js';
import type { MfaSetupCommand } from './mfa-setup-events.js';
import type { MessageKey } from '../messages.js';
import type { MfaSetupMessageKey } from '../mfa-setup-messages.js';
import type { FlowError } from './types.js';

/** Every message key the setup flow's errors may have. */
export type SetupMessageKey = MessageKey | MfaSetupMessageKey;

/** An error of the setup flow, translated when shown. */
export type SetupError = DescribedError<SetupMessageKey>;

/** The second factors that can be added here. */
export type AddableStrategy = 'totp' | 'phone_code';

/** `required`: the sign-in's setup-mfa task; `manage`: a signed-in user's list of second factors. */
export type SetupMode = 'required' | 'manage';

/** What every step holds. */
interface Shared {
  readonly mode: SetupMode;
  /** What the instance lets users set up; all off until Clerk has loaded. */
  readonly allowed: AllowedFactors;
  /** A Clerk call of this step is in flight. */
  readonly busy: boolean;
  readonly error: SetupError | null;
}

/** Before Clerk has loaded, with nobody signed in, or after Clerk failed to load. */
export interface WaitingState extends Shared {
  readonly step: 'loading' | 'signed-out' | 'load-error';
}

/** The choice of a second factor to add (the setup-mfa task, when several are allowed). */
export interface ChooseState extends Shared {
  readonly step: 'choose';
}

/** The user's second factors, with the actions on them. */
export interface OverviewState extends Shared {
  readonly step: 'overview';
  readonly factors: UserFactors;
}

/** The authenticator app being added: its QR code and key, and the form for its first code. */
export interface TotpState extends Shared {
  readonly step: 'totp';
  readonly enrolment: TotpEnrolment;
}

/** The form for the phone number to add. */
export interface PhoneNumberState extends Shared {
  readonly step: 'phone-number';
}

/** The form for the code sent to the phone number being added. */
export interface PhoneCodeState extends Shared {
  readonly step: 'phone-code';
  readonly phoneId: string;
  readonly phoneNumber: string;
  /** Whether the user had backup codes before: if not (and they are allowed), they are made after. */
  readonly hadBackupCodes: boolean;
}

/**
 * A second factor just added (`enrolled`) or backup codes made again (`backup-codes`):
 * the codes, shown this once, and the way on.
 */
export interface CodesState extends Shared {
  readonly step: 'enrolled' | 'backup-codes';
  /** The factor added, or null when the codes were made again. */
  readonly strategy: AddableStrategy | null;
  readonly codes: readonly string[];
}

/** What the user is asked to confirm. */
export type Confirmed =
  | { readonly type: 'remove-totp' }
  | { readonly type: 'remove-phone'; readonly phoneId: string; readonly phoneNumber: string }
  | { readonly type: 'regenerate-codes' };

export interface ConfirmState extends Shared {
  readonly step: 'confirm';
  readonly confirmed: Confirmed;
  readonly factors: UserFactors;
}

/** The ways of answering a reverification. */
export type ReverifyStrategy = 'password' | 'totp' | 'phone_code' | 'backup_code';

/**
 * Clerk asked for a recent verification before an action: the password, or a second
 * factor; then the action is made again (`retry`) or, when it needed what the user typed,
 * the user is back where they were (`resume`) to send it again.
 */
export interface ReverifyState extends Shared {
  readonly step: 'reverify';
  readonly strategy: ReverifyStrategy;
  /** The second factors Clerk offers, once the first is done or not needed. */
  readonly factors: readonly VerificationFactorLike[];
  readonly resume: ResumableState;
  readonly retry: MfaSetupCommand | null;
}

/** The setup-mfa task is done: the sign-in goes on. */
export interface CompleteState extends Shared {
  readonly step: 'complete';
}

export type ResumableState =
  | ChooseState
  | OverviewState
  | TotpState
  | PhoneNumberState
  | PhoneCodeState
  | CodesState
  | ConfirmState;

export type MfaSetupState = WaitingState | ResumableState | ReverifyState | CompleteState;

export type MfaSetupStep = MfaSetupState['step'];

/** Nothing allowed: what is known before Clerk has loaded. */
export const nothingAllowed: AllowedFactors = { totp: false, phoneCode: false, backupCode: false };

export function initialSetupState(mode: SetupMode): WaitingState {
  return { step: 'loading', mode, allowed: nothingAllowed, busy: false, error: null };
}

/** What a step starts from: the mode and settings carried over, not busy, and this error or none. */
export function fresh(state: Shared, error: SetupError | null = null): Shared {
  return { mode: state.mode, allowed: state.allowed, busy: false, error };
}

/** Where a user goes when there is nothing else to do: the list, or the choice of a factor. */
export function homeState(state: Shared, factors: UserFactors | null): MfaSetupState {
  if (!factors) return { ...fresh(state), step: 'signed-out' };
  if (state.mode === 'manage') return { ...fresh(state), step: 'overview', factors };
  return { ...fresh(state), step: 'choose' };
}

/** The factors that can be added, in the order they are offered. */
export function addableStrategies(allowed: AllowedFactors): readonly AddableStrategy[] {
  return [
    ...(allowed.totp ? (['totp'] as const) : []),
    ...(allowed.phoneCode ? (['phone_code'] as const) : []),
  ];
}

/** What the element renders: the state without what only the flow reads, its error translated. */
export type MfaSetupSnapshot = MfaSetupState extends infer Each
  ? Each extends MfaSetupState
    ? Omit<Each, 'error' | 'resume' | 'retry'> & { readonly error: FlowError | null }
    : never
  : never;

export function setupSnapshotOf(
  state: MfaSetupState,
  translateError: (error: SetupError) => FlowError,
): MfaSetupSnapshot {
  const error = state.error && translateError(state.error);
  if (state.step !== 'reverify') return { ...state, error };
  const { step, mode, allowed, busy, strategy, factors } = state;
  return { step, mode, allowed, busy, strategy, factors, error };
}
