/**
 * End to end: what a user sees when sign-in goes wrong, with real clerk-js against the
 * Frontend API emulator: wrong password, unknown e-mail, wrong code, a locked account,
 * a rate limit, and a dropped connection. Faults are injected through the emulator's
 * control endpoints.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { ErrorDetail } from '../../src/flow/types.js';
import {
  expectFocused,
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
  emulatorSelection,
  renderSignInWithRealClerk,
  takeFapiRequests,
  useEmulatorOfThisBrowser,
  visibleAlerts,
  visibleHeading,
  waitForError,
  waitForStepOf,
} from './support/emulator-page.js';

function errorDetails(events: readonly RecordedEvent[]): ErrorDetail[] {
  return events
    .filter((event) => event.type === 'clerk-mfa-error')
    .map((event) => event.detail as ErrorDetail);
}

function submitButton(element: ClerkMfaSignIn): HTMLButtonElement {
  const visibleForm = [...element.querySelectorAll('form')].find(
    (form) => !form.closest('[hidden]'),
  );
  return visibleForm!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** A six-digit code that is not the current one (nor the one before or after it, most likely). */
function wrongCodeFor(code: string): string {
  return code.replace(/^\d/, (digit) => String((Number(digit) + 5) % 10));
}

describe('sign-in with real clerk-js: errors', () => {
  useEmulatorOfThisBrowser();

  it('wrong password: the message is at the password, which has focus; the e-mail stays', async () => {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);

    await submitCredentials(element, 'totp@example.com', 'not-the-password');
    const message = await waitForError(element, 'form_password_incorrect');
    expect(message).to.equal('Password is incorrect. Try again, or use another method.');
    expect(visibleAlerts(element)).to.deep.equal([message]);
    const password = input(element, 'password');
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(
      document.getElementById(password.getAttribute('aria-describedby')!)?.textContent?.trim(),
    ).to.equal(message);
    expectFocused(password, 'the password takes focus');
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expect(errorDetails(events)).to.deep.equal([
      { code: 'form_password_incorrect', message, field: 'password', step: 'credentials' },
    ]);
    expect(JSON.stringify(events)).not.to.contain('not-the-password');

    // The wrong password is selected: typing replaces it.
    await typeInto(password, demoPassword);
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
  });

  it('unknown e-mail: the message is at the e-mail address, which has focus', async () => {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);

    await submitCredentials(element, 'nobody@example.com', demoPassword);
    const message = await waitForError(element, 'form_identifier_not_found');
    expect(message).to.equal('No account found with this email address.');
    expect(visibleAlerts(element)).to.deep.equal([message]);
    expect(input(element, 'identifier').getAttribute('aria-invalid')).to.equal('true');
    expectFocused(input(element, 'identifier'), 'the e-mail address takes focus');
    expect(errorDetails(events)).to.deep.equal([
      { code: 'form_identifier_not_found', message, field: 'identifier', step: 'credentials' },
    ]);
  });

  it('wrong code: the message is at the code, then the right code signs in', async () => {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'totp@example.com', demoPassword);
    await waitForStepOf(element, 'second-factor');

    const wrongCode = wrongCodeFor(await currentTotpCode('totp@example.com'));
    await typeInto(input(element, 'code'), wrongCode);
    const message = await waitForError(element, 'form_code_incorrect');
    expect(message).to.equal('The code is incorrect. Try again.');
    expect(visibleAlerts(element)).to.deep.equal([message]);
    expect(input(element, 'code').getAttribute('aria-invalid')).to.equal('true');
    expectFocused(input(element, 'code'), 'the code keeps focus');
    expect(errorDetails(events)).to.deep.equal([
      { code: 'form_code_incorrect', message, field: 'code', step: 'second-factor' },
    ]);

    // The wrong code is selected: typing replaces it.
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await waitForStepOf(element, 'complete');
  });

  it('lockout: the failure that reaches the limit locks the account, and submitting is refused', async () => {
    const email = 'totp@example.com';
    const { lockoutAttempts } = emulatorSelection();
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);

    await submitCredentials(element, email, 'wrong-password-1');
    await waitForError(element, 'form_password_incorrect');
    for (let attempt = 2; attempt <= lockoutAttempts; attempt += 1) {
      await typeInto(input(element, 'password'), `wrong-password-${attempt}`);
      await press('Enter');
      await waitUntil(
        () => errorDetails(events).length === attempt && !element.state.busy,
        `attempt ${attempt} answered`,
      );
    }
    const message = await waitForError(element, 'user_locked');
    expect(message).to.equal(
      'Your account is locked after too many failed attempts. You can try again in \u206810 min\u2069.',
    );
    expect(visibleAlerts(element)).to.deep.equal([message]);
    const [locked] = errorDetails(events).slice(-1);
    expect(locked.retryAt! - Date.now()).to.be.within(590_000, 600_000);
    expect(submitButton(element).disabled).to.be.true;
    expect(submitButton(element).textContent?.trim()).to.match(
      /^Try again in \u2068\d+ (sec|min)\u2069$/,
    );
    const user = await controlRequest<{ lockedUntil: number | null }>(
      'GET',
      `/users/${encodeURIComponent(email)}`,
    );
    expect(user.lockedUntil).to.be.a('number');

    // Even the right password is not sent while the account is locked.
    await takeFapiRequests();
    await typeInto(input(element, 'password'), demoPassword);
    await press('Enter');
    await element.updateComplete;
    expect(element.state.busy).to.be.false;
    expect(element.state.error?.code).to.equal('user_locked');
    expect(await takeFapiRequests()).to.deep.equal([]);
  });

  it('rate limit: a 429 with Retry-After shows a countdown, after which the same form signs in', async () => {
    await controlRequest('POST', '/faults/rate-limit', {
      retryAfterSeconds: 2,
      path: '/v1/client/sign_ins',
    });
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);

    await submitCredentials(element, 'totp@example.com', demoPassword);
    const message = await waitForError(element, 'too_many_requests');
    expect(message).to.equal('Too many requests. Please wait before trying again.');
    expect(visibleAlerts(element)).to.deep.equal([message]);
    const [limited] = errorDetails(events);
    expect(limited.retryAt! - Date.now()).to.be.within(1000, 2000);
    expect(submitButton(element).disabled).to.be.true;
    expect(submitButton(element).textContent?.trim()).to.match(
      /^Try again in \u2068[12] sec\u2069$/,
    );

    await waitUntil(() => !submitButton(element).disabled, 'the countdown ends', {
      timeout: 3000,
    });
    expect(visibleAlerts(element), 'the message goes with the countdown').to.deep.equal([]);
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    input(element, 'password').focus();
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
  });

  it('lost connection: a network error, the input kept, and a retry once it is back that works', async () => {
    // Chromium and Firefox silently resend a request whose connection dropped (six times
    // here); the connection has to stay down longer than that for the user to notice.
    await controlRequest('POST', '/faults/fail', {
      drop: true,
      count: 20,
      path: '/v1/client/sign_ins',
    });
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);

    await submitCredentials(element, 'totp@example.com', demoPassword);
    const message = await waitForError(element, 'network_error');
    expect(message).to.equal(
      'Could not reach the sign-in service. Check your connection and try again.',
    );
    expect(visibleAlerts(element)).to.deep.equal([message]);
    expect(errorDetails(events)).to.deep.equal([
      { code: 'network_error', message, step: 'credentials' },
    ]);
    expect(input(element, 'identifier').value).to.equal('totp@example.com');
    expect(input(element, 'password').value).to.have.length(demoPassword.length);

    await controlRequest('DELETE', '/faults');
    submitButton(element).focus();
    await press('Enter');
    await waitForStepOf(element, 'second-factor');
    expect(visibleHeading(element)).to.equal('Two-step verification');
  });
});
