import {
  MAX_REVERIFICATION_MINUTES,
  SECOND_FACTOR_STRATEGIES,
} from './domain/instance-settings.js';
import type { ResetPasswordStrategy, SecondFactorStrategy } from './domain/model.js';
import { DEFAULT_PASSWORD_RULES, type PasswordRules } from './domain/password-policy.js';
import type { LockoutPolicy } from './domain/lockout.js';
import type { SeedFile } from './seed.js';

/** A FAPI response as handed to {@link EmulatorOptions.validateResponse}. */
export interface FapiResponseForValidation {
  /** Effective method, after `_method` (e.g. `DELETE` for `POST ...?_method=DELETE`). */
  readonly method: string;
  /** FAPI path without the mount path and without query, e.g. `/v1/client/sign_ins/sia_1/attempt_second_factor`. */
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
}

/** Options of {@link createEmulator}. Every field is optional. */
export interface EmulatorOptions {
  /** Path prefix the emulator answers under; pass it to clerk-js as `proxyUrl`. Default `/__clerk`. */
  mountPath?: string;
  /** Users: a seed object or the path of a JSON seed file. Default: the built-in demo users (`src/default-seed.json`). */
  seed?: SeedFile | string;
  /**
   * Second factors the instance offers (environment `auth_config.second_factors`); users enrol
   * only these through `/v1/me`, and `backup_code` turns backup codes on. Default all three.
   * Changeable at run time (`PATCH <mount>/__emulator/instance`).
   */
  secondFactors?: readonly SecondFactorStrategy[];
  /**
   * How a forgotten password is reset (environment `auth_config.first_factors`, and the
   * sign-in's `supported_first_factors`): a code by e-mail (`reset_password_email_code`)
   * and/or, for users with a phone number, by SMS (`reset_password_phone_code`). `[]`
   * turns password reset off. Default `['reset_password_email_code']`.
   */
  resetPasswordStrategies?: readonly ResetPasswordStrategy[];
  /**
   * What a new password must be (environment `user_settings.password_settings`), checked
   * by `reset_password` and `/v1/me/change_password`. Default Clerk's: `minLength` 8,
   * `maxLength` 72, no character class required.
   */
  passwordSettings?: Partial<PasswordRules>;
  /**
   * Clerk's "require multi-factor authentication": a user who signs in without a second factor
   * gets a pending session with the `setup-mfa` task, active once a factor is enrolled.
   * Default false. Changeable at run time.
   */
  mfaRequired?: boolean;
  /**
   * Minutes after the session's last verification beyond which a sensitive action (enrolling or
   * removing a second factor, new backup codes) answers 403 `session_reverification_required`
   * until the session is verified again; `false` never asks. Default 10. Changeable at run time.
   */
  reverificationMinutes?: number | false;
  /** Clerk's single-session mode: a second sign-in while signed in fails with `session_exists`. Default true. */
  singleSessionMode?: boolean;
  /**
   * Account lockout: after `maxAttempts` failed password or code attempts the
   * user is locked (`user_locked`, 403) for `durationSeconds`. `false` disables it.
   * Default `{ maxAttempts: 5, durationSeconds: 1800 }`.
   */
  lockout?: { maxAttempts: number; durationSeconds: number } | false;
  /** Lifetime of session tokens (clerk-js refreshes them about 17 s before expiry). Default 60. */
  sessionTokenTtlSeconds?: number;
  /** Minimum time between two SMS or e-mail codes for the same sign-in. Default 30. */
  resendCooldownSeconds?: number;
  /** Lifetime of an SMS or e-mail code. Default 600 (10 minutes). */
  codeLifetimeSeconds?: number;
  /** Wrong guesses allowed per SMS or e-mail code before `verification_failed`. Default 3. */
  codeMaxAttempts?: number;
  /** Time after which an unfinished sign-in is abandoned. Default 86400 (a day). */
  signInLifetimeSeconds?: number;
  /**
   * Rate limit on sign-in requests (create, prepare, attempt) per remote address:
   * beyond `maxRequests` within `windowSeconds`, 429 `too_many_requests` with
   * `Retry-After`. `false` disables it. Default `{ maxRequests: 100, windowSeconds: 10 }`.
   */
  rateLimit?: { maxRequests: number; windowSeconds: number } | false;
  /**
   * Page origins allowed to call the emulator cross-origin (exact match, e.g.
   * `http://127.0.0.1:5173`), answered with `Access-Control-Allow-Credentials: true`.
   * Same-origin pages need nothing. A request that changes state (any method but GET,
   * HEAD and OPTIONS) with an `Origin` that is neither the page's own nor one of these is
   * refused with 403.
   */
  corsOrigins?: readonly string[];
  /**
   * Host names the emulator answers besides loopback ones (`127.0.0.0/8`, `::1`,
   * `localhost`), e.g. `myapp.test` for a dev server reached by that name. Any other
   * `Host` header is refused with 403, so a DNS-rebinding page cannot reach the emulator.
   */
  allowedHosts?: readonly string[];
  /**
   * How much the emulator keeps in memory; the oldest entry goes first beyond a limit.
   * Defaults: 10,000 clients (each with at most one sign-in), 10,000 dev-browser tokens,
   * 1,000 outbox messages.
   */
  limits?: { clients?: number; devBrowsers?: number; outboxMessages?: number };
  /** Host the publishable key encodes; the session token issuer is `https://<host>`. Default `clerk.emulator.local`. */
  frontendApiHost?: string;
  /** PEM (PKCS#8) RSA private key to sign session tokens with. Default: a key pair generated at start. */
  signingKeyPem?: string;
  /** Name in the environment's `display_config.application_name`. Default `Clerk emulator`. */
  applicationName?: string;
  /** Who locked users are told to contact. Default `support`. */
  supportContact?: string;
  /**
   * Checks each JSON FAPI response (not control endpoints, not static files);
   * returned strings are violations: the emulator then answers 500
   * `emulator_spec_violation` and writes them to stderr.
   */
  validateResponse?: (response: FapiResponseForValidation) => readonly string[];
  /** `true` logs one line per request to stdout; a function receives the lines. Never logs bodies. Default false. */
  log?: boolean | ((line: string) => void);
  /** Clock in epoch milliseconds (tests pass a controllable one). Default `Date.now`. */
  now?: () => number;
}

