/**
 * A refusal of the Frontend API, with Clerk's code, HTTP status and messages (the
 * serializers write it as Clerk's error body).
 *
 * Codes, HTTP statuses and messages follow Clerk's public error catalog. Where
 * the catalog leaves a message empty (for example `form_identifier_not_found`)
 * the text Clerk's API sends is used.
 */
export class FapiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly longMessage: string;
  /** Goes to `errors[0].meta`, e.g. `{ param_name: 'code' }`. */
  readonly errorMeta: Readonly<Record<string, unknown>>;
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * When true, the response carries the current client in the top-level
   * `meta.client`, as Clerk does for sign-in errors; clerk-js applies it.
   */
  readonly includeClient: boolean;
  /**
   * Further errors of the same answer, after this one: Clerk lists every requirement a new
   * password misses (`form_password_no_number`, `form_password_no_uppercase`, …) at once.
   */
  readonly followedBy: readonly FapiError[];
  /** Goes to the body's top-level `meta` (beside `meta.client`), e.g. what a reverification needs. */
  readonly bodyMeta: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    longMessage: string;
    errorMeta?: Record<string, unknown>;
    headers?: Record<string, string>;
    includeClient?: boolean;
    followedBy?: readonly FapiError[];
    bodyMeta?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = 'FapiError';
    this.status = init.status;
    this.code = init.code;
    this.longMessage = init.longMessage;
    this.errorMeta = init.errorMeta ?? {};
    this.headers = init.headers ?? {};
    this.includeClient = init.includeClient ?? false;
    this.bodyMeta = init.bodyMeta ?? {};
    this.followedBy = init.followedBy ?? [];
  }

  /** One answer listing `errors` in order (the first gives the status and the client). */
  static all(errors: readonly [FapiError, ...FapiError[]]): FapiError {
    const [first, ...rest] = errors;
    if (rest.length === 0) return first;
    return new FapiError({
      status: first.status,
      code: first.code,
      message: first.message,
      longMessage: first.longMessage,
      errorMeta: { ...first.errorMeta },
      headers: { ...first.headers },
      includeClient: first.includeClient,
      bodyMeta: { ...first.bodyMeta },
      followedBy: rest,
    });
  }
}

