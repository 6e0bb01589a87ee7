import type { IncomingMessage, ServerResponse } from 'node:http';
import { ControlService, type DemoUser, type OutboxFilter } from './control/control-service.js';
import { controlRoutes } from './control/control-routes.js';
import { FaultInjector } from './control/faults.js';
import { AccountService } from './domain/account-service.js';
import { InstanceSettingsHolder, type InstanceSettings } from './domain/instance-settings.js';
import { AccountLockout } from './domain/lockout.js';
import type { OutboxMessage } from './domain/model.js';
import { PasswordService } from './domain/password-service.js';
import { ReverificationService } from './domain/reverification-service.js';
import { SentCodes } from './domain/sent-codes.js';
import { SessionService } from './domain/session-service.js';
import { SignInService } from './domain/sign-in-service.js';
import { EmulatorStore } from './domain/store.js';
import { buildEnvironment } from './fapi/environment.js';
import { accountRoutes } from './fapi/account-routes.js';
import { FapiResponder } from './fapi/fapi-responder.js';
import { reverificationRoutes } from './fapi/reverification-routes.js';
import { fapiRoutes } from './fapi/fapi-routes.js';
import { SessionTokenSigner, type JsonWebKeySet } from './fapi/session-tokens.js';
import { clerkJsRoutes, findInstalledClerkJs } from './http/clerk-js-files.js';
import { RateLimiter } from './http/rate-limiter.js';
import { RequestHandler, type EmulatorRoute, type NextFunction } from './http/request-handler.js';
import { RouteTable } from './http/router.js';
import {
  checkedLockout,
  checkedReverificationMinutes,
  checkedSecondFactors,
  resolveOptions,
  type EmulatorOptions,
  type ResolvedEmulatorOptions,
} from './options.js';
import { publishableKeyFor } from './publishable-key.js';
import { loadSeed } from './seed.js';

export type { NextFunction };

/** Ended or removed sessions kept per client, besides its active ones. */
const FINISHED_SESSIONS_PER_CLIENT = 10;

/** What {@link ClerkEmulator.stats} reports. */
export type EmulatorStats = ReturnType<ControlService['stats']>;

/** A running emulator: an HTTP handler plus programmatic access to its state. */
export interface ClerkEmulator {
  /** Normalised mount path, e.g. `/__clerk` (`''` when mounted at the root). */
  readonly mountPath: string;
  /** A publishable key for the default host; pair it with `proxyUrl` = the mount path. */
  readonly publishableKey: string;
  /** Resolved options (defaults applied). */
  readonly options: ResolvedEmulatorOptions;
  /**
   * Connect-style middleware: answers requests under the mount path and calls
   * `next()` for the others (or answers 404 when there is no `next`).
   * Resolves when the response has been written; never rejects. Safe to pass unbound
   * (`app.use(emulator.handle)`), as are the other functions here.
   */
  readonly handle: (
    req: IncomingMessage,
    res: ServerResponse,
    next?: NextFunction,
  ) => Promise<void>;
  /** Whether a request URL (path + query) is under the mount path (false for garbage). */
  readonly handles: (url: string) => boolean;
  /** Seeded users with their demo password, factors, TOTP secret and unused backup codes. */
  readonly users: readonly DemoUser[];
  /** Every SMS and e-mail code sent since the last reset, oldest first. */
  readonly outbox: readonly OutboxMessage[];
  /** Outbox messages matching a filter, oldest first. */
  readonly outboxFor: (filter: OutboxFilter) => OutboxMessage[];
  /** Empties the outbox. */
  readonly clearOutbox: () => void;
  /**
   * Makes every SMS and e-mail code sent so far expired, and allows the next one at once
   * (the resend cooldown is over); returns how many codes it expired.
   */
  readonly expireCodes: () => number;
  /** The TOTP code the user's authenticator app shows now; throws if the user has none. */
  readonly currentTotp: (email: string) => string;
  /** Forgets clients, sign-ins, sessions, codes, rate-limit counts and faults; restores seeded users. */
  readonly reset: () => void;
  /**
   * As if the process restarted: forgets every client, sign-in, session, dev browser and
   * code, and restores seeded users; faults, rate-limit counts and the signing key stay.
   */
  readonly restart: () => void;
  /** What the emulator holds in memory, and the limits it keeps to. */
  readonly stats: () => EmulatorStats;
  /** The instance settings in force: MFA required, second factors, reverification window. */
  readonly instance: () => InstanceSettings;
  /** Changes instance settings (as `PATCH <mount>/__emulator/instance`); `reset()` restores them. */
  readonly updateInstance: (change: Partial<InstanceSettings>) => InstanceSettings;
  /**
   * Makes signed-in sessions' last verification `minutes` older (default: past the
   * reverification window), so their next sensitive action needs a reverification.
   */
  readonly ageSessionVerification: (minutes?: number) => { sessions: number; minutes: number };
  /** Fault injection: latency, failing requests, 429s, dropped connections. */
  readonly faults: FaultInjector;
  /** The key set that verifies session tokens (also at `<mount>/v1/jwks`). */
  readonly jwks: JsonWebKeySet;
  /** PEM public key that verifies session tokens (e.g. `verifyToken(token, { jwtKey })`). */
  readonly publicKeyPem: string;
  /** Version of the served `@clerk/clerk-js`, or null when it is not installed. */
  readonly clerkJsVersion: string | null;
}

