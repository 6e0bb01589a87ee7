import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { ClerkMfaCodeSentEvent } from '../../src/events.js';
import type { CodeSentDetail } from '../../src/flow/types.js';
import {
  fakeApiError,
  FakeClerk,
  fakeFactors,
  needsClientTrust,
  needsSecondFactor,
  signInComplete,
} from '../fakes/fake-clerk.js';
import {
  button,
  expectFocused,
  input,
  press,
  renderSignIn,
  settle,
  submitCredentials,
  typeInto,
  waitForStep,
} from './element-harness.js';

/** Signs in with a fake Clerk whose sign-in needs a second factor from `factors`. */
async function renderCodeStep(
  clerk: FakeClerk,
  ...factors: Parameters<typeof needsSecondFactor>
): Promise<ClerkMfaSignIn> {
  return renderCodeStepWith({ clerk, resendDelay: 30 }, ...factors);
}

async function renderCodeStepWith(
  { clerk, resendDelay }: { clerk: FakeClerk; resendDelay: number },
  ...factors: Parameters<typeof needsSecondFactor>
): Promise<ClerkMfaSignIn> {
  clerk.respond('signIn.create', needsSecondFactor(...factors));
  const { element } = await renderSignIn(clerk);
  element.resendDelay = resendDelay;
  await submitCredentials(element, 'ada@example.com', 'secret-password');
  await waitForStep(element, 'second-factor');
  await waitUntil(() => !element.state.busy);
  await settle(element);
  return element;
}

/** Pastes `text` into `target` the way a browser does: a paste event carrying the clipboard. */
function paste(target: HTMLInputElement, text: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
  // Firefox gives a constructed event an empty clipboard of its own; a real paste carries the text.
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  target.focus();
  target.dispatchEvent(event);
}

function attemptedCodes(clerk: FakeClerk): unknown[] {
  return clerk.callsTo('signIn.attemptSecondFactor').map((call) => call.params);
}

