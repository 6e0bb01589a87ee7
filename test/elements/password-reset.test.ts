/**
 * `<clerk-mfa-sign-in>` resetting a forgotten password with a fake Clerk: "Forgot
 * password?" keeps the email typed, the reset code goes in the code step, the new
 * password in `<clerk-new-password-step>` (created by the sign-in), and no password or
 * code reaches an event, an attribute or the page's storage. End to end with real
 * clerk-js: `test/e2e/password-reset.test.ts`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  FakeClerk,
  fakeFactors,
  needsFirstFactor,
  needsNewPassword,
  needsSecondFactor,
  signInComplete,
} from '../fakes/fake-clerk.js';
import {
  button,
  input,
  press,
  recordSignInEvents,
  renderSignIn,
  typeInto,
  waitForStep,
} from './element-harness.js';

const newPassword = 'a-new-Passw0rd-for-ada';

function resettingClerk(): FakeClerk {
  return new FakeClerk()
    .respond('signIn.create', needsFirstFactor(fakeFactors.resetEmailCode))
    .respond('signIn.prepareFirstFactor', needsFirstFactor(fakeFactors.resetEmailCode))
    .respond('signIn.attemptFirstFactor', needsNewPassword());
}

describe('<clerk-mfa-sign-in> password reset', () => {
  it('resets by emailed code and new password, then asks for the second factor', async () => {
    const clerk = resettingClerk().respond(
      'signIn.resetPassword',
      needsSecondFactor(fakeFactors.totp),
    );
    clerk.respond('signIn.attemptSecondFactor', signInComplete());
    const { element } = await renderSignIn(clerk);
    const events = recordSignInEvents(element);
    await typeInto(input(element, 'identifier'), 'ada@example.com');
    button(element, 'Forgot password?').click();
    await waitForStep(element, 'reset-code');
    await expect(element).to.be.accessible();
    const code = input(element, 'code');
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(element.textContent).to.contain('Reset password');
    expect(element.textContent).to.contain('a***@example.com');
    await typeInto(code, '123456');
    await waitForStep(element, 'new-password');
    await expect(element).to.be.accessible();
    const step = element.querySelector('clerk-new-password-step')!;
    const passwordInput = input(element, 'password');
    expect(passwordInput.getAttribute('autocomplete')).to.equal('new-password');
    expect(step.querySelector<HTMLInputElement>('input[autocomplete="username"]')!.value).to.equal(
      'ada@example.com',
    );
    expect(document.activeElement).to.equal(passwordInput);
    await typeInto(passwordInput, newPassword);
    await press('Enter');
    await waitForStep(element, 'second-factor');
    expect(clerk.callsTo('signIn.resetPassword')[0].params).to.deep.equal({
      password: newPassword,
      signOutOfOtherSessions: true,
    });
    await typeInto(input(element, 'code'), '654321');
    await waitForStep(element, 'complete');
    events.stop();
    expect(events.map((event) => event.type)).to.include('clerk-mfa-complete');
    const leaked = JSON.stringify(events) + element.outerHTML + JSON.stringify(localStorage);
    for (const secret of [newPassword, '123456', '654321']) expect(leaked).not.to.include(secret);
  });

  it('shows a refused password under the field, keeps it typed, and can leave unchecked sign-out', async () => {
    const clerk = resettingClerk().respond('signIn.resetPassword', {
      throws: { errors: [{ code: 'form_password_pwned', meta: { paramName: 'password' } }] },
    });
    const { element } = await renderSignIn(clerk);
    await typeInto(input(element, 'identifier'), 'ada@example.com');
    button(element, 'Forgot password?').click();
    await waitForStep(element, 'reset-code');
    await typeInto(input(element, 'code'), '123456');
    await waitForStep(element, 'new-password');
    const checkbox = element.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    checkbox.click();
    await typeInto(input(element, 'password'), 'password123');
    await press('Enter');
    await waitUntil(() => element.state.error?.code === 'form_password_pwned');
    await element.updateComplete;
    const passwordInput = input(element, 'password');
    expect(passwordInput.value).to.equal('password123');
    expect(passwordInput.getAttribute('aria-invalid')).to.equal('true');
    const error = element.querySelector('.clerk-mfa-field-error[role="alert"]')!;
    expect(error.textContent).to.contain('found as part of a breach');
    expect(passwordInput.getAttribute('aria-describedby')).to.contain(error.id);
    expect(clerk.callsTo('signIn.resetPassword')[0].params).to.deep.include({
      signOutOfOtherSessions: false,
    });
    await expect(element).to.be.accessible();
  });

  it('links to forgot-password-url instead when it is set', async () => {
    const { element } = await renderSignIn();
    const credentials = element.querySelector('clerk-credentials-step')!;
    credentials.setAttribute('forgot-password-url', '/reset');
    await credentials.updateComplete;
    const link = credentials.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/reset');
    expect(link.textContent).to.contain('Forgot password?');
  });

  it('asks for a new password in the reset-password task, with a sign-out way on', async () => {
    const clerk = new FakeClerk().respond('signIn.create', signInComplete());
    clerk.taskAfterSignIn = 'reset-password';
    const { element } = await renderSignIn(clerk);
    const events = recordSignInEvents(element);
    await typeInto(input(element, 'identifier'), 'ada@example.com');
    await typeInto(input(element, 'password'), 'compromised-password');
    await press('Enter');
    await waitForStep(element, 'new-password');
    expect(element.textContent).to.contain('Your account requires a new password');
    expect(events.map((event) => event.type)).not.to.include('clerk-mfa-complete');
    await expect(element).to.be.accessible();
    await typeInto(input(element, 'password'), newPassword);
    await press('Enter');
    await waitForStep(element, 'complete');
    events.stop();
    expect(events.map((event) => event.type)).to.include('clerk-mfa-complete');
    expect(clerk.callsTo('user.updatePassword')).to.have.length(1);
  });
});