/**
 * Creates a Clerk Frontend API emulator. Real, unmodified `@clerk/clerk-js` 6
 * runs against it when given `publishableKey` and `proxyUrl: <mount path>`.
 *
 * ```ts
 * const emulator = createEmulator({ mountPath: '/__clerk' });
 * http.createServer((req, res) => emulator.handle(req, res)).listen(8787, '127.0.0.1');
 * ```
 */
export function createEmulator(emulatorOptions: EmulatorOptions = {}): ClerkEmulator {
  const options = resolveOptions(emulatorOptions);
  const { now, mountPath } = options;
  const store = new EmulatorStore(loadSeed(emulatorOptions.seed), now, {
    ...options.limits,
    finishedSessionsPerClient: FINISHED_SESSIONS_PER_CLIENT,
    idleClientLifetimeMs: options.signInLifetimeSeconds * 1000,
  });
  const signer = new SessionTokenSigner({
    issuer: `https://${options.frontendApiHost}`,
    lifetimeSeconds: options.sessionTokenTtlSeconds,
    ...(emulatorOptions.signingKeyPem ? { privateKeyPem: emulatorOptions.signingKeyPem } : {}),
  });
  const instance = new InstanceSettingsHolder({
    mfaRequired: options.mfaRequired,
    secondFactors: options.secondFactors,
    reverificationMinutes: options.reverificationMinutes,
    lockout: options.lockout,
  });
  const lockout = new AccountLockout(() => instance.current.lockout, now, options.supportContact);
  const sessions = new SessionService(store, instance, now);
  const passwords = new PasswordService({
    store,
    sessions,
    rules: options.passwordSettings,
    now,
  });
  const sentCodes = new SentCodes({ settings: options, outbox: store, lockout, now });
  const signIns = new SignInService({
    store,
    sessions,
    lockout,
    sentCodes,
    passwords,
    settings: options,
    now,
  });
  const account = new AccountService({ store, sessions, sentCodes, instance, now });
  const reverification = new ReverificationService({ store, lockout, sentCodes, now });
  const rateLimiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit);
  const control = new ControlService({
    store,
    sentCodes,
    instance,
    sessions,
    faults: new FaultInjector(),
    rateLimiter,
    now,
  });
  const clerkJs = findInstalledClerkJs();

  const routes: RouteTable<EmulatorRoute> = new RouteTable<EmulatorRoute>([
    ...fapiRoutes({
      store,
      signIns,
      sessions,
      passwords,
      jwks: () => signer.jwks(),
      environment: () => buildEnvironment(options, instance.current),
    }),
    ...reverificationRoutes(sessions, reverification),
    ...accountRoutes(account),
    ...clerkJsRoutes(clerkJs),
    ...controlRoutes(control, () =>
      routes.routes
        .filter((route) => route.area === 'control')
        .map(({ method, path, description }) => ({ method, path, description })),
    ),
  ]);
  const requestHandler = new RequestHandler({
    mountPath,
    routes,
    fapi: new FapiResponder({
      store,
      signer,
      now,
      cookiePath: mountPath || '/',
      resetPasswordStrategies: options.resetPasswordStrategies,
    }),
    faults: control.faults,
    rateLimiter,
    corsOrigins: options.corsOrigins,
    allowedHosts: options.allowedHosts,
    now,
    validateResponse: emulatorOptions.validateResponse,
    log: createLogger(emulatorOptions.log),
  });

  return {
    mountPath,
    publishableKey: publishableKeyFor(options.frontendApiHost),
    options,
    handle: requestHandler.handle,
    handles: (requestUrl) => requestHandler.handles(requestUrl),
    get users() {
      return control.users();
    },
    get outbox() {
      return control.outbox();
    },
    outboxFor: (filter) => control.outbox(filter),
    clearOutbox: () => {
      control.clearOutbox();
    },
    expireCodes: () => control.expireCodes(),
    currentTotp: (email) => {
      const totp = control.currentTotp(email);
      if (!totp) throw new Error(`No seeded user ${email} with an authenticator app`);
      return totp.code;
    },
    reset: () => control.reset(),
    restart: () => control.restart(),
    stats: () => control.stats(),
    instance: () => control.instance(),
    updateInstance: (change) =>
      control.updateInstance({
        ...change,
        ...(change.secondFactors !== undefined
          ? { secondFactors: checkedSecondFactors(change.secondFactors) }
          : {}),
        ...(change.reverificationMinutes !== undefined
          ? { reverificationMinutes: checkedReverificationMinutes(change.reverificationMinutes) }
          : {}),
        ...(change.lockout !== undefined ? { lockout: checkedLockout(change.lockout) } : {}),
      }),
    ageSessionVerification: (minutes) => control.ageSessionVerification(minutes),
    faults: control.faults,
    get jwks() {
      return signer.jwks();
    },
    get publicKeyPem() {
      return signer.publicKeyPem;
    },
    clerkJsVersion: clerkJs.installed ? clerkJs.version : null,
  };
}

function createLogger(log: EmulatorOptions['log']): ((line: string) => void) | undefined {
  if (log === true) return (line) => process.stdout.write(`[clerk-emulator] ${line}\n`);
  if (typeof log === 'function') return log;
  return undefined;
}
