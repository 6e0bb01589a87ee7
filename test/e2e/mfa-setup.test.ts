/**
 * End to end with real clerk-js against the emulator: on an instance that requires MFA,
 * a user without a second factor signs in through `<clerk-mfa-sign-in>`, sets up an
 * authenticator app (the code computed from the key shown on screen) or SMS codes (the
 * code from the emulator's outbox) inside it with the keyboard, sees the backup codes,
 * and is signed in; a reload in the middle resumes; `<clerk-mfa-setup>` for a signed-in
 * user adds, regenerates and removes, and asks for the password when Clerk wants a
 * reverification. No key, URI or code reaches an event, attribute, console, storage or URL.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSetup } from '../../src/elements/clerk-mfa-setup.js';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { MfaUserLike } from '../../src/flow/clerk-adapter/index.js';
import '../../src/define/clerk-mfa-setup.js';
import {
  deepActiveElement,
  press,
  recordSignInEvents,
  submitCredentials,
  typeInto,
} from '../elements/element-harness.js';
import { authenticatorCode } from './support/authenticator-app.js';
import {
  ageSessionVerification,
  demoPassword,
  emulatorSelection,
  proxyUrl,
  renderSignInWithRealClerk,
  sentCodes,
  setInstanceSettings,
  useEmulatorOfThisBrowser,
  waitForStepOf,
} from './support/emulator-page.js';

const enrollingUser = 'nomfa@example.com';
const setupEventNames = [
  'clerk-mfa-factor-added',
  'clerk-mfa-factor-removed',
  'clerk-mfa-backup-codes-created',
  'clerk-mfa-setup-complete',
  'clerk-mfa-complete',
];

/** Records the setup's events and the sign-in's completion reaching the document. */
function recordSetupEvents() {
  const recorded: Array<{ type: string; detail: unknown }> = [];
  const listener = (event: Event) =>
    recorded.push({ type: event.type, detail: (event as Event & { detail: unknown }).detail });
  for (const name of setupEventNames) document.addEventListener(name, listener);
  return Object.assign(recorded, {
    stop: () => setupEventNames.forEach((name) => document.removeEventListener(name, listener)),
  });
}

/** Everything a secret must never reach: attributes, storage and the URL. */
function everywhereASecretMustNotBe(): string {
  const attributes = [...document.querySelectorAll('*')]
    .flatMap((node) => node.getAttributeNames().map((name) => node.getAttribute(name) ?? ''))
    .join(' ');
  return `${attributes} ${JSON.stringify({ ...localStorage })} ${JSON.stringify({ ...sessionStorage })} ${location.href} ${document.cookie}`;
}

async function setupStep(setup: ClerkMfaSetup, step: string, timeout = 10_000): Promise<void> {
  await waitUntil(
    () => setup.step === step && !setup.querySelector('[aria-busy="true"]'),
    `setup still at ${setup.step}`,
    {
      timeout,
    },
  );
  await setup.updateComplete;
}

function setupIn(element: HTMLElement): Promise<ClerkMfaSetup> {
  return waitUntil(() => element.querySelector('clerk-mfa-setup'), 'no setup shown', {
    timeout: 10_000,
  }).then(() => element.querySelector('clerk-mfa-setup')!);
}

/** Presses Tab until `matches` holds for the focused element (at most 15 times), then Enter. */
async function tabToAndPress(
  matches: (element: Element | null) => boolean,
  what: string,
): Promise<void> {
  for (let presses = 0; presses < 15 && !matches(deepActiveElement()); presses++)
    await press('Tab');
  expect(matches(deepActiveElement()), `Tab reaches ${what}`).to.equal(true);
  await press('Enter');
}

const isButton = (text: string) => (element: Element | null) =>
  element instanceof HTMLButtonElement && (element.textContent ?? '').includes(text);

/** Signs in the enrolling user on an instance requiring MFA, up to the setup's choice of a factor. */
async function signInToSetup(): Promise<{ element: ClerkMfaSignIn; setup: ClerkMfaSetup }> {
  await setInstanceSettings({ mfaRequired: true });
  const element = await renderSignInWithRealClerk();
  await submitCredentials(element, enrollingUser, demoPassword);
  await waitForStepOf(element, 'setup-mfa', 10_000);
  const setup = await setupIn(element);
  await setupStep(setup, 'choose');
  return { element, setup };
}

