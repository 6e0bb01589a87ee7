import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import {
  findInstalledClerkJs,
  isClerkJsPath,
  serveClerkJsFile,
  type ClerkJsPackage,
} from './clerk-js-files.js';
import {
  ControlRoutes,
  CONTROL_PREFIX,
  type DemoUser,
  type OutboxFilter,
} from './control-routes.js';
import { buildEnvironment } from './environment.js';
import { isLoopbackHost } from './loopback.js';
import { fapiErrors } from './errors.js';
import { FapiRoutes, type FapiResult } from './fapi-routes.js';
import { FaultInjector } from './faults.js';
import {
  applyCors,
  parseCookies,
  parseFormBody,
  parseJsonBody,
  readBody,
  sendJson,
  sendText,
} from './http.js';
import type { OutboxMessage } from './one-time-codes.js';
import { resolveOptions, type EmulatorOptions, type ResolvedEmulatorOptions } from './options.js';
import { publishableKeyFor } from './publishable-key.js';
import { RateLimiter } from './rate-limiter.js';
import { loadSeed } from './seed.js';
import { SessionTokenSigner, type JsonWebKeySet } from './session-tokens.js';
import { SignInFlow } from './sign-in-flow.js';
import { EmulatorState } from './state.js';

/** Connect-style `next`: called for requests outside the mount path. */
export type NextFunction = (error?: unknown) => void;

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
   * Resolves when the response has been written. Safe to pass unbound
   * (`app.use(emulator.handle)`), as are the other functions here.
   */
  readonly handle: (
    req: IncomingMessage,
    res: ServerResponse,
    next?: NextFunction,
  ) => Promise<void>;
  /** Whether a request URL (path + query) is under the mount path. */
  readonly handles: (url: string) => boolean;
  /** Seeded users with their demo password, factors, TOTP secret and unused backup codes. */
  readonly users: readonly DemoUser[];
  /** Every SMS and e-mail code sent since the last reset, oldest first. */
  readonly outbox: readonly OutboxMessage[];
  /** Outbox messages matching a filter, oldest first. */
  readonly outboxFor: (filter: OutboxFilter) => OutboxMessage[];
  /** Empties the outbox. */
  readonly clearOutbox: () => void;
  /** The TOTP code the user's authenticator app shows now; throws if the user has none. */
  readonly currentTotp: (email: string) => string;
  /** Forgets clients, sign-ins, sessions, codes, rate-limit counts and faults; restores seeded users. */
  readonly reset: () => void;
  /** Fault injection: latency, failing requests, 429s, dropped connections. */
  readonly faults: FaultInjector;
  /** The key set that verifies session tokens (also at `<mount>/v1/jwks`). */
  readonly jwks: JsonWebKeySet;
  /** PEM public key that verifies session tokens (e.g. `verifyToken(token, { jwtKey })`). */
  readonly publicKeyPem: string;
  /** Version of the served `@clerk/clerk-js`, or null when it is not installed. */
  readonly clerkJsVersion: string | null;
}

