import { expect } from '@open-wc/testing';

import { SignInFlow } from '../../src/flow/sign-in-flow.js';
import { englishMessages } from '../../src/english.js';
import { createTranslator, type MessageKey } from '../../src/messages.js';
import {
  FakeClerk,
  FakeClerkLoader,
  FakeClerkRuntimeError,
  fakeApiError,
  fakeClerkJsNetworkError,
  fakeFactors,
  fakeFetchTypeError,
  fakeRuntimeNetworkError,
  fakeUser,
  needsSecondFactor,
  type FakeOutcome,
} from '../fakes/fake-clerk.js';
import {
  createFlowHarness,
  identifier,
  nextTurn,
  password,
  submitCredentialsAnswered,
  type FlowHarness,
} from './flow-harness.js';

const code = '918273';

async function inTotpStep(): Promise<FlowHarness> {
  const harness = await createFlowHarness();
  await submitCredentialsAnswered(
    harness,
    needsSecondFactor(fakeFactors.totp, fakeFactors.backupCode),
  );
  return harness;
}

async function inSmsStep(): Promise<FlowHarness> {
  const harness = await createFlowHarness();
  harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
  await submitCredentialsAnswered(
    harness,
    needsSecondFactor(fakeFactors.phoneCode, fakeFactors.backupCode),
  );
  return harness;
}

function message(key: MessageKey): string {
  return englishMessages[key];
}