async function enrolTotpFromScreen(setup: ClerkMfaSetup): Promise<string> {
  await waitUntil(() => setup.querySelector('svg.clerk-mfa-qr'), 'no QR code drawn', {
    timeout: 10_000,
  });
  const secret = setup.querySelector('[data-secret]')!.textContent;
  const input = setup.querySelector<HTMLInputElement>('input[name="code"]')!;
  await typeInto(input, await authenticatorCode(secret));
  return secret;
}

describe('setting up a second factor with real clerk-js', function () {
  // A sign-in and a setup make a dozen round trips to the emulator.
  this.timeout(30_000);
  useEmulatorOfThisBrowser();

  it('MFA required: an authenticator app set up from the keyboard, backup codes, then signed in', async () => {
    const logged: unknown[] = [];
    const original = { ...console };
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      console[method] = (...args: unknown[]) => logged.push(args.map(String));
    }
    try {
      const events = recordSetupEvents();
      const signInEvents = recordSignInEvents();
      const { element, setup } = await signInToSetup();
      await expect(element).to.be.accessible();
      await tabToAndPress(isButton('Authenticator application'), 'the authenticator app');
      await setupStep(setup, 'totp');
      await expect(element).to.be.accessible();
      const secret = await enrolTotpFromScreen(setup);
      await setupStep(setup, 'enrolled');
      const codes = [...setup.querySelectorAll('[data-backup-codes] li')].map(
        (item) => item.textContent,
      );
      expect(codes).to.have.length(10);
      await expect(element).to.be.accessible();
      await tabToAndPress(isButton('Continue'), 'Continue');
      await waitForStepOf(element, 'complete', 10_000);
      expect(window.Clerk?.session?.status).to.equal('active');
      events.stop();
      signInEvents.stop();
      expect(events.map((event) => event.type)).to.deep.equal([
        'clerk-mfa-backup-codes-created',
        'clerk-mfa-factor-added',
        'clerk-mfa-setup-complete',
        'clerk-mfa-complete',
      ]);
      expect(events[0].detail).to.deep.equal({ count: 10 });
      expect(events[1].detail).to.deep.equal({ strategy: 'totp' });
      const told = `${JSON.stringify(events)} ${JSON.stringify(signInEvents)} ${JSON.stringify(logged)} ${everywhereASecretMustNotBe()}`;
      for (const kept of [secret, 'otpauth://', ...codes]) expect(told).not.to.contain(kept);
    } finally {
      Object.assign(console, original);
    }
  });

  it('MFA required: SMS codes to a new phone number, the code from the outbox', async () => {
    const events = recordSetupEvents();
    const { element, setup } = await signInToSetup();
    await tabToAndPress(isButton('SMS code'), 'SMS code');
    await setupStep(setup, 'phone-number');
    await expect(element).to.be.accessible();
    await typeInto(setup.querySelector<HTMLInputElement>('input[type="tel"]')!, '+15555550177');
    await press('Enter');
    await setupStep(setup, 'phone-code');
    const [sent] = (await sentCodes(enrollingUser, 'sms')).slice(-1);
    expect(sent.to).to.equal('+15555550177');
    await typeInto(setup.querySelector<HTMLInputElement>('input[name="code"]')!, sent.code);
    await setupStep(setup, 'enrolled');
    expect(setup.querySelectorAll('[data-backup-codes] li').length).to.be.greaterThan(0);
    await tabToAndPress(isButton('Continue'), 'Continue');
    await waitForStepOf(element, 'complete', 10_000);
    events.stop();
    expect(events.map((event) => event.type)).to.include.members([
      'clerk-mfa-factor-added',
      'clerk-mfa-setup-complete',
      'clerk-mfa-complete',
    ]);
    expect(JSON.stringify(events)).not.to.contain(sent.code);
  });

  it('a new page load with the session still pending resumes at the setup', async () => {
    const { element, setup } = await signInToSetup();
    await tabToAndPress(isButton('Authenticator application'), 'the authenticator app');
    await setupStep(setup, 'totp');
    element.remove();
    const again = await fixture<ClerkMfaSignIn>(
      html`<clerk-mfa-sign-in
        publishable-key=${emulatorSelection().publishableKey}
        proxy-url=${proxyUrl}
      ></clerk-mfa-sign-in>`,
    );
    const resumed = await setupIn(again);
    await setupStep(resumed, 'choose');
    await tabToAndPress(isButton('Authenticator application'), 'the authenticator app');
    await setupStep(resumed, 'totp');
    await enrolTotpFromScreen(resumed);
    await setupStep(resumed, 'enrolled');
    resumed.querySelector<HTMLButtonElement>('[data-action="done"]')!.click();
    await waitUntil(() => again.state.step === 'complete', 'not complete', {
      timeout: 10_000,
    });
  });
});

