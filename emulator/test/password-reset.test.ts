/**
 * Password reset over HTTP, as clerk-js 6 calls it: the forgot-password flow of a sign-in
 * (`reset_password_email_code` / `reset_password_phone_code` → `needs_new_password` →
 * `reset_password`), the password rules and the breach list, code expiry and resends, and
 * the `reset-password` session task of a compromised password with its resolution by
 * `POST /v1/me/change_password`. Every FAPI answer is checked against Clerk's spec.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningEmulatorServer } from '../src/index.js';
import {
  callControl,
  DEMO_PASSWORD,
  FapiTestClient,
  firstError,
  ManualClock,
  resource,
  startTestEmulator,
  type FapiFactorJson,
  type FapiResourceJson,
  type FapiTestResponse,
} from './http-test-client.js';

const NEW_PASSWORD = 'a-much-better-passphrase';

/** The outbox message the control endpoint answers. */
interface SentMessage {
  readonly to: string;
  readonly channel: 'sms' | 'email';
  readonly code: string;
  readonly strategy: string;
  readonly signInId: string;
}

/** The claims of a session token (decoded, not verified: the token tests verify signatures). */
function tokenClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

function factorOf(signIn: FapiResourceJson, strategy: string): FapiFactorJson {
  const factor = signIn.supported_first_factors?.find((each) => each.strategy === strategy);
  assert.ok(factor, `${strategy} in ${JSON.stringify(signIn.supported_first_factors)}`);
  return factor;
}

async function latestMessage(
  running: RunningEmulatorServer,
  userEmail: string,
): Promise<SentMessage> {
  const { status, body } = await callControl<SentMessage>(
    running,
    'GET',
    `/outbox/latest?${new URLSearchParams({ userEmail }).toString()}`,
  );
  assert.equal(status, 200, 'a code was sent');
  return body;
}

/** A sign-in created with the identifier only, as the forgot-password flow starts. */
async function startForgotPassword(browser: FapiTestClient, email: string) {
  const created = await browser.request('POST', '/v1/client/sign_ins', {
    identifier: email,
    locale: 'en-US',
  });
  assert.equal(created.status, 200);
  const signIn = resource(created);
  assert.equal(signIn.status, 'needs_first_factor');
  return signIn;
}

function prepareReset(
  browser: FapiTestClient,
  signIn: FapiResourceJson,
  strategy = 'reset_password_email_code',
): Promise<FapiTestResponse> {
  const factor = factorOf(signIn, strategy);
  return browser.request('POST', `/v1/client/sign_ins/${signIn.id}/prepare_first_factor`, {
    strategy,
    ...(factor.email_address_id ? { email_address_id: factor.email_address_id } : {}),
    ...(factor.phone_number_id ? { phone_number_id: factor.phone_number_id } : {}),
  });
}

function attemptReset(
  browser: FapiTestClient,
  signInId: string,
  code: string,
  strategy = 'reset_password_email_code',
): Promise<FapiTestResponse> {
  return browser.request('POST', `/v1/client/sign_ins/${signInId}/attempt_first_factor`, {
    strategy,
    code,
  });
}

function resetPassword(
  browser: FapiTestClient,
  signInId: string,
  password: string,
  signOutOfOtherSessions = false,
): Promise<FapiTestResponse> {
  return browser.request('POST', `/v1/client/sign_ins/${signInId}/reset_password`, {
    password,
    sign_out_of_other_sessions: String(signOutOfOtherSessions),
  });
}

/** Creates a sign-in, e-mails the reset code and verifies it: the sign-in is at `needs_new_password`. */
async function reachNewPassword(
  running: RunningEmulatorServer,
  browser: FapiTestClient,
  email: string,
): Promise<string> {
  const signIn = await startForgotPassword(browser, email);
  assert.equal((await prepareReset(browser, signIn)).status, 200);
  const { code } = await latestMessage(running, email);
  const attempted = await attemptReset(browser, signIn.id, code);
  assert.equal(attempted.status, 200);
  assert.equal(resource(attempted).status, 'needs_new_password');
  return signIn.id;
}

