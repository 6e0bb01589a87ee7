import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { totpCodeAt } from '../src/domain/totp.js';
import type { RunningEmulatorServer } from '../src/index.js';
import {
  callControl,
  DEMO_PASSWORD,
  FapiTestClient,
  firstError,
  ManualClock,
  resource,
  startTestEmulator,
  type FapiTestResponse,
} from './http-test-client.js';
import {
  envelopeOf,
  ENROLLING_USER,
  SignedInBrowser,
  type SessionJson,
  type TotpJson,
} from './mfa-setup-support.js';

/** The fields of a session reverification the tests read. */
interface ReverificationJson {
  readonly object: string;
  readonly level: string;
  readonly status: string;
  readonly supported_first_factors: readonly { readonly strategy: string }[] | null;
  readonly supported_second_factors: readonly { readonly strategy: string }[] | null;
  readonly session: SessionJson;
}

describe('reverification of sensitive actions over HTTP', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({ now: clock.now, rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  const verify = (signedIn: SignedInBrowser, action: string, form: Record<string, string>) =>
    signedIn.browser.request(
      'POST',
      `/v1/client/sessions/${signedIn.sessionId}/verify${action}`,
      form,
    );
  const reverificationOf = (answer: FapiTestResponse) =>
    envelopeOf<ReverificationJson>(answer).response;
  const assertReverificationRequired = (answer: FapiTestResponse, afterMinutes = 10) => {
    assert.equal(answer.status, 403, JSON.stringify(answer.body));
    const error = firstError(answer);
    assert.equal(error.code, 'session_reverification_required');
    assert.equal(
      error.long_message,
      'You need to provide additional verification to perform this operation',
    );
    assert.deepEqual((answer.body.meta as Record<string, unknown> | undefined)?.reverification, {
      level: 'second_factor',
      after_minutes: afterMinutes,
    });
  };

  it('a sensitive action after the window needs a reverification; the password renews it', async () => {
    const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
    const aged = await callControl<{ sessions: number; minutes: number }>(
      running,
      'POST',
      '/sessions/age-verification',
      {},
    );
    assert.deepEqual(aged.body, { sessions: 1, minutes: 11 });
    assert.equal((await signedIn.session()).factor_verification_age[0], 11);

    for (const [method, path, form] of [
      ['POST', '/totp', undefined],
      ['POST', '/backup_codes', undefined],
      ['POST', '/phone_numbers', { phone_number: '+15555550181' }],
    ] as const) {
      assertReverificationRequired(await signedIn.me(method, path, form));
    }
    assert.equal(
      envelopeOf<{ id: string }>(await signedIn.me('GET', '')).response.id.startsWith('user_'),
      true,
      'reading the user is not sensitive',
    );

    const started = reverificationOf(await verify(signedIn, '', { level: 'second_factor' }));
    assert.equal(started.object, 'session_reverification');
    assert.equal(started.level, 'second_factor');
    assert.equal(
      started.status,
      'needs_first_factor',
      'a user without a second factor proves the first one',
    );
    assert.deepEqual(
      started.supported_first_factors?.map((factor) => factor.strategy),
      ['password', 'email_code'],
    );
    assert.equal(started.supported_second_factors, null);

    const wrong = await verify(signedIn, '/attempt_first_factor', {
      strategy: 'password',
      password: 'not-the-password',
    });
    assert.equal(wrong.status, 422);
    assert.equal(firstError(wrong).code, 'form_password_incorrect');
    const done = reverificationOf(
      await verify(signedIn, '/attempt_first_factor', {
        strategy: 'password',
        password: DEMO_PASSWORD,
      }),
    );
    assert.equal(done.status, 'complete');
    assert.equal(done.session.factor_verification_age[0], 0);

    const created = envelopeOf<TotpJson>(await signedIn.me('POST', '/totp')).response;
    assert.ok(created.secret, 'the retried action goes through');
  });

  it('a user with a second factor reverifies with it (TOTP, then a backup code, then SMS)', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp-sms@example.com'));
    const completed = resource(
      await browser.attemptSecondFactor(
        signIn.id,
        'totp',
        running.emulator.currentTotp('totp-sms@example.com'),
      ),
    );
    const sessionId = completed.created_session_id ?? '';
    const me = (method: string, path: string) =>
      browser.request(method, `/v1/me${path}?_clerk_session_id=${sessionId}`);
    const verifyStep = (action: string, form: Record<string, string>) =>
      browser.request('POST', `/v1/client/sessions/${sessionId}/verify${action}`, form);

    assert.equal(envelopeOf(await me('POST', '/backup_codes')).response !== null, true);
    running.emulator.ageSessionVerification();
    assertReverificationRequired(await me('POST', '/backup_codes'));

    const started = reverificationOf(await verifyStep('', { level: 'second_factor' }));
    assert.equal(started.status, 'needs_second_factor');
    assert.deepEqual(
      started.supported_second_factors?.map((factor) => factor.strategy),
      ['totp', 'phone_code', 'backup_code'],
    );
    const wrongTotp = await verifyStep('/attempt_second_factor', {
      strategy: 'totp',
      code: running.emulator.currentTotp('totp-sms@example.com') === '000000' ? '111111' : '000000',
    });
    assert.equal(wrongTotp.status, 422);
    assert.equal(firstError(wrongTotp).code, 'form_code_incorrect');
    const done = reverificationOf(
      await verifyStep('/attempt_second_factor', {
        strategy: 'totp',
        code: running.emulator.currentTotp('totp-sms@example.com'),
      }),
    );
    assert.equal(done.status, 'complete');
    assert.equal(done.session.factor_verification_age[1], 0);
    const renewed = envelopeOf<{ codes: string[] }>(await me('POST', '/backup_codes')).response;
    assert.equal(renewed.codes.length, 10);

    running.emulator.ageSessionVerification();
    reverificationOf(await verifyStep('', { level: 'second_factor' }));
    const withBackup = reverificationOf(
      await verifyStep('/attempt_second_factor', {
        strategy: 'backup_code',
        code: renewed.codes[0] ?? '',
      }),
    );
    assert.equal(withBackup.status, 'complete');

    running.emulator.ageSessionVerification();
    reverificationOf(await verifyStep('', { level: 'multi_factor' }));
    const firstStep = reverificationOf(
      await verifyStep('/attempt_first_factor', { strategy: 'password', password: DEMO_PASSWORD }),
    );
    assert.equal(firstStep.status, 'needs_second_factor', 'multi_factor asks for both');
    reverificationOf(await verifyStep('/prepare_second_factor', { strategy: 'phone_code' }));
    const sms = running.emulator.outboxFor({ to: '+15555550100' }).at(-1);
    assert.equal(sms?.signInId, null);
    const bySms = reverificationOf(
      await verifyStep('/attempt_second_factor', { strategy: 'phone_code', code: sms?.code ?? '' }),
    );
    assert.equal(bySms.status, 'complete');
    assert.equal(envelopeOf(await me('POST', '/backup_codes')).client.sessions.length, 1);
  });

  it('an e-mailed code proves the first factor', async () => {
    const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
    running.emulator.ageSessionVerification();
    reverificationOf(await verify(signedIn, '', { level: 'first_factor' }));
    reverificationOf(await verify(signedIn, '/prepare_first_factor', { strategy: 'email_code' }));
    const email = running.emulator.outboxFor({ to: ENROLLING_USER, channel: 'email' }).at(-1);
    assert.ok(email);
    const done = reverificationOf(
      await verify(signedIn, '/attempt_first_factor', {
        strategy: 'email_code',
        code: email.code,
      }),
    );
    assert.equal(done.status, 'complete');
    assert.equal(envelopeOf(await signedIn.me('POST', '/totp')).response !== null, true);
  });

  it('the window and its absence are instance settings', async () => {
    const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
    clock.advanceSeconds(5 * 60);
    running.emulator.updateInstance({ reverificationMinutes: 3 });
    assertReverificationRequired(await signedIn.me('POST', '/totp'), 3);
    running.emulator.updateInstance({ reverificationMinutes: false });
    running.emulator.ageSessionVerification(60 * 24);
    assert.equal((await signedIn.me('POST', '/totp')).status, 200);
  });

  it('bad input answers 4xx with Clerk error codes', async () => {
    const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
    const cases: [string, () => Promise<FapiTestResponse>, number, string][] = [
      ['level missing', () => verify(signedIn, '', {}), 422, 'form_param_missing'],
      [
        'unknown level',
        () => verify(signedIn, '', { level: 'third_factor' }),
        422,
        'form_param_format_invalid',
      ],
      [
        'a step before starting',
        () => verify(signedIn, '/attempt_first_factor', { strategy: 'password', password: 'x' }),
        400,
        'client_state_invalid',
      ],
      [
        'unknown session',
        () =>
          signedIn.browser.request('POST', '/v1/client/sessions/sess_unknown/verify', {
            level: 'first_factor',
          }),
        404,
        'resource_not_found',
      ],
    ];
    for (const [name, send, status, code] of cases) {
      const answer = await send();
      assert.equal(answer.status, status, `${name}: ${JSON.stringify(answer.body)}`);
      assert.equal(firstError(answer).code, code, name);
    }
    reverificationOf(await verify(signedIn, '', { level: 'first_factor' }));
    const noStrategy = await verify(signedIn, '/attempt_first_factor', {});
    assert.equal(firstError(noStrategy).code, 'form_param_missing');
    const otherStrategy = await verify(signedIn, '/attempt_first_factor', { strategy: 'passkey' });
    assert.equal(firstError(otherStrategy).code, 'strategy_for_user_invalid');
    const secondTooEarly = await verify(signedIn, '/attempt_second_factor', {
      strategy: 'totp',
      code: totpCodeAt('RYNO2K5ZI35YTPP2RLNVCQF3WKE7XFWR', clock.now()),
    });
    assert.equal(firstError(secondTooEarly).code, 'client_state_invalid');
    const ageBody = await callControl(running, 'POST', '/sessions/age-verification', {
      minutes: 0,
    });
    assert.equal(ageBody.status, 400);
    const ageUnknown = await callControl(running, 'POST', '/sessions/age-verification', {
      hours: 1,
    });
    assert.equal(ageUnknown.status, 400);
  });
});
