/**
 * `<clerk-mfa-setup>` on a fake user: what a user sees and does with real key presses,
 * accessibility in every state, the events it dispatches, and that the authenticator
 * app's key, its URI, codes and backup codes reach no event, attribute or console line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/clerk-mfa-setup.js';
import type { ClerkMfaSetup } from '../../src/elements/clerk-mfa-setup.js';
import type { AllowedFactors } from '../../src/flow/clerk-adapter/index.js';
import {
  FakeMfaUser,
  fakeBackupCodes,
  fakeClerkWithUser,
  fakePassword,
  fakeTotpSecret,
  fakeTotpUri,
  fakeValidCode,
} from '../fakes/fake-user.js';
import { deepActiveElement, press, typeInto } from './element-harness.js';

const everything: AllowedFactors = { totp: true, phoneCode: true, backupCode: true };
const setupEventNames = [
  'clerk-mfa-factor-added',
  'clerk-mfa-factor-removed',
  'clerk-mfa-backup-codes-created',
  'clerk-mfa-setup-complete',
] as const;

async function renderSetup(
  options: { required?: boolean; allowed?: AllowedFactors; user?: FakeMfaUser } = {},
) {
  const user = options.user ?? new FakeMfaUser();
  const clerk = fakeClerkWithUser(user, options.allowed ?? everything);
  const events: Array<{ type: string; detail: unknown }> = [];
  const record = (event: Event) =>
    events.push({ type: event.type, detail: (event as Event & { detail: unknown }).detail });
  for (const name of setupEventNames) document.addEventListener(name, record);
  const element = await fixture<ClerkMfaSetup>(
    html`<clerk-mfa-setup
      ?required=${options.required ?? false}
      .clerk=${clerk}
    ></clerk-mfa-setup>`,
  );
  await waitUntil(() => element.step !== 'loading', 'Clerk did not load');
  await element.updateComplete;
  const stop = () => {
    for (const name of setupEventNames) document.removeEventListener(name, record);
  };
  return { element, user, clerk, events, stop };
}

async function waitForStep(element: ClerkMfaSetup, step: string): Promise<void> {
  await waitUntil(() => element.step === step, `expected ${step}, still ${element.step}`, {
    timeout: 5000,
  });
  await element.updateComplete;
}

function buttonWith(element: ClerkMfaSetup, text: string): HTMLButtonElement {
  const found = [...element.querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.includes(text),
  );
  if (!found) throw new Error(`no button with text "${text}"`);
  return found;
}

function codeInput(element: ClerkMfaSetup): HTMLInputElement {
  return element.querySelector<HTMLInputElement>('input[name="code"]')!;
}

describe('<clerk-mfa-setup>', () => {
  it('adds an authenticator app from the keyboard: QR code, key, first code, backup codes once', async () => {
    const { element, user, events, stop } = await renderSetup();
    await expect(element).to.be.accessible();
    expect(element.textContent).to.contain('No second factor is set up yet.');
    buttonWith(element, 'Add authenticator application').focus();
    await press('Enter');
    await waitForStep(element, 'totp');
    await waitUntil(() => element.querySelector('svg.clerk-mfa-qr'), 'no QR code drawn');
    await element.updateComplete;
    const qr = element.querySelector('svg.clerk-mfa-qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d/);
    expect(element.querySelector('[data-secret]')!.textContent).to.equal(fakeTotpSecret);
    const input = codeInput(element);
    expect(deepActiveElement(), 'focus moves to the code input').to.equal(input);
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    await expect(element).to.be.accessible();
    await typeInto(input, fakeValidCode);
    await waitForStep(element, 'enrolled');
    expect(user.callsTo('verifyTOTP')).to.have.length(1);
    const shown = [...element.querySelectorAll('[data-backup-codes] li')].map(
      (item) => item.textContent,
    );
    expect(shown).to.deep.equal(fakeBackupCodes(1));
    await expect(element).to.be.accessible();
    buttonWith(element, 'Finish').click();
    await waitForStep(element, 'overview');
    expect(element.textContent).to.contain('Authenticator application');
    expect(element.querySelector('[data-backup-codes]'), 'the codes are shown once').to.equal(null);
    stop();
    expect(events).to.deep.equal([
      { type: 'clerk-mfa-backup-codes-created', detail: { count: 10 } },
      { type: 'clerk-mfa-factor-added', detail: { strategy: 'totp' } },
    ]);
  });

  it('is the setup-mfa task when required: the one factor allowed, then clerk-mfa-setup-complete', async () => {
    const { element, events, stop } = await renderSetup({
      required: true,
      allowed: { totp: true, phoneCode: false, backupCode: false },
    });
    await waitForStep(element, 'totp');
    await typeInto(codeInput(element), '000000');
    await waitUntil(() => element.querySelector('[role="alert"]'), 'no error shown');
    expect(element.querySelector('[role="alert"]')!.textContent).to.contain('incorrect');
    expect(codeInput(element).getAttribute('aria-invalid')).to.equal('true');
    const input = codeInput(element);
    input.value = '';
    await typeInto(input, fakeValidCode);
    await waitForStep(element, 'enrolled');
    buttonWith(element, 'Continue').click();
    await waitForStep(element, 'complete');
    stop();
    expect(events.map((event) => event.type)).to.deep.equal([
      'clerk-mfa-backup-codes-created',
      'clerk-mfa-factor-added',
      'clerk-mfa-setup-complete',
    ]);
  });

  it('adds a phone number for SMS codes', async () => {
    const { element, user } = await renderSetup({ required: true });
    await expect(element).to.be.accessible();
    buttonWith(element, 'SMS code').click();
    await waitForStep(element, 'phone-number');
    const phone = element.querySelector<HTMLInputElement>('input[type="tel"]')!;
    expect(phone.autocomplete).to.equal('tel');
    await expect(element).to.be.accessible();
    await typeInto(phone, '+12015550123');
    await press('Enter');
    await waitForStep(element, 'phone-code');
    expect(element.textContent).to.contain('+12015550123');
    await expect(element).to.be.accessible();
    await typeInto(codeInput(element), fakeValidCode);
    await waitForStep(element, 'enrolled');
    expect(user.phoneNumbers[0]).to.include({
      reservedForSecondFactor: true,
      defaultSecondFactor: true,
    });
  });

  it('asks for the password when Clerk needs a reverification, then goes on', async () => {
    const user = new FakeMfaUser().requireReverification('createTOTP');
    const { element } = await renderSetup({ user });
    buttonWith(element, 'Add authenticator application').click();
    await waitForStep(element, 'reverify');
    const password = element.querySelector<HTMLInputElement>('input[type="password"]')!;
    expect(password.autocomplete).to.equal('current-password');
    await expect(element).to.be.accessible();
    await typeInto(password, fakePassword);
    await press('Enter');
    await waitForStep(element, 'totp');
  });

  it('removes the authenticator app and regenerates backup codes after a confirmation', async () => {
    const user = new FakeMfaUser();
    user.totpEnabled = true;
    user.backupCodeEnabled = true;
    const { element, events, stop } = await renderSetup({ user });
    buttonWith(element, 'Regenerate').click();
    await waitForStep(element, 'confirm');
    expect(element.textContent).to.contain(
      'Prior backup codes will be deleted and cannot be used.',
    );
    await expect(element).to.be.accessible();
    buttonWith(element, 'Regenerate').click();
    await waitForStep(element, 'backup-codes');
    expect(element.querySelectorAll('[data-backup-codes] li')).to.have.length(10);
    buttonWith(element, 'Finish').click();
    await waitForStep(element, 'overview');
    buttonWith(element, 'Remove').click();
    await waitForStep(element, 'confirm');
    buttonWith(element, 'Cancel').click();
    await waitForStep(element, 'overview');
    expect(user.totpEnabled).to.equal(true);
    buttonWith(element, 'Remove').click();
    await waitForStep(element, 'confirm');
    element.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await waitForStep(element, 'overview');
    expect(user.totpEnabled).to.equal(false);
    stop();
    expect(events).to.deep.equal([
      { type: 'clerk-mfa-backup-codes-created', detail: { count: 10 } },
      { type: 'clerk-mfa-factor-removed', detail: { strategy: 'totp' } },
    ]);
  });

  it('puts no key, URI or code into an attribute, the console or storage', async () => {
    const logged: unknown[] = [];
    const original = {
      log: console.log,
      warn: console.warn,
      error: console.error,
      info: console.info,
    };
    for (const method of ['log', 'warn', 'error', 'info'] as const) {
      console[method] = (...args: unknown[]) => logged.push(args);
    }
    try {
      const { element } = await renderSetup({
        required: true,
        allowed: { totp: true, phoneCode: false, backupCode: true },
      });
      await waitForStep(element, 'totp');
      await typeInto(codeInput(element), fakeValidCode);
      await waitForStep(element, 'enrolled');
      const attributes = [element, ...element.querySelectorAll('*')]
        .flatMap((node) => node.getAttributeNames().map((name) => node.getAttribute(name) ?? ''))
        .join(' ');
      const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      const everywhere = `${attributes} ${stored} ${JSON.stringify(logged)} ${location.href}`;
      for (const secret of [fakeTotpSecret, fakeTotpUri, fakeValidCode, ...fakeBackupCodes(1)]) {
        expect(everywhere).not.to.contain(secret);
      }
    } finally {
      Object.assign(console, original);
    }
  });
});