/** Whether `password` signs `email` in from a new browser (past the first factor). */
async function passwordWorks(
  running: RunningEmulatorServer,
  email: string,
  password: string,
): Promise<boolean> {
  const created = await new FapiTestClient(running.proxyUrl).createSignIn(email, password);
  if (created.status === 200) return true;
  assert.equal(firstError(created).code, 'form_password_incorrect');
  return false;
}

describe('password reset over HTTP, as clerk-js calls it', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({ now: clock.now, rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('states the reset strategy and the password rules in the environment', async () => {
    const environment = await new FapiTestClient(running.proxyUrl).request(
      'GET',
      '/v1/environment',
    );
    assert.equal(environment.status, 200);
    const body = environment.body as unknown as {
      auth_config: { first_factors: string[] };
      user_settings: { password_settings: Record<string, unknown> };
    };
    assert.deepEqual(body.auth_config.first_factors, [
      'password',
      'email_code',
      'reset_password_email_code',
    ]);
    assert.equal(body.user_settings.password_settings.min_length, 8);
    assert.equal(body.user_settings.password_settings.max_length, 72);
    assert.equal(body.user_settings.password_settings.disable_hibp, false);
  });

  it('offers reset_password_email_code with the address id and identifier, and e-mails a reset code', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    const factor = factorOf(signIn, 'reset_password_email_code');
    assert.equal(factor.safe_identifier, 'no-mfa@example.com');
    assert.equal(factor.email_address_id, factorOf(signIn, 'email_code').email_address_id);

    const prepared = await prepareReset(browser, signIn);
    assert.equal(prepared.status, 200);
    const verification = resource(prepared).first_factor_verification;
    assert.equal(verification?.strategy, 'reset_password_email_code');
    assert.equal(verification?.status, 'unverified');
    assert.equal(verification?.channel, 'email');
    assert.equal(verification?.expire_at, clock.now() + 600_000);
    const message = await latestMessage(running, 'no-mfa@example.com');
    assert.deepEqual(
      [message.to, message.channel, message.strategy, message.signInId],
      ['no-mfa@example.com', 'email', 'reset_password_email_code', signIn.id],
    );
    assert.match(message.code, /^\d{6}$/);
  });

  it('resets the password of a user without MFA: complete with a session; the old password stops working', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signInId = await reachNewPassword(running, browser, 'no-mfa@example.com');
    const reset = await resetPassword(browser, signInId, NEW_PASSWORD);
    assert.equal(reset.status, 200);
    const signIn = resource(reset);
    assert.equal(signIn.status, 'complete');
    assert.ok(signIn.created_session_id);
    const session = reset.body.client?.sessions?.[0];
    assert.equal(session?.id, signIn.created_session_id);
    assert.equal(session?.status, 'active');
    assert.equal(session?.tasks, null);
    assert.equal(reset.body.client?.last_active_session_id, signIn.created_session_id);
    assert.equal(reset.body.client?.sign_in, null);

    assert.equal(await passwordWorks(running, 'no-mfa@example.com', DEMO_PASSWORD), false);
    assert.equal(await passwordWorks(running, 'no-mfa@example.com', NEW_PASSWORD), true);
  });

  it('resets the password of an MFA user: needs_second_factor, then the TOTP completes it', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signInId = await reachNewPassword(running, browser, 'totp@example.com');
    const reset = await resetPassword(browser, signInId, NEW_PASSWORD);
    assert.equal(reset.status, 200);
    const signIn = resource(reset);
    assert.equal(signIn.status, 'needs_second_factor');
    assert.deepEqual(
      signIn.supported_second_factors?.map((factor) => factor.strategy),
      ['totp'],
    );
    assert.equal(reset.body.client?.sessions?.length, 0, 'no session before the second factor');
    const attempted = await browser.attemptSecondFactor(
      signInId,
      'totp',
      running.emulator.currentTotp('totp@example.com'),
    );
    assert.equal(attempted.status, 200);
    assert.equal(resource(attempted).status, 'complete');
    assert.equal(await passwordWorks(running, 'totp@example.com', NEW_PASSWORD), true);
  });

  it('refuses a wrong code (form_code_incorrect), then too many (verification_failed), counting toward the lockout', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    await prepareReset(browser, signIn);
    const { code } = await latestMessage(running, 'no-mfa@example.com');
    const wrong = code === '000000' ? '111111' : '000000';

    const first = await attemptReset(browser, signIn.id, wrong);
    assert.equal(first.status, 422);
    assert.equal(firstError(first).code, 'form_code_incorrect');
    assert.equal(firstError(first).meta?.param_name, 'code');
    assert.equal(first.body.meta?.client?.sign_in?.status, 'needs_first_factor');
    assert.equal(
      firstError(await attemptReset(browser, signIn.id, wrong)).code,
      'form_code_incorrect',
    );
    const third = await attemptReset(browser, signIn.id, wrong);
    assert.equal(third.status, 400);
    assert.equal(firstError(third).code, 'verification_failed');
    assert.equal(
      firstError(await attemptReset(browser, signIn.id, code)).code,
      'verification_failed',
    );

    // Five failures lock the account (the default lockout): two more on a fresh code.
    assert.equal((await callControl(running, 'POST', '/codes/expire')).status, 200);
    assert.equal((await prepareReset(browser, signIn)).status, 200);
    const fresh = (await latestMessage(running, 'no-mfa@example.com')).code;
    const wrongAgain = fresh === '000000' ? '111111' : '000000';
    assert.equal(
      firstError(await attemptReset(browser, signIn.id, wrongAgain)).code,
      'form_code_incorrect',
    );
    const locked = await attemptReset(browser, signIn.id, wrongAgain);
    assert.equal(locked.status, 403);
    assert.equal(firstError(locked).code, 'user_locked');
    const user = await callControl<{ lockedUntil: number | null }>(
      running,
      'GET',
      '/users/no-mfa@example.com',
    );
    assert.ok(user.body.lockedUntil !== null && user.body.lockedUntil > clock.now());
  });

  it('refuses a used code (verification_already_verified) and a new password before the code', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    const early = await resetPassword(browser, signIn.id, NEW_PASSWORD);
    assert.equal(early.status, 400);
    assert.equal(firstError(early).code, 'client_state_invalid');

    await prepareReset(browser, signIn);
    const { code } = await latestMessage(running, 'no-mfa@example.com');
    assert.equal((await attemptReset(browser, signIn.id, code)).status, 200);
    const again = await attemptReset(browser, signIn.id, code);
    assert.equal(again.status, 400);
    assert.equal(firstError(again).code, 'verification_already_verified');
    assert.equal(again.body.meta?.client?.sign_in?.status, 'needs_new_password');
    const password = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signIn.id}/attempt_first_factor`,
      { strategy: 'password', password: DEMO_PASSWORD },
    );
    assert.equal(firstError(password).code, 'client_state_invalid');
  });

  it('expires codes through the control endpoint: verification_expired, and a resend is allowed at once', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    await prepareReset(browser, signIn);
    const { code } = await latestMessage(running, 'no-mfa@example.com');
    const tooSoon = await prepareReset(browser, signIn);
    assert.equal(tooSoon.status, 429);
    assert.equal(firstError(tooSoon).code, 'verification_code_too_many_requests');

    const expired = await callControl<{ expired: number }>(running, 'POST', '/codes/expire');
    assert.deepEqual(expired, { status: 200, body: { expired: 1 } });
    const attempted = await attemptReset(browser, signIn.id, code);
    assert.equal(attempted.status, 400);
    assert.equal(firstError(attempted).code, 'verification_expired');
    assert.equal(
      attempted.body.meta?.client?.sign_in?.first_factor_verification?.status,
      'expired',
    );
    const nothingLeft = await callControl<{ expired: number }>(running, 'POST', '/codes/expire');
    assert.equal(nothingLeft.body.expired, 0, 'an expired code is not counted twice');

    const resent = await prepareReset(browser, signIn);
    assert.equal(resent.status, 200);
    const fresh = await latestMessage(running, 'no-mfa@example.com');
    assert.equal(
      resource(await attemptReset(browser, signIn.id, fresh.code)).status,
      'needs_new_password',
    );
  });

  it('expires codes through the programmatic API too (expireCodes)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    await prepareReset(browser, signIn);
    const { code } = await latestMessage(running, 'no-mfa@example.com');
    assert.equal(running.emulator.expireCodes(), 1);
    assert.equal(
      firstError(await attemptReset(browser, signIn.id, code)).code,
      'verification_expired',
    );
  });

  it('expires a code by time after its 10 minutes', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    await prepareReset(browser, signIn);
    const { code } = await latestMessage(running, 'no-mfa@example.com');
    clock.advanceSeconds(601);
    assert.equal(
      firstError(await attemptReset(browser, signIn.id, code)).code,
      'verification_expired',
    );
  });

  it('resends after the cooldown: the new code works, the previous one no longer does', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    await prepareReset(browser, signIn);
    const previous = (await latestMessage(running, 'no-mfa@example.com')).code;
    clock.advanceSeconds(30);
    assert.equal((await prepareReset(browser, signIn)).status, 200);
    const current = (await latestMessage(running, 'no-mfa@example.com')).code;
    const outbox = await callControl<{ messages: SentMessage[] }>(
      running,
      'GET',
      '/outbox?userEmail=no-mfa@example.com&channel=email',
    );
    assert.equal(outbox.body.messages.length, 2);
    if (previous !== current) {
      assert.equal(
        firstError(await attemptReset(browser, signIn.id, previous)).code,
        'form_code_incorrect',
      );
    }
    assert.equal(
      resource(await attemptReset(browser, signIn.id, current)).status,
      'needs_new_password',
    );
  });

  it('refuses weak, breached, reused and oversized passwords with Clerk’s codes; the sign-in waits for a good one', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signInId = await reachNewPassword(running, browser, 'no-mfa@example.com');
    const refusals: [password: string, code: string][] = [
      ['short', 'form_password_length_too_short'],
      ['x'.repeat(73), 'form_password_length_too_long'],
      ['é'.repeat(40), 'form_password_size_in_bytes_exceeded'],
      ['password123', 'form_password_pwned'],
      ['Password1!', 'form_password_pwned'],
      ['qwertyuiop', 'form_password_pwned'],
      ['NO-MFA@example.com', 'form_password_matches_identifier'],
      [DEMO_PASSWORD, 'form_new_password_matches_current'],
    ];
    for (const [password, code] of refusals) {
      const refused = await resetPassword(browser, signInId, password);
      assert.equal(refused.status, 422, code);
      const error = firstError(refused);
      assert.equal(error.code, code);
      assert.equal(error.meta?.param_name, 'password', code);
      assert.ok(error.long_message.length > 0, code);
      assert.equal(refused.body.errors?.length, 1, code);
      assert.equal(refused.body.meta?.client?.sign_in?.status, 'needs_new_password', code);
    }
    assert.equal(
      firstError(await resetPassword(browser, signInId, 'short')).long_message,
      'Passwords must be 8 characters or more.',
    );
    const missing = await browser.request('POST', `/v1/client/sign_ins/${signInId}/reset_password`);
    assert.equal(firstError(missing).code, 'form_param_missing');
    assert.equal(firstError(missing).meta?.param_name, 'password');
    assert.equal(await passwordWorks(running, 'no-mfa@example.com', DEMO_PASSWORD), true);
    assert.equal(resource(await resetPassword(browser, signInId, NEW_PASSWORD)).status, 'complete');
  });

  it('signs the user out elsewhere only when asked (sign_out_of_other_sessions)', async () => {
    const elsewhere = new FapiTestClient(running.proxyUrl);
    assert.equal(resource(await elsewhere.createSignIn('no-mfa@example.com')).status, 'complete');
    const sessionsElsewhere = async () =>
      (await elsewhere.request('GET', '/v1/client')).body.response?.sessions?.length;

    const kept = new FapiTestClient(running.proxyUrl);
    const keptSignIn = await reachNewPassword(running, kept, 'no-mfa@example.com');
    assert.equal((await resetPassword(kept, keptSignIn, NEW_PASSWORD, false)).status, 200);
    assert.equal(await sessionsElsewhere(), 1, 'the other session stays');

    clock.advanceSeconds(30);
    const revoking = new FapiTestClient(running.proxyUrl);
    const revokingSignIn = await reachNewPassword(running, revoking, 'no-mfa@example.com');
    const reset = await resetPassword(revoking, revokingSignIn, 'yet-another-passphrase', true);
    assert.equal(resource(reset).status, 'complete');
    assert.equal(reset.body.client?.sessions?.length, 1, 'the new session lives');
    assert.equal(await sessionsElsewhere(), 0, 'the other browser is signed out');
    assert.equal((await kept.request('GET', '/v1/client')).body.response?.sessions?.length, 0);
  });

  it('needs_new_password answers an unreadable sign_out_of_other_sessions with form_param_format_invalid', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signInId = await reachNewPassword(running, browser, 'no-mfa@example.com');
    const refused = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signInId}/reset_password`,
      {
        password: NEW_PASSWORD,
        sign_out_of_other_sessions: 'maybe',
      },
    );
    assert.equal(refused.status, 422);
    assert.equal(firstError(refused).code, 'form_param_format_invalid');
    assert.equal(firstError(refused).meta?.param_name, 'sign_out_of_other_sessions');
  });

  it('refuses reset_password_phone_code when the instance resets by e-mail only', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'sms@example.com');
    assert.ok(
      !signIn.supported_first_factors?.some((f) => f.strategy === 'reset_password_phone_code'),
    );
    const refused = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signIn.id}/prepare_first_factor`,
      { strategy: 'reset_password_phone_code' },
    );
    assert.equal(refused.status, 400);
    assert.equal(firstError(refused).code, 'strategy_for_user_invalid');
  });

  it('refuses an e-mail address id of someone else', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    const refused = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signIn.id}/prepare_first_factor`,
      { strategy: 'reset_password_email_code', email_address_id: 'idn_someone_else' },
    );
    assert.equal(firstError(refused).code, 'strategy_for_user_invalid');
  });
});

