import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningEmulatorServer } from '../src/index.js';
import {
  DEMO_PASSWORD,
  FapiTestClient,
  firstError,
  ManualClock,
  resource,
  startTestEmulator,
} from './http-test-client.js';

describe('sign-in flows over HTTP, as clerk-js calls them', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({ now: clock.now, rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('loads with no client: environment (GET and PATCH) and a null client', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const environment = await browser.request('GET', '/v1/environment');
    assert.equal(environment.status, 200);
    assert.deepEqual(environment.body.auth_config?.second_factors, [
      'totp',
      'phone_code',
      'backup_code',
    ]);
    assert.equal(environment.body.auth_config?.single_session_mode, true);
    assert.equal((await browser.request('PATCH', '/v1/environment')).status, 200);
    const client = await browser.request('GET', '/v1/client');
    assert.deepEqual(client.body, { response: null, client: null });
  });

  it('TOTP: create → attempt_second_factor → touch → tokens', async () => {
    const browser = new FapiTestClient(running.proxyUrl, { origin: 'http://127.0.0.1:5173' });
    const created = await browser.createSignIn('totp-sms@example.com');
    assert.equal(created.status, 200);
    const signIn = resource(created);
    assert.equal(signIn.status, 'needs_second_factor');
    assert.deepEqual(
      signIn.supported_second_factors?.map((factor) => factor.strategy),
      ['totp', 'phone_code', 'backup_code'],
    );
    assert.equal(signIn.first_factor_verification?.status, 'verified');
    assert.equal(created.body.client?.sign_in?.id, signIn.id);
    assert.ok(browser.clientCookie, 'the __client cookie is set');
    const setCookie = created.headers.getSetCookie().join('\n');
    assert.match(setCookie, /__client=.*HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);

    const attempted = await browser.attemptSecondFactor(
      signIn.id,
      'totp',
      running.emulator.currentTotp('totp-sms@example.com'),
    );
    assert.equal(attempted.status, 200);
    const completed = resource(attempted);
    assert.equal(completed.status, 'complete');
    assert.equal(completed.second_factor_verification?.status, 'verified');
    const sessionId = completed.created_session_id;
    assert.ok(sessionId?.startsWith('sess_'));
    assert.equal(attempted.body.client?.sign_in, null);
    assert.equal(attempted.body.client?.last_active_session_id, sessionId);
    assert.equal(attempted.body.client?.cookie_expires_at, null);
    const session = attempted.body.client?.sessions?.[0];
    assert.equal(session?.status, 'active');
    assert.equal(session?.user?.email_addresses?.[0]?.email_address, 'totp-sms@example.com');
    assert.equal(session?.last_active_token?.jwt.split('.').length, 3);

    const touched = await browser.request('POST', `/v1/client/sessions/${sessionId}/touch`, {
      intent: 'select_session',
    });
    assert.equal(touched.status, 200);
    assert.equal(resource(touched).id, sessionId);

    const token = await browser.request('POST', `/v1/client/sessions/${sessionId}/tokens`, {
      organization_id: '',
    });
    assert.equal(token.status, 200);
    assert.equal(token.body.object, 'token');
    const claims = JSON.parse(
      Buffer.from(token.body.jwt!.split('.')[1], 'base64url').toString(),
    ) as Record<string, unknown>;
    assert.equal(claims.sid, sessionId);
    assert.equal(claims.azp, 'http://127.0.0.1:5173');

    const reloaded = await browser.request('GET', '/v1/client');
    assert.equal(resource(reloaded).sessions?.[0]?.id, sessionId, 'the session survives a reload');
  });

  it('rejects a wrong TOTP code with form_code_incorrect (422, param code)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    const wrong = await browser.attemptSecondFactor(signIn.id, 'totp', '000000');
    assert.equal(wrong.status, 422);
    assert.equal(firstError(wrong).code, 'form_code_incorrect');
    assert.equal(firstError(wrong).meta?.param_name, 'code');
    assert.equal(wrong.body.meta?.client?.sign_in?.id, signIn.id, 'the error carries meta.client');
  });

  it('backup codes: accepted once, case- and space-insensitively, then refused', async () => {
    const first = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await first.createSignIn('totp-sms@example.com'));
    const used = await first.attemptSecondFactor(signIn.id, 'backup_code', ' CT5E V3JM ');
    assert.equal(resource(used).status, 'complete');
    assert.ok(
      !running.emulator.users
        .find((user) => user.email === 'totp-sms@example.com')
        ?.unusedBackupCodes.includes('ct5ev3jm'),
    );

    const second = new FapiTestClient(running.proxyUrl);
    const again = resource(await second.createSignIn('totp-sms@example.com'));
    const reused = await second.attemptSecondFactor(again.id, 'backup_code', 'ct5ev3jm');
    assert.equal(reused.status, 422);
    assert.equal(firstError(reused).code, 'form_code_incorrect');
    const other = await second.attemptSecondFactor(again.id, 'backup_code', '7bsipw8y');
    assert.equal(resource(other).status, 'complete');
  });

  it('SMS: prepare sends a code to the outbox, attempt with it completes', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('sms@example.com'));
    const phoneFactor = signIn.supported_second_factors?.find(
      (factor) => factor.strategy === 'phone_code',
    );
    assert.ok(phoneFactor?.phone_number_id);
    assert.equal(phoneFactor.safe_identifier?.endsWith('0101'), true);
    assert.ok(!phoneFactor.safe_identifier?.includes('555555'), 'the number is masked');

    const prepared = await browser.prepareSecondFactor(signIn.id, {
      strategy: 'phone_code',
      phone_number_id: phoneFactor.phone_number_id,
    });
    assert.equal(prepared.status, 200);
    const verification = resource(prepared).second_factor_verification;
    assert.equal(verification?.status, 'unverified');
    assert.equal(verification?.strategy, 'phone_code');
    assert.equal(verification?.channel, 'sms');
    assert.equal(verification?.expire_at, clock.now() + 600_000);

    const [message] = running.emulator.outboxFor({ userEmail: 'sms@example.com' });
    assert.ok(message);
    assert.equal(message.channel, 'sms');
    assert.equal(message.to, '+15555550101');
    assert.match(message.code, /^\d{6}$/);
    assert.equal(message.signInId, signIn.id);

    const attempted = await browser.attemptSecondFactor(signIn.id, 'phone_code', message.code);
    assert.equal(resource(attempted).status, 'complete');
  });

  it('SMS: attempt before prepare is verification_not_sent', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('sms@example.com'));
    const early = await browser.attemptSecondFactor(signIn.id, 'phone_code', '123456');
    assert.equal(early.status, 400);
    assert.equal(firstError(early).code, 'verification_not_sent');
  });

  it('SMS: a code expires after 10 minutes (verification_expired, 400)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('sms@example.com'));
    await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    const code = running.emulator.outbox.at(-1)!.code;
    clock.advanceSeconds(601);
    const late = await browser.attemptSecondFactor(signIn.id, 'phone_code', code);
    assert.equal(late.status, 400);
    assert.equal(firstError(late).code, 'verification_expired');
    assert.equal(
      firstError(late).long_message,
      'This verification has expired. You must create a new one.',
    );
  });

  it('SMS: three wrong codes end the verification (verification_failed, 400) until a new code is sent', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('sms@example.com'));
    await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    const code = running.emulator.outbox.at(-1)!.code;
    const wrongCode = code === '111111' ? '222222' : '111111';
    assert.equal(
      firstError(await browser.attemptSecondFactor(signIn.id, 'phone_code', wrongCode)).code,
      'form_code_incorrect',
    );
    assert.equal(
      firstError(await browser.attemptSecondFactor(signIn.id, 'phone_code', wrongCode)).code,
      'form_code_incorrect',
    );
    const third = await browser.attemptSecondFactor(signIn.id, 'phone_code', wrongCode);
    assert.equal(third.status, 400);
    assert.equal(firstError(third).code, 'verification_failed');
    const right = await browser.attemptSecondFactor(signIn.id, 'phone_code', code);
    assert.equal(firstError(right).code, 'verification_failed', 'the right code no longer helps');

    clock.advanceSeconds(30);
    await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    const fresh = running.emulator.outbox.at(-1)!.code;
    assert.equal(
      resource(await browser.attemptSecondFactor(signIn.id, 'phone_code', fresh)).status,
      'complete',
    );
  });

  it('SMS: resending within the cooldown is refused with 429 and Retry-After', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('sms@example.com'));
    await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    clock.advanceSeconds(10);
    const tooSoon = await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    assert.equal(tooSoon.status, 429);
    assert.equal(firstError(tooSoon).code, 'verification_code_too_many_requests');
    assert.equal(tooSoon.headers.get('retry-after'), '20');
    assert.equal(running.emulator.outbox.length, 1);
    clock.advanceSeconds(20);
    assert.equal(
      (await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' })).status,
      200,
    );
    assert.equal(running.emulator.outbox.length, 2);
  });

  it('refuses a factor the user does not have (strategy_for_user_invalid)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    const sms = await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    assert.equal(sms.status, 400);
    assert.equal(firstError(sms).code, 'strategy_for_user_invalid');
    const backup = await browser.attemptSecondFactor(signIn.id, 'backup_code', '7bsipw8y');
    assert.equal(firstError(backup).code, 'strategy_for_user_invalid');
  });

  it('new-device check: needs_client_trust with an e-mail code, then the client is trusted', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('new-device@example.com'));
    assert.equal(signIn.status, 'needs_client_trust');
    const [factor] = signIn.supported_second_factors ?? [];
    assert.equal(factor?.strategy, 'email_code');
    assert.ok(factor?.email_address_id);

    await browser.prepareSecondFactor(signIn.id, {
      strategy: 'email_code',
      email_address_id: factor.email_address_id,
    });
    const message = running.emulator.outbox.at(-1)!;
    assert.equal(message.channel, 'email');
    assert.equal(message.to, 'new-device@example.com');
    const done = resource(await browser.attemptSecondFactor(signIn.id, 'email_code', message.code));
    assert.equal(done.status, 'complete');

    await browser.request('DELETE', '/v1/client/sessions');
    const again = resource(await browser.createSignIn('new-device@example.com'));
    assert.equal(again.status, 'complete', 'a trusted client skips the check');

    const otherBrowser = new FapiTestClient(running.proxyUrl);
    assert.equal(
      resource(await otherBrowser.createSignIn('new-device@example.com')).status,
      'needs_client_trust',
    );
  });

  it('no MFA: create completes at once with a session', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const created = await browser.createSignIn('no-mfa@example.com');
    const signIn = resource(created);
    assert.equal(signIn.status, 'complete');
    assert.equal(created.body.client?.sessions?.[0]?.id, signIn.created_session_id);
  });

  it('identifier only: needs_first_factor, then attempt_first_factor with the password', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const created = resource(
      await browser.request('POST', '/v1/client/sign_ins', { identifier: 'totp@example.com' }),
    );
    assert.equal(created.status, 'needs_first_factor');
    assert.deepEqual(
      created.supported_first_factors?.map((factor) => factor.strategy),
      ['password', 'email_code', 'reset_password_email_code'],
    );
    const attempted = await browser.request(
      'POST',
      `/v1/client/sign_ins/${created.id}/attempt_first_factor`,
      {
        strategy: 'password',
        password: DEMO_PASSWORD,
      },
    );
    assert.equal(resource(attempted).status, 'needs_second_factor');
  });

  it('identifier only: e-mail code as first factor', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const created = resource(
      await browser.request('POST', '/v1/client/sign_ins', { identifier: 'no-mfa@example.com' }),
    );
    await browser.request('POST', `/v1/client/sign_ins/${created.id}/prepare_first_factor`, {
      strategy: 'email_code',
    });
    const code = running.emulator.outbox.at(-1)!.code;
    const attempted = await browser.request(
      'POST',
      `/v1/client/sign_ins/${created.id}/attempt_first_factor`,
      { strategy: 'email_code', code },
    );
    assert.equal(resource(attempted).status, 'complete');
  });

  it('GET /v1/client/sign_ins/{id} returns the sign-in, and 404 once abandoned', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    assert.equal(
      resource(await browser.request('GET', `/v1/client/sign_ins/${signIn.id}`)).status,
      'needs_second_factor',
    );
    clock.advanceSeconds(86_401);
    const abandoned = await browser.request('GET', `/v1/client/sign_ins/${signIn.id}`);
    assert.equal(abandoned.status, 404);
    assert.equal(firstError(abandoned).code, 'resource_not_found');
    const attempt = await browser.attemptSecondFactor(
      signIn.id,
      'totp',
      running.emulator.currentTotp('totp@example.com'),
    );
    assert.equal(attempt.status, 404);
    assert.equal(resource(await browser.request('GET', '/v1/client')).sign_in, null);
  });

  it('errors: unknown identifier, wrong password, missing parameters', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const unknown = await browser.createSignIn('nobody@example.com');
    assert.equal(unknown.status, 422);
    assert.equal(firstError(unknown).code, 'form_identifier_not_found');
    assert.equal(firstError(unknown).meta?.param_name, 'identifier');

    const wrong = await browser.createSignIn('totp@example.com', 'not-the-password');
    assert.equal(wrong.status, 422);
    assert.equal(firstError(wrong).code, 'form_password_incorrect');
    assert.equal(firstError(wrong).meta?.param_name, 'password');
    assert.equal(
      firstError(wrong).long_message,
      'Password is incorrect. Try again, or use another method.',
    );

    const noIdentifier = await browser.request('POST', '/v1/client/sign_ins', {
      password: DEMO_PASSWORD,
      strategy: 'password',
    });
    assert.equal(noIdentifier.status, 422);
    assert.equal(firstError(noIdentifier).code, 'form_param_missing');
    assert.equal(firstError(noIdentifier).meta?.param_name, 'identifier');

    const noPassword = await browser.request('POST', '/v1/client/sign_ins', {
      identifier: 'totp@example.com',
      strategy: 'password',
    });
    assert.equal(firstError(noPassword).code, 'form_param_missing');
    assert.equal(firstError(noPassword).meta?.param_name, 'password');

    const signIn = resource(await browser.createSignIn('totp@example.com'));
    const noCode = await browser.request(
      'POST',
      `/v1/client/sign_ins/${signIn.id}/attempt_second_factor`,
      { strategy: 'totp' },
    );
    assert.equal(noCode.status, 422);
    assert.equal(firstError(noCode).meta?.param_name, 'code');
    assert.match(noCode.body.clerk_trace_id ?? '', /^[0-9a-f]{32}$/);
  });

  it('accepts unknown parameters and JSON bodies', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const created = await browser.request('POST', '/v1/client/sign_ins', {
      identifier: 'no-mfa@example.com',
      password: DEMO_PASSWORD,
      tab_state: 'visible',
      some_future_param: 'x',
    });
    assert.equal(resource(created).status, 'complete');
    const json = await fetch(`${running.proxyUrl}/v1/client/sign_ins`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'totp@example.com', password: DEMO_PASSWORD }),
    });
    assert.equal(json.status, 200);
  });

  it('single-session mode: signing in while signed in is session_exists (400)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    await browser.createSignIn('no-mfa@example.com');
    const second = await browser.createSignIn('totp@example.com');
    assert.equal(second.status, 400);
    assert.equal(firstError(second).code, 'session_exists');
  });

  it('sign-out: POST /v1/client/sessions?_method=DELETE ends the sessions; a new sign-in works', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const sessionId = resource(await browser.createSignIn('no-mfa@example.com')).created_session_id;
    const signedOut = await browser.request('DELETE', '/v1/client/sessions');
    assert.equal(signedOut.status, 200);
    assert.deepEqual(resource(signedOut).sessions, []);
    assert.equal(resource(signedOut).last_active_session_id, null);
    assert.equal(signedOut.body.client, null);
    const token = await browser.request('POST', `/v1/client/sessions/${sessionId}/tokens`);
    assert.equal(token.status, 401);
    assert.equal(resource(await browser.createSignIn('no-mfa@example.com')).status, 'complete');
  });

  it('sessions: end and remove', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const first = resource(await browser.createSignIn('no-mfa@example.com')).created_session_id!;
    const ended = await browser.request('POST', `/v1/client/sessions/${first}/end`);
    assert.equal(resource(ended).status, 'ended');
    assert.deepEqual(ended.body.client?.sessions, []);
    const second = resource(await browser.createSignIn('no-mfa@example.com')).created_session_id!;
    const removed = await browser.request('POST', `/v1/client/sessions/${second}/remove`);
    assert.equal(resource(removed).status, 'removed');
    const missing = await browser.request('POST', '/v1/client/sessions/sess_unknown/touch');
    assert.equal(missing.status, 404);
    assert.equal(firstError(missing).code, 'resource_not_found');
  });

  it('DELETE /v1/client forgets the client and clears the cookie', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    await browser.createSignIn('no-mfa@example.com');
    const deleted = await browser.request('DELETE', '/v1/client');
    assert.equal(deleted.status, 200);
    assert.match(deleted.headers.getSetCookie().join('\n'), /__client=;.*Max-Age=0/);
    assert.equal(browser.clientCookie, undefined);
    assert.deepEqual((await browser.request('GET', '/v1/client')).body, {
      response: null,
      client: null,
    });
  });

  it('another browser (cookie) cannot see or use the sign-in', async () => {
    const owner = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await owner.createSignIn('totp@example.com'));
    const stranger = new FapiTestClient(running.proxyUrl);
    await stranger.createSignIn('sms@example.com');
    const peek = await stranger.request('GET', `/v1/client/sign_ins/${signIn.id}`);
    assert.equal(peek.status, 404);
  });

  it('dev-browser handshake: the __clerk_db_jwt token identifies the client instead of a cookie', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const token = await browser.startDevBrowser();
    assert.match(token, /^dvb_/);
    const created = await browser.createSignIn('totp@example.com');
    assert.equal(created.headers.getSetCookie().length, 0, 'no cookie with a dev browser');
    const signIn = resource(created);
    const done = await browser.attemptSecondFactor(
      signIn.id,
      'totp',
      running.emulator.currentTotp('totp@example.com'),
    );
    assert.equal(resource(done).status, 'complete');
    assert.equal(resource(await browser.request('GET', '/v1/client')).sessions?.length, 1);

    const unknownToken = await fetch(`${running.proxyUrl}/v1/client?__clerk_db_jwt=dvb_unknown`);
    assert.equal(unknownToken.status, 401);
    assert.equal(
      ((await unknownToken.json()) as { errors: { code: string }[] }).errors[0]?.code,
      'dev_browser_unauthenticated',
    );
  });
});

describe('request log', () => {
  it('names each request but never a password, a code or a query string', async () => {
    const lines: string[] = [];
    const running = await startTestEmulator({ log: (line) => lines.push(line) });
    try {
      const browser = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await browser.createSignIn('sms@example.com'));
      await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
      const code = running.emulator.outbox.at(-1)!.code;
      await browser.attemptSecondFactor(signIn.id, 'phone_code', code);
      assert.deepEqual(
        lines.map((line) => line.replace(/\(\d+ ms\)/, '(… ms)')),
        [
          'POST /__clerk/v1/client/sign_ins → 200 (… ms)',
          `POST /__clerk/v1/client/sign_ins/${signIn.id}/prepare_second_factor → 200 (… ms)`,
          `POST /__clerk/v1/client/sign_ins/${signIn.id}/attempt_second_factor → 200 (… ms)`,
        ],
      );
      const everything = lines.join('\n');
      assert.ok(!everything.includes(DEMO_PASSWORD));
      assert.ok(!everything.includes(code));
    } finally {
      await running.close();
    }
  });
});
