import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApiError, FakeClerk, needsSecondFactor, fakeFactors } from '../fakes/fake-clerk.js';
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

describe('<clerk-credentials-step>', () => {
  describe('accessibility', () => {
    it('is accessible with empty fields', async () => {
      const { element } = await renderSignIn();
      await expect(element).to.be.accessible();
    });

    it('is accessible with a field error and a form error', async () => {
      const clerk = new FakeClerk().respond(
        'signIn.create',
        { throws: fakeApiError('form_password_incorrect', { paramName: 'password' }) },
        { throws: fakeApiError('something_new') },
      );
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'wrong');
      await waitUntil(() => element.state.error?.field === 'password');
      await settle(element);
      await expect(element).to.be.accessible();
      await press('Enter');
      await waitUntil(() => element.state.error?.code === 'unknown_error');
      await settle(element);
      await expect(element).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('renders a light-DOM form that password managers can fill', async () => {
      const { element } = await renderSignIn();
      const step = element.querySelector('clerk-credentials-step')!;
      const form = step.querySelector('form');
      expect(form, 'form in light DOM').to.exist;
      expect(step.shadowRoot).to.equal(null);
      const identifier = input(element, 'identifier');
      const password = input(element, 'password');
      expect(identifier.autocomplete).to.equal('username');
      expect(identifier.type).to.equal('email');
      expect(password.autocomplete).to.equal('current-password');
      expect(password.type).to.equal('password');
      expect(identifier.labels?.[0]?.textContent?.trim()).to.equal('Email address');
      expect(password.labels?.[0]?.textContent?.trim()).to.equal('Password');
    });

    it('hides itself in the code step and shows the form again on back', async () => {
      const clerk = new FakeClerk().respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      await waitForStep(element, 'second-factor');
      expect(element.querySelector('clerk-credentials-step')!.hidden).to.equal(true);
      button(element, 'Back').click();
      await waitForStep(element, 'credentials');
      expect(element.querySelector('clerk-credentials-step')!.hidden).to.equal(false);
      expect(input(element, 'identifier').value, 'typed email kept').to.equal('ada@example.com');
      expectFocused(input(element, 'password'), 'focus on the password');
    });

    it('shows a forgot-password link only when forgot-password-url is set', async () => {
      const { element } = await renderSignIn();
      const step = element.querySelector('clerk-credentials-step')!;
      expect(step.querySelector('a')).to.equal(null);
      step.setAttribute('forgot-password-url', '/reset');
      await settle(element);
      const link = step.querySelector('a')!;
      expect(link.textContent?.trim()).to.equal('Forgot password?');
      expect(link.getAttribute('href')).to.equal('/reset');
    });
  });

  describe('show/hide password', () => {
    it('is a toggle button screen readers understand', async () => {
      const { element } = await renderSignIn();
      const password = input(element, 'password');
      const toggle = button(element, 'Show password');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(password.id);
      await typeInto(password, 'hunter2');
      toggle.focus();
      await press(' ');
      await settle(element);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(input(element, 'password').type).to.equal('text');
      expect(input(element, 'password').value, 'typed password kept').to.equal('hunter2');
      await press(' ');
      await settle(element);
      expect(input(element, 'password').type).to.equal('password');
    });
  });

  describe('errors', () => {
    it('links a field error to its input and focuses that input, keeping what was typed', async () => {
      const clerk = new FakeClerk().respond('signIn.create', {
        throws: fakeApiError('form_password_incorrect', { paramName: 'password' }),
      });
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'wrong-password');
      await waitUntil(() => element.state.error !== null);
      await settle(element);
      const password = input(element, 'password');
      expect(password.getAttribute('aria-invalid')).to.equal('true');
      const message = document.getElementById(password.getAttribute('aria-describedby')!)!;
      expect(message.textContent?.trim()).to.equal(
        'Password is incorrect. Try again, or use another method.',
      );
      expect(message.getAttribute('role')).to.equal('alert');
      expect(input(element, 'identifier').getAttribute('aria-invalid')).to.equal('false');
      expect(input(element, 'identifier').value).to.equal('ada@example.com');
      expect(password.value).to.equal('wrong-password');
      expectFocused(password, 'focus');
    });

    it('has one live region: the paragraph of the error shown; empty ones take no space', async () => {
      const clerk = new FakeClerk().respond('signIn.create', {
        throws: fakeApiError('form_password_incorrect', { paramName: 'password' }),
      });
      const { element } = await renderSignIn(clerk);
      const form = element.querySelector('clerk-credentials-step form')!;
      const errorParagraphs = () => [
        ...form.querySelectorAll<HTMLElement>('.clerk-mfa-field-error, .clerk-mfa-form-error'),
      ];
      expect(errorParagraphs()).to.have.length(3);
      for (const paragraph of errorParagraphs()) {
        expect(getComputedStyle(paragraph).display, 'an empty message takes no space').to.equal(
          'none',
        );
      }
      expect(form.querySelectorAll('[role=alert]')).to.have.length(0);
      await submitCredentials(element, 'ada@example.com', 'wrong-password');
      await waitUntil(() => element.state.error !== null);
      await settle(element);
      const alerts = form.querySelectorAll('[role=alert]');
      expect(alerts, 'one live region').to.have.length(1);
      expect(alerts[0].id).to.equal(input(element, 'password').getAttribute('aria-describedby'));
      const shown = errorParagraphs().filter(
        (paragraph) => getComputedStyle(paragraph).display !== 'none',
      );
      expect(shown).to.deep.equal([alerts[0]]);
    });

    it('asks for an email without sending anything when the email is empty', async () => {
      const clerk = new FakeClerk();
      const { element } = await renderSignIn(clerk);
      await typeInto(input(element, 'password'), 'secret');
      await press('Enter');
      await waitUntil(() => element.state.error?.field === 'identifier');
      await settle(element);
      expect(clerk.callsTo('signIn.create')).to.have.length(0);
      expect(input(element, 'identifier').getAttribute('aria-invalid')).to.equal('true');
      expectFocused(input(element, 'identifier'), 'focus');
    });

    it('disables submit with a countdown while rate limited, then enables it', async () => {
      const clerk = new FakeClerk().respond('signIn.create', {
        throws: fakeApiError('too_many_requests', { retryAfter: 2 }),
      });
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'secret');
      await waitUntil(() => element.state.lockedUntil !== null);
      await settle(element);
      const submit = element.querySelector<HTMLButtonElement>(
        'clerk-credentials-step button[type=submit]',
      )!;
      expect(submit.disabled).to.equal(true);
      expect(submit.textContent).to.match(/Try again in \u2068[12] sec\u2069/);
      await expect(element).to.be.accessible();
      await waitUntil(() => !submit.disabled, 'submit enabled again', { timeout: 4000 });
      expect(submit.textContent?.trim()).to.equal('Continue');
    });

    it('shows the lockout time from Clerk\u2019s message', async () => {
      const clerk = new FakeClerk().respond('signIn.create', {
        throws: fakeApiError('user_locked', {
          longMessage:
            'Your account is locked. You will be able to try again in 30 minutes. For more information, contact support.',
        }),
      });
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'secret');
      await waitUntil(() => element.state.error?.code === 'user_locked');
      await settle(element);
      const alert = element.querySelector('clerk-credentials-step .clerk-mfa-form-error')!;
      expect(alert.textContent).to.contain('30 min');
      const submit = element.querySelector<HTMLButtonElement>(
        'clerk-credentials-step button[type=submit]',
      )!;
      expect(submit.disabled).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });

  describe('busy', () => {
    it('marks the form busy and ignores a second submit while one is in flight', async () => {
      const clerk = new FakeClerk().respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const held = clerk.holdNext('signIn.create');
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'secret');
      await held.reached;
      await settle(element);
      expect(
        element.querySelector('clerk-credentials-step form')!.getAttribute('aria-busy'),
      ).to.equal('true');
      expect(element.hasAttribute('busy')).to.equal(true);
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      button(element, 'Please wait').click();
      held.release();
      await waitForStep(element, 'second-factor');
      expect(clerk.callsTo('signIn.create')).to.have.length(1);
    });
  });
});