describe('password reset by SMS (reset_password_phone_code)', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({
      rateLimit: false,
      resetPasswordStrategies: ['reset_password_email_code', 'reset_password_phone_code'],
    });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('states both strategies, offers the phone one to users with a number, and texts the code', async () => {
    const environment = await new FapiTestClient(running.proxyUrl).request(
      'GET',
      '/v1/environment',
    );
    const authConfig = (environment.body as unknown as { auth_config: { first_factors: string[] } })
      .auth_config;
    assert.ok(authConfig.first_factors.includes('reset_password_phone_code'));

    const withoutPhone = await startForgotPassword(
      new FapiTestClient(running.proxyUrl),
      'no-mfa@example.com',
    );
    assert.ok(
      !withoutPhone.supported_first_factors?.some(
        (f) => f.strategy === 'reset_password_phone_code',
      ),
    );

    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'sms@example.com');
    const factor = factorOf(signIn, 'reset_password_phone_code');
    assert.equal(factor.safe_identifier, '+1******0101');
    assert.ok(factor.phone_number_id);

    const prepared = await prepareReset(browser, signIn, 'reset_password_phone_code');
    assert.equal(prepared.status, 200);
    assert.equal(resource(prepared).first_factor_verification?.channel, 'sms');
    const message = await latestMessage(running, 'sms@example.com');
    assert.deepEqual(
      [message.to, message.channel, message.strategy],
      ['+15555550101', 'sms', 'reset_password_phone_code'],
    );

    const attempted = await attemptReset(
      browser,
      signIn.id,
      message.code,
      'reset_password_phone_code',
    );
    assert.equal(resource(attempted).status, 'needs_new_password');
    const reset = await resetPassword(browser, signIn.id, NEW_PASSWORD);
    assert.equal(resource(reset).status, 'needs_second_factor');
    const phoneNumberId = resource(reset).supported_second_factors?.[0]?.phone_number_id ?? '';
    assert.equal(
      (
        await browser.prepareSecondFactor(signIn.id, {
          strategy: 'phone_code',
          phone_number_id: phoneNumberId,
        })
      ).status,
      200,
    );
    const smsCode = (await latestMessage(running, 'sms@example.com')).code;
    assert.equal(
      resource(await browser.attemptSecondFactor(signIn.id, 'phone_code', smsCode)).status,
      'complete',
    );
  });

  it('refuses a phone number id of someone else, and a phone code offered as the e-mail one', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'sms@example.com');
    const elsewhere = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signIn.id}/prepare_first_factor`,
      { strategy: 'reset_password_phone_code', phone_number_id: 'idn_someone_else' },
    );
    assert.equal(firstError(elsewhere).code, 'strategy_for_user_invalid');
    await prepareReset(browser, signIn, 'reset_password_phone_code');
    const { code } = await latestMessage(running, 'sms@example.com');
    const mismatched = await attemptReset(browser, signIn.id, code, 'reset_password_email_code');
    assert.equal(firstError(mismatched).code, 'verification_not_sent');
  });
});

describe('password reset turned off', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false, resetPasswordStrategies: [] });
  });
  after(() => running.close());

  it('offers no reset strategy and refuses to send a reset code', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = await startForgotPassword(browser, 'no-mfa@example.com');
    assert.deepEqual(
      signIn.supported_first_factors?.map((factor) => factor.strategy),
      ['password', 'email_code'],
    );
    const refused = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signIn.id}/prepare_first_factor`,
      { strategy: 'reset_password_email_code' },
    );
    assert.equal(firstError(refused).code, 'strategy_for_user_invalid');
  });

  it('refuses password settings that contradict each other when the emulator starts', async () => {
    await assert.rejects(
      startTestEmulator({ passwordSettings: { minLength: 20, maxLength: 10 } }),
      /passwordSettings\.maxLength \(10\) is below minLength \(20\)/,
    );
    await assert.rejects(
      startTestEmulator({ passwordSettings: { minLength: 0 } }),
      /passwordSettings\.minLength must be a positive integer/,
    );
  });
});

