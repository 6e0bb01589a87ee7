/**
 * What the flow does when a Clerk call fails, as one pure function of the failure, the
 * action that failed and the strategy of the code step: stay where the user is, restart
 * the sign-in, show the session that exists, lock submits for a while, or make a code
 * sendable at a given time. Each outcome carries the error to show, described by its
 * message key so that it can be translated again when the language changes.
 */
import {
  fieldForClerkError,
  lockoutSecondsFromMessage,
  messageKeyForClerkCode,
  type ClerkApiFailure,
  type ClerkFailure,
} from './clerk-errors.js';
import { isSentCodeStrategy } from './factors.js';
import { packageError, type DescribedError } from './described-error.js';
import type { MessageKey } from '../messages.js';
import type { CodeStrategy } from './types.js';

/** What a failed call was doing. */
export type FailedAction =
  | 'create'
  | 'start-reset'
  | 'send-code'
  | 'attempt-code'
  | 'new-password'
  | 'activate'
  | 'sign-out';

/** What to do about a failure. */
export type FailureOutcome =
  /** Show the error where the user is. */
  | { readonly kind: 'stay'; readonly error: DescribedError }
  /** The sign-in is over (expired, too many attempts): back to the credentials form. */
  | { readonly kind: 'restart'; readonly error: DescribedError }
  /** Clerk already holds a session for this browser: show it. */
  | { readonly kind: 'signed-in'; readonly error: DescribedError }
  /**
   * Refuse submits for `seconds`: from everyone (Clerk rate-limits this browser) or for
   * the account being signed in to (Clerk locked it).
   */
  | {
      readonly kind: 'lock';
      readonly error: DescribedError;
      readonly seconds: number;
      readonly scope: 'everyone' | 'account';
    }
  /**
   * Clerk may already hold a session for this browser (the answer that created it was
   * lost, or another tab signed in): make it active. Without one, `otherwise`: back to
   * the credentials form, or the signed-in view with what Clerk knows.
   */
  | {
      readonly kind: 'recover';
      readonly error: DescribedError;
      readonly otherwise: 'restart' | 'signed-in';
    }
  /** The code of the current strategy can be sent again in `seconds` (0: at once). */
  | { readonly kind: 'resend-at'; readonly error: DescribedError; readonly seconds: number };

/** Seconds to wait before sending another code when Clerk refuses one without Retry-After. */
export const defaultResendDelaySeconds = 30;

/** The outcome of a failed call, given what it was doing and the code step's strategy. */
export function failureOutcome(
  failure: ClerkFailure,
  action: FailedAction,
  strategy: CodeStrategy | null,
): FailureOutcome {
  if (failure.kind === 'network') return stay(packageError('network_error'));
  if (failure.kind === 'service') return stay(packageError('service_unavailable'));
  if (failure.kind === 'unknown') return stay(packageError('unknown_error'));
  if (action === 'new-password') {
    const refused = newPasswordError(failure);
    if (refused) return stay(refused);
  }
  const codeAction = action === 'send-code' || action === 'attempt-code';
  const sentCode = codeAction && isSentCodeStrategy(strategy);
  switch (failure.code) {
    case 'session_exists':
    case 'identifier_already_signed_in':
      return { kind: 'recover', error: clerkError(failure), otherwise: 'signed-in' };
    case 'client_state_invalid':
    case 'verification_already_verified':
      return { kind: 'recover', error: clerkError(failure), otherwise: 'restart' };
    case 'client_not_found':
    case 'sign_in_identification_or_user_deleted':
      return { kind: 'restart', error: clerkError(failure) };
    case 'verification_not_sent':
    case 'verification_missing':
      // The code was never sent (or Clerk lost it): sending one is possible at once.
      return sentCode
        ? { kind: 'resend-at', error: { ...clerkError(failure), field: 'code' }, seconds: 0 }
        : stay(clerkError(failure));
    case 'too_many_requests':
      return lockFor(failure.retryAfterSeconds, clerkError(failure), 'everyone');
    case 'verification_code_too_many_requests':
      // Clerk refused to send another code yet; the one already sent still works.
      return {
        kind: 'resend-at',
        error: clerkError(failure),
        seconds: failure.retryAfterSeconds ?? defaultResendDelaySeconds,
      };
    case 'user_locked': {
      const seconds = lockoutSecondsFromMessage(failure.longMessage);
      return lockFor(
        seconds,
        seconds === undefined
          ? clerkError(failure)
          : {
              code: 'user_locked',
              key: 'clerkMfaElements.errors.user_locked__until',
              params: { duration: { seconds } },
            },
        'account',
      );
    }
    case 'verification_expired':
    case 'verification_failed':
      // A sent code is spent, and a new one may be sent at once; any other code ends the sign-in.
      return sentCode
        ? { kind: 'resend-at', error: { ...clerkError(failure), field: 'code' }, seconds: 0 }
        : restart(failure.code);
    case 'resource_not_found':
      if (codeAction) return restart('verification_expired');
      break;
  }
  return stay(clerkError(failure));
}

/** Why Clerk refused a new password, one message per rule, on the password field. */
const newPasswordMessages: Readonly<Record<string, MessageKey>> = {
  form_password_pwned: 'unstable__errors.form_password_pwned',
  form_password_not_strong_enough: 'unstable__errors.form_password_not_strong_enough',
  form_password_validation_failed: 'unstable__errors.form_password_not_strong_enough',
  form_new_password_matches_current: 'unstable__errors.form_new_password_matches_current',
  form_password_matches_identifier: 'unstable__errors.form_password_matches_identifier',
};

/**
 * The error of a new password Clerk refused, or undefined for a failure of another kind.
 * A too short one names the length Clerk asks for ("… at least 8 characters"), when it says.
 */
function newPasswordError(failure: ClerkApiFailure): DescribedError | undefined {
  if (failure.code === 'form_password_length_too_short') {
    const length = /\d+/.exec(failure.longMessage ?? '')?.[0];
    return length
      ? {
          code: failure.code,
          key: 'clerkMfaElements.errors.form_password_length_too_short',
          params: { length },
          field: 'password',
        }
      : {
          code: failure.code,
          key: 'unstable__errors.form_password_length_too_short',
          field: 'password',
        };
  }
  const key = Object.hasOwn(newPasswordMessages, failure.code)
    ? newPasswordMessages[failure.code]
    : undefined;
  return key && { code: failure.code, key, field: 'password' };
}

/** A Clerk error this flow explains, or the generic `unknown_error` for any other code. */
function clerkError(failure: ClerkApiFailure): DescribedError {
  const key = messageKeyForClerkCode(failure.code);
  if (!key) return packageError('unknown_error');
  const field = fieldForClerkError(failure);
  return { code: failure.code, key, ...(field ? { field } : {}) };
}

function stay(error: DescribedError): FailureOutcome {
  return { kind: 'stay', error };
}

/** A lock of known length; without one, the message alone. */
function lockFor(
  seconds: number | undefined,
  error: DescribedError,
  scope: 'everyone' | 'account',
): FailureOutcome {
  return seconds === undefined ? stay(error) : { kind: 'lock', error, seconds, scope };
}

function restart(code: 'verification_expired' | 'verification_failed'): FailureOutcome {
  return { kind: 'restart', error: { code, key: `clerkMfaElements.errors.${code}__sign_in` } };
}
