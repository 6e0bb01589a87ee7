/**
 * End to end, the faults a network and a service can throw at a sign-in, on real
 * clerk-js through the emulator's faults: server errors, a dropped connection, a reply
 * lost after Clerk acted on the request, latency with repeated submits, a rate limit,
 * lockouts, clerk-js failing to load and the service restarting mid-flow. For each:
 * a specific message, the typed email kept, one request per intent, recovery without a
 * reload, an event — and no unhandled rejection (the test guards fail on one).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { CompleteDetail, ErrorDetail, Step } from '../../src/flow/types.js';
import {
  button,
  input,
  press,
  recordSignInEvents,
  submitCredentials,
  typeInto,
  type RecordedEvent,
} from '../elements/element-harness.js';
import {
  controlRequest,
  currentTotpCode,
  demoPassword,
  describeSignInRequests,
  emulatorSelection,
  proxyUrl,
  renderSignInWithRealClerk,
  sentCodes,
  setInstanceSettings,
  takeFapiRequests,
  useEmulatorOfThisBrowser,
  visibleAlerts,
  waitForError,
  waitForStepOf,
} from './support/emulator-page.js';

const serviceUnavailable = 'The sign-in service is unavailable right now. Try again in a moment.';
const networkError = 'Could not reach the sign-in service. Check your connection and try again.';

function detailsOf<T>(events: readonly RecordedEvent[], type: string): T[] {
  return events.filter((event) => event.type === type).map((event) => event.detail as T);
}

function fail(body: Record<string, unknown>): Promise<unknown> {
  return controlRequest('POST', '/faults/fail', body);
}

/** The Frontend API requests since the last call, as `METHOD /path` with ids as `{id}`. */
async function requestsMade(): Promise<string[]> {
  return describeSignInRequests(await takeFapiRequests());
}

/** Signs in to the code step of `email`, with the requests of doing so forgotten. */
async function atCodeStep(email: string): Promise<ClerkMfaSignIn> {
  const element = await renderSignInWithRealClerk();
  await submitCredentials(element, email, demoPassword);
  await waitForStepOf(element, 'second-factor');
  await takeFapiRequests();
  return element;
}

/** Waits for the complete view and returns the one `clerk-mfa-complete` detail. */
async function expectCompleted(
  element: ClerkMfaSignIn,
  events: readonly RecordedEvent[],
): Promise<CompleteDetail> {
  await waitForStepOf(element, 'complete', 10_000);
  const completes = detailsOf<CompleteDetail>(events, 'clerk-mfa-complete');
  expect(completes, 'one clerk-mfa-complete').to.have.length(1);
  expect(window.Clerk?.session?.id).to.equal(completes[0].sessionId);
  return completes[0];
}

function expectErrorEvent(events: readonly RecordedEvent[], code: string, step: Step): void {
  expect(
    detailsOf<ErrorDetail>(events, 'clerk-mfa-error').map((detail) => [detail.code, detail.step]),
  ).to.deep.include([code, step]);
}

