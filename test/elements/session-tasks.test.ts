/**
 * `<clerk-mfa-sign-in>` when the session a sign-in made waits for a task: never
 * `clerk-mfa-complete` while it is pending; a task this form cannot do is named, with
 * an event and a way on (signing out).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FakeClerk, signInComplete } from '../fakes/fake-clerk.js';
import {
  button,
  recordSignInEvents,
  renderSignIn,
  submitCredentials,
  waitForStep,
} from './element-harness.js';

describe('<clerk-mfa-sign-in> with a session task', () => {
  it('names a task it cannot do, announces it, and signs out on request', async () => {
    const clerk = new FakeClerk().respond('signIn.create', signInComplete());
    clerk.taskAfterSignIn = 'choose-organization';
    const { element } = await renderSignIn(clerk);
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'ada@example.com', 'correct-password');
    await waitForStep(element, 'session-task');
    events.stop();
    await expect(element).to.be.accessible();
    const heading = element.shadowRoot!.querySelector('[part~="panel-heading"]')!;
    expect(heading.textContent).to.contain('choose-organization');
    expect(element.shadowRoot!.activeElement).to.equal(heading);
    expect(events.map((event) => event.type)).to.include.members([
      'clerk-mfa-status-change',
      'clerk-mfa-error',
    ]);
    expect(events.map((event) => event.type)).not.to.include('clerk-mfa-complete');
    button(element, 'Sign out').click();
    await waitUntil(() => element.state.step === 'credentials');
    expect(clerk.session).to.equal(null);
  });
});