describe('password rules from the options', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({
      rateLimit: false,
      passwordSettings: {
        minLength: 12,
        requireNumbers: true,
        requireUppercase: true,
        requireLowercase: true,
        requireSpecialChar: true,
      },
    });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('states them in password_settings and lists every rule a password breaks at once', async () => {
    const environment = await new FapiTestClient(running.proxyUrl).request(
      'GET',
      '/v1/environment',
    );
    const settings = (
      environment.body as unknown as {
        user_settings: { password_settings: Record<string, unknown> };
      }
    ).user_settings.password_settings;
    assert.deepEqual(
      [
        settings.min_length,
        settings.require_numbers,
        settings.require_uppercase,
        settings.require_lowercase,
        settings.require_special_char,
      ],
      [12, true, true, true, true],
    );

    const browser = new FapiTestClient(running.proxyUrl);
    const signInId = await reachNewPassword(running, browser, 'no-mfa@example.com');
    const refused = await resetPassword(browser, signInId, 'lowercase');
    assert.equal(refused.status, 422);
    assert.deepEqual(
      refused.body.errors?.map((error) => [error.code, error.meta?.param_name]),
      [
        ['form_password_length_too_short', 'password'],
        ['form_password_no_uppercase', 'password'],
        ['form_password_no_number', 'password'],
        ['form_password_no_special_char', 'password'],
      ],
    );
    assert.equal(firstError(refused).long_message, 'Passwords must be 12 characters or more.');
    const accepted = await resetPassword(browser, signInId, 'Longer-Passw0rd');
    assert.equal(resource(accepted).status, 'complete');
  });
});