/** "30 minutes", "1 minute", "45 seconds": how Clerk words a remaining lockout. */
export function describeDuration(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `${whole} ${whole === 1 ? 'second' : 'seconds'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** A 422 about a new password, worded the same in `message` and `long_message` as Clerk does. */
function passwordError(paramName: string, code: string, text: string): FapiError {
  return new FapiError({
    status: 422,
    code,
    message: text,
    longMessage: text,
    errorMeta: { param_name: paramName },
    includeClient: true,
  });
}

/** The errors of the sign-in flow, one factory per Clerk error code. */
export const fapiErrors = {
  formIdentifierNotFound: () =>
    new FapiError({
      status: 422,
      code: 'form_identifier_not_found',
      message: "Couldn't find your account.",
      longMessage: "Couldn't find your account.",
      errorMeta: { param_name: 'identifier' },
      includeClient: true,
    }),

  formPasswordIncorrect: (paramName = 'password') =>
    new FapiError({
      status: 422,
      code: 'form_password_incorrect',
      message: 'Password is incorrect. Try again, or use another method.',
      longMessage: 'Password is incorrect. Try again, or use another method.',
      errorMeta: { param_name: paramName },
      includeClient: true,
    }),

  formCodeIncorrect: () =>
    new FapiError({
      status: 422,
      code: 'form_code_incorrect',
      message: 'is incorrect',
      longMessage: 'Incorrect code',
      errorMeta: { param_name: 'code' },
      includeClient: true,
    }),

  formParamMissing: (paramName: string) =>
    new FapiError({
      status: 422,
      code: 'form_param_missing',
      message: 'is missing',
      longMessage: `${paramName} must be included.`,
      errorMeta: { param_name: paramName },
    }),

  verificationExpired: () =>
    new FapiError({
      status: 400,
      code: 'verification_expired',
      message: 'expired',
      longMessage: 'This verification has expired. You must create a new one.',
      includeClient: true,
    }),

  verificationFailed: () =>
    new FapiError({
      status: 400,
      code: 'verification_failed',
      message: 'failed',
      longMessage:
        'Too many failed attempts. You have to try again with the same or another method.',
      includeClient: true,
    }),

  verificationAlreadyVerified: () =>
    new FapiError({
      status: 400,
      code: 'verification_already_verified',
      message: 'already verified',
      longMessage: 'This verification has already been verified.',
      includeClient: true,
    }),

  verificationNotSent: () =>
    new FapiError({
      status: 400,
      code: 'verification_not_sent',
      message: 'not sent',
      longMessage: 'You need to send a verification code before attempting to verify.',
    }),

  verificationCodeTooManyRequests: (retryAfterSeconds: number) =>
    new FapiError({
      status: 429,
      code: 'verification_code_too_many_requests',
      message: 'Too many verification code requests',
      longMessage: `Too many verification code requests. Please wait at least ${retryAfterSeconds} seconds to receive your code before trying again.`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),

  /**
   * The errors of a new password (reset during sign-in, or changed by a signed-in user):
   * `paramName` is the form field, `password` or `new_password`. Clerk's public catalog
   * leaves most of their texts empty; these follow the API's wording and clerk-js's
   * English localization.
   */
  formPasswordLengthTooShort: (paramName: string, minLength: number) =>
    passwordError(
      paramName,
      'form_password_length_too_short',
      `Passwords must be ${minLength} characters or more.`,
    ),

  formPasswordLengthTooLong: (paramName: string, maxLength: number) =>
    passwordError(
      paramName,
      'form_password_length_too_long',
      `Passwords must be less than ${maxLength} characters.`,
    ),

  formPasswordSizeInBytesExceeded: (paramName: string, maxBytes: number) =>
    passwordError(
      paramName,
      'form_password_size_in_bytes_exceeded',
      `Passwords must be at most ${maxBytes} bytes. Please use a shorter password, or fewer special characters.`,
    ),

  formPasswordNoLowercase: (paramName: string) =>
    passwordError(
      paramName,
      'form_password_no_lowercase',
      'Passwords must contain at least one lowercase character.',
    ),

  formPasswordNoUppercase: (paramName: string) =>
    passwordError(
      paramName,
      'form_password_no_uppercase',
      'Passwords must contain at least one uppercase character.',
    ),

  formPasswordNoNumber: (paramName: string) =>
    passwordError(
      paramName,
      'form_password_no_number',
      'Passwords must contain at least one number.',
    ),

  formPasswordNoSpecialChar: (paramName: string) =>
    passwordError(
      paramName,
      'form_password_no_special_char',
      'Passwords must contain at least one special character.',
    ),

  formPasswordPwned: (paramName: string) =>
    passwordError(
      paramName,
      'form_password_pwned',
      'Password has been found in an online data breach. For account safety, please use a different password.',
    ),

  formPasswordMatchesIdentifier: (paramName: string) =>
    passwordError(
      paramName,
      'form_password_matches_identifier',
      'Password cannot match your email address, phone number or username. For account safety, please use a different password.',
    ),

  formNewPasswordMatchesCurrent: (paramName: string) =>
    passwordError(
      paramName,
      'form_new_password_matches_current',
      'New password cannot be the same as the current password.',
    ),

  tooManyRequests: (retryAfterSeconds: number) =>
    new FapiError({
      status: 429,
      code: 'too_many_requests',
      message: 'Too many requests',
      longMessage: 'Too many requests, please try again later.',
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),

  userLocked: (secondsRemaining: number, supportContact: string) =>
    new FapiError({
      status: 403,
      code: 'user_locked',
      message: 'Account locked',
      longMessage: `Your account is locked. You will be able to try again in ${describeDuration(secondsRemaining)}. For more information, please contact ${supportContact}.`,
      errorMeta: { lockout_expires_in_seconds: Math.ceil(secondsRemaining) },
      includeClient: true,
    }),

  sessionExists: () =>
    new FapiError({
      status: 400,
      code: 'session_exists',
      message: 'Session already exists',
      longMessage: "You're already signed in.",
    }),

  strategyForUserInvalid: () =>
    new FapiError({
      status: 400,
      code: 'strategy_for_user_invalid',
      message: 'Invalid verification strategy',
      longMessage: 'The verification strategy is not valid for this account',
      errorMeta: { param_name: 'strategy' },
    }),

  signInStateInvalid: (action: string) =>
    new FapiError({
      status: 400,
      code: 'client_state_invalid',
      message: 'Invalid action',
      longMessage: `We were unable to complete ${action} for this Client. Start a new sign-in.`,
      includeClient: true,
    }),

  signInNotFound: (signInId: string) =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'not found',
      longMessage: `No sign in was found with id ${signInId}`,
      includeClient: true,
    }),

  sessionNotFound: (sessionId: string) =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'Session not found',
      longMessage: `No session was found with id ${sessionId}`,
    }),

  clientNotFound: () =>
    new FapiError({
      status: 400,
      code: 'client_not_found',
      message: 'No client found',
      longMessage: 'This request is expecting a client and did not find one',
    }),

  devBrowserUnauthenticated: () =>
    new FapiError({
      status: 401,
      code: 'dev_browser_unauthenticated',
      message: 'Browser unauthenticated',
      longMessage:
        'Unable to authenticate this browser for your development instance. Check your Clerk cookies and try again. If the issue persists reach out to support@clerk.com.',
    }),

  resourceNotFound: () =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'Resource not found',
      longMessage: 'Resource not found',
    }),

  jwtTemplateNotFound: (template: string) =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'JWT template not found',
      longMessage: `No JWT template exists with name: ${template}`,
    }),

  authenticationInvalid: () =>
    new FapiError({
      status: 401,
      code: 'authentication_invalid',
      message: 'Invalid authentication',
      longMessage: 'Unable to authenticate the request, you need to supply an active session',
    }),

  /**
   * A sensitive action on a session whose last verification is older than the instance's
   * window. clerk-js reads the code (its `useReverification` then asks for a verification at
   * `level` and retries); the metadata says what would satisfy it, as Clerk's reverification
   * hint does (`{ level, afterMinutes }`).
   */
  sessionReverificationRequired: (
    level: 'first_factor' | 'second_factor' | 'multi_factor',
    afterMinutes: number,
  ) =>
    new FapiError({
      status: 403,
      code: 'session_reverification_required',
      message: 'Additional verification required',
      longMessage: 'You need to provide additional verification to perform this operation',
      errorMeta: { is_required: true },
      bodyMeta: { reverification: { level, after_minutes: afterMinutes } },
    }),

  /** `/v1/me…` without a signed-in session of the browser's client. */
  signedInSessionMissing: () =>
    new FapiError({
      status: 401,
      code: 'authentication_invalid',
      message: 'Invalid authentication',
      longMessage: 'Unable to authenticate the request, you need to supply an active session',
    }),

  phoneNumberNotFound: (phoneNumberId: string) =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'not found',
      longMessage: `No phone number was found with id ${phoneNumberId}`,
    }),

  totpNotFound: () =>
    new FapiError({
      status: 404,
      code: 'resource_not_found',
      message: 'not found',
      longMessage: 'No authenticator app (TOTP) is set up for this user',
    }),

  /**
   * `POST /v1/me/totp` for a user who already has a verified authenticator app. Clerk's error
   * catalog in this repository does not list this refusal's code; the emulator names it so.
   */
  totpAlreadyEnabled: () =>
    new FapiError({
      status: 400,
      code: 'totp_already_enabled',
      message: 'already enabled',
      longMessage:
        'An authenticator app is already set up for this user. Remove it before adding another.',
    }),

  /**
   * A second factor the instance does not offer (see `secondFactors`). Clerk's error catalog in
   * this repository does not list this refusal's code; the emulator names it so.
   */
  secondFactorNotEnabled: (strategy: string) =>
    new FapiError({
      status: 400,
      code: 'feature_not_enabled',
      message: 'not enabled',
      longMessage: `The ${strategy} second factor is not enabled for this instance.`,
    }),

  formParamFormatInvalid: (paramName: string, longMessage: string) =>
    new FapiError({
      status: 422,
      code: 'form_param_format_invalid',
      message: 'is invalid',
      longMessage,
      errorMeta: { param_name: paramName },
    }),

  /** A phone number the user already has. */
  formIdentifierExists: (paramName: string) =>
    new FapiError({
      status: 422,
      code: 'form_identifier_exists',
      message: 'That phone number is taken. Please try another.',
      longMessage: 'That phone number is taken. Please try another.',
      errorMeta: { param_name: paramName },
    }),

  secondFactorDeletionNotAllowed: () =>
    new FapiError({
      status: 400,
      code: 'second_factor_deletion_not_allowed',
      message: 'second factor deletion not allowed',
      longMessage:
        'You are required to maintain at least one two-step verification method in your account at all times',
    }),

  identificationUpdateSecondFactorUnverified: () =>
    new FapiError({
      status: 400,
      code: 'identification_update_second_factor_unverified',
      message: 'Update failed',
      longMessage: 'Cannot update second factor attributes for unverified identification',
    }),

  formDisableDefaultSecondFactorNotAllowed: () =>
    new FapiError({
      status: 422,
      code: 'form_disable_default_second_factor_not_allowed',
      message:
        'The default second factor method can only be changed by assigning another method as the default.',
      longMessage:
        'The default second factor method can only be changed by assigning another method as the default.',
      errorMeta: { param_name: 'default_second_factor' },
    }),

  verificationStrategyInvalid: () =>
    new FapiError({
      status: 400,
      code: 'verification_strategy_invalid',
      message: 'has invalid strategy',
      longMessage: 'The strategy is not valid for the current verification.',
      errorMeta: { param_name: 'strategy' },
    }),

  /** A reverification step the session's reverification is not at (or none was started). */
  reverificationStateInvalid: (action: string) =>
    new FapiError({
      status: 400,
      code: 'client_state_invalid',
      message: 'Invalid action',
      longMessage: `We were unable to complete ${action} for this session. Start a new verification.`,
    }),

  /** A request refused for where it comes from (an `Origin` the emulator does not allow). */
  notAllowedAccess: (detail: string) =>
    new FapiError({
      status: 403,
      code: 'not_allowed_access',
      message: 'Access not allowed.',
      longMessage: detail,
    }),

  /** A request the emulator cannot read (a body that is not what its content type says). */
  malformedRequest: (detail: string) =>
    new FapiError({
      status: 400,
      code: 'malformed_request',
      message: 'Malformed request body',
      longMessage: detail,
    }),

  /** A bug of the emulator (never the caller's fault); the stack goes to stderr, not the answer. */
  internal: (detail: string) =>
    new FapiError({
      status: 500,
      code: 'internal_clerk_error',
      message: 'Oops, an unexpected error occurred',
      longMessage: detail,
    }),

  /** A status forced by fault injection (`failNext`). */
  injected: (status: number) =>
    new FapiError({
      status,
      code: status === 429 ? 'too_many_requests' : 'internal_clerk_error',
      message: status === 429 ? 'Too many requests' : 'Oops, an unexpected error occurred',
      longMessage:
        status === 429
          ? 'Too many requests, please try again later.'
          : "There was an internal error on our servers. We've been notified and are working on fixing it.",
    }),
};
