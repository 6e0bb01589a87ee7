/**
 * The Frontend API emulator as the browser tests use it. `web-test-runner.config.mjs`
 * loads this module through tsx and adds the middleware and plugin it returns; test
 * pages reach the emulator at `/__clerk/*` and its control endpoints at
 * `/__clerk/__emulator/*`.
 *
 * - **Every response is checked against Clerk's OpenAPI spec** (`clerk-fapi-emulator/spec-validator`).
 *   The emulator turns a violating response into a 500 `emulator_spec_violation`; the
 *   violations are also kept, and the end-to-end tests fail the test that caused one
 *   (command `clerk-emulator-take-violations` after each test).
 * - **One emulator per browser.** web-test-runner runs two browsers at once, and an
 *   emulator reset, an injected fault or a lockout must not reach the other browser's
 *   test. A page chooses its browser's emulator by setting the cookie that the command
 *   `clerk-emulator-select` returns; requests without it go to a shared emulator.
 * - **Settings that keep the suite fast:** lockout after {@link testLockout} failures and
 *   a one-second cooldown between two SMS or e-mail codes.
 * - **Frontend API requests are recorded** per browser, so tests can count the requests
 *   a flow makes (command `clerk-emulator-take-requests`).
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import { clerkEmulatorPlugin, type ClerkEmulator, type KoaContextLike } from 'clerk-fapi-emulator';
import { createFapiSpecValidator } from 'clerk-fapi-emulator/spec-validator';
import {
  emulatorCommands,
  type EmulatorSelection,
  type RecordedFapiRequest,
} from './emulator-commands.js';

/** The cookie that names the browser whose emulator answers a request. */
const browserCookieName = 'clerk-emulator-browser';

/** Which emulator answers requests that name no browser. */
const sharedEmulatorKey = '';

/** Lockout of the test emulators: three failures lock a user for ten minutes (a reset unlocks). */
export const testLockout = { maxAttempts: 3, durationSeconds: 600 } as const;

/** An emulator and what it has seen since the tests last asked. */
interface ObservedEmulator {
  readonly emulator: ClerkEmulator;
  readonly requests: RecordedFapiRequest[];
  readonly violations: string[];
}

/** A Koa middleware of the test server (`middleware` in the web-test-runner config). */
export type TestServerMiddleware = (
  context: KoaContextLike,
  next: () => Promise<unknown>,
) => Promise<unknown>;

/** What the config mounts: a middleware for the test server, and the commands plugin. */
export interface EmulatorTestSetup {
  readonly middleware: TestServerMiddleware;
  readonly plugin: TestRunnerPlugin;
}

/**
 * Creates the emulator set-up of the browser tests. Of each `clerkEmulatorPlugin` it
 * creates, only the emulator is used.
 */
export function createEmulatorTestSetup(): EmulatorTestSetup {
  const validateResponse = createFapiSpecValidator();
  const emulators = new Map<string, ObservedEmulator>();

  const emulatorFor = (browserName: string): ObservedEmulator => {
    let observed = emulators.get(browserName);
    if (!observed) {
      const violations: string[] = [];
      const { emulator } = clerkEmulatorPlugin({
        lockout: testLockout,
        resendCooldownSeconds: 1,
        validateResponse: (response) => {
          const found = validateResponse(response);
          violations.push(...found);
          return found;
        },
      });
      observed = { emulator, requests: [], violations };
      emulators.set(browserName, observed);
    }
    return observed;
  };

  /**
   * A Koa middleware rather than a plugin's `serverStart` hook: the test server composes
   * its middleware before plugins start, so one added from `serverStart` is never reached.
   */
  const routeToEmulator: TestServerMiddleware = async (context, next) => {
    const { req } = context;
    const observed = emulatorFor(
      readCookie(req.headers.cookie, browserCookieName) ?? sharedEmulatorKey,
    );
    const { emulator } = observed;
    // `handles` first: it never throws, whatever the request target (`//[` is no URL).
    if (!emulator.handles(req.url ?? '/')) return next();
    const url = new URL(req.url ?? '/', 'http://test-server.invalid');
    const path = url.pathname.slice(emulator.mountPath.length);
    if (path.startsWith('/v1/')) {
      const method = (req.method ?? 'GET').toUpperCase();
      const override = url.searchParams.get('_method');
      observed.requests.push({
        method: method === 'POST' && override ? override.toUpperCase() : method,
        path,
      });
    }
    // The emulator writes to the raw response; Koa must not answer as well.
    context.respond = false;
    await emulator.handle(req, context.res);
  };

  const plugin: TestRunnerPlugin = {
    name: 'clerk-emulator-commands',
    executeCommand({ command, session }) {
      const browserName = session.browser.name;
      switch (command) {
        case emulatorCommands.select: {
          const selection: EmulatorSelection = {
            cookie: `${browserCookieName}=${encodeURIComponent(browserName)}; Path=/; SameSite=Lax`,
            expiredCookie: `${browserCookieName}=; Path=/; Max-Age=0; SameSite=Lax`,
            publishableKey: emulatorFor(browserName).emulator.publishableKey,
            lockoutAttempts: testLockout.maxAttempts,
          };
          return selection;
        }
        case emulatorCommands.takeRequests:
          return emulatorFor(browserName).requests.splice(0);
        case emulatorCommands.takeViolations:
          return emulatorFor(browserName).violations.splice(0);
        default:
          return undefined;
      }
    },
  };

  return { middleware: routeToEmulator, plugin };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}
