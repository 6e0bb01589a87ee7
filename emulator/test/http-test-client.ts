/**
 * Test helpers for the emulator's Node tests: a loopback emulator server whose
 * every FAPI response is checked against Clerk's OpenAPI spec, a controllable
 * clock, and an HTTP client that calls the Frontend API the way clerk-js 6
 * does (form-urlencoded bodies, `_method`, `__clerk_api_version`, cookies).
 */
import { generateKeyPairSync } from 'node:crypto';
import { createFapiSpecValidator } from '../src/fapi-spec-validator.js';
import {
  startEmulatorServer,
  type EmulatorServerOptions,
  type RunningEmulatorServer,
} from '../src/index.js';

/** The password of every user in the default seed. */
export const DEMO_PASSWORD = 'demo-password';

/**
 * The origin of the page the tests' browsers say they come from (`Origin`, the token's
 * `azp`); the test emulators allow it, as a dev server's page would be allowed.
 */
export const TEST_PAGE_ORIGIN = 'http://127.0.0.1:5173';

/** A clock tests move by hand; starts at the real time. */
export class ManualClock {
  #nowMs = Date.now();
  readonly now = (): number => this.#nowMs;
  advanceSeconds(seconds: number): void {
    this.#nowMs += seconds * 1000;
  }
}

const specValidator = createFapiSpecValidator();

let sharedSigningKeyPem: string | undefined;

/**
 * One RSA signing key for every test emulator of a test file: generating one takes a few
 * hundred milliseconds, which each emulator would otherwise pay on its first sign-in.
 */
export function testSigningKeyPem(): string {
  sharedSigningKeyPem ??= generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return sharedSigningKeyPem;
}

/**
 * Starts an emulator on 127.0.0.1 and a free port, validating responses against the spec
 * and allowing {@link TEST_PAGE_ORIGIN}.
 */