describe('<clerk-mfa-setup> for a signed-in user, with real clerk-js', function () {
  this.timeout(30_000);
  useEmulatorOfThisBrowser();

  async function signedInSetup(): Promise<ClerkMfaSetup> {
    const signIn = await renderSignInWithRealClerk();
    await submitCredentials(signIn, enrollingUser, demoPassword);
    await waitForStepOf(signIn, 'complete', 10_000);
    signIn.remove();
    const setup = await fixture<ClerkMfaSetup>(
      html`<clerk-mfa-setup
        publishable-key=${emulatorSelection().publishableKey}
        proxy-url=${proxyUrl}
      ></clerk-mfa-setup>`,
    );
    await setupStep(setup, 'overview');
    return setup;
  }

  it('adds an authenticator app, regenerates the backup codes and removes the app', async () => {
    const setup = await signedInSetup();
    const events = recordSetupEvents();
    await expect(setup).to.be.accessible();
    setup.querySelector<HTMLButtonElement>('[data-strategy="totp"]')!.click();
    await setupStep(setup, 'totp');
    await enrolTotpFromScreen(setup);
    await setupStep(setup, 'enrolled');
    const first = [...setup.querySelectorAll('[data-backup-codes] li')].map(
      (item) => item.textContent,
    );
    setup.querySelector<HTMLButtonElement>('[data-action="done"]')!.click();
    await setupStep(setup, 'overview');
    expect((window.Clerk?.user as MfaUserLike | undefined)?.totpEnabled).to.equal(true);
    setup.querySelector<HTMLButtonElement>('[data-action="regenerate-codes"]')!.click();
    await setupStep(setup, 'confirm');
    expect(setup.textContent).to.contain('Prior backup codes will be deleted');
    await expect(setup).to.be.accessible();
    setup.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await setupStep(setup, 'backup-codes');
    const second = [...setup.querySelectorAll('[data-backup-codes] li')].map(
      (item) => item.textContent,
    );
    expect(second).to.have.length(10);
    expect(second).not.to.deep.equal(first);
    setup.querySelector<HTMLButtonElement>('[data-action="done"]')!.click();
    await setupStep(setup, 'overview');
    setup.querySelector<HTMLButtonElement>('[data-action="remove-totp"]')!.click();
    await setupStep(setup, 'confirm');
    setup.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await setupStep(setup, 'overview');
    expect((window.Clerk?.user as MfaUserLike | undefined)?.totpEnabled).to.equal(false);
    events.stop();
    expect(events.map((event) => event.type)).to.deep.equal([
      'clerk-mfa-backup-codes-created',
      'clerk-mfa-factor-added',
      'clerk-mfa-backup-codes-created',
      'clerk-mfa-factor-removed',
    ]);
  });

  it('asks for the password when Clerk wants a reverification, then adds the app', async () => {
    const setup = await signedInSetup();
    await ageSessionVerification();
    setup.querySelector<HTMLButtonElement>('[data-strategy="totp"]')!.click();
    await setupStep(setup, 'reverify');
    const password = setup.querySelector<HTMLInputElement>('input[type="password"]')!;
    expect(password.autocomplete).to.equal('current-password');
    await expect(setup).to.be.accessible();
    await typeInto(password, 'not-the-password');
    await press('Enter');
    await waitUntil(() => setup.querySelector('[role="alert"]')?.textContent, 'no error shown');
    password.value = '';
    await typeInto(password, demoPassword);
    await press('Enter');
    await setupStep(setup, 'totp');
    await enrolTotpFromScreen(setup);
    await setupStep(setup, 'enrolled');
  });
});
