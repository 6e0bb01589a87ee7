/**
 * Reads whatever a Clerk call threw and tells what went wrong, without ever keeping
 * the thrown object's text (it may carry request details and is not localized).
 *
 * clerk-js 6 throws `ClerkAPIResponseError` for an error answer of the Frontend API:
 * `clerkError: true`, `status`, `retryAfter` (seconds, on 429) and `errors`, a list of
 * `{ code, message, longMessage?, meta: { paramName? } }`. It is detected by that
 * shape rather than by class, since the page's clerk-js is not this package's import.
 */
import type { MessageKey } from '../messages.js';
import type { ErrorField } from './types.js';

/** An error answer of Clerk's Frontend API, reduced to its first error. */
export interface ClerkApiFailure {
  readonly kind: 'api';
  /** Clerk's error code, e.g. `form_password_incorrect`. */
  readonly code: string;
  /** Clerk's English long message; read for a lockout time, never shown. */
  readonly longMessage?: string;
  /** The request parameter the error is about (`identifier`, `password`, `code`, …). */
  readonly paramName?: string;
  /** Seconds to wait, from the `Retry-After` header of a 429 answer. */
  readonly retryAfterSeconds?: number;
}

/** What a Clerk call's failure was. */
export type ClerkFailure =
  | ClerkApiFailure
  /** The request did not reach Clerk or its answer did not come back: retrying may work. */
  | { readonly kind: 'network' }
  /** Clerk answered with a server error (5xx): the service is unavailable for now. */
  | { readonly kind: 'service' }
  /** Anything else: a bug, or an error this package does not know. */
  | { readonly kind: 'unknown' };

/** Codes clerk-js gives its own runtime errors when a request could not be made. */
const networkRuntimeErrorCodes: ReadonlySet<string> = new Set(['network_error', 'clerk_offline']);