describe('the reset-password session task of a compromised password', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({ now: clock.now, rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  /** Signs the compromised user in with the password: the session is pending. */
  async function signInCompromised(browser: FapiTestClient): Promise<string> {
    const created = await browser.createSignIn('compromised@example.com');
    assert.equal(created.status, 200);
    const signIn = resource(created);
    assert.equal(signIn.status, 'complete', 'the sign-in itself completes');
    return signIn.created_session_id ?? '';
  }

  function changePassword(
    browser: FapiTestClient,
    sessionId: string,
    form: Record<string, string>,
  ): Promise<FapiTestResponse> {
    return browser.request(
      'POST',
      `/v1/me/change_password?_clerk_session_id=${encodeURIComponent(sessionId)}`,
      form,
    );
  }

  it('lists the user as compromised, and its session starts pending with the reset-password task', async () => {
    const users = await callControl<{ passwordCompromised: boolean }>(
      running,
      'GET',
      '/users/compromised@example.com',
    );
    assert.equal(users.body.passwordCompromised, true);

    const browser = new FapiTestClient(running.proxyUrl);
    const sessionId = await signInCompromised(browser);
    const client = (await browser.request('GET', '/v1/client')).body.response;
    const session = client?.sessions?.[0];
    assert.equal(session?.id, sessionId);
    assert.equal(session?.status, 'pending');
    assert.deepEqual(session?.tasks, [{ key: 'reset-password' }]);
    assert.equal(tokenClaims(session?.last_active_token?.jwt ?? '').sts, 'pending');

    // setActive on a pending session touches it, and tokens are issued for it.
    const touched = await browser.request('POST', `/v1/client/sessions/${sessionId}/touch`, {
      intent: 'select_session',
    });
    assert.equal(touched.status, 200);
    assert.equal(resource(touched).status, 'pending');
    const token = await browser.request('POST', `/v1/client/sessions/${sessionId}/tokens`);
    assert.equal(tokenClaims(token.body.jwt ?? '').sts, 'pending');

    const other = await signInCompromised(new FapiTestClient(running.proxyUrl));
    assert.notEqual(other, sessionId, 'every password sign-in of the user gets the task');
  });

  it('resolves the task by change_password (same rules): the session becomes active, the old password stops working', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const sessionId = await signInCompromised(browser);

    const breached = await changePassword(browser, sessionId, { new_password: 'password123' });
    assert.equal(breached.status, 422);
    assert.equal(firstError(breached).code, 'form_password_pwned');
    assert.equal(firstError(breached).meta?.param_name, 'new_password');
    const short = await changePassword(browser, sessionId, { new_password: 'short' });
    assert.equal(firstError(short).code, 'form_password_length_too_short');
    const missing = await changePassword(browser, sessionId, {});
    assert.equal(firstError(missing).code, 'form_param_missing');
    assert.equal(firstError(missing).meta?.param_name, 'new_password');

    const changed = await changePassword(browser, sessionId, {
      new_password: NEW_PASSWORD,
      sign_out_of_other_sessions: 'true',
    });
    assert.equal(changed.status, 200);
    const user = resource(changed);
    assert.equal(user.object, 'user');
    assert.equal(
      (user as unknown as { password_last_updated_at: number }).password_last_updated_at,
      clock.now(),
    );
    const session = changed.body.client?.sessions?.[0];
    assert.equal(session?.id, sessionId);
    assert.equal(session?.status, 'active');
    assert.equal(session?.tasks, null);
    assert.equal(tokenClaims(session?.last_active_token?.jwt ?? '').sts, 'active');

    // What clerk-js does next: setActive on the same session touches it.
    const touched = await browser.request('POST', `/v1/client/sessions/${sessionId}/touch`, {
      intent: 'select_session',
    });
    assert.equal(resource(touched).status, 'active');

    assert.equal(await passwordWorks(running, 'compromised@example.com', DEMO_PASSWORD), false);
    const again = new FapiTestClient(running.proxyUrl);
    const created = await again.createSignIn('compromised@example.com', NEW_PASSWORD);
    const newSession = created.body.client?.sessions?.[0];
    assert.equal(newSession?.status, 'active', 'a new sign-in has no task any more');
    const listed = await callControl<{ passwordCompromised: boolean }>(
      running,
      'GET',
      '/users/compromised@example.com',
    );
    assert.equal(listed.body.passwordCompromised, false);
  });

  it('revokes the other sessions when asked, and keeps the current one', async () => {
    const elsewhere = new FapiTestClient(running.proxyUrl);
    await signInCompromised(elsewhere);
    const browser = new FapiTestClient(running.proxyUrl);
    const sessionId = await signInCompromised(browser);
    const changed = await changePassword(browser, sessionId, {
      new_password: NEW_PASSWORD,
      sign_out_of_other_sessions: 'true',
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.client?.sessions?.length, 1);
    const other = (await elsewhere.request('GET', '/v1/client')).body.response;
    assert.equal(other?.sessions?.length, 0, 'the other browser is signed out');
  });

  it('resolves the task on every session of the user when they are kept', async () => {
    const elsewhere = new FapiTestClient(running.proxyUrl);
    await signInCompromised(elsewhere);
    const browser = new FapiTestClient(running.proxyUrl);
    const sessionId = await signInCompromised(browser);
    assert.equal(
      (await changePassword(browser, sessionId, { new_password: NEW_PASSWORD })).status,
      200,
    );
    const other = (await elsewhere.request('GET', '/v1/client')).body.response;
    const session = other?.sessions?.[0];
    assert.equal(session?.status, 'active');
    assert.equal(session?.tasks, null);
  });

  it('checks current_password when given, and answers authentication_invalid without a session', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const sessionId = await signInCompromised(browser);
    const wrong = await changePassword(browser, sessionId, {
      new_password: NEW_PASSWORD,
      current_password: 'not-the-password',
    });
    assert.equal(wrong.status, 422);
    assert.equal(firstError(wrong).code, 'form_password_incorrect');
    assert.equal(firstError(wrong).meta?.param_name, 'current_password');

    const stranger = new FapiTestClient(running.proxyUrl);
    const anonymous = await changePassword(stranger, sessionId, { new_password: NEW_PASSWORD });
    assert.equal(anonymous.status, 401);
    assert.equal(firstError(anonymous).code, 'authentication_invalid');

    await browser.request('DELETE', '/v1/client/sessions');
    const signedOut = await changePassword(browser, sessionId, { new_password: NEW_PASSWORD });
    assert.equal(firstError(signedOut).code, 'authentication_invalid');
  });
});

