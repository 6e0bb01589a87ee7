/**
 * The browser side of the end-to-end tests: `<clerk-mfa-sign-in>` on real clerk-js,
 * which it loads by script tag from the Frontend API emulator at `/__clerk`, and the
 * emulator's control endpoints (`/__clerk/__emulator/*`) for codes, resets and faults.
 *
 * Each test file is one page and clerk-js is a page singleton (`window.Clerk`), so
 * clerk-js loads once per file; {@link useEmulatorOfThisBrowser} signs out and resets
 * the emulator before every test instead.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/index.js';
import type { ClerkMfaSignIn } from '../../../src/elements/clerk-mfa-sign-in.js';
import type { Step } from '../../../src/flow/types.js';
import { settle } from '../../elements/element-harness.js';
import {
  emulatorCommands,
  type EmulatorSelection,
  type RecordedFapiRequest,
} from './emulator-commands.js';

/** Where the test server mounts the emulator; given to the element as `proxy-url`. */
export const proxyUrl = '/__clerk';

/** The demo users' password (`emulator/src/default-seed.json`). */
export const demoPassword = 'demo-password';

const controlUrl = `${proxyUrl}/__emulator`;

let selection: EmulatorSelection | undefined;

/** The publishable key and settings of this browser's emulator. */
export function emulatorSelection(): EmulatorSelection {
  if (!selection) throw new Error('Call useEmulatorOfThisBrowser() in the describe block first');
  return selection;
}

/**
 * Registers the hooks every end-to-end test file needs: route this page's requests to
 * its browser's emulator; before each test, sign out and reset the emulator (clients,
 * codes, faults, lockouts, used backup codes) and forget the requests recorded so far;
 * after each test, fail it if the emulator sent a response that violates Clerk's spec.
 */
export function useEmulatorOfThisBrowser(): void {
  before(async () => {
    selection = await executeServerCommand<EmulatorSelection, undefined>(emulatorCommands.select);
    document.cookie = selection.cookie;
  });
  beforeEach(async () => {
    await signOutWithoutNavigating();
    await controlRequest('POST', '/reset');
    await takeFapiRequests();
  });
  afterEach(async function failTestOnSpecViolations(this: Mocha.Context) {
    const violations = await executeServerCommand<string[], undefined>(
      emulatorCommands.takeViolations,
    );
    if (violations.length === 0) return;
    const report = `The emulator answered against Clerk's spec:\n${violations.join('\n')}`;
    // Marking the test, rather than throwing from the hook, keeps mocha running the next tests.
    const test = this.currentTest;
    if (test === undefined) throw new Error(report);
    if (test.err === undefined) test.err = new Error(report);
    else test.err.message += `\n${report}`;
    test.state = 'failed';
  });
  after(() => {
    document.cookie = emulatorSelection().expiredCookie;
  });
}

/**
 * Signs this page's clerk-js out, if it is signed in. Given a callback, clerk-js calls it
 * instead of navigating to the instance's after-sign-out URL, which would end the test page.
 */
export async function signOutWithoutNavigating(): Promise<void> {
  const clerk = window.Clerk;
  if (!clerk?.loaded || !(clerk.user || clerk.session)) return;
  const signOut: (afterSignOut: () => void) => Promise<void> = clerk.signOut.bind(clerk);
  await signOut(() => undefined);
}

/**
 * Calls a control endpoint of the emulator and returns its JSON answer. A request that
 * changes state goes as `Content-Type: application/json` with a JSON object (`{}` when
 * there is no body), as the emulator requires.
 */
