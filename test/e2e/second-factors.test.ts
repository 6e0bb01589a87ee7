/**
 * End to end: `<clerk-mfa-sign-in>` on real clerk-js, loaded by script tag from the
 * Frontend API emulator, signing in each kind of demo user with real key presses:
 * authenticator app, backup code, SMS with a resend, the new-device check and an
 * account without a second factor. Codes come from the emulator's control endpoints,
 * as a phone or an authenticator app would give them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { CodeSentDetail, CompleteDetail, StatusChangeDetail } from '../../src/flow/types.js';
import {
  button,
  expectFocused,
  input,
  press,
  recordSignInEvents,
  submitCredentials,
  typeInto,
  type RecordedEvent,
} from '../elements/element-harness.js';
import {
  currentTotpCode,
  demoPassword,
  describeSignInRequests,
  renderSignInWithRealClerk,
  sentCodes,
  signOutWithoutNavigating,
  takeFapiRequests,
  unusedBackupCodes,
  useEmulatorOfThisBrowser,
  visibleAlerts,
  visibleHeading,
  waitForError,
  waitForStepOf,
} from './support/emulator-page.js';

function detailsOf<T>(events: readonly RecordedEvent[], type: string): T[] {
  return events.filter((event) => event.type === type).map((event) => event.detail as T);
}

/** Asserts the complete view, its focus and event, and that clerk-js holds the new session. */
async function expectSignedInAs(
  element: ClerkMfaSignIn,
  events: readonly RecordedEvent[],
  name: string,
): Promise<void> {
  await waitForStepOf(element, 'complete');
  expect(visibleHeading(element)).to.equal('Successfully signed in');
  expect(element.shadowRoot!.textContent).to.contain(`Signed in as \u2068${name}\u2069`);
  expectFocused(
    element.shadowRoot!.querySelector('[part~="panel-heading"]')!,
    'the complete view takes focus',
  );
  const [complete] = detailsOf<CompleteDetail>(events, 'clerk-mfa-complete');
  expect(complete.sessionId).to.match(/^sess_/);
  expect(complete.userId).to.match(/^user_/);
  expect(window.Clerk?.session?.id).to.equal(complete.sessionId);
  expect(window.Clerk?.user?.id).to.equal(complete.userId);
}

/** Asserts that no event carried the password or a code. */
function expectNoSecretsIn(events: readonly RecordedEvent[], ...secrets: string[]): void {
  const serialized = JSON.stringify(events);
  for (const secret of secrets) expect(serialized).not.to.contain(secret);
}

/** Chooses another factor in the code step with the keyboard. */
async function chooseAlternative(element: ClerkMfaSignIn, label: string): Promise<void> {
  button(element, label).focus();
  await press('Enter');
  await waitForStepOf(element, element.state.step);
}