/** Sign-in endpoints counted by the rate limiter. */
const RATE_LIMITED_PATH = /^\/v1\/client\/sign_ins(\/|$)/;

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
  const state = new EmulatorState(loadSeed(emulatorOptions.seed), options.now);
  const signer = new SessionTokenSigner({
    issuer: `https://${options.frontendApiHost}`,
    lifetimeSeconds: options.sessionTokenTtlSeconds,
    ...(emulatorOptions.signingKeyPem ? { privateKeyPem: emulatorOptions.signingKeyPem } : {}),
  });
  const flow = new SignInFlow(state, options);
  const environment = buildEnvironment(options);
  const routes = new FapiRoutes({ state, options, signer, flow, environment: () => environment });
  const faults = new FaultInjector();
  const rateLimiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit);
  const reset = () => {
    state.reset();
    faults.clear();
    rateLimiter?.reset();
  };
  const control = new ControlRoutes({ state, faults, now: options.now, reset });
  const clerkJs: ClerkJsPackage = findInstalledClerkJs();
  const log = createLogger(emulatorOptions.log);
  const { mountPath } = options;

  const pathBelowMount = (pathname: string): string | undefined => {
    if (mountPath === '') return pathname;
    if (pathname === mountPath) return '';
    return pathname.startsWith(`${mountPath}/`) ? pathname.slice(mountPath.length) : undefined;
  };

  const answerFapi = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ) => {
    const method = effectiveMethod(req, query);
    const params = parseFormBody(await readBody(req), req.headers['content-type']);
    let result: FapiResult;
    const retryAfter =
      rateLimiter && method !== 'GET' && RATE_LIMITED_PATH.test(path)
        ? rateLimiter.take(req.socket.remoteAddress ?? 'unknown', options.now())
        : null;
    if (retryAfter !== null) {
      const error = fapiErrors.tooManyRequests(retryAfter);
      result = { status: error.status, body: error.toBody(), headers: error.headers };
    } else {
      result = routes.handle({
        method,
        path,
        query,
        params,
        cookies: parseCookies(req.headers.cookie),
        origin: req.headers.origin,
      });
    }
    const violations =
      result.body !== undefined && emulatorOptions.validateResponse
        ? emulatorOptions.validateResponse({
            method,
            path,
            status: result.status,
            body: result.body,
          })
        : [];
    if (violations.length > 0) {
      process.stderr.write(
        `[clerk-emulator] ${method} ${path} ${result.status} violates the FAPI spec:\n  ${violations.join('\n  ')}\n`,
      );
      sendJson(res, 500, {
        errors: [
          {
            code: 'emulator_spec_violation',
            message: 'Response violates the FAPI spec',
            long_message: violations.join('\n'),
          },
        ],
      });
      return method;
    }
    if (result.setCookies && result.setCookies.length > 0)
      res.setHeader('Set-Cookie', [...result.setCookies]);
    sendJson(res, result.status, result.body, result.headers);
    return method;
  };

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    next?: NextFunction,
  ): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = pathBelowMount(url.pathname);
    if (path === undefined) {
      if (next) next();
      else sendText(res, 404, `Not found. The Clerk emulator answers under ${mountPath || '/'}.\n`);
      return;
    }
    // A dev server started with `--host` also listens on other interfaces; the emulator
    // still answers only requests that arrive on a loopback address.
    if (!isLoopbackHost(req.socket.localAddress ?? '')) {
      sendText(res, 403, 'The Clerk emulator answers only requests made to a loopback address.\n');
      return;
    }
    const startedAt = Date.now();
    let loggedMethod = req.method ?? 'GET';
    let dropped = false;
    try {
      if (applyCors(req, res, options.corsOrigins)) return;
      if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
        const body = parseJsonBody(await readBody(req));
        const result = control.handle(req.method ?? 'GET', path, url.searchParams, body);
        sendJson(res, result.status, result.body);
        return;
      }
      const latency = faults.latencyFor(path);
      if (latency > 0) await delay(latency);
      const failure = faults.takeFailure(path);
      if (failure?.drop) {
        dropped = true;
        req.socket.destroy();
        return;
      }
      if (failure) {
        const error = fapiErrors.injected(failure.status);
        const headers: Record<string, string> =
          failure.retryAfterSeconds !== undefined
            ? { 'Retry-After': String(failure.retryAfterSeconds) }
            : {};
        sendJson(res, failure.status, error.toBody(), headers);
        return;
      }
      if (isClerkJsPath(path)) {
        serveClerkJsFile(req, res, path, clerkJs);
        return;
      }
      loggedMethod = await answerFapi(req, res, path, url.searchParams);
    } catch (error) {
      process.stderr.write(
        `[clerk-emulator] ${req.method} ${path} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      if (!res.headersSent) {
        const badRequest = error instanceof SyntaxError;
        sendJson(res, badRequest ? 400 : 500, {
          errors: [
            {
              code: badRequest ? 'malformed_request' : 'internal_clerk_error',
              message: badRequest ? 'Malformed request body' : 'Oops, an unexpected error occurred',
              long_message: error instanceof Error ? error.message : String(error),
              meta: {},
            },
          ],
        });
      }
    } finally {
      log?.(
        `${loggedMethod} ${mountPath}${path} → ${dropped ? 'connection dropped' : res.statusCode} (${Date.now() - startedAt} ms)`,
      );
    }
  };

  return {
    mountPath,
    publishableKey: publishableKeyFor(options.frontendApiHost),
    options,
    handle,
    handles: (requestUrl) =>
      pathBelowMount(new URL(requestUrl, 'http://emulator.invalid').pathname) !== undefined,
    get users() {
      return control.users();
    },
    get outbox() {
      return [...state.outbox];
    },
    outboxFor: (filter) => control.outbox(filter),
    clearOutbox: () => {
      state.outbox.length = 0;
    },
    currentTotp: (email) => {
      const totp = control.currentTotp(email);
      if (!totp) throw new Error(`No seeded user ${email} with an authenticator app`);
      return totp.code;
    },
    reset,
    faults,
    jwks: signer.jwks(),
    publicKeyPem: signer.publicKeyPem,
    clerkJsVersion: clerkJs.installed ? clerkJs.version : null,
  };
}

/** `POST ...?_method=DELETE` → `DELETE`: clerk-js tunnels other methods through POST. */
function effectiveMethod(req: IncomingMessage, query: URLSearchParams): string {
  const method = (req.method ?? 'GET').toUpperCase();
  const override = query.get('_method');
  return method === 'POST' && override ? override.toUpperCase() : method;
}

function createLogger(log: EmulatorOptions['log']): ((line: string) => void) | undefined {
  if (log === true) return (line) => process.stdout.write(`[clerk-emulator] ${line}\n`);
  if (typeof log === 'function') return log;
  return undefined;
}