describe('SignInFlow: errors', () => {
  describe('Clerk errors on the credentials', () => {
    for (const [clerkCode, options, key, field] of [
      ['form_identifier_not_found', {}, 'unstable__errors.form_identifier_not_found', 'identifier'],
      ['form_password_incorrect', {}, 'unstable__errors.form_password_incorrect', 'password'],
      [
        'form_password_or_identifier_incorrect',
        {},
        'unstable__errors.form_password_or_identifier_incorrect',
        'password',
      ],
      ['form_param_nil', { paramName: 'password' }, 'unstable__errors.form_param_nil', 'password'],
      [
        'form_param_nil',
        { paramName: 'identifier' },
        'unstable__errors.form_param_nil',
        'identifier',
      ],
      [
        'form_param_missing',
        { paramName: 'identifier' },
        'unstable__errors.form_param_nil',
        'identifier',
      ],
      [
        'form_param_missing',
        { paramName: 'email_address' },
        'unstable__errors.form_param_nil',
        'identifier',
      ],
      [
        'form_param_format_invalid',
        { paramName: 'identifier' },
        'unstable__errors.form_param_format_invalid',
        'identifier',
      ],
      ['form_password_pwned', {}, 'unstable__errors.form_password_pwned__sign_in', 'password'],
      [
        'form_password_compromised',
        {},
        'unstable__errors.form_password_compromised__sign_in',
        'password',
      ],
    ] as const) {
      it(`shows ${clerkCode} ${JSON.stringify(options)} on the ${field} field, keeping the identifier`, async () => {
        const harness = await createFlowHarness();
        harness.clearRecords();
        await submitCredentialsAnswered(harness, { throws: fakeApiError(clerkCode, options) });
        const error = { code: clerkCode, message: message(key), field };
        expect(harness.flow.state).to.deep.include({
          step: 'credentials',
          busy: false,
          identifier,
          error,
        });
        expect(harness.notices).to.deep.equal([
          { type: 'error', detail: { ...error, step: 'credentials' } },
        ]);
      });
    }

    it('shows form_param_missing for a parameter that is no input on the form as a whole', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('form_param_missing', { paramName: 'strategy' }),
      });
      expect(harness.flow.state.error).to.deep.equal({
        code: 'form_param_missing',
        message: message('unstable__errors.form_param_nil'),
      });
    });

    it('lets the user submit again after an error', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: fakeApiError('form_password_incorrect') });
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      expect(harness.flow.state).to.include({ step: 'second-factor', error: null });
    });
  });

  describe('form_code_incorrect', () => {
    it('stays in the code step with the error on the code field', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect'),
      });
      harness.clearRecords();
      await harness.flow.submitCode(code);
      const error = {
        code: 'form_code_incorrect',
        message: message('unstable__errors.form_code_incorrect'),
        field: 'code',
      };
      expect(harness.flow.state).to.deep.include({
        step: 'second-factor',
        strategy: 'totp',
        busy: false,
        error,
      });
      expect(harness.notices).to.deep.equal([
        { type: 'error', detail: { ...error, step: 'second-factor' } },
      ]);
    });
  });

  describe('verification_expired', () => {
    it('for an SMS code: stays, and a new code can be sent at once', async () => {
      const harness = await inSmsStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('verification_expired'),
      });
      await harness.flow.submitCode(code);
      expect(harness.flow.state).to.deep.include({
        step: 'second-factor',
        strategy: 'phone_code',
        resendAvailableAt: harness.clock.time,
        error: {
          code: 'verification_expired',
          message: message('clerkMfaElements.errors.verification_expired'),
          field: 'code',
        },
      });
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
    });

    for (const strategy of ['totp', 'backup_code'] as const) {
      it(`for ${strategy}: the sign-in expired, back to the credentials with the identifier kept`, async () => {
        const harness = await inTotpStep();
        await harness.flow.chooseStrategy(strategy);
        harness.clerk.respond('signIn.attemptSecondFactor', {
          throws: fakeApiError('verification_expired'),
        });
        harness.clearRecords();
        await harness.flow.submitCode(strategy === 'totp' ? code : 'abcd1234');
        const error = {
          code: 'verification_expired',
          message: message('clerkMfaElements.errors.verification_expired__sign_in'),
        };
        expect(harness.flow.state).to.deep.include({
          step: 'credentials',
          status: null,
          strategy: null,
          identifier,
          busy: false,
          error,
        });
        expect(harness.notices.map((notice) => notice.type)).to.deep.equal([
          'status-change',
          'error',
        ]);
        expect(harness.noticesOf('error')[0].detail).to.deep.equal({
          ...error,
          step: 'credentials',
        });
      });
    }

    it('when Clerk no longer knows the sign-in (resource_not_found): back to the credentials', async () => {
      const harness = await inSmsStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('resource_not_found'),
      });
      await harness.flow.submitCode(code);
      expect(harness.flow.state).to.deep.include({
        step: 'credentials',
        identifier,
        error: {
          code: 'verification_expired',
          message: message('clerkMfaElements.errors.verification_expired__sign_in'),
        },
      });
    });

    it('when sending a code finds the sign-in gone: back to the credentials', async () => {
      const harness = await inSmsStep();
      harness.clock.advance(30_000);
      harness.clerk.respond('signIn.prepareSecondFactor', {
        throws: fakeApiError('resource_not_found'),
      });
      await harness.flow.sendCode();
      expect(harness.flow.state.step).to.equal('credentials');
      expect(harness.flow.state.error?.code).to.equal('verification_expired');
    });

    it('a new sign-in starts cleanly after the sign-in expired', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('verification_expired'),
      });
      await harness.flow.submitCode(code);
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      expect(harness.flow.state).to.include({ step: 'second-factor', error: null });
    });
  });

  describe('verification_failed (too many attempts)', () => {
    it('for an SMS code: stays, and a new code can be sent at once', async () => {
      const harness = await inSmsStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('verification_failed'),
      });
      await harness.flow.submitCode(code);
      expect(harness.flow.state).to.deep.include({
        step: 'second-factor',
        resendAvailableAt: harness.clock.time,
        error: {
          code: 'verification_failed',
          message: message('clerkMfaElements.errors.verification_failed'),
          field: 'code',
        },
      });
    });

    for (const strategy of ['totp', 'backup_code'] as const) {
      it(`for ${strategy}: back to the credentials to restart the sign-in`, async () => {
        const harness = await inTotpStep();
        await harness.flow.chooseStrategy(strategy);
        harness.clerk.respond('signIn.attemptSecondFactor', {
          throws: fakeApiError('verification_failed'),
        });
        await harness.flow.submitCode(strategy === 'totp' ? code : 'abcd1234');
        expect(harness.flow.state).to.deep.include({
          step: 'credentials',
          identifier,
          error: {
            code: 'verification_failed',
            message: message('clerkMfaElements.errors.verification_failed__sign_in'),
          },
        });
      });
    }
  });

  describe('verification_code_too_many_requests', () => {
    it('keeps the code step, with the code already sent, and waits Retry-After before the next send', async () => {
      const harness = await inSmsStep();
      harness.clock.advance(31_000);
      harness.clerk.respond('signIn.prepareSecondFactor', {
        throws: fakeApiError('verification_code_too_many_requests', {
          status: 429,
          retryAfter: 20,
        }),
      });
      await harness.flow.sendCode();
      const resendAvailableAt = harness.clock.time + 20_000;
      expect(harness.flow.state).to.deep.include({
        step: 'second-factor',
        strategy: 'phone_code',
        busy: false,
        lockedUntil: null,
        resendAvailableAt,
        error: {
          code: 'verification_code_too_many_requests',
          message: message('clerkMfaElements.errors.verification_code_too_many_requests'),
          retryAt: resendAvailableAt,
        },
      });
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
    });
  });

  describe('too_many_requests', () => {
    it('refuses submits until Retry-After has passed, then clears the lock and its message', async () => {
      const harness = await createFlowHarness();
      harness.clearRecords();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 20 }),
      });
      const retryAt = harness.clock.time + 20_000;
      const error = {
        code: 'too_many_requests',
        message: message('clerkMfaElements.errors.too_many_requests'),
        retryAt,
      };
      expect(harness.flow.state).to.deep.include({ lockedUntil: retryAt, error, busy: false });
      expect(harness.notices).to.deep.equal([
        { type: 'error', detail: { ...error, step: 'credentials' } },
      ]);

      harness.clock.advance(19_999);
      await harness.flow.submitCredentials({ identifier, password });
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
      expect(harness.flow.state.lockedUntil).to.equal(retryAt);

      harness.clock.advance(1);
      expect(harness.flow.state).to.include({ lockedUntil: null, error: null });
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(2);
    });

    it('refuses codes and resends while locked', async () => {
      const harness = await inSmsStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('too_many_requests', { retryAfter: 60 }),
      });
      await harness.flow.submitCode(code);
      await harness.flow.submitCode(code);
      harness.clock.advance(30_000);
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.have.length(1);
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
    });

    it('locks after a rate-limited send as well', async () => {
      const harness = await inSmsStep();
      harness.clock.advance(30_000);
      harness.clerk.respond('signIn.prepareSecondFactor', {
        throws: fakeApiError('too_many_requests', { retryAfter: 45 }),
      });
      await harness.flow.sendCode();
      expect(harness.flow.state.lockedUntil).to.equal(harness.clock.time + 45_000);
    });

    it('switches strategy while locked without sending a code, which the user can send once the lock ends', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('too_many_requests', { retryAfter: 10 }),
      });
      await harness.flow.submitCode(code);
      harness.flow.back();
      harness.clerk.respond(
        'signIn.create',
        needsSecondFactor(fakeFactors.totp, fakeFactors.phoneCode),
      );
      harness.clock.advance(10_000);
      await harness.flow.submitCredentials({ identifier, password });
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('too_many_requests', { retryAfter: 10 }),
      });
      await harness.flow.submitCode(code);
      await harness.flow.chooseStrategy('phone_code');
      expect(harness.flow.state).to.include({ strategy: 'phone_code', resendAvailableAt: null });
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([]);
      harness.clock.advance(10_000);
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
    });

    it('shows the message without a lock when Clerk gives no Retry-After', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: fakeApiError('too_many_requests') });
      expect(harness.flow.state.lockedUntil).to.equal(null);
      expect(harness.flow.state.error).to.deep.equal({
        code: 'too_many_requests',
        message: message('clerkMfaElements.errors.too_many_requests'),
      });
      expect(harness.clock.pendingTimerCount).to.equal(0);
    });

    it('ends the lock quietly when its message was already dismissed', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('too_many_requests', { retryAfter: 5 }),
      });
      await harness.flow.submitCode(code);
      await harness.flow.chooseStrategy('backup_code');
      expect(harness.flow.state.error).to.equal(null);
      harness.clearRecords();
      harness.clock.advance(5_000);
      expect(harness.flow.state).to.include({ lockedUntil: null, strategy: 'backup_code' });
      expect(harness.states).to.have.length(1);
      expect(harness.notices).to.deep.equal([]);
    });

    it('ignores every submit while locked, even an empty one', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('too_many_requests', { retryAfter: 5 }),
      });
      await harness.flow.submitCode(code);
      harness.clearRecords();
      await harness.flow.submitCode('  ');
      expect(harness.states).to.deep.equal([]);
      expect(harness.flow.state.error?.code).to.equal('too_many_requests');
    });

    it('a longer lock replaces a shorter one', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 5 }),
      });
      harness.clock.advance(5_000);
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 50 }),
      });
      expect(harness.clock.pendingTimerCount).to.equal(1);
      harness.clock.advance(49_000);
      expect(harness.flow.state.lockedUntil).to.equal(harness.clock.time + 1_000);
    });
  });

  describe('user_locked', () => {
    for (const [longMessage, seconds, shown] of [
      [
        'Your account is locked. You will be able to try again in 30 minutes. For more information, please contact support.',
        1_800,
        '30 min',
      ],
      [
        'Your account is locked. You will be able to try again in 29 minutes and 30 seconds.',
        1_770,
        '30 min',
      ],
      ['Your account is locked. You will be able to try again in 1 hour.', 3_600, '60 min'],
      ['Your account is locked. You will be able to try again in 45 seconds.', 45, '45 sec'],
    ] as const) {
      it(`reads the lockout time from "${longMessage}"`, async () => {
        const harness = await createFlowHarness();
        await submitCredentialsAnswered(harness, {
          throws: fakeApiError('user_locked', { longMessage }),
        });
        const until = harness.clock.time + seconds * 1000;
        expect(harness.flow.state.lockedUntil).to.equal(until);
        expect(harness.flow.state.error).to.deep.equal({
          code: 'user_locked',
          message: `Your account is locked after too many failed attempts. You can try again in \u2068${shown}\u2069.`,
          retryAt: until,
        });
        await harness.flow.submitCredentials({ identifier, password });
        expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
        harness.clock.advance(seconds * 1000);
        expect(harness.flow.state).to.include({ lockedUntil: null, error: null });
      });
    }

    it('shows the plain message when Clerk gives no time', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('user_locked', {
          longMessage: 'Your account is locked. For more information, please contact support.',
        }),
      });
      expect(harness.flow.state.lockedUntil).to.equal(null);
      expect(harness.flow.state.error).to.deep.equal({
        code: 'user_locked',
        message: message('clerkMfaElements.errors.user_locked'),
      });
    });
  });

  describe('session_exists', () => {
    it('moves to the signed-in view with the user Clerk knows', async () => {
      const clerk = new FakeClerk();
      const harness = await createFlowHarness({ clerk });
      clerk.user = fakeUser;
      harness.clearRecords();
      await submitCredentialsAnswered(harness, { throws: fakeApiError('session_exists') });
      const error = { code: 'session_exists', message: message('unstable__errors.session_exists') };
      expect(harness.flow.state).to.deep.include({
        step: 'signed-in',
        busy: false,
        user: { id: fakeUser.id, displayName: 'Ada Lovelace' },
        error,
      });
      expect(harness.notices.map((notice) => notice.type)).to.deep.equal([
        'status-change',
        'error',
      ]);
      expect(harness.noticesOf('error')[0].detail).to.deep.equal({ ...error, step: 'signed-in' });
    });
  });

  describe('session_exists without a user known to this page', () => {
    it('moves to the signed-in view without a user', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: fakeApiError('session_exists') });
      expect(harness.flow.state).to.include({ step: 'signed-in', user: null });
    });
  });

  describe('network failures', () => {
    const thrownByFailure: ReadonlyArray<readonly [string, () => unknown]> = [
      ["fetch's TypeError in Chromium", fakeFetchTypeError],
      [
        "fetch's TypeError in Firefox",
        () => new TypeError('NetworkError when attempting to fetch resource.'),
      ],
      ["fetch's TypeError in WebKit", () => new TypeError('Load failed')],
      ['the Error clerk-js throws when fetch fails', fakeClerkJsNetworkError],
      ["clerk-js's ClerkRuntimeError network_error", fakeRuntimeNetworkError],
      ["clerk-js's ClerkOfflineError", () => new FakeClerkRuntimeError('offline', 'clerk_offline')],
    ];

    for (const [name, makeError] of thrownByFailure) {
      it(`shows network_error for ${name}, keeping everything typed`, async () => {
        const harness = await createFlowHarness();
        harness.clearRecords();
        await submitCredentialsAnswered(harness, { throws: makeError() });
        const error = {
          code: 'network_error',
          message: message('clerkMfaElements.errors.network_error'),
        };
        expect(harness.flow.state).to.deep.include({
          step: 'credentials',
          identifier,
          busy: false,
          error,
        });
        expect(harness.notices).to.deep.equal([
          { type: 'error', detail: { ...error, step: 'credentials' } },
        ]);
      });
    }

    const unansweredOutcomes: ReadonlyArray<readonly [string, FakeOutcome]> = [
      ['a null sign-in', { returnsNull: true }],
      ['the sign-in untouched', { offline: true }],
    ];

    for (const [name, outcome] of unansweredOutcomes) {
      it(`treats ${name} from signIn.create as a network failure`, async () => {
        const harness = await createFlowHarness();
        await submitCredentialsAnswered(harness, outcome);
        expect(harness.flow.state).to.include({ step: 'credentials', busy: false });
        expect(harness.flow.state.error?.code).to.equal('network_error');
      });

      it(`treats ${name} from attemptSecondFactor as a network failure, and the code can be sent again`, async () => {
        const harness = await inTotpStep();
        harness.clerk.respond('signIn.attemptSecondFactor', outcome, {
          signIn: { status: 'complete', createdSessionId: 'sess_fake_1' },
        });
        await harness.flow.submitCode(code);
        expect(harness.flow.state).to.include({
          step: 'second-factor',
          strategy: 'totp',
          busy: false,
        });
        expect(harness.flow.state.error?.code).to.equal('network_error');
        await harness.flow.submitCode(code);
        expect(harness.flow.state.step).to.equal('complete');
      });

      it(`treats ${name} from prepareSecondFactor as a network failure: no code-sent, resend allowed`, async () => {
        const harness = await createFlowHarness();
        harness.clerk.respond(
          'signIn.prepareSecondFactor',
          outcome,
          needsSecondFactor(fakeFactors.phoneCode),
        );
        await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.phoneCode));
        expect(harness.noticesOf('code-sent')).to.deep.equal([]);
        expect(harness.flow.state).to.include({ resendAvailableAt: null, busy: false });
        expect(harness.flow.state.error?.code).to.equal('network_error');
        await harness.flow.sendCode();
        expect(harness.noticesOf('code-sent')).to.have.length(1);
      });
    }

    it('treats an answer to a code with an unchanged status as no answer', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', needsSecondFactor(fakeFactors.totp));
      await harness.flow.submitCode(code);
      expect(harness.flow.state.error?.code).to.equal('network_error');
    });

    it('treats a Clerk without a client as unreachable', async () => {
      const harness = await createFlowHarness();
      harness.clerk.client = null;
      await harness.flow.submitCredentials({ identifier, password });
      expect(harness.flow.state.error?.code).to.equal('network_error');
    });
  });

  describe('anything else', () => {
    const unknownFailures: ReadonlyArray<readonly [string, unknown]> = [
      ['an Error with its own text', new Error('boom: internal detail 42')],
      ['a TypeError that is no fetch failure', new TypeError('x is not a function')],
      ['a Clerk code this flow does not explain', fakeApiError('captcha_invalid')],
      [
        'a Clerk answer without errors',
        Object.assign(new Error('Odd'), { clerkError: true, status: 422, errors: [] }),
      ],
      [
        'a Clerk answer whose errors have no code',
        Object.assign(new Error('Odd'), { errors: [{ message: 'x' }] }),
      ],
      [
        'a Clerk answer whose errors are not objects',
        Object.assign(new Error('Odd'), { errors: ['x'] }),
      ],
      ['a string', 'failure text'],
      ['undefined', undefined],
    ];

    for (const [name, thrown] of unknownFailures) {
      it(`shows unknown_error for ${name}, never the thrown text`, async () => {
        const harness = await createFlowHarness();
        await submitCredentialsAnswered(harness, { throws: thrown });
        expect(harness.flow.state.error).to.deep.equal({
          code: 'unknown_error',
          message: message('clerkMfaElements.errors.unknown_error'),
        });
        const published = JSON.stringify([harness.states, harness.notices]);
        expect(published).not.to.contain('boom');
        expect(published).not.to.contain('failure text');
      });
    }

    it('shows unknown_error for resource_not_found outside the code step', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: fakeApiError('resource_not_found') });
      expect(harness.flow.state).to.include({ step: 'credentials', identifier });
      expect(harness.flow.state.error?.code).to.equal('unknown_error');
    });

    it('keeps the code step after an unknown error in it', async () => {
      const harness = await inTotpStep();
      harness.clerk.respond('signIn.attemptSecondFactor', { throws: new Error('unexpected') });
      await harness.flow.submitCode(code);
      expect(harness.flow.state).to.include({
        step: 'second-factor',
        strategy: 'totp',
        busy: false,
      });
      expect(harness.flow.state.error?.code).to.equal('unknown_error');
    });
  });

  describe('locks across detach and attach', () => {
    it('stops the lock timer on detach and starts it again on attach with the same loader', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 20 }),
      });
      harness.flow.detach();
      expect(harness.clock.pendingTimerCount).to.equal(0);
      harness.clock.advance(5_000);
      harness.flow.attach(harness.loader.getClerk);
      expect(harness.clock.pendingTimerCount).to.equal(1);
      harness.clock.advance(15_000);
      expect(harness.flow.state.lockedUntil).to.equal(null);
      expect(harness.loader.loadCount).to.equal(1);
    });

    it('ends a lock that passed while detached as soon as it is attached again', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 20 }),
      });
      harness.flow.detach();
      harness.clock.advance(60_000);
      harness.flow.attach(harness.loader.getClerk);
      expect(harness.flow.state).to.include({ lockedUntil: null, error: null });
      expect(harness.clock.pendingTimerCount).to.equal(0);
    });

    it('leaves a running lock timer alone when attached again without a detach', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 20 }),
      });
      harness.flow.attach(harness.loader.getClerk);
      expect(harness.clock.pendingTimerCount).to.equal(1);
    });

    it('uses the real clock and timers by default', async () => {
      const clerk = new FakeClerk();
      const flow = new SignInFlow({ translate: createTranslator(englishMessages) });
      flow.attach(new FakeClerkLoader(clerk).getClerk);
      await nextTurn();
      clerk.respond('signIn.create', {
        throws: fakeApiError('too_many_requests', { retryAfter: 30 }),
      });
      await flow.submitCredentials({ identifier, password });
      expect(flow.state.lockedUntil).to.be.closeTo(Date.now() + 30_000, 1_000);
      flow.detach();
    });
  });
});
