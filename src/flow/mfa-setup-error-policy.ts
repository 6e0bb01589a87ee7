/**
 * What the setup flow does when a Clerk call fails, as one pure function of the failure
 * and the call that failed: ask for a reverification and make the call again, show the
 * error where the user is, or show the list again when what the user acted on is gone.
 * Each outcome carries the error to show, described by its message key.
 */
import { messageKeyForClerkCode, type ClerkFailure } from './clerk-errors.js';
import { packageError } from './described-error.js';
import type { MfaSetupCommand } from './mfa-setup-events.js';
import type { SetupError } from './mfa-setup-states.js';

/** A failed call of the setup flow: what went wrong, and which call it was. */
export interface MfaSetupFailure {
  readonly outcome: MfaSetupOutcome;
  readonly command: MfaSetupCommand;
}

export type MfaSetupOutcome =
  /** Show the error where the user is; what they typed stays. */
  | { readonly kind: 'stay'; readonly error: SetupError }
  /** Clerk needs a recent verification of the user first (`session_reverification_required`). */
  | { readonly kind: 'reverify' }
  /** What the user acted on is gone (removed in another tab): the list again, with the error. */
  | { readonly kind: 'refresh'; readonly error: SetupError };

/** The code Clerk answers when an action needs a recent verification. */
export const reverificationRequired = 'session_reverification_required';

/** The outcome of a failure of `command`. */
export function mfaSetupOutcome(failure: ClerkFailure, command: MfaSetupCommand): MfaSetupOutcome {
  if (failure.kind === 'network') return stay(packageError('network_error'));
  if (failure.kind === 'service') return stay(packageError('service_unavailable'));
  if (failure.kind === 'unknown') return stay(packageError('unknown_error'));
  const typed =
    command.type === 'verify-totp' ||
    command.type === 'verify-phone' ||
    command.type === 'attempt-reverification';
  switch (failure.code) {
    case reverificationRequired:
      // A reverification that itself needs one cannot be satisfied here.
      return command.type === 'start-reverification' || command.type === 'attempt-reverification'
        ? stay(packageError('unknown_error'))
        : { kind: 'reverify' };
    case 'form_code_incorrect':
      return stay({
        code: failure.code,
        key: 'unstable__errors.form_code_incorrect',
        field: 'code',
      });
    case 'form_password_incorrect':
      return stay({
        code: failure.code,
        key: 'unstable__errors.form_password_incorrect',
        field: 'password',
      });
    case 'form_identifier_exists':
      return stay({
        code: failure.code,
        key: 'clerkMfaElements.setup.errors.form_identifier_exists',
      });
    case 'resource_not_found':
      return typed
        ? stay({
            code: 'verification_expired',
            key: 'clerkMfaElements.errors.verification_expired',
          })
        : {
            kind: 'refresh',
            error: { code: failure.code, key: 'clerkMfaElements.errors.unknown_error' },
          };
  }
  const key = messageKeyForClerkCode(failure.code);
  return stay(
    key
      ? { code: failure.code, key, ...(typed ? { field: 'code' as const } : {}) }
      : packageError('unknown_error'),
  );
}

function stay(error: SetupError): MfaSetupOutcome {
  return { kind: 'stay', error };
}
