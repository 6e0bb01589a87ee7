import { MAX_REVERIFICATION_MINUTES, type InstanceSettings } from '../domain/instance-settings.js';
import type { Route, RouteParams } from '../http/router.js';
import { checkedLockout, checkedReverificationMinutes, checkedSecondFactors } from '../options.js';
import { ControlTargetNotFound, InvalidControlInput } from './control-errors.js';
import type { ControlService, OutboxFilter } from './control-service.js';
import type { DropMode } from './faults.js';

/** Path of the control endpoints below the mount path. */
export const CONTROL_PREFIX = '/__emulator';

/** What a control handler gets: route parameters, the query, and the JSON body (`{}` if none). */
export interface ControlCall {
  readonly params: RouteParams;
  readonly query: URLSearchParams;
  readonly body: Readonly<Record<string, unknown>>;
}

/** A control-endpoint answer: status and JSON body. */
export interface ControlResult {
  readonly status: number;
  readonly body: unknown;
}

/** A control endpoint of the route table. */
export interface ControlRoute extends Route<(call: ControlCall) => ControlResult> {
  readonly area: 'control';
}

/** A control endpoint as the self-description (`GET <mount>/__emulator`) lists it. */
export interface ControlEndpointDescription {
  readonly method: string;
  readonly path: string;
  readonly description: string;
}

/**
 * The JSON control endpoints under `<mount>/__emulator/` for demos and tests: demo users,
 * the outbox of sent codes, current TOTP codes, reset and fault injection. Fault
 * injection never applies to them. `describe` lists the endpoints for `GET <mount>/__emulator`.
 */
export function controlRoutes(
  control: ControlService,
  describe: () => readonly ControlEndpointDescription[],
): ControlRoute[] {
  const ok = (body: unknown): ControlResult => ({ status: 200, body });
  const route = (
    method: ControlRoute['method'],
    path: string,
    description: string,
    handler: ControlRoute['handler'],
  ): ControlRoute => ({
    area: 'control',
    method,
    path: `${CONTROL_PREFIX}${path}`,
    description,
    handler,
  });
  const faults = () => ok(control.faults.snapshot());
  /** An action that takes no parameters: its body must be `{}`. */
  const withoutFields = (
    method: ControlRoute['method'],
    path: string,
    description: string,
    run: () => unknown,
  ): ControlRoute =>
    route(method, path, description, ({ body }) => {
      onlyFields(body, []);
      return ok(run());
    });

  return [
    route('GET', '', 'This list.', () => ok({ endpoints: describe() })),
    route(
      'GET',
      '/users',
      'Seeded users: e-mail, password hint, factors, TOTP secret and otpauth:// URI, unused backup codes.',
      () => ok({ users: control.users() }),
    ),
    route('GET', '/users/{email}', 'One seeded user.', ({ params }) => {
      const email = params.email ?? '';
      return ok(found(control.user(email), `User ${email}`));
    }),
    route(
      'GET',
      '/totp/{email}',
      'Current TOTP code of a user: { email, code, secondsRemaining }.',
      ({ params }) => {
        const email = params.email ?? '';
        return ok(found(control.currentTotp(email), `User ${email} with an authenticator app`));
      },
    ),
    route(
      'GET',
      '/outbox',
      'Sent SMS and e-mail codes, oldest first: { messages }. Query: userEmail, channel (sms|email), to.',
      ({ query }) => ok({ messages: control.outbox(outboxFilter(query)) }),
    ),
    route(
      'GET',
      '/outbox/latest',
      'The newest matching message, or 404. Same query as /outbox.',
      ({ query }) => ok(found(control.outbox(outboxFilter(query)).at(-1), 'Matching message')),
    ),
    withoutFields('DELETE', '/outbox', 'Empties the outbox: { cleared }.', () => ({
      cleared: control.clearOutbox(),
    })),
    withoutFields(
      'POST',
      '/codes/expire',
      'Makes every SMS and e-mail code sent so far expired, and allows a resend at once: { expired }.',
      () => ({ expired: control.expireCodes() }),
    ),
    withoutFields(
      'POST',
      '/reset',
      'Forgets clients, sign-ins, sessions, codes and faults; restores seeded users (backup codes, lockouts).',
      () => {
        control.reset();
        return { reset: true };
      },
    ),
    withoutFields(
      'POST',
      '/restart',
      'As if the process restarted: forgets every client, sign-in, session, dev browser and code; restores seeded users. Faults stay.',
      () => {
        control.restart();
        return { restarted: true };
      },
    ),
    route(
      'GET',
      '/stats',
      'What the emulator holds in memory and its limits: { clients, signIns, sessions, devBrowsers, outboxMessages, limits }.',
      () => ok(control.stats()),
    ),
    route(
      'GET',
      '/instance',
      'Instance settings: { mfaRequired, secondFactors, reverificationMinutes, lockout }.',
      () => ok(control.instance()),
    ),
    route(
      'PATCH',
      '/instance',
      'Body { mfaRequired?, secondFactors?, reverificationMinutes?, lockout? }: changes instance settings (reset restores them).',
      ({ body }) => {
        onlyFields(body, ['mfaRequired', 'secondFactors', 'reverificationMinutes', 'lockout']);
        return ok(control.updateInstance(instanceChange(body)));
      },
    ),
    route(
      'POST',
      '/sessions/age-verification',
      "Body { minutes? }: makes signed-in sessions' last verification that much older (default: past the reverification window): { sessions, minutes }.",
      ({ body }) => {
        onlyFields(body, ['minutes']);
        const { minutes } = body;
        if (
          minutes !== undefined &&
          (typeof minutes !== 'number' ||
            !Number.isInteger(minutes) ||
            minutes < 1 ||
            minutes > MAX_REVERIFICATION_MINUTES)
        )
          throw new InvalidControlInput(
            `minutes must be a whole number from 1 to ${MAX_REVERIFICATION_MINUTES}`,
          );
        return ok(control.ageSessionVerification(minutes));
      },
    ),
    route('GET', '/faults', 'Current faults: { latencyMs, latencyPath, failures }.', faults),
    route(
      'POST',
      '/faults/latency',
      'Body { ms, path? }: delay matching FAPI requests by ms (0 removes).',
      ({ body }) => {
        onlyFields(body, ['ms', 'path']);
        control.faults.setLatency(requiredNumber(body, 'ms'), optionalString(body, 'path'));
        return faults();
      },
    ),
    route(
      'POST',
      '/faults/fail',
      'Body { count?, status?, drop?, path?, retryAfterSeconds? }: fail the next count matching FAPI requests with status (default 500); drop: true drops the connection unanswered, drop: "after" processes the request and then drops the reply.',
      ({ body }) => {
        onlyFields(body, ['count', 'status', 'drop', 'path', 'retryAfterSeconds']);
        control.faults.failNext({
          ...optionalNumber(body, 'count'),
          ...optionalNumber(body, 'status'),
          ...optionalNumber(body, 'retryAfterSeconds'),
          ...optionalString(body, 'path'),
          ...dropMode(body),
        });
        return faults();
      },
    ),
    route(
      'POST',
      '/faults/rate-limit',
      'Body { retryAfterSeconds, count?, path? }: answer the next count matching FAPI requests with 429 too_many_requests and Retry-After.',
      ({ body }) => {
        onlyFields(body, ['retryAfterSeconds', 'count', 'path']);
        control.faults.rateLimitNext({
          retryAfterSeconds: requiredNumber(body, 'retryAfterSeconds'),
          ...optionalNumber(body, 'count'),
          ...optionalString(body, 'path'),
        });
        return faults();
      },
    ),
    withoutFields('DELETE', '/faults', 'Removes all faults.', () => {
      control.faults.clear();
      return control.faults.snapshot();
    }),
  ];
}