describe('sign-in with real clerk-js: second factors', () => {
  useEmulatorOfThisBrowser();

  it('authenticator app: the current TOTP code signs in with create, attempt and touch only', async () => {
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    const events = recordSignInEvents(element);

    await submitCredentials(element, 'totp@example.com', demoPassword);
    await waitForStepOf(element, 'second-factor');
    expect(visibleHeading(element)).to.equal('Two-step verification');
    expectFocused(input(element, 'code'), 'the code input takes focus');
    expect(input(element, 'code').getAttribute('autocomplete')).to.equal('one-time-code');
    expect(detailsOf<StatusChangeDetail>(events, 'clerk-mfa-status-change').at(-1)).to.deep.equal({
      step: 'second-factor',
      previousStep: 'credentials',
      status: 'needs_second_factor',
      previousStatus: null,
      strategy: 'totp',
      factors: [{ strategy: 'totp' }],
    });
    await expect(element).to.be.accessible();

    const code = await currentTotpCode('totp@example.com');
    // Six digits submit by themselves: no Enter.
    await typeInto(input(element, 'code'), code);
    await expectSignedInAs(element, events, 'Theo Authenticator');

    expect(describeSignInRequests(await takeFapiRequests())).to.deep.equal([
      'POST /v1/client/sign_ins',
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
      'POST /v1/client/sessions/{id}/touch',
    ]);
    expectNoSecretsIn(events, demoPassword, code);
  });

  it('backup code: signs in once; the same code is refused the next time', async () => {
    const email = 'totp-sms@example.com';
    const [backupCode] = await unusedBackupCodes(email);
    const first = await renderSignInWithRealClerk();
    const events = recordSignInEvents(first);

    await submitCredentials(first, email, demoPassword);
    await waitForStepOf(first, 'second-factor');
    expect(first.state.factors.map((factor) => factor.strategy)).to.deep.equal([
      'totp',
      'phone_code',
      'backup_code',
    ]);
    await takeFapiRequests();
    await chooseAlternative(first, 'Use a backup code');
    expect(visibleHeading(first)).to.equal('Enter a backup code');
    expectFocused(input(first, 'code'), 'the backup code input takes focus');
    await typeInto(input(first, 'code'), backupCode);
    await press('Enter');
    await expectSignedInAs(first, events, 'Tara Both');
    expect(describeSignInRequests(await takeFapiRequests())).to.deep.equal([
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
      'POST /v1/client/sessions/{id}/touch',
    ]);
    expect(await unusedBackupCodes(email)).not.to.include(backupCode);
    expectNoSecretsIn(events, demoPassword, backupCode);

    await signOutWithoutNavigating();
    const second = await renderSignInWithRealClerk();
    await submitCredentials(second, email, demoPassword);
    await waitForStepOf(second, 'second-factor');
    await chooseAlternative(second, 'Use a backup code');
    await typeInto(input(second, 'code'), backupCode);
    await press('Enter');
    const message = await waitForError(second, 'form_code_incorrect');
    expect(message).to.equal('The code is incorrect. Try again.');
    expect(visibleAlerts(second)).to.deep.equal([message]);
    expect(input(second, 'code').getAttribute('aria-invalid')).to.equal('true');
    expectFocused(input(second, 'code'), 'the refused code keeps focus');
  });

  it('SMS: the code from the outbox signs in; resend waits for resend-delay and sends another', async () => {
    const email = 'sms@example.com';
    const element = await renderSignInWithRealClerk({ resendDelaySeconds: 2 });
    await takeFapiRequests();
    const events = recordSignInEvents(element);

    await submitCredentials(element, email, demoPassword);
    await waitForStepOf(element, 'second-factor');
    expect(visibleHeading(element)).to.equal('Check your phone');
    expect(element.textContent).to.contain('We sent a code to \u2068+1******0101\u2069.');
    const [firstSent] = detailsOf<CodeSentDetail>(events, 'clerk-mfa-code-sent');
    expect(firstSent.strategy).to.equal('phone_code');
    expect(firstSent.safeIdentifier).to.equal('+1******0101');
    expect((await sentCodes(email, 'sms')).map((message) => message.to)).to.deep.equal([
      '+15555550101',
    ]);

    const resendButton = () => element.querySelector<HTMLButtonElement>('.clerk-mfa-resend')!;
    expect(resendButton().disabled, 'resend waits for resend-delay').to.be.true;
    expect(resendButton().textContent?.trim()).to.match(/^Resend code in \u2068[12] sec\u2069$/);
    await waitUntil(() => !resendButton().disabled, 'resend stays disabled', { timeout: 3000 });
    expect(resendButton().textContent?.trim()).to.equal("Didn't receive a code? Resend");
    resendButton().focus();
    await press('Enter');
    await waitUntil(
      () => detailsOf(events, 'clerk-mfa-code-sent').length === 2,
      'a second code is sent',
      { timeout: 5000 },
    );
    const codes = await sentCodes(email, 'sms');
    expect(codes).to.have.length(2);

    await typeInto(input(element, 'code'), codes[1].code);
    await expectSignedInAs(element, events, 'Sam Texter');
    expect(describeSignInRequests(await takeFapiRequests())).to.deep.equal([
      'POST /v1/client/sign_ins',
      'POST /v1/client/sign_ins/{id}/prepare_second_factor',
      'POST /v1/client/sign_ins/{id}/prepare_second_factor',
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
      'POST /v1/client/sessions/{id}/touch',
    ]);
    expectNoSecretsIn(events, demoPassword, codes[0].code, codes[1].code);
  });

  it('new-device check: the e-mail code from the outbox verifies the new client', async () => {
    const email = 'new-device@example.com';
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    const events = recordSignInEvents(element);

    await submitCredentials(element, email, demoPassword);
    await waitForStepOf(element, 'client-trust');
    expect(element.state.status).to.equal('needs_client_trust');
    expect(visibleHeading(element)).to.equal('Check your email');
    expect(element.textContent).to.contain("You're signing in from a new device.");
    expectFocused(input(element, 'code'), 'the code input takes focus');
    const [sent] = detailsOf<CodeSentDetail>(events, 'clerk-mfa-code-sent');
    expect(sent.strategy).to.equal('email_code');
    const [mail] = await sentCodes(email, 'email');
    expect(mail.to).to.equal(email);

    await typeInto(input(element, 'code'), mail.code);
    await expectSignedInAs(element, events, 'Nico Newdevice');
    expect(describeSignInRequests(await takeFapiRequests())).to.deep.equal([
      'POST /v1/client/sign_ins',
      'POST /v1/client/sign_ins/{id}/prepare_second_factor',
      'POST /v1/client/sign_ins/{id}/attempt_second_factor',
      'POST /v1/client/sessions/{id}/touch',
    ]);
  });

  it('account without a second factor: signed in after the password', async () => {
    const element = await renderSignInWithRealClerk();
    await takeFapiRequests();
    const events = recordSignInEvents(element);

    await submitCredentials(element, 'no-mfa@example.com', demoPassword);
    await expectSignedInAs(element, events, 'Nora Password');
    expect(
      detailsOf<StatusChangeDetail>(events, 'clerk-mfa-status-change').map((change) => change.step),
    ).to.deep.equal(['complete']);
    expect(describeSignInRequests(await takeFapiRequests())).to.deep.equal([
      'POST /v1/client/sign_ins',
      'POST /v1/client/sessions/{id}/touch',
    ]);
  });
});
