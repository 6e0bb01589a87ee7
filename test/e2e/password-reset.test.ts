/**
 * End to end: a forgotten password reset inside `<clerk-mfa-sign-in>` on real clerk-js
 * against the emulator, with real key presses only: "Forgot password?" → the code from
 * the emulator's outbox → a new password → the second factor (or none) → signed in;
 * weak and breached passwords refused with their messages; resend and expiry; and the
 * `reset-password` task of an account whose password Clerk flagged as compromised.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
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
  renderSignInWithRealClerk,
  sentCodes,
  useEmulatorOfThisBrowser,
  visibleAlerts,
  visibleHeading,
  waitForError,
  waitForStepOf,
} from './support/emulator-page.js';

const newPassword = 'Fresh-horse-battery-9';

/** Tabs forward from the focused element until `target` has focus, as a keyboard user does. */
async function tabTo(target: Element, most = 12): Promise<void> {
  for (let presses = 0; presses < most && document.activeElement !== target; presses += 1) {
    await press('Tab');
  }
  expectFocused(target, 'reached with Tab');
}

/** The visible "Forgot password?" action of the credentials step. */
function forgotPasswordButton(element: ClerkMfaSignIn): HTMLButtonElement {
  return element.querySelector<HTMLButtonElement>(
    'clerk-credentials-step .clerk-mfa-field-action button',
  )!;
}

/** Types the email, then asks for a reset with the keyboard; resolves in the reset-code step. */
async function forgotPassword(element: ClerkMfaSignIn, email: string): Promise<void> {
  await typeInto(input(element, 'identifier'), email);
  await tabTo(forgotPasswordButton(element));
  await press('Enter');
  await waitForStepOf(element, 'reset-code');
}

/** The last reset code the emulator e-mailed to `email`. */
async function lastResetCode(email: string): Promise<string> {
  const codes = (await sentCodes(email, 'email')).filter((sent) =>
    sent.strategy.startsWith('reset_password'),
  );
  expect(codes.length, 'a reset code in the outbox').to.be.greaterThan(0);
  return codes[codes.length - 1].code;
}

/** Types the reset code and the new password; resolves after the new password is sent. */
async function resetTo(element: ClerkMfaSignIn, email: string, password: string): Promise<void> {
  await typeInto(input(element, 'code'), await lastResetCode(email));
  await waitForStepOf(element, 'new-password');
  expectFocused(input(element, 'password'), 'the new password field takes focus');
  await typeInto(input(element, 'password'), password);
  await press('Enter');
}

function expectNoSecretsIn(events: readonly RecordedEvent[], ...secrets: string[]): void {
  const seen = JSON.stringify(events) + document.body.outerHTML + JSON.stringify(localStorage);
  for (const secret of secrets) expect(seen).not.to.contain(secret);
}

describe('password reset with real clerk-js', () => {
  useEmulatorOfThisBrowser();

  it('forgot password → emailed code → new password → TOTP → signed in, keyboard only', async function () {
    // The longest journey of the suite, typed key by key: more than the default 10 s on a busy machine.
    this.timeout(30_000);
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await forgotPassword(element, 'totp@example.com');
    expect(visibleHeading(element)).to.equal('Reset password');
    const sentTo = element.querySelector('clerk-code-step .clerk-mfa-hint')!.textContent;
    expect(sentTo).to.contain('@example.com');
    await expect(element).to.be.accessible();
    const code = await lastResetCode('totp@example.com');
    await resetTo(element, 'totp@example.com', newPassword);
    await waitForStepOf(element, 'second-factor');
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await waitForStepOf(element, 'complete');
    expect(events.map((event) => event.type)).to.include('clerk-mfa-complete');
    const steps = events
      .filter((event) => event.type === 'clerk-mfa-status-change')
      .map((event) => (event.detail as { step: string }).step);
    expect(steps).to.include.members(['reset-code', 'new-password', 'second-factor', 'complete']);
    expectNoSecretsIn(events, newPassword, code);
  });

  it('an account without MFA is signed in right after the new password, which replaces the old', async () => {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await forgotPassword(element, 'no-mfa@example.com');
    await resetTo(element, 'no-mfa@example.com', newPassword);
    await waitForStepOf(element, 'complete');
    expect(events.filter((event) => event.type === 'clerk-mfa-complete')).to.have.length(1);

    await element.signOut();
    await waitForStepOf(element, 'credentials');
    input(element, 'password').select();
    await typeInto(input(element, 'password'), demoPassword);
    await press('Enter');
    await waitForError(element, 'form_password_incorrect');
    input(element, 'password').select();
    await typeInto(input(element, 'password'), newPassword);
    await press('Enter');
    await waitForStepOf(element, 'complete');
  });

  it('refuses a short and a breached password with their own messages, keeping what was typed', async () => {
    const element = await renderSignInWithRealClerk();
    await forgotPassword(element, 'no-mfa@example.com');
    await resetTo(element, 'no-mfa@example.com', 'short');
    const tooShort = await waitForError(element, 'form_password_length_too_short');
    expect(tooShort).to.match(/at least \u2068\d+\u2069 characters/);
    expect(input(element, 'password').value).to.equal('short');
    expect(input(element, 'password').getAttribute('aria-invalid')).to.equal('true');
    expectFocused(input(element, 'password'), 'the refused password takes focus');
    await typeInto(input(element, 'password'), 'password123');
    await press('Enter');
    const breached = await waitForError(element, 'form_password_pwned');
    expect(visibleAlerts(element)).to.deep.equal([breached]);
    expect(breached).to.contain('breach');
    await expect(element).to.be.accessible();
  });

  it('resends the code after its countdown, and an expired code asks for a new one', async () => {
    const element = await renderSignInWithRealClerk({ resendDelaySeconds: 1 });
    await forgotPassword(element, 'no-mfa@example.com');
    const first = await lastResetCode('no-mfa@example.com');
    await controlRequest('POST', '/codes/expire');
    await typeInto(input(element, 'code'), first);
    await waitForError(element, 'verification_expired');
    expect(input(element, 'code').getAttribute('aria-invalid')).to.equal('true');
    const resend = element.querySelector<HTMLButtonElement>('clerk-code-step .clerk-mfa-resend')!;
    await waitUntil(() => !resend.disabled, 'the resend countdown ends', { timeout: 5000 });
    resend.focus();
    await press('Enter');
    await waitUntil(async () => (await lastResetCode('no-mfa@example.com')) !== first);
    await resetTo(element, 'no-mfa@example.com', newPassword);
    await waitForStepOf(element, 'complete');
  });

  it('a compromised password: the reset-password task asks for a new one, then completes', async () => {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'compromised@example.com', demoPassword);
    await waitForStepOf(element, 'new-password');
    expect(visibleHeading(element)).to.equal('Reset your password');
    expect(events.map((event) => event.type)).not.to.include('clerk-mfa-complete');
    expect(window.Clerk?.session?.status).to.equal('pending');
    await expect(element).to.be.accessible();
    await typeInto(input(element, 'password'), newPassword);
    await press('Enter');
    await waitForStepOf(element, 'complete');
    expect(window.Clerk?.session?.status).to.equal('active');
    expect(events.filter((event) => event.type === 'clerk-mfa-complete')).to.have.length(1);
    expectNoSecretsIn(events, newPassword, demoPassword);
  });
});
