/**
 * End to end: the emulator's password reset and `reset-password` session task, driven
 * through real clerk-js calls on `window.Clerk` (no element), with the codes read from the
 * emulator's outbox: Clerk's "forgot password" custom flow, its errors, and the task of a
 * compromised password resolved by `user.updatePassword`. clerk-js must not write a
 * warning or an error to the console while it runs.
 */
import { expect } from '@open-wc/testing';
import { clerkScriptUrl } from '../../src/load-clerk.js';
import {
  currentTotpCode,
  demoPassword,
  emulatorSelection,
  expireSentCodes,
  isPasswordCompromised,
  latestSentCode,
  proxyUrl,
  useEmulatorOfThisBrowser,
} from './support/emulator-page.js';

const newPassword = 'a-much-better-passphrase';

/** A first factor of `signIn.supportedFirstFactors`. */
interface FirstFactorOfClerk {
  readonly strategy: string;
  readonly emailAddressId?: string;
  readonly safeIdentifier?: string;
}

/** The sign-in resource of clerk-js 6, as far as the reset flow calls it. */
interface ResettableSignIn {
  readonly id: string | null;
  readonly status: string | null;
  readonly createdSessionId: string | null;
  readonly supportedFirstFactors: readonly FirstFactorOfClerk[] | null;
  readonly supportedSecondFactors: readonly { readonly strategy: string }[] | null;
  create(params: { identifier: string; password?: string }): Promise<ResettableSignIn>;
  prepareFirstFactor(params: {
    strategy: 'reset_password_email_code';
    emailAddressId: string;
  }): Promise<ResettableSignIn>;
  attemptFirstFactor(params: {
    strategy: 'reset_password_email_code';
    code: string;
  }): Promise<ResettableSignIn>;
  resetPassword(params: {
    password: string;
    signOutOfOtherSessions?: boolean;
  }): Promise<ResettableSignIn>;
  attemptSecondFactor(params: { strategy: 'totp'; code: string }): Promise<ResettableSignIn>;
}

/** clerk-js 6's `Clerk`, as far as this test calls it. */
interface ClerkOfThisTest {
  readonly client: { readonly signIn: ResettableSignIn };
  readonly isSignedIn: boolean;
  readonly session: {
    readonly id: string;
    readonly status: string;
    readonly currentTask?: { readonly key: string };
  } | null;
  readonly user: {
    readonly primaryEmailAddress: { readonly emailAddress: string } | null;
    updatePassword(params: {
      newPassword: string;
      signOutOfOtherSessions?: boolean;
    }): Promise<unknown>;
  } | null;
  setActive(params: {
    session: string | { readonly id: string } | null;
    navigate?: () => void;
  }): Promise<void>;
}

/** The first error of a `ClerkAPIResponseError`, as clerk-js hands it over (camelCase). */
interface ClerkApiErrorOfThisTest {
  readonly code: string;
  readonly longMessage?: string;
  readonly meta?: { readonly paramName?: string };
}

/**
 * clerk-js of this page, loaded once by script tag from the emulator, with its
 * development-keys notice off (the emulator is a development instance by design).
 */
async function loadClerkOnce(): Promise<void> {
  if (window.Clerk?.loaded) return;
  if (!window.Clerk) {
    const script = document.createElement('script');
    script.src = clerkScriptUrl({ proxyUrl }) ?? '';
    script.dataset['clerkPublishableKey'] = emulatorSelection().publishableKey;
    script.dataset['clerkProxyUrl'] = proxyUrl;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    document.head.append(script);
    await loaded;
  }
  await window.Clerk?.load({ telemetry: false, unsafe_disableDevelopmentModeConsoleWarning: true });
}

function clerk(): ClerkOfThisTest {
  if (!window.Clerk?.loaded) throw new Error('clerk-js is not loaded');
  return window.Clerk as unknown as ClerkOfThisTest;
}

/** Runs `call`, which must fail with Clerk's API error; answers its first error. */
async function clerkErrorOf(call: () => Promise<unknown>): Promise<ClerkApiErrorOfThisTest> {
  try {
    await call();
  } catch (error) {
    const first = (error as { errors?: ClerkApiErrorOfThisTest[] }).errors?.[0];
    expect(first, `a Clerk API error, got ${String(error)}`).to.not.equal(undefined);
    return first!;
  }
  throw new Error('expected the call to fail with a Clerk API error');
}

/** `signIn.create({ identifier })` and the reset code e-mailed by `prepareFirstFactor`. */
async function sendResetCode(email: string): Promise<ResettableSignIn> {
  const signIn = await clerk().client.signIn.create({ identifier: email });
  expect(signIn.status).to.equal('needs_first_factor');
  const factor = signIn.supportedFirstFactors?.find(
    (each) => each.strategy === 'reset_password_email_code',
  );
  expect(factor?.safeIdentifier).to.equal(email);
  const prepared = await signIn.prepareFirstFactor({
    strategy: 'reset_password_email_code',
    emailAddressId: factor?.emailAddressId ?? '',
  });
  expect(prepared.status).to.equal('needs_first_factor');
  return prepared;
}

/** Sends the reset code and verifies it: the sign-in is at `needs_new_password`. */
async function verifyResetCode(email: string): Promise<ResettableSignIn> {
  const signIn = await sendResetCode(email);
  const { code } = await latestSentCode(email, 'email');
  const verified = await signIn.attemptFirstFactor({ strategy: 'reset_password_email_code', code });
  expect(verified.status).to.equal('needs_new_password');
  return verified;
}

