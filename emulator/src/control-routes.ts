import type { FaultInjector } from './faults.js';
import type { OutboxMessage } from './one-time-codes.js';
import type { SecondFactorStrategy } from './options.js';
import type { EmulatorState, UserRecord } from './state.js';
import { totpCodeAt, totpSecondsRemaining, totpUri } from './totp.js';

/** Path of the control endpoints below the mount path. */
export const CONTROL_PREFIX = '/__emulator';

/** A seeded user as the control endpoint `GET <mount>/__emulator/users` lists it. */
export interface DemoUser {
  readonly id: string;
  readonly email: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  /** The demo password from the seed, for demo pages to display. */
  readonly passwordHint: string;
  /** Whether sign-in asks for a second factor. */
  readonly mfa: boolean;
  /** Second factors the user has, in the order the sign-in offers them. */
  readonly secondFactors: readonly SecondFactorStrategy[];
  /** Whether the first sign-in from a client ends in `needs_client_trust`. */
  readonly newDeviceCheck: boolean;
  readonly phoneNumber: string | null;
  /** The authenticator-app secret and its `otpauth://` enrolment URI, or null. */
  readonly totp: { readonly secret: string; readonly uri: string } | null;
  readonly unusedBackupCodes: readonly string[];
  /** Epoch ms until which the account is locked, or null. */
  readonly lockedUntil: number | null;
}

/** Filters of the outbox endpoints and {@link ControlRoutes.outbox}. */
export interface OutboxFilter {
  readonly userEmail?: string;
  readonly channel?: 'sms' | 'email';
  readonly to?: string;
}

/** A control-endpoint answer: status and JSON body (none for 204). */
export interface ControlResult {
  readonly status: number;
  readonly body?: unknown;
}

/** The control API, described by `GET <mount>/__emulator`. */
const CONTROL_ENDPOINTS = [
  { method: 'GET', path: '/__emulator', description: 'This list.' },
  {
    method: 'GET',
    path: '/__emulator/users',
    description:
      'Seeded users: e-mail, password hint, factors, TOTP secret and otpauth:// URI, unused backup codes.',
  },
  { method: 'GET', path: '/__emulator/users/{email}', description: 'One seeded user.' },
  {
    method: 'GET',
    path: '/__emulator/totp/{email}',
    description: 'Current TOTP code of a user: { email, code, secondsRemaining }.',
  },
  {
    method: 'GET',
    path: '/__emulator/outbox',
    description:
      'Sent SMS and e-mail codes, oldest first: { messages }. Query: userEmail, channel (sms|email), to.',
  },
  {
    method: 'GET',
    path: '/__emulator/outbox/latest',
    description: 'The newest matching message, or 404. Same query as /outbox.',
  },
  { method: 'DELETE', path: '/__emulator/outbox', description: 'Empties the outbox: { cleared }.' },
  {
    method: 'POST',
    path: '/__emulator/reset',
    description:
      'Forgets clients, sign-ins, sessions, codes and faults; restores seeded users (backup codes, lockouts).',
  },
  {
    method: 'GET',
    path: '/__emulator/faults',
    description: 'Current faults: { latencyMs, latencyPath, failures }.',
  },
  {
    method: 'POST',
    path: '/__emulator/faults/latency',
    description: 'Body { ms, path? }: delay matching FAPI requests by ms (0 removes).',
  },
  {
    method: 'POST',
    path: '/__emulator/faults/fail',
    description:
      'Body { count?, status?, drop?, path?, retryAfterSeconds? }: fail the next count matching FAPI requests with status (default 500) or a dropped connection.',
  },
  {
    method: 'POST',
    path: '/__emulator/faults/rate-limit',
    description:
      'Body { retryAfterSeconds, count?, path? }: answer the next count matching FAPI requests with 429 too_many_requests and Retry-After.',
  },
  { method: 'DELETE', path: '/__emulator/faults', description: 'Removes all faults.' },
] as const;

/**
 * JSON control endpoints under `<mount>/__emulator/` for demos and tests:
 * demo users, the outbox of sent codes, current TOTP codes, reset and fault
 * injection. Fault injection never applies to these endpoints.
 */
export class ControlRoutes {
  readonly #state: EmulatorState;
  readonly #faults: FaultInjector;
  readonly #now: () => number;
  readonly #reset: () => void;

  constructor(deps: {
    state: EmulatorState;
    faults: FaultInjector;
    now: () => number;
    reset: () => void;
  }) {
    this.#state = deps.state;
    this.#faults = deps.faults;
    this.#now = deps.now;
    this.#reset = deps.reset;
  }

