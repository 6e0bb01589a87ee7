/**
 * End to end, with real clerk-js and no element: on an instance that requires MFA, a user
 * without a second factor signs in to a pending session with the `setup-mfa` task, sets up an
 * authenticator app through clerk-js's own resource API, and the session becomes active —
 * the emulator answering every call the way clerk-js expects, without a clerk-js warning.
 */
import type { LoadedClerk, SessionResource } from '@clerk/shared/types';
import { expect } from '@open-wc/testing';
import { loadClerk } from '../../src/load-clerk.js';
import { authenticatorCode } from './support/authenticator-app.js';
import {
  demoPassword,
  emulatorSelection,
  proxyUrl,
  setInstanceSettings,
  useEmulatorOfThisBrowser,
} from './support/emulator-page.js';

/** The demo user without any second factor (`emulator/src/default-seed.json`). */
const enrollingUser = 'nomfa@example.com';

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
    const clerk = (await loadClerk({
      publishableKey: emulatorSelection().publishableKey,
      proxyUrl,
    })) as unknown as LoadedClerk;
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
});