/** {@link EmulatorOptions} with defaults applied. */
export interface ResolvedEmulatorOptions {
  readonly mountPath: string;
  readonly secondFactors: readonly SecondFactorStrategy[];
  readonly resetPasswordStrategies: readonly ResetPasswordStrategy[];
  readonly passwordSettings: PasswordRules;
  readonly mfaRequired: boolean;
  readonly reverificationMinutes: number | false;
  readonly singleSessionMode: boolean;
  readonly lockout: { readonly maxAttempts: number; readonly durationSeconds: number } | false;
  readonly sessionTokenTtlSeconds: number;
  readonly resendCooldownSeconds: number;
  readonly codeLifetimeSeconds: number;
  readonly codeMaxAttempts: number;
  readonly signInLifetimeSeconds: number;
  readonly rateLimit: { readonly maxRequests: number; readonly windowSeconds: number } | false;
  readonly corsOrigins: readonly string[];
  /** Lower-case host names, without port. */
  readonly allowedHosts: readonly string[];
  readonly limits: {
    readonly clients: number;
    readonly devBrowsers: number;
    readonly outboxMessages: number;
  };
  readonly frontendApiHost: string;
  readonly applicationName: string;
  readonly supportContact: string;
  readonly now: () => number;
}

/** Normalises a mount path: leading slash, no trailing slash, `''` for the root. */
export function normalizeMountPath(mountPath: string): string {
  const trimmed = mountPath.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Applies the defaults documented on {@link EmulatorOptions}. */
export function resolveOptions(options: EmulatorOptions): ResolvedEmulatorOptions {
  return {
    mountPath: normalizeMountPath(options.mountPath ?? '/__clerk'),
    secondFactors: checkedSecondFactors(options.secondFactors ?? SECOND_FACTOR_STRATEGIES),
    mfaRequired: options.mfaRequired ?? false,
    reverificationMinutes: checkedReverificationMinutes(options.reverificationMinutes ?? 10),
    resetPasswordStrategies: options.resetPasswordStrategies ?? ['reset_password_email_code'],
    passwordSettings: passwordRules(options.passwordSettings ?? {}),
    singleSessionMode: options.singleSessionMode ?? true,
    lockout: checkedLockout(options.lockout ?? { maxAttempts: 5, durationSeconds: 1800 }),
    sessionTokenTtlSeconds: options.sessionTokenTtlSeconds ?? 60,
    resendCooldownSeconds: options.resendCooldownSeconds ?? 30,
    codeLifetimeSeconds: options.codeLifetimeSeconds ?? 600,
    codeMaxAttempts: options.codeMaxAttempts ?? 3,
    signInLifetimeSeconds: options.signInLifetimeSeconds ?? 86_400,
    rateLimit: options.rateLimit ?? { maxRequests: 100, windowSeconds: 10 },
    corsOrigins: (options.corsOrigins ?? []).map((origin) => new URL(origin).origin),
    allowedHosts: (options.allowedHosts ?? []).map((host) => host.trim().toLowerCase()),
    limits: {
      clients: positiveInteger('limits.clients', options.limits?.clients ?? 10_000),
      devBrowsers: positiveInteger('limits.devBrowsers', options.limits?.devBrowsers ?? 10_000),
      outboxMessages: positiveInteger(
        'limits.outboxMessages',
        options.limits?.outboxMessages ?? 1_000,
      ),
    },
    frontendApiHost: options.frontendApiHost ?? 'clerk.emulator.local',
    applicationName: options.applicationName ?? 'Clerk emulator',
    supportContact: options.supportContact ?? 'support',
    now: options.now ?? Date.now,
  };
}

function passwordRules(settings: Partial<PasswordRules>): PasswordRules {
  const rules = { ...DEFAULT_PASSWORD_RULES, ...settings };
  positiveInteger('passwordSettings.minLength', rules.minLength);
  positiveInteger('passwordSettings.maxLength', rules.maxLength);
  if (rules.maxLength < rules.minLength)
    throw new RangeError(
      `passwordSettings.maxLength (${rules.maxLength}) is below minLength (${rules.minLength})`,
    );
  return rules;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer (got ${value})`);
  return value;
}

/** The second factors given, each known and listed once, in Clerk's order; a RangeError otherwise. */
export function checkedSecondFactors(strategies: readonly unknown[]): SecondFactorStrategy[] {
  for (const strategy of strategies) {
    if (!SECOND_FACTOR_STRATEGIES.includes(strategy as SecondFactorStrategy))
      throw new RangeError(
        `secondFactors may hold ${SECOND_FACTOR_STRATEGIES.join(', ')} (got ${JSON.stringify(strategy)?.slice(0, 100)})`,
      );
  }
  return SECOND_FACTOR_STRATEGIES.filter((strategy) => strategies.includes(strategy));
}

/** A whole number of minutes from 1 to a week, or false; a RangeError otherwise. */
/** Longest account lockout accepted: a day. */
const MAX_LOCKOUT_SECONDS = 86_400;

/**
 * A lockout setting, checked: false, or `maxAttempts` from 1 to 100 and `durationSeconds`
 * from 1 to 86,400; a RangeError names a bad value.
 */
export function checkedLockout(value: unknown): LockoutPolicy {
  if (value === false) return false;
  const { maxAttempts, durationSeconds } = (value ?? {}) as Record<string, unknown>;
  const within = (number: unknown, most: number) =>
    typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= most;
  if (
    typeof value !== 'object' ||
    !within(maxAttempts, 100) ||
    !within(durationSeconds, MAX_LOCKOUT_SECONDS)
  )
    throw new RangeError(
      `lockout must be false or { maxAttempts: 1 to 100, durationSeconds: 1 to ${MAX_LOCKOUT_SECONDS} } (got ${JSON.stringify(value)?.slice(0, 100)})`,
    );
  return { maxAttempts: maxAttempts as number, durationSeconds: durationSeconds as number };
}

export function checkedReverificationMinutes(value: unknown): number | false {
  if (value === false) return false;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_REVERIFICATION_MINUTES
  )
    throw new RangeError(
      `reverificationMinutes must be false or a whole number from 1 to ${MAX_REVERIFICATION_MINUTES} (got ${JSON.stringify(value)?.slice(0, 100)})`,
    );
  return value;
}
