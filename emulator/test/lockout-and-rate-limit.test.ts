import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningEmulatorServer } from '../src/index.js';
import {
  FapiTestClient,
  firstError,
  ManualClock,
  resource,
  startTestEmulator,
} from './http-test-client.js';

describe('account lockout', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({
      now: clock.now,
      rateLimit: false,
      lockout: { maxAttempts: 3, durationSeconds: 1800 },
    });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('locks the user after the configured failed attempts (403 user_locked, time in long_message)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    assert.equal(
      firstError(await browser.createSignIn('totp@example.com', 'wrong-1')).code,
      'form_password_incorrect',
    );
    assert.equal(
      firstError(await browser.createSignIn('totp@example.com', 'wrong-2')).code,
      'form_password_incorrect',
    );
    const third = await browser.createSignIn('totp@example.com', 'wrong-3');
    assert.equal(third.status, 403);
    const error = firstError(third);
    assert.equal(error.code, 'user_locked');
    assert.equal(error.message, 'Account locked');
    assert.equal(
      error.long_message,
      'Your account is locked. You will be able to try again in 30 minutes. For more information, please contact support.',
    );
    assert.equal(error.meta?.lockout_expires_in_seconds, 1800);

    const rightPassword = await browser.createSignIn('totp@example.com');
    assert.equal(
      firstError(rightPassword).code,
      'user_locked',
      'even the right password is refused while locked',
    );
    clock.advanceSeconds(60 * 20);
    assert.match(
      firstError(await browser.createSignIn('totp@example.com')).long_message,
      /try again in 10 minutes/,
    );
    assert.ok(
      running.emulator.users.find((user) => user.email === 'totp@example.com')?.lockedUntil,
    );

    clock.advanceSeconds(60 * 10);
    assert.equal(
      resource(await browser.createSignIn('totp@example.com')).status,
      'needs_second_factor',
      'unlocked after the duration',
    );
  });

  it('counts wrong second-factor codes too, and a success resets the count', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    assert.equal(
      firstError(await browser.createSignIn('totp@example.com', 'wrong')).code,
      'form_password_incorrect',
    );
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    assert.equal(
      firstError(await browser.attemptSecondFactor(signIn.id, 'totp', '000000')).code,
      'form_code_incorrect',
    );
    assert.equal(
      firstError(await browser.attemptSecondFactor(signIn.id, 'totp', '000001')).code,
      'form_code_incorrect',
    );
    const locked = await browser.attemptSecondFactor(signIn.id, 'totp', '000002');
    assert.equal(firstError(locked).code, 'user_locked');

    running.emulator.reset();
    const fresh = new FapiTestClient(running.proxyUrl);
    assert.equal(
      firstError(await fresh.createSignIn('totp@example.com', 'wrong')).code,
      'form_password_incorrect',
    );
    assert.equal(
      firstError(await fresh.createSignIn('totp@example.com', 'wrong')).code,
      'form_password_incorrect',
    );
    assert.equal(
      resource(await fresh.createSignIn('totp@example.com')).status,
      'needs_second_factor',
    );
    assert.equal(
      firstError(await fresh.createSignIn('totp@example.com', 'wrong')).code,
      'form_password_incorrect',
      'the count restarted',
    );
  });

  it('states the lockout policy in the environment', async () => {
    const environment = await fetch(`${running.proxyUrl}/v1/environment`);
    const body = (await environment.json()) as {
      user_settings: {
        attack_protection: {
          user_lockout: { enabled: boolean; max_attempts: number; duration_in_minutes: number };
        };
      };
    };
    assert.deepEqual(body.user_settings.attack_protection.user_lockout, {
      enabled: true,
      max_attempts: 3,
      duration_in_minutes: 30,
    });
  });

  it('follows a lockout changed at run time: fewer attempts, a lock that lifts after its seconds', async () => {
    running.emulator.updateInstance({ lockout: { maxAttempts: 1, durationSeconds: 3 } });
    const browser = new FapiTestClient(running.proxyUrl);
    const locked = firstError(await browser.createSignIn('totp@example.com', 'wrong'));
    assert.equal(locked.code, 'user_locked');
    assert.equal(locked.meta?.lockout_expires_in_seconds, 3);
    clock.advanceSeconds(2);
    assert.equal(firstError(await browser.createSignIn('totp@example.com')).code, 'user_locked');
    clock.advanceSeconds(1);
    assert.equal(
      resource(await browser.createSignIn('totp@example.com')).status,
      'needs_second_factor',
      'the lock lifted after 3 s',
    );
    running.emulator.reset();
    assert.deepEqual(running.emulator.instance().lockout, {
      maxAttempts: 3,
      durationSeconds: 1800,
    });
  });
});

describe('rate limiting', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({
      now: clock.now,
      rateLimit: { maxRequests: 3, windowSeconds: 10 },
    });
  });
  after(() => running.close());

  it('answers sign-in requests over the limit with 429 too_many_requests and Retry-After', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      assert.equal((await browser.createSignIn('nobody@example.com')).status, 422);
    }
    clock.advanceSeconds(4);
    const limited = await browser.createSignIn('nobody@example.com');
    assert.equal(limited.status, 429);
    assert.equal(firstError(limited).code, 'too_many_requests');
    assert.equal(limited.headers.get('retry-after'), '6');
    assert.equal((await browser.request('GET', '/v1/client')).status, 200, 'reads are not limited');
    clock.advanceSeconds(6);
    assert.equal(
      (await browser.createSignIn('nobody@example.com')).status,
      422,
      'allowed again after the window',
    );
  });
});