describe('sign-in with real clerk-js: faults', () => {
  useEmulatorOfThisBrowser();

  it('500 on signing in: says the service is unavailable, keeps the email, and the next submit goes on', async () => {
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    const events = recordSignInEvents(element);
    await fail({ status: 500, path: '/v1/client/sign_ins' });
    await submitCredentials(element, 'totp@example.com', demoPassword);
    expect(await waitForError(element, 'service_unavailable')).to.equal(serviceUnavailable);
    expect(visibleAlerts(element)).to.deep.equal([serviceUnavailable]);
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expect(await requestsMade()).to.deep.equal(['POST /v1/client/sign_ins']);
    expectErrorEvent(events, 'service_unavailable', 'credentials');

    await press('Enter');
    await waitForStepOf(element, 'second-factor');
    expect(await requestsMade()).to.deep.equal(['POST /v1/client/sign_ins']);
  });

  it('503 on the code: says so, keeps the code step, and the same code is sent again on Enter', async () => {
    const element = await atCodeStep('totp@example.com');
    const events = recordSignInEvents(element);
    await fail({ status: 503, path: '/attempt_second_factor' });
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await waitForError(element, 'service_unavailable');
    expect(element.state.step).to.equal('second-factor');
    expect(await requestsMade()).to.deep.equal([
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
    ]);
    expectErrorEvent(events, 'service_unavailable', 'second-factor');

    await press('Enter');
    await expectCompleted(element, events);
  });

  it('a dropped connection: says the service cannot be reached; retrying signs in', async () => {
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    const events = recordSignInEvents(element);
    await fail({ drop: true, path: '/v1/client/sign_ins' });
    await submitCredentials(element, 'totp@example.com', demoPassword);
    expect(await waitForError(element, 'network_error')).to.equal(networkError);
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expect(await requestsMade()).to.deep.equal(['POST /v1/client/sign_ins']);
    expectErrorEvent(events, 'network_error', 'credentials');
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
  });

  it('the reply to a sign-in Clerk completed is lost: the retry ends signed in, with clerk-mfa-complete', async () => {
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    const events = recordSignInEvents(element);
    await fail({ drop: 'after', path: '/v1/client/sign_ins' });
    await submitCredentials(element, 'no-mfa@example.com', demoPassword);
    await waitForError(element, 'network_error');
    expect(await requestsMade()).to.deep.equal(['POST /v1/client/sign_ins']);

    await press('Enter');
    const complete = await expectCompleted(element, events);
    expect(complete.userId).to.match(/^user_/);
    expect(element.shadowRoot!.textContent).to.contain('Signed in as \u2068Nora Password\u2069');
    const retried = await requestsMade();
    expect(
      retried.filter((request) => request === 'POST /v1/client/sign_ins'),
      'one create per submit',
    ).to.have.length(1);
  });

  it('the reply to a code Clerk accepted is lost: sending it again ends signed in, with clerk-mfa-complete', async () => {
    const element = await atCodeStep('totp@example.com');
    const events = recordSignInEvents(element);
    await fail({ drop: 'after', path: '/attempt_second_factor' });
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await waitForError(element, 'network_error');
    expect(await requestsMade()).to.deep.equal([
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
    ]);

    await press('Enter');
    await expectCompleted(element, events);
    expect(element.shadowRoot!.textContent).to.contain(
      'Signed in as \u2068Theo Authenticator\u2069',
    );
  });

  it('the reply to a sent SMS is lost: the code that arrived still signs in', async () => {
    const email = 'sms@example.com';
    await fail({ drop: 'after', path: '/prepare_second_factor' });
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await submitCredentials(element, email, demoPassword);
    await waitForError(element, 'network_error');
    expect(element.state.step).to.equal('second-factor');
    const [sent] = await sentCodes(email, 'sms');
    expect(sent, 'Clerk sent the code').to.exist;
    await takeFapiRequests();
    await typeInto(input(element, 'code'), sent.code);
    await expectCompleted(element, events);
    expect(await requestsMade()).to.include.members([
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
    ]);
  });

  it('3 s of latency: repeated submits send one request', async () => {
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    await controlRequest('POST', '/faults/latency', { ms: 3000, path: '/v1/client/sign_ins' });
    await submitCredentials(element, 'totp@example.com', demoPassword);
    await press('Enter');
    button(element, 'Please wait…').click();
    await press('Enter');
    await waitForStepOf(element, 'second-factor', 10_000);
    expect(await requestsMade()).to.deep.equal(['POST /v1/client/sign_ins']);
  });

  it('a rate limit: counts down, then the same form signs in', async () => {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await controlRequest('POST', '/faults/rate-limit', {
      retryAfterSeconds: 2,
      path: '/v1/client/sign_ins',
    });
    await submitCredentials(element, 'totp@example.com', demoPassword);
    await waitForError(element, 'too_many_requests');
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expectErrorEvent(events, 'too_many_requests', 'credentials');
    await waitUntil(() => element.state.lockedUntil === null, 'the rate limit ends', {
      timeout: 5000,
    });
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
  });

  it('a locked account never blocks another one', async () => {
    const { lockoutAttempts } = emulatorSelection();
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'totp@example.com', 'wrong-password-1');
    await waitForError(element, 'form_password_incorrect');
    for (let attempt = 2; attempt <= lockoutAttempts; attempt += 1) {
      await typeInto(input(element, 'password'), `wrong-password-${attempt}`);
      await press('Enter');
      await waitUntil(
        () => detailsOf(events, 'clerk-mfa-error').length === attempt && !element.state.busy,
      );
    }
    await waitForError(element, 'user_locked');
    const submit = () =>
      element.querySelector<HTMLButtonElement>('clerk-credentials-step button[type=submit]')!;
    expect(submit().disabled).to.equal(true);

    const identifier = input(element, 'identifier');
    identifier.select();
    await typeInto(identifier, 'sms@example.com');
    await waitUntil(() => !submit().disabled, 'another account may sign in');
    input(element, 'password').select();
    await typeInto(input(element, 'password'), demoPassword);
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
    expect(element.state.factors.map((factor) => factor.strategy)).to.deep.equal(['phone_code']);
  });

  it('a lockout lifted when its time passes: the countdown ends and the same form signs in', async () => {
    await setInstanceSettings({ lockout: { maxAttempts: 2, durationSeconds: 3 } });
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'totp@example.com', 'wrong-password-1');
    await waitForError(element, 'form_password_incorrect');
    input(element, 'password').select();
    await typeInto(input(element, 'password'), 'wrong-password-2');
    await press('Enter');
    const message = await waitForError(element, 'user_locked');
    expect(message).to.contain('locked');
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expectErrorEvent(events, 'user_locked', 'credentials');
    const submit = element.querySelector<HTMLButtonElement>(
      'clerk-credentials-step button[type=submit]',
    )!;
    expect(submit.disabled, 'refused while locked').to.equal(true);
    await waitUntil(() => !submit.disabled, 'the lock lifts', { timeout: 6000 });
    input(element, 'password').select();
    await typeInto(input(element, 'password'), demoPassword);
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
    expect(detailsOf(events, 'clerk-mfa-error')).to.have.length(2);
  });

  it('the service restarts mid-flow: back to the password with a message, and signing in again works', async () => {
    const element = await atCodeStep('totp@example.com');
    const events = recordSignInEvents(element);
    await controlRequest('POST', '/restart');
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await waitUntil(
      () => element.state.step === 'credentials' && !element.state.busy,
      'back to the password',
      {
        timeout: 5000,
      },
    );
    expect(element.state.error?.message).to.be.a('string').and.not.equal('');
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expect(detailsOf(events, 'clerk-mfa-error')).to.have.length(1);
    await typeInto(input(element, 'password'), demoPassword);
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await expectCompleted(element, events);
  });
});