  /** Seeded users with what a demo or test needs to sign them in. */
  users(): DemoUser[] {
    return this.#state.seedUsers.map((seed) => {
      const user = this.#state.findUserByEmail(seed.email);
      if (!user) throw new Error(`Seeded user ${seed.email} is missing`);
      return describeUser(user, seed.password);
    });
  }

  /** The TOTP code an authenticator app shows now for the user, or undefined without TOTP. */
  currentTotp(
    email: string,
  ): { email: string; code: string; secondsRemaining: number } | undefined {
    const user = this.#state.findUserByEmail(email);
    if (!user?.totpSecret) return undefined;
    const now = this.#now();
    return {
      email: user.email,
      code: totpCodeAt(user.totpSecret, now),
      secondsRemaining: totpSecondsRemaining(now),
    };
  }

  /** Outbox messages matching the filter, oldest first. */
  outbox(filter: OutboxFilter = {}): OutboxMessage[] {
    return this.#state.outbox.filter(
      (message) =>
        (filter.userEmail === undefined ||
          message.userEmail.toLowerCase() === filter.userEmail.toLowerCase()) &&
        (filter.channel === undefined || message.channel === filter.channel) &&
        (filter.to === undefined || message.to === filter.to),
    );
  }

  /** Answers `<method> <mount>/__emulator/...`; `path` starts at `/__emulator`. */
  handle(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): ControlResult {
    const route = path.slice(CONTROL_PREFIX.length).replace(/\/+$/, '');
    try {
      return this.#route(method, route, query, body);
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError) {
        return { status: 400, body: { error: error.message } };
      }
      throw error;
    }
  }

  #route(
    method: string,
    route: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): ControlResult {
    const notFound = (what: string): ControlResult => ({
      status: 404,
      body: { error: `${what} not found` },
    });
    if (route === '' && method === 'GET')
      return { status: 200, body: { endpoints: CONTROL_ENDPOINTS } };
    if (route === '/users' && method === 'GET')
      return { status: 200, body: { users: this.users() } };
    const userMatch = /^\/users\/([^/]+)$/.exec(route);
    if (userMatch && method === 'GET') {
      const email = decodeURIComponent(userMatch[1]);
      const user = this.users().find(
        (candidate) => candidate.email.toLowerCase() === email.toLowerCase(),
      );
      return user ? { status: 200, body: user } : notFound(`User ${email}`);
    }
    const totpMatch = /^\/totp\/([^/]+)$/.exec(route);
    if (totpMatch && method === 'GET') {
      const email = decodeURIComponent(totpMatch[1]);
      const totp = this.currentTotp(email);
      return totp
        ? { status: 200, body: totp }
        : notFound(`User ${email} with an authenticator app`);
    }
    if (route === '/outbox' && method === 'GET')
      return { status: 200, body: { messages: this.outbox(outboxFilter(query)) } };
    if (route === '/outbox/latest' && method === 'GET') {
      const latest = this.outbox(outboxFilter(query)).at(-1);
      return latest ? { status: 200, body: latest } : notFound('Matching message');
    }
    if (route === '/outbox' && method === 'DELETE') {
      const cleared = this.#state.outbox.length;
      this.#state.outbox.length = 0;
      return { status: 200, body: { cleared } };
    }
    if (route === '/reset' && method === 'POST') {
      this.#reset();
      return { status: 200, body: { reset: true } };
    }
    if (route === '/faults' && method === 'GET')
      return { status: 200, body: this.#faults.snapshot() };
    if (route === '/faults' && method === 'DELETE') {
      this.#faults.clear();
      return { status: 200, body: this.#faults.snapshot() };
    }
    if (route === '/faults/latency' && method === 'POST') {
      this.#faults.setLatency(requiredNumber(body, 'ms'), optionalString(body, 'path'));
      return { status: 200, body: this.#faults.snapshot() };
    }
    if (route === '/faults/fail' && method === 'POST') {
      this.#faults.failNext({
        ...optionalNumber(body, 'count'),
        ...optionalNumber(body, 'status'),
        ...optionalNumber(body, 'retryAfterSeconds'),
        ...optionalString(body, 'path'),
        ...(body.drop !== undefined ? { drop: body.drop === true } : {}),
      });
      return { status: 200, body: this.#faults.snapshot() };
    }
    if (route === '/faults/rate-limit' && method === 'POST') {
      this.#faults.rateLimitNext({
        retryAfterSeconds: requiredNumber(body, 'retryAfterSeconds'),
        ...optionalNumber(body, 'count'),
        ...optionalString(body, 'path'),
      });
      return { status: 200, body: this.#faults.snapshot() };
    }
    return notFound(`Control endpoint ${method} ${CONTROL_PREFIX}${route}`);
  }
}

function describeUser(user: UserRecord, password: string): DemoUser {
  const secondFactors: SecondFactorStrategy[] = [];
  if (user.totpSecret) secondFactors.push('totp');
  if (user.phoneNumber) secondFactors.push('phone_code');
  if (user.backupCodes.length > 0) secondFactors.push('backup_code');
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    passwordHint: password,
    mfa: user.mfa,
    secondFactors,
    newDeviceCheck: user.newDeviceCheck,
    phoneNumber: user.phoneNumber,
    totp: user.totpSecret
      ? { secret: user.totpSecret, uri: totpUri(user.totpSecret, user.email) }
      : null,
    unusedBackupCodes: user.backupCodes
      .filter((backup) => backup.usedAt === null)
      .map((backup) => backup.code),
    lockedUntil: user.lockedUntil,
  };
}

function outboxFilter(query: URLSearchParams): OutboxFilter {
  const channel = query.get('channel');
  if (channel !== null && channel !== 'sms' && channel !== 'email')
    throw new TypeError('channel must be sms or email');
  return {
    ...(query.get('userEmail') !== null ? { userEmail: query.get('userEmail')! } : {}),
    ...(channel !== null ? { channel } : {}),
    ...(query.get('to') !== null ? { to: query.get('to')! } : {}),
  };
}

function requiredNumber(body: Record<string, unknown>, key: string): number {
  const value = body[key];
  if (typeof value !== 'number') throw new TypeError(`${key} must be a number`);
  return value;
}

function optionalNumber(body: Record<string, unknown>, key: string): Record<string, number> {
  if (body[key] === undefined) return {};
  return { [key]: requiredNumber(body, key) };
}

function optionalString(body: Record<string, unknown>, key: string): Record<string, string> {
  const value = body[key];
  if (value === undefined) return {};
  if (typeof value !== 'string') throw new TypeError(`${key} must be a string`);
  return { [key]: value };
}