/** Refuses a body with a field the endpoint does not know (a misspelt `retryAfter`, say). */
function onlyFields(body: Readonly<Record<string, unknown>>, known: readonly string[]): void {
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  const expected = known.length > 0 ? `expected ${known.join(', ')}` : 'expected no fields';
  throw new InvalidControlInput(
    `Unknown field ${JSON.stringify(unknown[0]).slice(0, 100)} (${expected})`,
  );
}

/** The settings a `PATCH /instance` body changes, checked; a RangeError names a bad value. */
function instanceChange(body: Readonly<Record<string, unknown>>): Partial<InstanceSettings> {
  const { mfaRequired, secondFactors, reverificationMinutes, lockout } = body;
  if (mfaRequired !== undefined && typeof mfaRequired !== 'boolean')
    throw new InvalidControlInput('mfaRequired must be true or false');
  if (secondFactors !== undefined && !Array.isArray(secondFactors))
    throw new InvalidControlInput('secondFactors must be an array');
  try {
    return {
      ...(mfaRequired !== undefined ? { mfaRequired } : {}),
      ...(secondFactors !== undefined
        ? { secondFactors: checkedSecondFactors(secondFactors as unknown[]) }
        : {}),
      ...(reverificationMinutes !== undefined
        ? { reverificationMinutes: checkedReverificationMinutes(reverificationMinutes) }
        : {}),
      ...(lockout !== undefined ? { lockout: checkedLockout(lockout) } : {}),
    };
  } catch (error) {
    throw new InvalidControlInput(error instanceof Error ? error.message : String(error));
  }
}

function dropMode(body: Readonly<Record<string, unknown>>): { drop?: DropMode } {
  const { drop } = body;
  if (drop === undefined) return {};
  if (drop === true || drop === false || drop === 'after') return { drop };
  throw new InvalidControlInput('drop must be true, false or "after"');
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ControlTargetNotFound(what);
  return value;
}

function outboxFilter(query: URLSearchParams): OutboxFilter {
  const channel = query.get('channel');
  if (channel !== null && channel !== 'sms' && channel !== 'email')
    throw new InvalidControlInput('channel must be sms or email');
  const userEmail = query.get('userEmail');
  const to = query.get('to');
  return {
    ...(userEmail !== null ? { userEmail } : {}),
    ...(channel !== null ? { channel } : {}),
    ...(to !== null ? { to } : {}),
  };
}

function requiredNumber(body: Readonly<Record<string, unknown>>, key: string): number {
  const value = body[key];
  if (typeof value !== 'number') throw new InvalidControlInput(`${key} must be a number`);
  return value;
}

function optionalNumber(
  body: Readonly<Record<string, unknown>>,
  key: string,
): Record<string, number> {
  if (body[key] === undefined) return {};
  return { [key]: requiredNumber(body, key) };
}

function optionalString(
  body: Readonly<Record<string, unknown>>,
  key: string,
): Record<string, string> {
  const value = body[key];
  if (value === undefined) return {};
  if (typeof value !== 'string') throw new InvalidControlInput(`${key} must be a string`);
  return { [key]: value };
}