describe('bad input to the password-reset endpoints', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  const oddValues = [
    '',
    ' ',
    '\u0000',
    'true',
    '%ZZ',
    'x'.repeat(100_000),
    '😀'.repeat(50),
    '\u202e\u0301',
    '[object Object]',
    '__proto__',
  ];

  it('answers every odd value with a 4xx or a 200, never a 500, and keeps answering', async () => {
    for (const value of oddValues) {
      const browser = new FapiTestClient(running.proxyUrl);
      const signInId = await reachNewPassword(running, browser, 'no-mfa@example.com');
      const answers = [
        await browser.request('POST', `/v1/client/sign_ins/${signInId}/reset_password`, {
          password: value,
          sign_out_of_other_sessions: value,
        }),
        await browser.request('POST', `/v1/client/sign_ins/${signInId}/attempt_first_factor`, {
          strategy: value,
          code: value,
        }),
        await browser.request('POST', `/v1/client/sign_ins/${signInId}/prepare_first_factor`, {
          strategy: 'reset_password_email_code',
          email_address_id: value,
          phone_number_id: value,
        }),
        await browser.request(
          'POST',
          `/v1/me/change_password?_clerk_session_id=${encodeURIComponent(value)}`,
          {
            new_password: value,
            current_password: value,
            sign_out_of_other_sessions: value,
          },
        ),
        await browser.request(
          'POST',
          `/v1/client/sign_ins/${encodeURIComponent(value) || 'x'}/reset_password`,
          {
            password: value,
          },
        ),
      ];
      for (const answer of answers) {
        assert.ok(
          answer.status < 500,
          `${JSON.stringify(value.slice(0, 20))}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
        );
      }
    }
    const environment = await new FapiTestClient(running.proxyUrl).request(
      'GET',
      '/v1/environment',
    );
    assert.equal(environment.status, 200);
  });

  it('refuses a body on the code-expiry control endpoint', async () => {
    const refused = await callControl<{ error: string }>(running, 'POST', '/codes/expire', {
      all: true,
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body.error, /Unknown field "all"/);
    const wrongMethod = await callControl(running, 'GET', '/codes/expire');
    assert.equal(wrongMethod.status, 405);
  });
});

describe('password reset beside a pending session (multi-session mode)', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false, singleSessionMode: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('answers reset_password with the client’s pending session of another user in it', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    assert.equal(
      resource(await browser.createSignIn('compromised@example.com')).status,
      'complete',
    );
    const signInId = await reachNewPassword(running, browser, 'no-mfa@example.com');
    const reset = await resetPassword(browser, signInId, NEW_PASSWORD);
    assert.equal(reset.status, 200);
    assert.deepEqual(
      reset.body.client?.sessions?.map((session) => session.status),
      ['pending', 'active'],
    );
  });
});