describe('sign-in with real clerk-js: clerk-js failing to load', () => {
  useEmulatorOfThisBrowser();

  it('says so once, keeps the form and what was typed, and loads on retry', async () => {
    await fail({ status: 503, path: '/npm/@clerk/clerk-js', count: 3 });
    const frame = document.createElement('iframe');
    const query = new URLSearchParams({
      'publishable-key': emulatorSelection().publishableKey,
      'proxy-url': proxyUrl,
      // A URL of its own, so that the browser asks the emulator rather than its cache.
      'clerk-js-url': `${proxyUrl}/npm/@clerk/clerk-js@6/dist/clerk.browser.js?page=${Date.now()}`,
    });
    frame.src = `/test/e2e/fixtures/sign-in-page.html?${query}`;
    document.body.append(frame);
    try {
      const signIn = () =>
        frame.contentDocument?.querySelector('clerk-mfa-sign-in') as ClerkMfaSignIn | null;
      await waitUntil(() => signIn()?.state.step === 'load-error', 'clerk-js fails to load', {
        timeout: 10_000,
      });
      const element = signIn()!;
      await element.updateComplete;
      const alerts = [
        ...element.querySelectorAll('[role=alert]'),
        ...element.shadowRoot!.querySelectorAll('[role=alert]'),
      ].filter((alert) => alert.textContent?.trim());
      expect(
        alerts.map((alert) => alert.textContent?.trim()),
        'announced once',
      ).to.deep.equal(['Sign-in could not be loaded. Check your connection and try again.']);
      const email = element.querySelector<HTMLInputElement>('input[data-field="identifier"]')!;
      email.value = 'totp@example.com';
      await controlRequest('DELETE', '/faults');
      (element.shadowRoot!.querySelector('[part~="retry-button"]') as HTMLButtonElement).click();
      await waitUntil(() => element.state.step === 'credentials', 'loaded on retry', {
        timeout: 10_000,
      });
      expect(email.value).to.equal('totp@example.com');
    } finally {
      frame.remove();
    }
  });
});