describe('<clerk-code-step>', () => {
  describe('accessibility', () => {
    it('is accessible for each strategy', async () => {
      const clerk = new FakeClerk().respond(
        'signIn.prepareSecondFactor',
        needsSecondFactor(fakeFactors.totp, fakeFactors.phoneCode, fakeFactors.backupCode),
      );
      const element = await renderCodeStep(
        clerk,
        fakeFactors.totp,
        fakeFactors.phoneCode,
        fakeFactors.backupCode,
      );
      await expect(element).to.be.accessible();
      button(element, 'Send SMS code').click();
      await waitUntil(() => element.state.strategy === 'phone_code' && !element.state.busy);
      await settle(element);
      await expect(element).to.be.accessible();
      button(element, 'Use a backup code').click();
      await waitUntil(() => element.state.strategy === 'backup_code');
      await settle(element);
      await expect(element).to.be.accessible();
    });

    it('is accessible with a wrong-code error and in the new-device check', async () => {
      const clerk = new FakeClerk()
        .respond('signIn.create', needsClientTrust(fakeFactors.emailCode))
        .respond('signIn.prepareSecondFactor', needsClientTrust(fakeFactors.emailCode))
        .respond('signIn.attemptSecondFactor', {
          throws: fakeApiError('form_code_incorrect', { paramName: 'code' }),
        });
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      await waitForStep(element, 'client-trust');
      await waitUntil(() => !element.state.busy);
      await settle(element);
      expect(element.querySelector('clerk-code-step')!.textContent).to.contain(
        "You're signing in from a new device",
      );
      expect(element.querySelector('clerk-code-step')!.textContent).to.contain('a***@example.com');
      await expect(element).to.be.accessible();
      await typeInto(input(element, 'code'), '111111');
      await waitUntil(() => element.state.error?.code === 'form_code_incorrect');
      await settle(element);
      await expect(element).to.be.accessible();
    });
  });

  describe('the code input', () => {
    it('is one real input that autofill and paste can fill', async () => {
      const element = await renderCodeStep(new FakeClerk(), fakeFactors.totp);
      const inputs = element.querySelectorAll('clerk-code-step input');
      expect(inputs).to.have.length(1);
      const code = input(element, 'code');
      expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(code.inputMode).to.equal('numeric');
      expect(code.hasAttribute('maxlength')).to.equal(false);
      expect(code.labels?.[0]?.textContent?.trim()).to.equal('Verification code');
      expectFocused(code, 'focus moved to the code');
    });

    for (const pasted of ['123 456', '123-456', 'Your code is 123456']) {
      it(`takes 123456 out of a pasted "${pasted}" and submits it once`, async () => {
        const clerk = new FakeClerk().respond('signIn.attemptSecondFactor', signInComplete());
        const element = await renderCodeStep(clerk, fakeFactors.totp);
        const held = clerk.holdNext('signIn.attemptSecondFactor');
        paste(input(element, 'code'), pasted);
        await held.reached;
        expect(input(element, 'code').value).to.equal('123456');
        // A second autofill event with the same code while the first is in flight.
        input(element, 'code').dispatchEvent(new InputEvent('input', { bubbles: true }));
        held.release();
        await waitForStep(element, 'complete');
        expect(attemptedCodes(clerk)).to.deep.equal([{ strategy: 'totp', code: '123456' }]);
      });
    }

    it('submits by itself once six digits are typed, and never twice for the same code', async () => {
      const clerk = new FakeClerk().respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect', { paramName: 'code' }),
      });
      const element = await renderCodeStep(clerk, fakeFactors.totp);
      await typeInto(input(element, 'code'), '12345');
      expect(attemptedCodes(clerk)).to.have.length(0);
      await typeInto(input(element, 'code'), '6');
      await waitUntil(() => element.state.error?.code === 'form_code_incorrect');
      await settle(element);
      expect(attemptedCodes(clerk)).to.deep.equal([{ strategy: 'totp', code: '123456' }]);
      const code = input(element, 'code');
      expect(code.value, 'the typed code survives the error').to.equal('123456');
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      expect(
        document
          .getElementById(code.getAttribute('aria-describedby')!.split(' ').pop()!)!
          .textContent?.trim(),
      ).to.equal('The code is incorrect. Try again.');
      code.dispatchEvent(new InputEvent('input', { bubbles: true }));
      expect(attemptedCodes(clerk), 'same code not resubmitted by an input event').to.have.length(
        1,
      );
    });
  });

  describe('backup codes', () => {
    it('has its own text field, no autosubmit, and forgives case and spaces', async () => {
      const clerk = new FakeClerk().respond('signIn.attemptSecondFactor', signInComplete());
      const element = await renderCodeStep(clerk, fakeFactors.totp, fakeFactors.backupCode);
      button(element, 'Use a backup code').click();
      await waitUntil(() => element.state.strategy === 'backup_code');
      await settle(element);
      const code = input(element, 'code');
      expect(code.hasAttribute('inputmode')).to.equal(false);
      expect(code.getAttribute('autocomplete')).to.equal('off');
      expect(code.labels?.[0]?.textContent?.trim()).to.equal('Backup code');
      expectFocused(code, 'focus moved to the backup code');
      await typeInto(code, 'ABCD EFGH 12');
      expect(attemptedCodes(clerk)).to.have.length(0);
      await press('Enter');
      await waitForStep(element, 'complete');
      expect(attemptedCodes(clerk)).to.deep.equal([
        { strategy: 'backup_code', code: 'abcdefgh12' },
      ]);
    });
  });

  describe('SMS codes', () => {
    it('shows where the code went and counts down before it can be sent again', async () => {
      const clerk = new FakeClerk().respond(
        'signIn.prepareSecondFactor',
        needsSecondFactor(fakeFactors.phoneCode),
        needsSecondFactor(fakeFactors.phoneCode),
      );
      const events: CodeSentDetail[] = [];
      const recordCodeSent = (event: ClerkMfaCodeSentEvent) => events.push(event.detail);
      document.addEventListener('clerk-mfa-code-sent', recordCodeSent);
      after(() => document.removeEventListener('clerk-mfa-code-sent', recordCodeSent));
      const element = await renderCodeStepWith({ clerk, resendDelay: 2 }, fakeFactors.phoneCode);
      const step = element.querySelector('clerk-code-step')!;
      expect(step.textContent).to.contain('+1******0123');
      const resend = () => step.querySelector<HTMLButtonElement>('.clerk-mfa-resend')!;
      expect(resend().disabled).to.equal(true);
      expect(resend().textContent).to.match(/Resend code in \u2068[12] sec\u2069/);
      expect(clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
      await waitUntil(() => !resend().disabled, 'resend enabled after 2 s', { timeout: 4000 });
      expect(resend().textContent?.trim()).to.equal("Didn't receive a code? Resend");
      resend().click();
      await waitUntil(
        () => clerk.callsTo('signIn.prepareSecondFactor').length === 2 && !element.state.busy,
      );
      await settle(element);
      expect(resend().disabled, 'countdown restarted').to.equal(true);
      expect(events).to.have.length(2);
      expect(step.querySelector('[role=status]')!.textContent?.trim()).to.equal(
        'We sent a code to \u2068+1******0123\u2069.',
      );
      await expect(element).to.be.accessible();
    });

    it('never sends a new code after a wrong one', async () => {
      const clerk = new FakeClerk()
        .respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode))
        .respond('signIn.attemptSecondFactor', {
          throws: fakeApiError('form_code_incorrect', { paramName: 'code' }),
        });
      const element = await renderCodeStep(clerk, fakeFactors.phoneCode);
      await typeInto(input(element, 'code'), '000000');
      await waitUntil(() => element.state.error?.code === 'form_code_incorrect');
      expect(clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
    });
  });

  describe('going back', () => {
    it('returns to the credentials step keeping the typed email', async () => {
      const element = await renderCodeStep(new FakeClerk(), fakeFactors.totp);
      button(element, 'Back').focus();
      await press('Enter');
      await waitForStep(element, 'credentials');
      expect(input(element, 'identifier').value).to.equal('ada@example.com');
    });
  });
});
