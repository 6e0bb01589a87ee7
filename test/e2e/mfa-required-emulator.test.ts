/**
 * End to end, with real clerk-js and no element: on an instance that requires MFA, a user
 * without a second factor signs in to a pending session with the `setup-mfa` task, sets up an
 * authenticator app (or a phone number) through clerk-js's own resource API, and the session
 * becomes active —
 * the emulator answering every call the way clerk-js expects, without a clerk-js warning.
 * Then the same resource API meets a reverification: a sensitive action on an old
 * verification is refused, `session.startVerification` with the password renews it.
 */
import type { LoadedClerk, SessionResource } from '@clerk/shared/types';
import { expect } from '@open-wc/testing';
import { loadClerk } from '../../src/load-clerk.js';
import { authenticatorCode } from './support/authenticator-app.js';
import {
  ageSessionVerification,
  demoPassword,
  emulatorSelection,
  proxyUrl,
  sentCodes,
  setInstanceSettings,
  useEmulatorOfThisBrowser,
} from './support/emulator-page.js';

/** The demo user without any second factor (`emulator/src/default-seed.json`). */
const enrollingUser = 'nomfa@example.com';

/** Loads this page's clerk-js (once per page) from the emulator, by script tag. */
async function loadedClerk(): Promise<LoadedClerk> {
  return (await loadClerk({
    publishableKey: emulatorSelection().publishableKey,
    proxyUrl,
  })) as unknown as LoadedClerk;
}

