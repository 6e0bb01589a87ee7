/**
 * `<clerk-mfa-sign-in>` at the setup-mfa task: it shows `<clerk-mfa-setup required>`
 * inside itself with its own Clerk, finishes the task once a second factor is set up
 * and its backup codes seen (then `clerk-mfa-complete`), and keeps a sign-out way on.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSetup } from '../../src/elements/clerk-mfa-setup.js';
import { signInComplete } from '../fakes/fake-clerk.js';
import { FakeMfaUser, fakeClerkWithUser, fakeValidCode } from '../fakes/fake-user.js';
import {
  button,
  deepActiveElement,
  recordSignInEvents,
  renderSignIn,
  submitCredentials,
  typeInto,
  waitForStep,
} from './element-harness.js';

function signedOutClerkRequiringMfa() {
  const user = new FakeMfaUser();
  const clerk = fakeClerkWithUser(user, { totp: true, phoneCode: false, backupCode: true });
  clerk.user = null;
  clerk.session = null;
  clerk.taskAfterSignIn = 'setup-mfa';
  clerk.respond('signIn.create', signInComplete());
  // As Clerk does: the session is active once the authenticator app is verified.
  const verify = user.verifyTOTP.bind(user);
  user.verifyTOTP = async (params) => {
    const answer = await verify(params);
    clerk.taskAfterSignIn = null;
    return answer;
  };
  return { clerk, user };
}

async function setupInside(element: HTMLElement): Promise<ClerkMfaSetup> {
  await waitUntil(() => element.querySelector('clerk-mfa-setup'), 'no setup element shown', {
    timeout: 5000,
  });
  const setup = element.querySelector('clerk-mfa-setup')!;
  await waitUntil(() => setup.step === 'totp', `setup still at ${setup.step}`, { timeout: 5000 });
  await setup.updateComplete;
  return setup;
}

describe('<clerk-mfa-sign-in> with the setup-mfa task', () => {
  it('sets up the authenticator app inline, then completes the sign-in', async () => {
    const { clerk, user } = signedOutClerkRequiringMfa();
    const { element } = await renderSignIn(clerk);
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'nomfa@example.com', 'correct-password');
    await waitForStep(element, 'setup-mfa');
    const setup = await setupInside(element);
    expect(setup.required).to.equal(true);
    const code = setup.querySelector<HTMLInputElement>('input[name="code"]')!;
    await waitUntil(() => deepActiveElement() === code, 'focus did not move into the setup');
    await expect(element).to.be.accessible();
    expect(events.map((event) => event.type)).not.to.include('clerk-mfa-complete');
    await typeInto(code, fakeValidCode);
    await waitUntil(() => setup.step === 'enrolled', `setup still at ${setup.step}`);
    expect(user.totpEnabled).to.equal(true);
    [...setup.querySelectorAll('button')].find((b) => b.textContent?.includes('Continue'))!.click();
    await waitForStep(element, 'complete');
    events.stop();
    expect(events.map((event) => event.type)).to.include('clerk-mfa-complete');
    expect(element.querySelector('clerk-mfa-setup'), 'the setup is gone').to.equal(null);
  });

  it('keeps a way on: signing out leaves the setup for the form', async () => {
    const { clerk } = signedOutClerkRequiringMfa();
    const { element } = await renderSignIn(clerk);
    await submitCredentials(element, 'nomfa@example.com', 'correct-password');
    await waitForStep(element, 'setup-mfa');
    await setupInside(element);
    button(element, 'Sign out').click();
    await waitForStep(element, 'credentials');
    expect(element.querySelector('clerk-mfa-setup')).to.equal(null);
    expect(clerk.session).to.equal(null);
  });
});
