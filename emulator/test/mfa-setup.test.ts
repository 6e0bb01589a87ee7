import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { totpCodeAt } from '../src/domain/totp.js';
import type { RunningEmulatorServer } from '../src/index.js';
import {
  callControl,
  FapiTestClient,
  firstError,
  ManualClock,
  resource,
  startTestEmulator,
} from './http-test-client.js';
import {
  claimsOf,
  envelopeOf,
  ENROLLING_USER,
  SignedInBrowser,
  type PhoneNumberJson,
  type TotpJson,
  type UserJson,
} from './mfa-setup-support.js';

/** The environment fields these tests read. */
interface EnvironmentJson {
  readonly auth_config: {
    readonly second_factors: readonly string[];
    readonly reverification: boolean;
  };
  readonly user_settings: {
    readonly attributes: Record<
      string,
      {
        readonly enabled: boolean;
        readonly used_for_second_factor: boolean;
        readonly second_factors: readonly string[];
      }
    >;
    readonly sign_in: { readonly second_factor: { readonly required: boolean } };
    readonly attack_protection: { readonly user_lockout: Record<string, unknown> };
  };
}

describe('instance settings, pending sessions and second-factor management over HTTP', () => {
  let running: RunningEmulatorServer;
  const clock = new ManualClock();

  before(async () => {
    running = await startTestEmulator({ now: clock.now, rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  const requireMfa = () => running.emulator.updateInstance({ mfaRequired: true });
  const environment = async (): Promise<EnvironmentJson> =>
    (await new FapiTestClient(running.proxyUrl).request('GET', '/v1/environment'))
      .body as unknown as EnvironmentJson;
  /** Sets up an authenticator app with a code computed from the secret the emulator returned. */
  const enrolTotp = async (signedIn: SignedInBrowser) => {
    const created = envelopeOf<TotpJson>(await signedIn.me('POST', '/totp')).response;
    assert.ok(created.secret);
    return envelopeOf<TotpJson>(
      await signedIn.me('POST', '/totp/attempt_verification', {
        code: totpCodeAt(created.secret, clock.now()),
      }),
    );
  };

  describe('instance settings', () => {
    it('are listed and changed through the control API, and the environment follows them', async () => {
      const listed = await callControl<{ endpoints: { method: string; path: string }[] }>(
        running,
        'GET',
        '',
      );
      const endpoints = listed.body.endpoints.map(({ method, path }) => `${method} ${path}`);
      for (const endpoint of [
        'GET /__emulator/instance',
        'PATCH /__emulator/instance',
        'POST /__emulator/sessions/age-verification',
      ])
        assert.ok(endpoints.includes(endpoint), `${endpoint} is listed`);

      assert.deepEqual((await callControl(running, 'GET', '/instance')).body, {
        mfaRequired: false,
        secondFactors: ['totp', 'phone_code', 'backup_code'],
        reverificationMinutes: 10,
        lockout: { maxAttempts: 5, durationSeconds: 1800 },
      });
      const before = await environment();
      assert.equal(before.user_settings.sign_in.second_factor.required, false);
      assert.equal(before.auth_config.reverification, true);

      const changed = await callControl(running, 'PATCH', '/instance', {
        mfaRequired: true,
        secondFactors: ['backup_code', 'totp'],
        reverificationMinutes: false,
        lockout: { maxAttempts: 2, durationSeconds: 3 },
      });
      assert.equal(changed.status, 200);
      assert.deepEqual(changed.body, {
        mfaRequired: true,
        secondFactors: ['totp', 'backup_code'],
        reverificationMinutes: false,
        lockout: { maxAttempts: 2, durationSeconds: 3 },
      });
      const after = await environment();
      assert.equal(after.user_settings.sign_in.second_factor.required, true);
      assert.deepEqual(after.auth_config.second_factors, ['totp', 'backup_code']);
      assert.equal(after.auth_config.reverification, false);
      assert.deepEqual(after.user_settings.attack_protection.user_lockout, {
        enabled: true,
        max_attempts: 2,
        duration_in_minutes: 1,
      });
      const { attributes } = after.user_settings;
      assert.equal(attributes.authenticator_app?.used_for_second_factor, true);
      assert.deepEqual(attributes.authenticator_app?.second_factors, ['totp']);
      assert.equal(attributes.phone_number?.enabled, false);
      assert.equal(attributes.phone_number?.used_for_second_factor, false);
      assert.equal(attributes.backup_code?.enabled, true);

      running.emulator.reset();
      assert.equal((await environment()).user_settings.sign_in.second_factor.required, false);
    });

    it('refuse an unknown field or a value out of range with 400 and change nothing', async () => {
      for (const body of [
        { mfaRequired: 'yes' },
        { secondFactors: ['totp', 'passkey'] },
        { secondFactors: 'totp' },
        { reverificationMinutes: 0 },
        { reverificationMinutes: 1.5 },
        { reverificationMinutes: true },
        { lockout: true },
        { lockout: { maxAttempts: 0, durationSeconds: 3 } },
        { lockout: { maxAttempts: 3, durationSeconds: 86_401 } },
        { lockout: { maxAttempts: 3 } },
        { requireMfa: true },
      ]) {
        const answer = await callControl<{ error: string }>(running, 'PATCH', '/instance', body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.ok(answer.body.error.length > 0);
      }
      assert.equal(running.emulator.instance().mfaRequired, false);
      assert.deepEqual(running.emulator.instance().secondFactors, [
        'totp',
        'phone_code',
        'backup_code',
      ]);
    });
  });

  describe('pending sessions', () => {
    it('MFA not required: a user without a second factor gets an active session', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const session = await signedIn.session();
      assert.equal(session.status, 'active');
      assert.equal(session.tasks, null);
    });

    it('MFA required: the session is pending with setup-mfa, last active, touched and given tokens', async () => {
      requireMfa();
      const browser = new FapiTestClient(running.proxyUrl);
      const created = await browser.createSignIn(ENROLLING_USER);
      const signIn = resource(created);
      assert.equal(signIn.status, 'complete');
      const sessionId = signIn.created_session_id;
      assert.ok(sessionId);
      assert.equal(created.body.client?.last_active_session_id, sessionId);
      const session = created.body.client?.sessions?.find((each) => each.id === sessionId) as
        { status: string; tasks: unknown } | undefined;
      assert.equal(session?.status, 'pending');
      assert.deepEqual(session?.tasks, [{ key: 'setup-mfa' }]);

      const touched = await browser.request('POST', `/v1/client/sessions/${sessionId}/touch`, {
        intent: 'select_session',
      });
      assert.equal(touched.status, 200);
      assert.equal(resource(touched).status, 'pending');
      const token = await browser.request('POST', `/v1/client/sessions/${sessionId}/tokens`);
      assert.equal(token.status, 200);
      assert.equal(claimsOf(token.body.jwt ?? '').sts, 'pending');
    });

    it('MFA required: a user who has a second factor is not pending', async () => {
      requireMfa();
      const browser = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await browser.createSignIn('totp@example.com'));
      const done = await browser.attemptSecondFactor(
        signIn.id,
        'totp',
        running.emulator.currentTotp('totp@example.com'),
      );
      assert.equal(done.body.client?.sessions?.[0]?.status, 'active');
    });

    it('setup-mfa with an authenticator app: verified TOTP makes the session active in that answer', async () => {
      requireMfa();
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const me = envelopeOf<UserJson>(await signedIn.me('GET', '')).response;
      assert.equal(me.two_factor_enabled, false);
      assert.equal(me.totp_enabled, false);

      const created = envelopeOf<TotpJson>(await signedIn.me('POST', '/totp')).response;
      assert.equal(created.object, 'totp');
      assert.equal(created.verified, false);
      assert.match(created.secret ?? '', /^[A-Z2-7]{32}$/);
      assert.match(created.uri ?? '', /^otpauth:\/\/totp\/.*nomfa%40example\.com.*secret=/);
      assert.ok(created.uri?.includes(`secret=${created.secret}`));
      assert.equal(created.backup_codes, null);
      assert.equal((await signedIn.session()).status, 'pending', 'an unverified app is not enough');

      const wrong = await signedIn.me('POST', '/totp/attempt_verification', {
        code: totpCodeAt(created.secret ?? '', clock.now()) === '000000' ? '111111' : '000000',
      });
      assert.equal(wrong.status, 422);
      assert.equal(firstError(wrong).code, 'form_code_incorrect');

      const verified = envelopeOf<TotpJson>(
        await signedIn.me('POST', '/totp/attempt_verification', {
          code: totpCodeAt(created.secret ?? '', clock.now()),
        }),
      );
      assert.equal(verified.response.verified, true);
      assert.equal(verified.response.secret, null, 'the secret is not sent again');
      assert.equal(verified.response.backup_codes?.length, 10);
      const session = verified.client.sessions.find((each) => each.id === signedIn.sessionId);
      assert.equal(session?.status, 'active');
      assert.equal(session?.tasks, null);
      assert.equal(session?.user.two_factor_enabled, true);
      assert.equal(session?.user.totp_enabled, true);
      assert.equal(session?.user.backup_code_enabled, true);
      assert.equal(claimsOf(session?.last_active_token?.jwt ?? '').sts, 'active');

      const touched = await signedIn.touch();
      assert.equal(touched.status, 'active');
      assert.equal(
        running.emulator.users.find((user) => user.email === ENROLLING_USER)?.unusedBackupCodes
          .length,
        10,
      );
    });

    it('after setting up TOTP, the next sign-in asks for it and takes a backup code it made', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const { response: totp } = await enrolTotp(signedIn);
      const backupCode = totp.backup_codes?.[0];
      assert.ok(backupCode);

      const again = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await again.createSignIn(ENROLLING_USER));
      assert.equal(signIn.status, 'needs_second_factor');
      assert.deepEqual(
        signIn.supported_second_factors?.map((factor) => factor.strategy),
        ['totp', 'backup_code'],
      );
      const done = await again.attemptSecondFactor(
        signIn.id,
        'totp',
        running.emulator.currentTotp(ENROLLING_USER),
      );
      assert.equal(resource(done).status, 'complete');

      const third = new FapiTestClient(running.proxyUrl);
      const withBackup = resource(await third.createSignIn(ENROLLING_USER));
      assert.equal(
        resource(await third.attemptSecondFactor(withBackup.id, 'backup_code', backupCode)).status,
        'complete',
      );
    });

    it('setup-mfa by SMS: a verified phone number, once reserved for the second step, completes the task', async () => {
      requireMfa();
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const created = envelopeOf<PhoneNumberJson>(
        await signedIn.me('POST', '/phone_numbers', { phone_number: '+15555550177' }),
      ).response;
      assert.equal(created.verification, null);
      assert.equal(created.reserved_for_second_factor, false);

      const early = await signedIn.me('PATCH', `/phone_numbers/${created.id}`, {
        reserved_for_second_factor: 'true',
      });
      assert.equal(early.status, 400);
      assert.equal(firstError(early).code, 'identification_update_second_factor_unverified');

      const prepared = envelopeOf<PhoneNumberJson>(
        await signedIn.me('POST', `/phone_numbers/${created.id}/prepare_verification`, {
          strategy: 'phone_code',
        }),
      ).response;
      assert.equal(prepared.verification?.status, 'unverified');
      const message = running.emulator.outboxFor({ to: '+15555550177' }).at(-1);
      assert.ok(message);
      assert.equal(message.channel, 'sms');
      assert.equal(message.signInId, null);
      assert.equal(message.userEmail, ENROLLING_USER);

      const wrong = await signedIn.me('POST', `/phone_numbers/${created.id}/attempt_verification`, {
        code: message.code === '000000' ? '111111' : '000000',
      });
      assert.equal(wrong.status, 422);
      assert.equal(firstError(wrong).code, 'form_code_incorrect');
      const verified = envelopeOf<PhoneNumberJson>(
        await signedIn.me('POST', `/phone_numbers/${created.id}/attempt_verification`, {
          code: message.code,
        }),
      );
      assert.equal(verified.response.verification?.status, 'verified');
      assert.equal(
        verified.client.sessions[0]?.status,
        'pending',
        'a number not reserved for the second step is not a second factor',
      );

      const reserved = envelopeOf<PhoneNumberJson>(
        await signedIn.me('PATCH', `/phone_numbers/${created.id}`, {
          reserved_for_second_factor: 'true',
        }),
      );
      assert.equal(reserved.response.reserved_for_second_factor, true);
      assert.equal(reserved.response.default_second_factor, true);
      assert.equal(reserved.response.backup_codes?.length, 10);
      assert.equal(reserved.client.sessions[0]?.status, 'active');
      assert.equal(reserved.client.sessions[0]?.user.primary_phone_number_id, created.id);

      const fetched = envelopeOf<PhoneNumberJson>(
        await signedIn.me('GET', `/phone_numbers/${created.id}`),
      ).response;
      assert.equal(fetched.phone_number, '+15555550177');
      assert.equal(fetched.backup_codes, undefined, 'backup codes are shown once');

      const again = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await again.createSignIn(ENROLLING_USER));
      const phoneFactor = signIn.supported_second_factors?.find(
        (factor) => factor.strategy === 'phone_code',
      );
      assert.equal(phoneFactor?.phone_number_id, created.id);
      assert.equal(phoneFactor?.default, true);
      await again.prepareSecondFactor(signIn.id, {
        strategy: 'phone_code',
        phone_number_id: created.id,
      });
      const signInCode = running.emulator.outboxFor({ to: '+15555550177' }).at(-1);
      assert.equal(signInCode?.signInId, signIn.id);
      assert.equal(
        resource(await again.attemptSecondFactor(signIn.id, 'phone_code', signInCode?.code ?? ''))
          .status,
        'complete',
      );
    });

    it('a second reserved phone number can become the default; the default cannot be switched off', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const first = await signedIn.addVerifiedPhoneNumber(running, '+15555550171');
      envelopeOf(
        await signedIn.me('PATCH', `/phone_numbers/${first.id}`, {
          reserved_for_second_factor: 'true',
        }),
      );
      const second = await signedIn.addVerifiedPhoneNumber(running, '+15555550172');
      const made = envelopeOf<PhoneNumberJson>(
        await signedIn.me('PATCH', `/phone_numbers/${second.id}`, {
          default_second_factor: 'true',
        }),
      );
      assert.equal(made.response.default_second_factor, true);
      assert.equal(made.response.reserved_for_second_factor, true);
      assert.equal(made.response.backup_codes, undefined, 'backup codes came with the first');
      const user = made.client.sessions[0]?.user;
      assert.deepEqual(
        user?.phone_numbers.map((phone) => [phone.id, phone.default_second_factor]),
        [
          [first.id, false],
          [second.id, true],
        ],
      );
      const refused = await signedIn.me('PATCH', `/phone_numbers/${second.id}`, {
        default_second_factor: 'false',
      });
      assert.equal(refused.status, 422);
      assert.equal(firstError(refused).code, 'form_disable_default_second_factor_not_allowed');
    });

    it('backup codes: a new set replaces the old one', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const { response: totp } = await enrolTotp(signedIn);
      const oldCode = totp.backup_codes?.[0] ?? '';
      const renewed = envelopeOf<{ object: string; codes: string[] }>(
        await signedIn.me('POST', '/backup_codes/'),
      ).response;
      assert.equal(renewed.object, 'backup_code');
      assert.equal(renewed.codes.length, 10);
      assert.ok(renewed.codes.every((code) => /^[a-z2-9]{8}$/.test(code)));
      assert.ok(!renewed.codes.includes(oldCode));

      const again = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await again.createSignIn(ENROLLING_USER));
      const old = await again.attemptSecondFactor(signIn.id, 'backup_code', oldCode);
      assert.equal(firstError(old).code, 'form_code_incorrect');
      const fresh = await again.attemptSecondFactor(
        signIn.id,
        'backup_code',
        renewed.codes[0] ?? '',
      );
      assert.equal(resource(fresh).status, 'complete');
    });

    it('removing the last second factor turns two-step verification off, unless the instance requires it', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      await enrolTotp(signedIn);
      requireMfa();
      const refused = await signedIn.me('DELETE', '/totp');
      assert.equal(refused.status, 400);
      assert.equal(firstError(refused).code, 'second_factor_deletion_not_allowed');

      running.emulator.updateInstance({ mfaRequired: false });
      const removed = envelopeOf<{ object: string; deleted: boolean }>(
        await signedIn.me('DELETE', '/totp'),
      );
      assert.deepEqual(removed.response, { object: 'totp', deleted: true });
      const user = removed.client.sessions[0]?.user;
      assert.equal(user?.two_factor_enabled, false);
      assert.equal(user?.totp_enabled, false);
      assert.equal(user?.backup_code_enabled, false, 'backup codes went with the last factor');

      const again = new FapiTestClient(running.proxyUrl);
      assert.equal(resource(await again.createSignIn(ENROLLING_USER)).status, 'complete');
    });

    it("a seeded user's phone number: removing another one keeps two-step verification, removing it ends it", async () => {
      const browser = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await browser.createSignIn('sms@example.com'));
      await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
      const code = running.emulator.outboxFor({ to: '+15555550101' }).at(-1)?.code ?? '';
      const sessionId = resource(
        await browser.attemptSecondFactor(signIn.id, 'phone_code', code),
      ).created_session_id;
      const me = (method: string, path: string, form?: Record<string, string>) =>
        browser.request(method, `/v1/me${path}?_clerk_session_id=${sessionId}`, form);
      const user = envelopeOf<UserJson>(await me('GET', '')).response;
      const seeded = user.phone_numbers[0];
      assert.equal(seeded?.reserved_for_second_factor, true);
      assert.equal(seeded?.default_second_factor, true);

      const extra = envelopeOf<PhoneNumberJson>(
        await me('POST', '/phone_numbers', { phone_number: '+15555550178' }),
      ).response;
      const afterExtra = envelopeOf<PhoneNumberJson>(
        await me('DELETE', `/phone_numbers/${extra.id}`),
      ).client.sessions[0]?.user;
      assert.equal(afterExtra?.two_factor_enabled, true);

      requireMfa();
      const refused = await me('DELETE', `/phone_numbers/${seeded?.id}`);
      assert.equal(firstError(refused).code, 'second_factor_deletion_not_allowed');
      running.emulator.updateInstance({ mfaRequired: false });
      const removed = envelopeOf(await me('DELETE', `/phone_numbers/${seeded?.id}`));
      assert.equal(removed.client.sessions[0]?.user.two_factor_enabled, false);
      const again = new FapiTestClient(running.proxyUrl);
      assert.equal(resource(await again.createSignIn('sms@example.com')).status, 'complete');
    });

    it('removes a phone number', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const phone = await signedIn.addVerifiedPhoneNumber(running, '+15555550173');
      const removed = envelopeOf<{ object: string; id: string; deleted: boolean }>(
        await signedIn.me('DELETE', `/phone_numbers/${phone.id}`),
      );
      assert.deepEqual(removed.response, { object: 'phone_number', id: phone.id, deleted: true });
      assert.deepEqual(removed.client.sessions[0]?.user.phone_numbers, []);
      assert.equal(removed.client.sessions[0]?.user.primary_phone_number_id, null);
    });
  });

  describe('bad input', () => {
    it('answers 4xx with Clerk error codes, never a crash', async () => {
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const cases: [string, Promise<{ status: number }>, number, string][] = [
        [
          'no client',
          new FapiTestClient(running.proxyUrl).request('GET', '/v1/me'),
          401,
          'authentication_invalid',
        ],
        [
          'another client’s session',
          new FapiTestClient(running.proxyUrl).request(
            'GET',
            `/v1/me?_clerk_session_id=${signedIn.sessionId}`,
          ),
          401,
          'authentication_invalid',
        ],
        [
          'unknown phone number',
          signedIn.me('GET', '/phone_numbers/idn_unknown'),
          404,
          'resource_not_found',
        ],
        [
          'unknown phone number to delete',
          signedIn.me('DELETE', '/phone_numbers/idn_unknown'),
          404,
          'resource_not_found',
        ],
        [
          'phone number missing',
          signedIn.me('POST', '/phone_numbers', {}),
          422,
          'form_param_missing',
        ],
        [
          'phone number not E.164',
          signedIn.me('POST', '/phone_numbers', { phone_number: '555-0100' }),
          422,
          'form_param_format_invalid',
        ],
        [
          'reserved flag not a boolean',
          signedIn.me('POST', '/phone_numbers', {
            phone_number: '+15555550174',
            reserved_for_second_factor: 'maybe',
          }),
          422,
          'form_param_format_invalid',
        ],
        [
          'TOTP verified before it was created',
          signedIn.me('POST', '/totp/attempt_verification', { code: '123456' }),
          404,
          'resource_not_found',
        ],
        ['no TOTP to delete', signedIn.me('DELETE', '/totp'), 404, 'resource_not_found'],
        [
          'unknown me endpoint',
          signedIn.me('POST', '/phone_numbers/idn_x/unknown'),
          404,
          'resource_not_found',
        ],
      ];
      for (const [name, pending, status, code] of cases) {
        const answer = (await pending) as Awaited<ReturnType<FapiTestClient['request']>>;
        assert.equal(answer.status, status, `${name}: ${JSON.stringify(answer.body)}`);
        assert.equal(firstError(answer).code, code, name);
      }

      const created = envelopeOf<TotpJson>(await signedIn.me('POST', '/totp')).response;
      const missingCode = await signedIn.me('POST', '/totp/attempt_verification', {});
      assert.equal(missingCode.status, 422);
      assert.equal(firstError(missingCode).code, 'form_param_missing');
      const replaced = envelopeOf<TotpJson>(await signedIn.me('POST', '/totp')).response;
      assert.notEqual(replaced.secret, created.secret, 'a new secret replaces an unverified one');
      const stale = await signedIn.me('POST', '/totp/attempt_verification', {
        code: totpCodeAt(created.secret ?? '', clock.now()),
      });
      assert.equal(firstError(stale).code, 'form_code_incorrect', 'the replaced secret is gone');
      await signedIn.me('POST', '/totp/attempt_verification', {
        code: totpCodeAt(replaced.secret ?? '', clock.now()),
      });
      const twice = await signedIn.me('POST', '/totp');
      assert.equal(twice.status, 400);
      assert.equal(firstError(twice).code, 'totp_already_enabled');

      const phone = await signedIn.addVerifiedPhoneNumber(running, '+15555550175');
      const duplicate = await signedIn.me('POST', '/phone_numbers', {
        phone_number: '+15555550175',
      });
      assert.equal(duplicate.status, 422);
      assert.equal(firstError(duplicate).code, 'form_identifier_exists');
      const reverified = await signedIn.me(
        'POST',
        `/phone_numbers/${phone.id}/prepare_verification`,
        {
          strategy: 'phone_code',
        },
      );
      assert.equal(firstError(reverified).code, 'verification_already_verified');
      const badFlag = await signedIn.me('PATCH', `/phone_numbers/${phone.id}`, {
        reserved_for_second_factor: 'yes',
      });
      assert.equal(badFlag.status, 422);
      assert.equal(firstError(badFlag).code, 'form_param_format_invalid');
    });

    it('refuses second factors the instance does not offer', async () => {
      running.emulator.updateInstance({ secondFactors: ['phone_code'] });
      const signedIn = await SignedInBrowser.signIn(running, ENROLLING_USER);
      const totp = await signedIn.me('POST', '/totp');
      assert.equal(totp.status, 400);
      assert.equal(firstError(totp).code, 'feature_not_enabled');
      const codes = await signedIn.me('POST', '/backup_codes');
      assert.equal(firstError(codes).code, 'feature_not_enabled');
      const phone = await signedIn.addVerifiedPhoneNumber(running, '+15555550176');
      const reserved = envelopeOf<PhoneNumberJson>(
        await signedIn.me('PATCH', `/phone_numbers/${phone.id}`, {
          reserved_for_second_factor: 'true',
        }),
      ).response;
      assert.equal(reserved.backup_codes, undefined, 'no backup codes without backup codes on');
    });
  });
});