/** What clerk-js writes to the console's warn and error channels while `run` runs. */
async function consoleWarningsDuring(run: () => Promise<void>): Promise<string[]> {
  const written: string[] = [];
  const { warn, error } = console;
  console.warn = (...parts: unknown[]) => written.push(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => written.push(parts.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return written;
}

describe('MFA required, with real clerk-js: the setup-mfa task by an authenticator app', () => {
  useEmulatorOfThisBrowser();

  it('signs in pending, enrols TOTP with user.createTOTP and verifyTOTP, and the session becomes active', async () => {
    await setInstanceSettings({ mfaRequired: true });
    // clerk-js reads the instance settings from the environment when it loads.
    const clerk = await loadedClerk();
    let pendingSession: SessionResource | undefined;
    let backupCodes: string[] | undefined;

    const warnings = await consoleWarningsDuring(async () => {
      const signIn = await clerk.client.signIn.create({
        identifier: enrollingUser,
        password: demoPassword,
      });
      expect(signIn.status).to.equal('complete');
      const sessionId = signIn.createdSessionId;
      expect(sessionId).to.be.a('string');
      pendingSession = clerk.client.sessions.find((session) => session.id === sessionId);
      expect(pendingSession?.status).to.equal('pending');
      expect(pendingSession?.currentTask?.key).to.equal('setup-mfa');
      expect(clerk.client.lastActiveSessionId).to.equal(sessionId);

      // A pending session is selected like any other; `navigate` is where an app routes to its task.
      const tasksNavigatedTo: string[] = [];
      await clerk.setActive({
        session: sessionId,
        navigate: ({ session }) => {
          tasksNavigatedTo.push(session.currentTask?.key ?? 'none');
          return Promise.resolve();
        },
      });
      expect(clerk.session?.status).to.equal('pending');
      expect(clerk.isSignedIn).to.equal(false);
      expect(tasksNavigatedTo).to.deep.equal(['setup-mfa']);
      expect(clerk.user?.twoFactorEnabled).to.equal(false);

      const totp = await clerk.user!.createTOTP();
      expect(totp.verified).to.equal(false);
      expect(totp.uri).to.match(/^otpauth:\/\/totp\//);
      const verified = await clerk.user!.verifyTOTP({
        code: await authenticatorCode(totp.secret!),
      });
      expect(verified.verified).to.equal(true);
      backupCodes = verified.backupCodes;

      // The answer to verifyTOTP already holds the session active; selecting it finishes the task.
      await clerk.setActive({ session: sessionId });
    });

    expect(backupCodes).to.have.length(10);
    expect(clerk.session?.status).to.equal('active');
    expect(clerk.session?.currentTask).to.equal(undefined);
    expect(clerk.isSignedIn).to.equal(true);
    expect(clerk.user?.twoFactorEnabled).to.equal(true);
    expect(clerk.user?.totpEnabled).to.equal(true);
    expect(clerk.user?.backupCodeEnabled).to.equal(true);
    expect(await clerk.session?.getToken({ skipCache: true })).to.be.a('string');
    expect(warnings).to.deep.equal([]);
  });

  it('signs in pending and finishes setup-mfa by SMS: a verified phone number reserved for the second step', async () => {
    await setInstanceSettings({ mfaRequired: true });
    const clerk = await loadedClerk();
    let backupCodes: string[] | undefined;
    const warnings = await consoleWarningsDuring(async () => {
      const signIn = await clerk.client.signIn.create({
        identifier: enrollingUser,
        password: demoPassword,
      });
      const sessionId = signIn.createdSessionId;
      await clerk.setActive({ session: sessionId, navigate: () => Promise.resolve() });
      expect(clerk.session?.currentTask?.key).to.equal('setup-mfa');

      const phoneNumber = await clerk.user!.createPhoneNumber({ phoneNumber: '+15555550188' });
      expect(phoneNumber.verification.status).to.equal(null);
      await phoneNumber.prepareVerification();
      const [sms] = await sentCodes(enrollingUser, 'sms');
      expect(sms?.to).to.equal('+15555550188');
      const verified = await phoneNumber.attemptVerification({ code: sms.code });
      expect(verified.verification.status).to.equal('verified');
      expect(clerk.session?.status, 'not a second factor before it is reserved').to.equal(
        'pending',
      );
      const reserved = await verified.setReservedForSecondFactor({ reserved: true });
      expect(reserved.reservedForSecondFactor).to.equal(true);
      expect(reserved.defaultSecondFactor).to.equal(true);
      backupCodes = reserved.backupCodes;
      await clerk.setActive({ session: sessionId });
    });
    expect(backupCodes).to.have.length(10);
    expect(clerk.session?.status).to.equal('active');
    expect(clerk.isSignedIn).to.equal(true);
    expect(clerk.user?.twoFactorEnabled).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('a sensitive action on an old verification is refused with session_reverification_required until the password is verified again', async () => {
    const clerk = await loadedClerk();
    const warnings = await consoleWarningsDuring(async () => {
      const signIn = await clerk.client.signIn.create({
        identifier: enrollingUser,
        password: demoPassword,
      });
      await clerk.setActive({ session: signIn.createdSessionId });
      expect(clerk.session?.status).to.equal('active');
      const { sessions } = await ageSessionVerification();
      expect(sessions).to.equal(1);

      const refusal = await clerk.user!.createTOTP().then(
        () => undefined,
        (error: unknown) => error as { status?: number; errors?: { code: string }[] },
      );
      expect(refusal?.status).to.equal(403);
      expect(refusal?.errors?.[0]?.code).to.equal('session_reverification_required');
      expect(clerk.session?.status, 'a 403 does not sign out').to.equal('active');

      const started = await clerk.session!.startVerification({ level: 'second_factor' });
      expect(started.status).to.equal('needs_first_factor');
      expect(started.supportedFirstFactors?.map((factor) => factor.strategy)).to.include(
        'password',
      );
      const verified = await clerk.session!.attemptFirstFactorVerification({
        strategy: 'password',
        password: demoPassword,
      });
      expect(verified.status).to.equal('complete');
      expect(verified.session.factorVerificationAge?.[0]).to.equal(0);

      const totp = await clerk.user!.createTOTP();
      expect(totp.secret).to.match(/^[A-Z2-7]+$/);
    });
    expect(warnings).to.deep.equal([]);
  });
});