describe('password reset with real clerk-js calls on the emulator', () => {
  useEmulatorOfThisBrowser();
  before(loadClerkOnce);

  /** Everything clerk-js (or anything else) writes to console.warn and console.error. */
  const consoleProblems: string[] = [];
  const originalConsole = { warn: console.warn, error: console.error };
  beforeEach(() => {
    consoleProblems.length = 0;
    for (const level of ['warn', 'error'] as const) {
      console[level] = (...parts: unknown[]) => {
        consoleProblems.push(`console.${level}: ${parts.map((part) => String(part)).join(' ')}`);
        originalConsole[level](...parts);
      };
    }
  });
  afterEach(() => {
    console.warn = originalConsole.warn;
    console.error = originalConsole.error;
    expect(consoleProblems, 'clerk-js wrote no warning or error').to.deep.equal([]);
  });

  it('resets the password of a user without MFA and signs in with a session', async () => {
    const signIn = await verifyResetCode('no-mfa@example.com');
    const reset = await signIn.resetPassword({
      password: newPassword,
      signOutOfOtherSessions: true,
    });
    expect(reset.status).to.equal('complete');
    const instance = clerk();
    await instance.setActive({ session: reset.createdSessionId });
    expect(instance.isSignedIn).to.equal(true);
    expect(instance.session?.status).to.equal('active');
    expect(instance.user?.primaryEmailAddress?.emailAddress).to.equal('no-mfa@example.com');
  });

  it('resets the password of an MFA user: needs_second_factor, then the TOTP', async () => {
    const signIn = await verifyResetCode('totp@example.com');
    const reset = await signIn.resetPassword({ password: newPassword });
    expect(reset.status).to.equal('needs_second_factor');
    expect(reset.supportedSecondFactors?.map((factor) => factor.strategy)).to.deep.equal(['totp']);
    const completed = await reset.attemptSecondFactor({
      strategy: 'totp',
      code: await currentTotpCode('totp@example.com'),
    });
    expect(completed.status).to.equal('complete');
    const instance = clerk();
    await instance.setActive({ session: completed.createdSessionId });
    expect(instance.isSignedIn).to.equal(true);
  });

  it('refuses a wrong and an expired code, then accepts a code sent again at once', async () => {
    const signIn = await sendResetCode('no-mfa@example.com');
    const { code } = await latestSentCode('no-mfa@example.com', 'email');
    const wrong = await clerkErrorOf(() =>
      signIn.attemptFirstFactor({
        strategy: 'reset_password_email_code',
        code: code === '000000' ? '111111' : '000000',
      }),
    );
    expect(wrong.code).to.equal('form_code_incorrect');
    expect(wrong.meta?.paramName).to.equal('code');

    expect(await expireSentCodes()).to.equal(1);
    const expired = await clerkErrorOf(() =>
      signIn.attemptFirstFactor({ strategy: 'reset_password_email_code', code }),
    );
    expect(expired.code).to.equal('verification_expired');

    const resent = await sendResetCode('no-mfa@example.com');
    const fresh = await latestSentCode('no-mfa@example.com', 'email');
    const verified = await resent.attemptFirstFactor({
      strategy: 'reset_password_email_code',
      code: fresh.code,
    });
    expect(verified.status).to.equal('needs_new_password');
  });

  it('refuses breached and short passwords with Clerk’s codes, then takes a good one', async () => {
    const signIn = await verifyResetCode('no-mfa@example.com');
    const breached = await clerkErrorOf(() => signIn.resetPassword({ password: 'password123' }));
    expect(breached.code).to.equal('form_password_pwned');
    expect(breached.meta?.paramName).to.equal('password');
    expect(breached.longMessage).to.match(/data breach/);
    const short = await clerkErrorOf(() => signIn.resetPassword({ password: 'short' }));
    expect(short.code).to.equal('form_password_length_too_short');
    expect(short.longMessage).to.equal('Passwords must be 8 characters or more.');
    const reset = await signIn.resetPassword({ password: newPassword });
    expect(reset.status).to.equal('complete');
  });

  it('resolves the reset-password task of a compromised password with user.updatePassword', async () => {
    const instance = clerk();
    const signIn = await instance.client.signIn.create({
      identifier: 'compromised@example.com',
      password: demoPassword,
    });
    expect(signIn.status).to.equal('complete');
    let navigations = 0;
    const navigate = () => {
      navigations += 1;
    };
    await instance.setActive({ session: signIn.createdSessionId, navigate });
    expect(instance.session?.status).to.equal('pending');
    expect(instance.session?.currentTask?.key).to.equal('reset-password');
    expect(instance.isSignedIn).to.equal(false);

    const breached = await clerkErrorOf(async () =>
      instance.user?.updatePassword({ newPassword: 'Password1!' }),
    );
    expect(breached.code).to.equal('form_password_pwned');
    expect(breached.meta?.paramName).to.equal('new_password');

    await instance.user?.updatePassword({ newPassword, signOutOfOtherSessions: true });
    // What Clerk's own task screen does next: setActive on the same session.
    await instance.setActive({ session: instance.session, navigate });
    expect(instance.session?.status).to.equal('active');
    expect(instance.session?.currentTask).to.equal(undefined);
    expect(instance.isSignedIn).to.equal(true);
    expect(navigations, 'clerk-js handed the pending session to navigate').to.be.greaterThan(0);
    expect(await isPasswordCompromised('compromised@example.com')).to.equal(false);
  });
});