export async function controlRequest<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${controlUrl}${path}`, {
    method,
    ...(method !== 'GET'
      ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) }
      : {}),
  });
  const answer = (await response.json()) as T;
  if (!response.ok) {
    throw new Error(
      `${method} ${controlUrl}${path} → ${response.status} ${JSON.stringify(answer)}`,
    );
  }
  return answer;
}

/** The emulated instance's settings, as `GET /__emulator/instance` answers them. */
export interface InstanceSettings {
  readonly mfaRequired: boolean;
  readonly secondFactors: readonly ('totp' | 'phone_code' | 'backup_code')[];
  readonly reverificationMinutes: number | false;
  /** After how many failed attempts an account is locked, for how long; false: never. */
  readonly lockout: { readonly maxAttempts: number; readonly durationSeconds: number } | false;
}

/**
 * Changes the emulated instance's settings (MFA required, second factors, reverification
 * window, lockout) until the next reset, which {@link useEmulatorOfThisBrowser} does before each test.
 * clerk-js reads them from the environment when it loads.
 */
export function setInstanceSettings(change: Partial<InstanceSettings>): Promise<InstanceSettings> {
  return controlRequest<InstanceSettings>('PATCH', '/instance', { ...change });
}

/**
 * Makes the signed-in sessions' last verification older (by default just past the
 * reverification window), so that their next sensitive action asks for a reverification.
 */
export function ageSessionVerification(minutes?: number): Promise<{ sessions: number }> {
  return controlRequest<{ sessions: number }>(
    'POST',
    '/sessions/age-verification',
    minutes === undefined ? {} : { minutes },
  );
}

/** The code the user's authenticator app shows now, with enough of its 30 s left to be typed. */
export async function currentTotpCode(email: string): Promise<string> {
  let totp = await controlRequest<{ code: string; secondsRemaining: number }>(
    'GET',
    `/totp/${encodeURIComponent(email)}`,
  );
  // The emulator accepts the previous step too; waiting out the last second keeps the test exact.
  if (totp.secondsRemaining < 2) {
    await new Promise((resolve) => setTimeout(resolve, totp.secondsRemaining * 1000 + 100));
    totp = await controlRequest('GET', `/totp/${encodeURIComponent(email)}`);
  }
  return totp.code;
}

/** A code the emulator "sent", as its outbox holds it. */
export interface SentCode {
  readonly to: string;
  readonly channel: 'sms' | 'email';
  readonly code: string;
  readonly strategy: string;
}

/** Every SMS or e-mail code sent to the user since the last reset, oldest first. */
export async function sentCodes(email: string, channel: 'sms' | 'email'): Promise<SentCode[]> {
  const query = new URLSearchParams({ userEmail: email, channel });
  const { messages } = await controlRequest<{ messages: SentCode[] }>('GET', `/outbox?${query}`);
  return messages;
}

/** The newest code sent to the user by `channel`; fails when none was sent. */
export async function latestSentCode(email: string, channel: 'sms' | 'email'): Promise<SentCode> {
  const query = new URLSearchParams({ userEmail: email, channel });
  return controlRequest<SentCode>('GET', `/outbox/latest?${query}`);
}

/**
 * Makes every code sent so far expired, and allows the next one at once (as if its resend
 * cooldown were over); resolves with how many codes it expired.
 */
export async function expireSentCodes(): Promise<number> {
  const { expired } = await controlRequest<{ expired: number }>('POST', '/codes/expire');
  return expired;
}

/** Whether the user's password is still flagged as compromised. */
export async function isPasswordCompromised(email: string): Promise<boolean> {
  const user = await controlRequest<{ passwordCompromised: boolean }>(
    'GET',
    `/users/${encodeURIComponent(email)}`,
  );
  return user.passwordCompromised;
}

/** The user's backup codes that are still unused. */
export async function unusedBackupCodes(email: string): Promise<string[]> {
  const user = await controlRequest<{ unusedBackupCodes: string[] }>(
    'GET',
    `/users/${encodeURIComponent(email)}`,
  );
  return user.unusedBackupCodes;
}

/** The Frontend API requests this browser made since the last call (or the last reset). */
export function takeFapiRequests(): Promise<RecordedFapiRequest[]> {
  return executeServerCommand<RecordedFapiRequest[], undefined>(emulatorCommands.takeRequests);
}

/**
 * Requests as `METHOD /path`, with resource ids replaced by `{id}` and session-token
 * refreshes (`…/tokens`, which clerk-js makes on its own schedule) left out.
 */
export function describeSignInRequests(requests: readonly RecordedFapiRequest[]): string[] {
  return requests
    .filter((request) => !/\/sessions\/[^/]+\/tokens/.test(request.path))
    .map(
      (request) =>
        `${request.method} ${request.path.replace(/\/(sia|sess|user|client|idn|phone)_[A-Za-z0-9]+/g, '/{id}')}`,
    );
}

/**
 * Renders `<clerk-mfa-sign-in>` with the emulator's publishable key and `proxy-url`, and
 * no `clerk` property: the element loads clerk-js by script tag from the emulator (once
 * per page). Resolves when the credentials form is usable with Clerk loaded.
 */
export async function renderSignInWithRealClerk(
  options: { resendDelaySeconds?: number } = {},
): Promise<ClerkMfaSignIn> {
  const element = await fixture<ClerkMfaSignIn>(
    html`<clerk-mfa-sign-in
      publishable-key=${emulatorSelection().publishableKey}
      proxy-url=${proxyUrl}
      resend-delay=${options.resendDelaySeconds ?? 30}
    ></clerk-mfa-sign-in>`,
  );
  // The first render of a page waits for clerk-js to download and load.
  await waitForStepOf(element, 'credentials', 20_000);
  return element;
}

/** Waits until the element reaches `step` and has rendered it. */
export async function waitForStepOf(
  element: ClerkMfaSignIn,
  step: Step,
  timeout = 5000,
): Promise<void> {
  await waitUntil(
    () => element.state.step === step && !element.state.busy,
    `expected step ${step}, still ${JSON.stringify(element.state)}`,
    { timeout },
  );
  await settle(element);
}

/** Waits until the element shows an error with `code`, and returns its message. */
export async function waitForError(element: ClerkMfaSignIn, code: string): Promise<string> {
  await waitUntil(
    () => element.state.error?.code === code && !element.state.busy,
    `expected error ${code}, still ${JSON.stringify(element.state)}`,
    { timeout: 5000 },
  );
  await settle(element);
  return element.state.error!.message;
}

/** The text of the visible alert elements (field and form errors) of the element. */
export function visibleAlerts(element: ClerkMfaSignIn): string[] {
  return [...element.querySelectorAll<HTMLElement>('[role="alert"]')]
    .filter((alert) => !alert.closest('[hidden]'))
    .map((alert) => alert.textContent?.trim() ?? '')
    .filter(Boolean);
}

/** The visible heading of the current step or view. */
export function visibleHeading(element: ClerkMfaSignIn): string {
  const headings = [
    ...element.querySelectorAll<HTMLElement>('h2'),
    ...(element.shadowRoot?.querySelectorAll<HTMLElement>('h2') ?? []),
  ].filter((heading) => !heading.closest('[hidden]'));
  expect(headings, 'one visible heading').to.have.length(1);
  return headings[0].textContent?.trim() ?? '';
}