/** Reads what went wrong from anything a Clerk call threw. */
export function readClerkFailure(thrown: unknown): ClerkFailure {
  if (isNetworkFailure(thrown)) return { kind: 'network' };
  if (isServerError(thrown)) return { kind: 'service' };
  const first = firstApiError(thrown);
  if (!first) return { kind: 'unknown' };
  const retryAfter = (thrown as { retryAfter?: unknown }).retryAfter;
  return {
    kind: 'api',
    code: first.code,
    ...(typeof first.longMessage === 'string' ? { longMessage: first.longMessage } : {}),
    ...(typeof first.meta?.paramName === 'string' ? { paramName: first.meta.paramName } : {}),
    ...(typeof retryAfter === 'number' && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

interface ApiErrorShape {
  readonly code: string;
  readonly longMessage?: unknown;
  readonly meta?: { readonly paramName?: unknown } | null;
}

function firstApiError(thrown: unknown): ApiErrorShape | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const errors = (thrown as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return undefined;
  const first: unknown = errors[0];
  if (typeof first !== 'object' || first === null) return undefined;
  return typeof (first as { code?: unknown }).code === 'string'
    ? (first as ApiErrorShape)
    : undefined;
}

/**
 * A request that failed on the way: clerk-js's `ClerkRuntimeError` with code
 * `network_error` (or `clerk_offline`), the `Error` clerk-js throws when fetch fails
 * ("ClerkJS: Network error at …"), or fetch's own `TypeError` ("Failed to fetch",
 * "NetworkError when attempting to fetch resource.", "Load failed").
 */
function isNetworkFailure(thrown: unknown): boolean {
  if (typeof thrown !== 'object' || thrown === null) return false;
  const { code, message, name } = thrown as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === 'string' && networkRuntimeErrorCodes.has(code)) return true;
  if (!(thrown instanceof Error) || typeof message !== 'string') return false;
  if (/network\s*error/i.test(message)) return true;
  return name === 'TypeError' && /fetch|load failed|network/i.test(message);
}

/** An error answer with a 5xx status, whatever its body (a proxy's page, or Clerk's error). */
function isServerError(thrown: unknown): boolean {
  if (typeof thrown !== 'object' || thrown === null) return false;
  const { status } = thrown as { status?: unknown };
  return typeof status === 'number' && status >= 500 && status <= 599;
}

/** The message of each Clerk error code this flow explains; others get the generic message. */
const messageKeyByClerkCode: Readonly<Record<string, MessageKey>> = {
  form_identifier_not_found: 'unstable__errors.form_identifier_not_found',
  form_password_incorrect: 'unstable__errors.form_password_incorrect',
  form_password_or_identifier_incorrect: 'unstable__errors.form_password_or_identifier_incorrect',
  form_param_nil: 'unstable__errors.form_param_nil',
  form_param_missing: 'unstable__errors.form_param_nil',
  form_param_format_invalid: 'unstable__errors.form_param_format_invalid',
  form_password_pwned: 'unstable__errors.form_password_pwned__sign_in',
  form_password_compromised: 'unstable__errors.form_password_compromised__sign_in',
  form_code_incorrect: 'unstable__errors.form_code_incorrect',
  verification_expired: 'clerkMfaElements.errors.verification_expired',
  verification_failed: 'clerkMfaElements.errors.verification_failed',
  too_many_requests: 'clerkMfaElements.errors.too_many_requests',
  verification_code_too_many_requests:
    'clerkMfaElements.errors.verification_code_too_many_requests',
  user_locked: 'clerkMfaElements.errors.user_locked',
  session_exists: 'unstable__errors.session_exists',
  identifier_already_signed_in: 'unstable__errors.session_exists',
  client_state_invalid: 'clerkMfaElements.errors.client_state_invalid',
  client_not_found: 'clerkMfaElements.errors.client_state_invalid',
  verification_already_verified: 'clerkMfaElements.errors.client_state_invalid',
  sign_in_identification_or_user_deleted:
    'clerkMfaElements.errors.sign_in_identification_or_user_deleted',
  strategy_for_user_invalid: 'clerkMfaElements.errors.strategy_for_user_invalid',
  no_second_factors: 'clerkMfaElements.errors.strategy_for_user_invalid',
  verification_strategy_invalid: 'clerkMfaElements.errors.strategy_for_user_invalid',
  verification_not_sent: 'clerkMfaElements.errors.verification_not_sent',
  verification_missing: 'clerkMfaElements.errors.verification_not_sent',
  account_lockout_warning: 'clerkMfaElements.errors.account_lockout_warning',
  user_banned: 'clerkMfaElements.errors.user_banned',
  user_deactivated: 'clerkMfaElements.errors.user_banned',
  not_allowed_access: 'unstable__errors.not_allowed_access',
  action_blocked: 'unstable__errors.action_blocked',
  device_blocked: 'unstable__errors.action_blocked',
  resource_locked: 'clerkMfaElements.errors.resource_locked',
  authentication_invalid: 'clerkMfaElements.errors.client_state_invalid',
};

/** The message key for a Clerk error code, or undefined when this flow does not explain it. */
export function messageKeyForClerkCode(code: string): MessageKey | undefined {
  return Object.hasOwn(messageKeyByClerkCode, code) ? messageKeyByClerkCode[code] : undefined;
}

/** Request parameters of the sign-in calls, by the input they come from. */
const fieldByParamName: Readonly<Record<string, ErrorField>> = {
  identifier: 'identifier',
  email_address: 'identifier',
  password: 'password',
  code: 'code',
};

/** The input a Clerk error belongs to, if it belongs to one. */
export function fieldForClerkError(failure: ClerkApiFailure): ErrorField | undefined {
  switch (failure.code) {
    case 'form_identifier_not_found':
      return 'identifier';
    case 'form_password_incorrect':
    case 'form_password_or_identifier_incorrect':
    case 'form_password_pwned':
    case 'form_password_compromised':
      return 'password';
    case 'form_code_incorrect':
      return 'code';
    default:
      return failure.paramName && Object.hasOwn(fieldByParamName, failure.paramName)
        ? fieldByParamName[failure.paramName]
        : undefined;
  }
}

const secondsPerUnit: Readonly<Record<string, number>> = { hour: 3600, minute: 60, second: 1 };

/**
 * The lockout time Clerk writes into `user_locked`'s long message ("… You will be
 * able to try again in 30 minutes …"), in seconds; undefined when there is none.
 * clerk-js drops the structured `lockout_expires_in_seconds`, so the text is all there is.
 */
export function lockoutSecondsFromMessage(longMessage: string | undefined): number | undefined {
  const remaining = longMessage ? /\bin\s+(\d.*)$/i.exec(longMessage)?.[1] : undefined;
  if (!remaining) return undefined;
  let seconds = 0;
  for (const match of remaining.matchAll(/(\d+)\s*(hour|minute|min|second|sec)s?\b/gi)) {
    const unit = match[2].toLowerCase();
    const name = unit === 'min' ? 'minute' : unit === 'sec' ? 'second' : unit;
    seconds += Number(match[1]) * secondsPerUnit[name];
  }
  return seconds > 0 ? seconds : undefined;
}