export async function startTestEmulator(
  options: EmulatorServerOptions = {},
): Promise<RunningEmulatorServer> {
  return startEmulatorServer({
    validateResponse: specValidator,
    corsOrigins: [TEST_PAGE_ORIGIN],
    signingKeyPem: testSigningKeyPem(),
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
}

/** The FAPI JSON fields the tests read (the spec validator checks the full shapes). */
export interface FapiResourceJson {
  readonly object: string;
  readonly id: string;
  readonly status?: string;
  readonly identifier?: string | null;
  readonly supported_first_factors?: readonly FapiFactorJson[] | null;
  readonly supported_second_factors?: readonly FapiFactorJson[] | null;
  readonly first_factor_verification?: FapiVerificationJson | null;
  readonly second_factor_verification?: FapiVerificationJson | null;
  readonly created_session_id?: string | null;
  readonly sessions?: readonly FapiResourceJson[];
  readonly sign_in?: FapiResourceJson | null;
  readonly last_active_session_id?: string | null;
  readonly last_active_token?: { readonly object: string; readonly jwt: string } | null;
  readonly user?: FapiResourceJson;
  readonly email_addresses?: readonly { readonly email_address: string }[];
  readonly two_factor_enabled?: boolean;
  readonly cookie_expires_at?: number | null;
  /** A session's tasks (`[{ key: 'reset-password' }]`), null when it has none. */
  readonly tasks?: readonly { readonly key: string }[] | null;
  readonly abandon_at?: number;
}

export interface FapiFactorJson {
  readonly strategy: string;
  readonly phone_number_id?: string;
  readonly email_address_id?: string;
  readonly safe_identifier?: string;
  readonly default?: boolean;
}

export interface FapiVerificationJson {
  readonly status: string;
  readonly strategy: string;
  readonly attempts: number | null;
  readonly expire_at: number | null;
  readonly channel?: string;
}

export interface FapiErrorJson {
  readonly code: string;
  readonly message: string;
  readonly long_message: string;
  readonly meta?: { readonly param_name?: string; readonly lockout_expires_in_seconds?: number };
}

/** Any FAPI body: an envelope, an error list, a token, a dev browser, a key set or the environment. */
export interface FapiBody {
  readonly response?: FapiResourceJson | null;
  readonly client?: FapiResourceJson | null;
  readonly errors?: readonly FapiErrorJson[];
  readonly meta?: { readonly client?: FapiResourceJson };
  readonly clerk_trace_id?: string;
  readonly object?: string;
  readonly id?: string;
  readonly jwt?: string;
  readonly keys?: readonly Record<string, string>[];
  readonly auth_config?: {
    readonly second_factors: readonly string[];
    readonly single_session_mode: boolean;
  };
}

/** A FAPI response: status, headers and parsed JSON body (`{}` when empty). */
export interface FapiTestResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: FapiBody;
}

/** One browser: keeps the `__client` cookie (or a dev-browser token) between calls. */
export class FapiTestClient {
  readonly #proxyUrl: string;
  readonly #origin: string | undefined;
  #clientCookie: string | undefined;
  #devBrowserToken: string | undefined;

  constructor(proxyUrl: string, options: { origin?: string } = {}) {
    this.#proxyUrl = proxyUrl;
    this.#origin = options.origin;
  }

  /** Value of the `__client` cookie, if the emulator set one. */
  get clientCookie(): string | undefined {
    return this.#clientCookie;
  }

  /** Performs the dev-browser handshake; later calls carry `__clerk_db_jwt`. */
  async startDevBrowser(): Promise<string> {
    const response = await this.request('POST', '/v1/dev_browser');
    const token = response.body.id;
    if (!token) throw new Error('POST /v1/dev_browser returned no id');
    this.#devBrowserToken = token;
    return token;
  }

  /**
   * Calls `<proxy><path>` like clerk-js: methods other than GET and POST go as
   * POST with `?_method=`, bodies are form-urlencoded.
   */
  async request(
    method: string,
    path: string,
    form?: Record<string, string>,
  ): Promise<FapiTestResponse> {
    const url = new URL(`${this.#proxyUrl}${path}`);
    url.searchParams.set('__clerk_api_version', '2026-08-20');
    url.searchParams.set('_clerk_js_version', '6.40.0');
    if (this.#devBrowserToken) url.searchParams.set('__clerk_db_jwt', this.#devBrowserToken);
    const tunnelled = method !== 'GET' && method !== 'POST';
    if (tunnelled) url.searchParams.set('_method', method);
    const headers: Record<string, string> = {};
    if (this.#clientCookie) headers.cookie = `__client=${this.#clientCookie}`;
    if (this.#origin) headers.origin = this.#origin;
    let body: string | undefined;
    if (method !== 'GET') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form ?? {}).toString();
    }
    const response = await fetch(url, {
      method: tunnelled ? 'POST' : method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const match = /^__client=([^;]*)/.exec(cookie);
      if (match) this.#clientCookie = match[1] || undefined;
    }
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as FapiBody) : {},
    };
  }

  /** `signIn.create({ identifier, password })` plus the params clerk-js 6.40 adds. */
  createSignIn(identifier: string, password: string = DEMO_PASSWORD): Promise<FapiTestResponse> {
    return this.request('POST', '/v1/client/sign_ins', {
      identifier,
      password,
      strategy: 'password',
      locale: 'en-US',
      timezone: 'Europe/Paris',
    });
  }

  /** `signIn.attemptSecondFactor({ strategy, code })`. */
  attemptSecondFactor(signInId: string, strategy: string, code: string): Promise<FapiTestResponse> {
    return this.request('POST', `/v1/client/sign_ins/${signInId}/attempt_second_factor`, {
      strategy,
      code,
    });
  }

  /** `signIn.prepareSecondFactor({ strategy, ... })`. */
  prepareSecondFactor(signInId: string, form: Record<string, string>): Promise<FapiTestResponse> {
    return this.request('POST', `/v1/client/sign_ins/${signInId}/prepare_second_factor`, form);
  }
}

/**
 * Calls a JSON control endpoint of the emulator as a test or demo page must: a request
 * that changes state sends `Content-Type: application/json` and a JSON object (`{}` when
 * there is nothing to say). `T` is the body shape the test expects.
 */
export async function callControl<T = Record<string, unknown>>(
  running: RunningEmulatorServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${running.proxyUrl}/__emulator${path}`, {
    method,
    ...(method !== 'GET'
      ? { body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' } }
      : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** The first error of an error response. */
export function firstError(response: FapiTestResponse): FapiErrorJson {
  const error = response.body.errors?.[0];
  if (!error)
    throw new Error(
      `Expected an error body, got ${response.status} ${JSON.stringify(response.body)}`,
    );
  return error;
}

/** The `response` resource of an envelope. */
export function resource(response: FapiTestResponse): FapiResourceJson {
  const value = response.body.response;
  if (!value)
    throw new Error(
      `Expected a response resource, got ${response.status} ${JSON.stringify(response.body)}`,
    );
  return value;
}
