import { expect } from '@open-wc/testing';

import type { FlowNotice, FlowState } from '../../src/flow/types.js';
import { englishMessages } from '../../src/english.js';
import { createTranslator } from '../../src/messages.js';
import {
  FakeClerk,
  fakeApiError,
  fakeFactors,
  fakeRuntimeNetworkError,
  fakeSessionId,
  fakeUser,
  needsClientTrust,
  needsSecondFactor,
  signInComplete,
  signInWithStatus,
} from '../fakes/fake-clerk.js';
import {
  createFlowHarness,
  identifier,
  nextTurn,
  password,
  submitCredentialsAnswered,
  type FlowHarness,
} from './flow-harness.js';

const totpCode = '918273';
const smsCode = '640519';
const backupCode = 'k7qz-m2xp';

/** Every factor the second-factor step can offer, listed by Clerk in an order of its own. */
const allSecondFactors = [fakeFactors.backupCode, fakeFactors.phoneCode, fakeFactors.totp];

function statusChanges(harness: FlowHarness) {
  return harness.noticesOf('status-change').map((notice) => notice.detail);
}

describe('SignInFlow: signing in', () => {
  describe('credentials', () => {
    it('creates the sign-in with the identifier (trimmed) and the password', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      await harness.flow.submitCredentials({ identifier: `  ${identifier} `, password });
      expect(harness.clerk.callsTo('signIn.create')).to.deep.equal([
        { method: 'signIn.create', params: { identifier, password } },
      ]);
      expect(harness.flow.state.identifier).to.equal(identifier);
    });

    it('is busy while Clerk answers, and ignores a second submit meanwhile', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const held = harness.clerk.holdNext('signIn.create');
      const first = harness.flow.submitCredentials({ identifier, password });
      await held.reached;
      expect(harness.flow.state.busy).to.equal(true);
      await harness.flow.submitCredentials({ identifier, password });
      held.release();
      await first;
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
      expect(harness.flow.state.busy).to.equal(false);
    });

    for (const [typed, code, field] of [
      [{ identifier: '   ', password }, 'identifier_required', 'identifier'],
      [{ identifier, password: '' }, 'password_required', 'password'],
      [{ identifier: '', password: '' }, 'identifier_required', 'identifier'],
    ] as const) {
      it(`refuses ${JSON.stringify(typed)} with ${code} on the ${field} field, without a request`, async () => {
        const harness = await createFlowHarness();
        harness.clearRecords();
        await harness.flow.submitCredentials(typed);
        const message = englishMessages[`clerkMfaElements.errors.${code}`];
        expect(harness.clerk.calls).to.deep.equal([]);
        expect(harness.flow.state.error).to.deep.equal({ code, message, field });
        expect(harness.notices).to.deep.equal([
          { type: 'error', detail: { code, message, field, step: 'credentials' } },
        ]);
      });
    }

    it('keeps the identifier typed when the password is missing', async () => {
      const harness = await createFlowHarness();
      await harness.flow.submitCredentials({ identifier, password: '' });
      expect(harness.flow.state.identifier).to.equal(identifier);
    });

    it('clears the previous error when a new submit starts', async () => {
      const harness = await createFlowHarness();
      await harness.flow.submitCredentials({ identifier, password: '' });
      const held = harness.clerk.holdNext('signIn.create');
      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const submitted = harness.flow.submitCredentials({ identifier, password });
      await held.reached;
      expect(harness.flow.state.error).to.equal(null);
      held.release();
      await submitted;
    });

    it('is ignored outside the credentials step', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      await harness.flow.submitCredentials({ identifier, password });
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
    });
  });

  describe('an account without a second factor', () => {
    it('activates the created session and announces completion with session and user ids', async () => {
      const harness = await createFlowHarness();
      harness.clearRecords();
      await submitCredentialsAnswered(harness, signInComplete());
      expect(harness.clerk.callsTo('setActive')).to.deep.equal([
        { method: 'setActive', params: { session: fakeSessionId } },
      ]);
      expect(harness.flow.state).to.deep.include({
        step: 'complete',
        status: 'complete',
        busy: false,
        error: null,
        user: { id: fakeUser.id, displayName: 'Ada Lovelace' },
      });
      expect(harness.notices).to.deep.equal([
        {
          type: 'status-change',
          detail: {
            step: 'complete',
            previousStep: 'credentials',
            status: 'complete',
            previousStatus: null,
            strategy: null,
            factors: [],
          },
        },
        { type: 'complete', detail: { sessionId: fakeSessionId, userId: fakeUser.id } },
      ]);
    });

    it('names the user by the identifier when Clerk gives neither name nor email', async () => {
      const harness = await createFlowHarness();
      harness.clerk.userAfterSignIn = { id: 'user_plain' };
      await submitCredentialsAnswered(harness, signInComplete());
      expect(harness.flow.state.user).to.deep.equal({ id: 'user_plain', displayName: identifier });
    });

    it('announces an empty user id when Clerk has no user object after activating', async () => {
      const harness = await createFlowHarness();
      harness.clerk.userAfterSignIn = null;
      await submitCredentialsAnswered(harness, signInComplete());
      expect(harness.flow.state).to.include({ step: 'complete', user: null });
      expect(harness.noticesOf('complete')[0].detail).to.deep.equal({
        sessionId: fakeSessionId,
        userId: '',
      });
    });

    it('shows unknown_error when Clerk reports complete without a session id', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        signIn: { status: 'complete', createdSessionId: null },
      });
      expect(harness.clerk.callsTo('setActive')).to.deep.equal([]);
      expect(harness.flow.state).to.include({ step: 'credentials', busy: false });
      expect(harness.flow.state.error?.code).to.equal('unknown_error');
    });

    it('retries only the activation when it failed, without signing in again', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('setActive', { throws: fakeRuntimeNetworkError() });
      await submitCredentialsAnswered(harness, signInComplete());
      expect(harness.flow.state).to.include({ step: 'credentials', busy: false });
      expect(harness.flow.state.error?.code).to.equal('network_error');
      await harness.flow.submitCredentials({ identifier, password });
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
      expect(harness.clerk.callsTo('setActive')).to.have.length(2);
      expect(harness.flow.state.step).to.equal('complete');
    });

    it('retries only the activation when a code was accepted but activating failed', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      harness.clerk.respond('setActive', { throws: fakeRuntimeNetworkError() });
      await harness.flow.submitCode(totpCode);
      expect(harness.flow.state).to.include({ step: 'second-factor', busy: false });
      expect(harness.flow.state.error?.code).to.equal('network_error');
      await harness.flow.submitCode(totpCode);
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.have.length(1);
      expect(harness.clerk.callsTo('setActive')).to.have.length(2);
      expect(harness.flow.state.step).to.equal('complete');
    });

    it('signs in afresh when the identifier changed after a failed activation', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('setActive', { throws: fakeRuntimeNetworkError() });
      await submitCredentialsAnswered(harness, signInComplete());
      harness.clerk.respond('signIn.create', signInComplete('sess_fake_2'));
      await harness.flow.submitCredentials({ identifier: 'grace@example.com', password });
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(2);
      expect(harness.clerk.callsTo('setActive').at(-1)?.params).to.deep.equal({
        session: 'sess_fake_2',
      });
    });
  });

  describe('second factor', () => {
    it('offers totp, phone_code and backup_code in that order, totp first, without sending anything', async () => {
      const harness = await createFlowHarness();
      harness.clearRecords();
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      const factors = [
        { strategy: 'totp' },
        { strategy: 'phone_code', safeIdentifier: '+1******0123' },
        { strategy: 'backup_code' },
      ];
      expect(harness.flow.state).to.deep.include({
        step: 'second-factor',
        status: 'needs_second_factor',
        strategy: 'totp',
        factors,
        busy: false,
        resendAvailableAt: null,
      });
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([]);
      expect(harness.notices).to.deep.equal([
        {
          type: 'status-change',
          detail: {
            step: 'second-factor',
            previousStep: 'credentials',
            status: 'needs_second_factor',
            previousStatus: null,
            strategy: 'totp',
            factors,
          },
        },
      ]);
    });

    it('never puts phone or email ids in the state or the notices', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      await harness.flow.chooseStrategy('phone_code');
      const published = JSON.stringify([harness.states, harness.notices]);
      expect(published).not.to.contain('idn_fake_phone');
      expect(published).not.to.contain('phoneNumberId');
    });

    it('starts with phone_code when there is no totp, sending the SMS code once', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsSecondFactor(fakeFactors.phoneCode, fakeFactors.backupCode),
      );
      harness.clearRecords();
      await submitCredentialsAnswered(
        harness,
        needsSecondFactor(fakeFactors.backupCode, fakeFactors.phoneCode),
      );
      const resendAvailableAt = harness.clock.time + 30_000;
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([
        {
          method: 'signIn.prepareSecondFactor',
          params: { strategy: 'phone_code', phoneNumberId: 'idn_fake_phone' },
        },
      ]);
      expect(harness.flow.state).to.include({
        strategy: 'phone_code',
        busy: false,
        resendAvailableAt,
      });
      expect(harness.notices.map((notice) => notice.type)).to.deep.equal([
        'status-change',
        'code-sent',
      ]);
      expect(harness.noticesOf('code-sent')[0].detail).to.deep.equal({
        strategy: 'phone_code',
        safeIdentifier: '+1******0123',
        resendAvailableAt,
      });
    });

    it('announces an empty safe identifier when Clerk lists none for the phone', async () => {
      const harness = await createFlowHarness();
      const phoneWithoutMask = { strategy: 'phone_code', phoneNumberId: 'idn_fake_phone' };
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(phoneWithoutMask));
      await submitCredentialsAnswered(harness, needsSecondFactor(phoneWithoutMask));
      expect(harness.flow.state.factors).to.deep.equal([{ strategy: 'phone_code' }]);
      expect(harness.noticesOf('code-sent')[0].detail.safeIdentifier).to.equal('');
    });

    it('is busy in the code step while the first SMS code is being sent', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      const held = harness.clerk.holdNext('signIn.prepareSecondFactor');
      const submitted = submitCredentialsAnswered(
        harness,
        needsSecondFactor(fakeFactors.phoneCode),
      );
      await held.reached;
      expect(harness.flow.state).to.include({
        step: 'second-factor',
        strategy: 'phone_code',
        busy: true,
      });
      held.release();
      await submitted;
      expect(harness.flow.state.busy).to.equal(false);
    });

    it('starts with backup_code when it is the only factor', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.backupCode));
      expect(harness.flow.state.strategy).to.equal('backup_code');
      expect(harness.flow.state.factors).to.deep.equal([{ strategy: 'backup_code' }]);
    });

    it('prefers the phone number Clerk marks as default when it lists two', async () => {
      const harness = await createFlowHarness();
      const otherPhone = {
        strategy: 'phone_code',
        phoneNumberId: 'idn_other',
        safeIdentifier: '+44*****9999',
      };
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsSecondFactor(otherPhone, fakeFactors.phoneCode),
      );
      await submitCredentialsAnswered(
        harness,
        needsSecondFactor(otherPhone, fakeFactors.phoneCode),
      );
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')[0].params).to.deep.equal({
        strategy: 'phone_code',
        phoneNumberId: 'idn_fake_phone',
      });
    });

    it('verifies an authenticator code and completes', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      harness.clearRecords();
      await harness.flow.submitCode(totpCode);
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.deep.equal([
        { method: 'signIn.attemptSecondFactor', params: { strategy: 'totp', code: totpCode } },
      ]);
      expect(harness.clerk.callsTo('setActive')).to.deep.equal([
        { method: 'setActive', params: { session: fakeSessionId } },
      ]);
      expect(harness.notices).to.deep.equal([
        {
          type: 'status-change',
          detail: {
            step: 'complete',
            previousStep: 'second-factor',
            status: 'complete',
            previousStatus: 'needs_second_factor',
            strategy: null,
            factors: [],
          },
        },
        { type: 'complete', detail: { sessionId: fakeSessionId, userId: fakeUser.id } },
      ]);
      expect(harness.flow.state).to.include({ step: 'complete', resendAvailableAt: null });
    });

    for (const [typed, sent] of [
      ['123 456', '123456'],
      ['123-456', '123456'],
      ['Your code is 123456', '123456'],
      [' 12 34 56\n', '123456'],
    ] as const) {
      it(`sends the digits of ${JSON.stringify(typed)} as an authenticator code`, async () => {
        const harness = await createFlowHarness();
        await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
        harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
        await harness.flow.submitCode(typed);
        expect(harness.clerk.callsTo('signIn.attemptSecondFactor')[0].params).to.deep.equal({
          strategy: 'totp',
          code: sent,
        });
      });
    }

    it('sends a backup code trimmed, lower-cased and without spaces', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.backupCode));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      await harness.flow.submitCode('  K7QZ M2XP \t');
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')[0].params).to.deep.equal({
        strategy: 'backup_code',
        code: 'k7qzm2xp',
      });
    });

    it('verifies an SMS code with the phone_code strategy', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.phoneCode));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      await harness.flow.submitCode(`${smsCode.slice(0, 3)} ${smsCode.slice(3)}`);
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')[0].params).to.deep.equal({
        strategy: 'phone_code',
        code: smsCode,
      });
      expect(harness.flow.state.step).to.equal('complete');
    });

    for (const [strategy, typed] of [
      ['totp', '   '],
      ['totp', 'abc'],
      ['backup_code', ' \n '],
    ] as const) {
      it(`refuses the ${strategy} code ${JSON.stringify(typed)} with code_required, without a request`, async () => {
        const harness = await createFlowHarness();
        const factor = strategy === 'totp' ? fakeFactors.totp : fakeFactors.backupCode;
        await submitCredentialsAnswered(harness, needsSecondFactor(factor));
        harness.clearRecords();
        await harness.flow.submitCode(typed);
        const message = englishMessages['clerkMfaElements.errors.code_required'];
        expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.deep.equal([]);
        expect(harness.flow.state.error).to.deep.equal({
          code: 'code_required',
          message,
          field: 'code',
        });
        expect(harness.notices).to.deep.equal([
          {
            type: 'error',
            detail: { code: 'code_required', message, field: 'code', step: 'second-factor' },
          },
        ]);
      });
    }

    it('ignores a second code submitted while the first is being verified', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      const held = harness.clerk.holdNext('signIn.attemptSecondFactor');
      const first = harness.flow.submitCode(totpCode);
      await held.reached;
      await harness.flow.submitCode(totpCode);
      await harness.flow.chooseStrategy('backup_code');
      await harness.flow.sendCode();
      held.release();
      await first;
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.have.length(1);
      expect(harness.clerk.calls.map((call) => call.method)).to.deep.equal([
        'signIn.create',
        'signIn.attemptSecondFactor',
        'setActive',
      ]);
    });

    it('ignores a code outside the code step', async () => {
      const harness = await createFlowHarness();
      await harness.flow.submitCode(totpCode);
      expect(harness.clerk.calls).to.deep.equal([]);
      expect(harness.flow.state.error).to.equal(null);
    });

    it('takes the sign-in Clerk returned, not the one clerk-js puts on the client afterwards', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      // clerk-js replaces client.signIn after each answer; the flow keeps the resource it got.
      harness.clerk.client = null;
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      await harness.flow.submitCode(totpCode);
      expect(harness.flow.state.step).to.equal('complete');
    });
  });

  describe('choosing another strategy', () => {
    it('switches without a request and announces the new strategy', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      harness.clearRecords();
      await harness.flow.chooseStrategy('backup_code');
      expect(harness.flow.state.strategy).to.equal('backup_code');
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([]);
      expect(statusChanges(harness)).to.deep.equal([
        {
          step: 'second-factor',
          previousStep: 'second-factor',
          status: 'needs_second_factor',
          previousStatus: 'needs_second_factor',
          strategy: 'backup_code',
          factors: harness.flow.state.factors,
        },
      ]);
    });

    it('does nothing when choosing the current strategy, or one not offered', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(
        harness,
        needsSecondFactor(fakeFactors.totp, fakeFactors.backupCode),
      );
      harness.clearRecords();
      await harness.flow.chooseStrategy('totp');
      await harness.flow.chooseStrategy('phone_code');
      expect(harness.notices).to.deep.equal([]);
      expect(harness.states).to.deep.equal([]);
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([]);
    });

    it('is ignored outside the code step', async () => {
      const harness = await createFlowHarness();
      harness.clearRecords();
      await harness.flow.chooseStrategy('totp');
      expect(harness.states).to.deep.equal([]);
    });

    it('clears the error shown for the previous strategy', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      await harness.flow.submitCode('');
      await harness.flow.chooseStrategy('backup_code');
      expect(harness.flow.state.error).to.equal(null);
    });

    it('sends the SMS code when phone_code is first chosen, once per sign-in, whatever the switching', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(...allSecondFactors));
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      await harness.flow.chooseStrategy('phone_code');
      const resendAvailableAt = harness.clock.time + 30_000;
      expect(harness.flow.state).to.include({ strategy: 'phone_code', resendAvailableAt });
      harness.clock.advance(5_000);
      await harness.flow.chooseStrategy('totp');
      expect(harness.flow.state.resendAvailableAt).to.equal(null);
      await harness.flow.chooseStrategy('phone_code');
      await harness.flow.chooseStrategy('backup_code');
      await harness.flow.chooseStrategy('phone_code');
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
      expect(harness.noticesOf('code-sent')).to.have.length(1);
      expect(harness.flow.state.resendAvailableAt).to.equal(resendAvailableAt);
    });

    it('sends the SMS code again for a new sign-in', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsSecondFactor(fakeFactors.phoneCode),
        needsSecondFactor(fakeFactors.phoneCode),
      );
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.phoneCode));
      harness.flow.back();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.phoneCode));
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
      expect(harness.noticesOf('code-sent')).to.have.length(2);
    });

    it('sends again by choosing when the first send failed, since nothing was sent', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        { throws: fakeRuntimeNetworkError() },
        needsSecondFactor(...allSecondFactors),
      );
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      await harness.flow.chooseStrategy('phone_code');
      expect(harness.flow.state.error?.code).to.equal('network_error');
      await harness.flow.chooseStrategy('totp');
      await harness.flow.chooseStrategy('phone_code');
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
      expect(harness.noticesOf('code-sent')).to.have.length(1);
    });
  });

  describe('resending a code', () => {
    async function inSmsStep(resendDelaySeconds?: number): Promise<FlowHarness> {
      const harness = await createFlowHarness(
        resendDelaySeconds === undefined ? {} : { resendDelaySeconds },
      );
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.phoneCode));
      return harness;
    }

    it('waits 30 seconds by default: earlier sends are ignored, then it sends and restarts the countdown', async () => {
      const harness = await inSmsStep();
      const firstAvailableAt = harness.flow.state.resendAvailableAt!;
      expect(firstAvailableAt).to.equal(harness.clock.time + 30_000);
      harness.clock.advance(29_999);
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
      harness.clock.advance(1);
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      harness.clearRecords();
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
      expect(harness.flow.state.resendAvailableAt).to.equal(harness.clock.time + 30_000);
      expect(harness.notices).to.deep.equal([
        {
          type: 'code-sent',
          detail: {
            strategy: 'phone_code',
            safeIdentifier: '+1******0123',
            resendAvailableAt: harness.clock.time + 30_000,
          },
        },
      ]);
    });

    it('waits the configured delay', async () => {
      const harness = await inSmsStep(10);
      expect(harness.flow.state.resendAvailableAt).to.equal(harness.clock.time + 10_000);
      harness.clock.advance(10_000);
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
    });

    it('uses a delay changed with setResendDelay for the next send', async () => {
      const harness = await inSmsStep();
      harness.flow.setResendDelay(5);
      harness.clock.advance(30_000);
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await harness.flow.sendCode();
      expect(harness.flow.state.resendAvailableAt).to.equal(harness.clock.time + 5_000);
    });

    for (const invalid of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      it(`falls back to 30 seconds for a resend delay of ${invalid}`, async () => {
        const harness = await inSmsStep(invalid);
        expect(harness.flow.state.resendAvailableAt).to.equal(harness.clock.time + 30_000);
      });
    }

    it('clears a stale error when sending', async () => {
      const harness = await inSmsStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect'),
      });
      await harness.flow.submitCode(smsCode);
      expect(harness.flow.state.error?.code).to.equal('form_code_incorrect');
      harness.clock.advance(30_000);
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await harness.flow.sendCode();
      expect(harness.flow.state.error).to.equal(null);
    });

    it('never resends after a wrong code', async () => {
      const harness = await inSmsStep();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect'),
      });
      harness.clock.advance(60_000);
      await harness.flow.submitCode(smsCode);
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);
      expect(harness.flow.state.step).to.equal('second-factor');
    });

    it('is ignored for a code the user already has (totp, backup code)', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      await harness.flow.sendCode();
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([]);
    });
  });

  describe('new-device check (needs_client_trust)', () => {
    it('sends an email code to the email factor, and completes with it', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsClientTrust(fakeFactors.emailCode, fakeFactors.phoneCode),
      );
      harness.clearRecords();
      await submitCredentialsAnswered(
        harness,
        needsClientTrust(fakeFactors.phoneCode, fakeFactors.emailCode),
      );
      const factors = [
        { strategy: 'email_code', safeIdentifier: 'a***@example.com' },
        { strategy: 'phone_code', safeIdentifier: '+1******0123' },
      ];
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([
        {
          method: 'signIn.prepareSecondFactor',
          params: { strategy: 'email_code', emailAddressId: 'idn_fake_email' },
        },
      ]);
      expect(harness.flow.state).to.deep.include({
        step: 'client-trust',
        status: 'needs_client_trust',
        strategy: 'email_code',
        factors,
      });
      expect(harness.notices).to.deep.equal([
        {
          type: 'status-change',
          detail: {
            step: 'client-trust',
            previousStep: 'credentials',
            status: 'needs_client_trust',
            previousStatus: null,
            strategy: 'email_code',
            factors,
          },
        },
        {
          type: 'code-sent',
          detail: {
            strategy: 'email_code',
            safeIdentifier: 'a***@example.com',
            resendAvailableAt: harness.clock.time + 30_000,
          },
        },
      ]);
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      await harness.flow.submitCode(' 123 456 ');
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')[0].params).to.deep.equal({
        strategy: 'email_code',
        code: '123456',
      });
      expect(harness.flow.state.step).to.equal('complete');
    });

    it('sends an SMS code when the phone is the only factor offered', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.prepareSecondFactor', needsClientTrust(fakeFactors.phoneCode));
      await submitCredentialsAnswered(
        harness,
        needsClientTrust(fakeFactors.phoneCode, fakeFactors.totp),
      );
      expect(harness.flow.state.factors).to.deep.equal([
        { strategy: 'phone_code', safeIdentifier: '+1******0123' },
      ]);
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')[0].params).to.deep.equal({
        strategy: 'phone_code',
        phoneNumberId: 'idn_fake_phone',
      });
    });

    it('can switch to the SMS code, sending it once', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsClientTrust(fakeFactors.emailCode, fakeFactors.phoneCode),
        needsClientTrust(fakeFactors.emailCode, fakeFactors.phoneCode),
      );
      await submitCredentialsAnswered(
        harness,
        needsClientTrust(fakeFactors.emailCode, fakeFactors.phoneCode),
      );
      await harness.flow.chooseStrategy('phone_code');
      await harness.flow.chooseStrategy('email_code');
      await harness.flow.chooseStrategy('phone_code');
      expect(
        harness.clerk.callsTo('signIn.prepareSecondFactor').map((call) => call.params),
      ).to.deep.equal([
        { strategy: 'email_code', emailAddressId: 'idn_fake_email' },
        { strategy: 'phone_code', phoneNumberId: 'idn_fake_phone' },
      ]);
    });

    it('moves on to the second factor when Clerk asks for it after the device check', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsClientTrust(fakeFactors.phoneCode),
        needsSecondFactor(fakeFactors.phoneCode),
      );
      await submitCredentialsAnswered(harness, needsClientTrust(fakeFactors.phoneCode));
      harness.clerk.respond('signIn.attemptSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      harness.clearRecords();
      await harness.flow.submitCode(smsCode);
      expect(harness.flow.state).to.include({ step: 'second-factor', strategy: 'phone_code' });
      // A device check code and a second-factor code are different codes: the new step sends its own.
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(2);
      expect(harness.notices.map((notice) => notice.type)).to.deep.equal([
        'status-change',
        'code-sent',
      ]);
    });
  });

  describe('statuses this flow cannot finish', () => {
    for (const [status, key] of [
      ['needs_first_factor', 'clerkMfaElements.unsupported.needs_first_factor'],
      ['needs_protect_check', 'clerkMfaElements.unsupported.needs_protect_check'],
    ] as const) {
      it(`explains ${status} with its own message and an unsupported_status error`, async () => {
        const harness = await createFlowHarness();
        harness.clearRecords();
        await submitCredentialsAnswered(harness, signInWithStatus(status));
        const message = englishMessages[key];
        expect(harness.flow.state).to.deep.include({
          step: 'unsupported',
          status,
          busy: false,
          error: { code: 'unsupported_status', message },
        });
        expect(harness.notices).to.deep.equal([
          {
            type: 'status-change',
            detail: {
              step: 'unsupported',
              previousStep: 'credentials',
              status,
              previousStatus: null,
              strategy: null,
              factors: [],
            },
          },
          { type: 'error', detail: { code: 'unsupported_status', message, step: 'unsupported' } },
        ]);
      });
    }

    for (const status of ['needs_identifier', 'abandoned', 'some_future_status']) {
      it(`explains the status ${status} with the generic message naming it`, async () => {
        const harness = await createFlowHarness();
        await submitCredentialsAnswered(harness, signInWithStatus(status));
        expect(harness.flow.state.step).to.equal('unsupported');
        expect(harness.flow.state.error).to.deep.equal({
          code: 'unsupported_status',
          message: `Sign-in cannot continue here (status “\u2068${status}\u2069”). Go back and try again.`,
        });
      });
    }

    it('explains a second factor it cannot use (no_supported_factor)', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.emailLink));
      expect(harness.flow.state).to.deep.include({
        step: 'unsupported',
        status: 'needs_second_factor',
        error: {
          code: 'no_supported_factor',
          message: englishMessages['clerkMfaElements.errors.no_supported_factor'],
        },
      });
      expect(harness.clerk.callsTo('signIn.prepareSecondFactor')).to.deep.equal([]);
    });

    it('lets the user go back to the credentials form, identifier kept', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, signInWithStatus('needs_protect_check'));
      harness.clearRecords();
      harness.flow.back();
      expect(harness.flow.state).to.deep.include({
        step: 'credentials',
        status: null,
        error: null,
        identifier,
      });
      expect(statusChanges(harness)).to.deep.equal([
        {
          step: 'credentials',
          previousStep: 'unsupported',
          status: null,
          previousStatus: 'needs_protect_check',
          strategy: null,
          factors: [],
        },
      ]);
    });
  });

  describe('back', () => {
    it('leaves the code step for the credentials form, keeping the identifier', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.phoneCode));
      harness.flow.back();
      expect(harness.flow.state).to.deep.equal({
        step: 'credentials',
        status: null,
        strategy: null,
        factors: [],
        busy: false,
        error: null,
        resendAvailableAt: null,
        lockedUntil: null,
        identifier,
        user: null,
      });
    });

    it('ignores an answer that arrives for the sign-in left behind', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      const held = harness.clerk.holdNext('signIn.attemptSecondFactor');
      const submitted = harness.flow.submitCode(totpCode);
      await held.reached;
      harness.flow.back();
      expect(harness.flow.state.busy).to.equal(false);
      harness.clearRecords();
      held.release();
      await submitted;
      expect(harness.clerk.callsTo('setActive')).to.deep.equal([]);
      expect(harness.flow.state.step).to.equal('credentials');
      expect(harness.notices).to.deep.equal([]);
    });

    it('ignores a failure that arrives for the sign-in left behind', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect'),
      });
      const held = harness.clerk.holdNext('signIn.attemptSecondFactor');
      const submitted = harness.flow.submitCode(totpCode);
      await held.reached;
      harness.flow.back();
      harness.clearRecords();
      held.release();
      await submitted;
      expect(harness.flow.state.error).to.equal(null);
      expect(harness.notices).to.deep.equal([]);
    });

    it('ignores the answer to an SMS send for the sign-in left behind', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode));
      const held = harness.clerk.holdNext('signIn.prepareSecondFactor');
      const submitted = submitCredentialsAnswered(
        harness,
        needsSecondFactor(fakeFactors.phoneCode),
      );
      await held.reached;
      harness.flow.back();
      harness.clearRecords();
      held.release();
      await submitted;
      expect(harness.notices).to.deep.equal([]);
      expect(harness.flow.state.resendAvailableAt).to.equal(null);
    });

    it('ignores the answer to an activation for the sign-in left behind, yet shows the session clerk-js then holds', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      const held = harness.clerk.holdNext('setActive');
      const submitted = harness.flow.submitCode(totpCode);
      await held.reached;
      harness.flow.back();
      harness.clearRecords();
      held.release();
      await submitted;
      expect(harness.noticesOf('complete'), 'this form did not complete it').to.deep.equal([]);
      expect(harness.flow.state).to.deep.include({
        step: 'signed-in',
        user: { id: fakeUser.id, displayName: 'Ada Lovelace' },
      });
    });

    it('does nothing in the credentials, signed-in and complete steps', async () => {
      const harness = await createFlowHarness();
      harness.clearRecords();
      harness.flow.back();
      await submitCredentialsAnswered(harness, signInComplete());
      const completeState = harness.flow.state;
      harness.flow.back();
      expect(harness.flow.state).to.equal(completeState);
    });
  });

  describe('signing out', () => {
    it('signs out from the signed-in view and shows the credentials form', async () => {
      const harness = await createFlowHarness({ clerk: new FakeClerk({ signedInUser: fakeUser }) });
      harness.clearRecords();
      await harness.flow.signOut();
      expect(harness.clerk.callsTo('signOut').map((call) => call.params)).to.deep.equal([
        { staysOnPage: true },
      ]);
      expect(harness.flow.state).to.include({ step: 'credentials', user: null, busy: false });
      expect(statusChanges(harness)).to.deep.equal([
        {
          step: 'credentials',
          previousStep: 'signed-in',
          status: null,
          previousStatus: null,
          strategy: null,
          factors: [],
        },
      ]);
    });

    it('signs out after completing, and a new sign-in can start', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, signInComplete());
      await harness.flow.signOut();
      expect(harness.flow.state).to.include({ step: 'credentials', status: null, user: null });
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      expect(harness.flow.state.step).to.equal('second-factor');
    });

    it('stays signed in with network_error when signing out fails, and can try again', async () => {
      const harness = await createFlowHarness({ clerk: new FakeClerk({ signedInUser: fakeUser }) });
      harness.clerk.respond('signOut', { throws: fakeRuntimeNetworkError() });
      await harness.flow.signOut();
      expect(harness.flow.state).to.include({ step: 'signed-in', busy: false });
      expect(harness.flow.state.error?.code).to.equal('network_error');
      await harness.flow.signOut();
      expect(harness.flow.state).to.include({ step: 'credentials', error: null });
    });

    it('is busy while signing out and ignores a second request meanwhile', async () => {
      const harness = await createFlowHarness({ clerk: new FakeClerk({ signedInUser: fakeUser }) });
      const held = harness.clerk.holdNext('signOut');
      const first = harness.flow.signOut();
      await held.reached;
      expect(harness.flow.state.busy).to.equal(true);
      await harness.flow.signOut();
      held.release();
      await first;
      expect(harness.clerk.callsTo('signOut')).to.have.length(1);
    });

    it('is ignored when nobody is signed in', async () => {
      const harness = await createFlowHarness();
      await harness.flow.signOut();
      expect(harness.clerk.callsTo('signOut')).to.deep.equal([]);
    });
  });

  describe('translation', () => {
    it('translates the error shown again when the translator changes', async () => {
      const harness = await createFlowHarness();
      await harness.flow.submitCredentials({ identifier: '', password });
      harness.clearRecords();
      harness.flow.setTranslate(
        createTranslator(englishMessages, {
          localization: {
            clerkMfaElements: { errors: { identifier_required: 'Adresse e-mail requise.' } },
          },
        }),
      );
      expect(harness.flow.state.error).to.deep.equal({
        code: 'identifier_required',
        message: 'Adresse e-mail requise.',
        field: 'identifier',
      });
      expect(harness.states).to.have.length(1);
      expect(harness.notices).to.deep.equal([]);
    });

    it('uses the new translator for later messages, with their parameters', async () => {
      const harness = await createFlowHarness();
      harness.flow.setTranslate(
        createTranslator(englishMessages, {
          localization: {
            clerkMfaElements: { unsupported: { other: 'Statut {{status}} non pris en charge.' } },
          },
        }),
      );
      await submitCredentialsAnswered(harness, signInWithStatus('abandoned'));
      expect(harness.flow.state.error?.message).to.equal(
        'Statut \u2068abandoned\u2069 non pris en charge.',
      );
    });

    it('changes nothing when no error is shown', async () => {
      const harness = await createFlowHarness();
      harness.clearRecords();
      harness.flow.setTranslate(createTranslator(englishMessages, {}));
      expect(harness.states).to.deep.equal([]);
    });
  });

  describe('notices and state over a whole sign-in', () => {
    /** Runs a sign-in touching every kind of notice, with secrets typed along the way. */
    async function runEverything(): Promise<FlowHarness> {
      const harness = await createFlowHarness({ attach: false });
      harness.flow.attach(harness.loader.getClerk);
      await nextTurn();
      harness.clerk.respond('signIn.create', { throws: fakeApiError('form_password_incorrect') });
      await harness.flow.submitCredentials({ identifier, password });
      harness.clerk.respond(
        'signIn.prepareSecondFactor',
        needsSecondFactor(...allSecondFactors),
        needsSecondFactor(...allSecondFactors),
      );
      await submitCredentialsAnswered(harness, needsSecondFactor(...allSecondFactors));
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect'),
      });
      await harness.flow.submitCode(totpCode);
      await harness.flow.chooseStrategy('phone_code');
      harness.clock.advance(30_000);
      await harness.flow.sendCode();
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('form_code_incorrect'),
      });
      await harness.flow.submitCode(smsCode);
      await harness.flow.chooseStrategy('backup_code');
      harness.clerk.respond('signIn.attemptSecondFactor', signInComplete());
      await harness.flow.submitCode(backupCode);
      return harness;
    }

    it('produces the expected sequence of notices', async () => {
      const harness = await runEverything();
      expect(harness.notices.map((notice) => notice.type)).to.deep.equal([
        'ready',
        'status-change', // loading → credentials
        'error', // form_password_incorrect
        'status-change', // → second-factor, totp
        'error', // form_code_incorrect
        'status-change', // → phone_code
        'code-sent',
        'code-sent', // resent
        'error', // form_code_incorrect
        'status-change', // → backup_code
        'status-change', // → complete
        'complete',
      ]);
      expect(statusChanges(harness).map(({ step, strategy }) => [step, strategy])).to.deep.equal([
        ['credentials', null],
        ['second-factor', 'totp'],
        ['second-factor', 'phone_code'],
        ['second-factor', 'backup_code'],
        ['complete', null],
      ]);
    });

    it('announces a status change exactly when step, status or strategy changed, with the previous values', async () => {
      const harness = await runEverything();
      const published: FlowState[] = harness.states;
      const expected = published
        .map((state, index) => [index === 0 ? null : published[index - 1], state] as const)
        .filter(([previous, state]) => {
          const before = previous ?? { step: 'loading', status: null, strategy: null };
          return (
            before.step !== state.step ||
            before.status !== state.status ||
            before.strategy !== state.strategy
          );
        })
        .map(([previous, state]) => ({
          step: state.step,
          previousStep: previous?.step ?? 'loading',
          status: state.status,
          previousStatus: previous?.status ?? null,
          strategy: state.strategy,
          factors: state.factors,
        }));
      expect(statusChanges(harness)).to.deep.equal(expected);
    });

    it('publishes a new state object only when something changed', async () => {
      const harness = await runEverything();
      harness.states.forEach((state, index) => {
        if (index === 0) return;
        expect(state).not.to.deep.equal(harness.states[index - 1]);
      });
    });

    it('never lets the password or a code reach a state or a notice', async () => {
      const harness = await runEverything();
      const published = JSON.stringify([harness.states, harness.notices] as [
        FlowState[],
        FlowNotice[],
      ]);
      for (const secret of [password, totpCode, smsCode, backupCode, 'k7qzm2xp']) {
        expect(published).not.to.contain(secret);
      }
      // The check can fail: the secrets did reach Clerk.
      expect(JSON.stringify(harness.clerk.calls)).to.contain(password).and.to.contain(totpCode);
    });

    it('keeps every listener running when one of them throws, and reports the error', async () => {
      const harness = await createFlowHarness();
      const reported: unknown[] = [];
      const previousHandler = window.onerror;
      window.onerror = (_message, _source, _line, _column, error) => {
        reported.push(error);
        return true;
      };
      try {
        harness.flow.subscribe(() => {
          throw new Error('listener failure');
        });
        harness.clearRecords();
        await harness.flow.submitCredentials({ identifier: '', password });
        await nextTurn();
      } finally {
        window.onerror = previousHandler;
      }
      expect(harness.states).to.have.length(1);
      expect(harness.noticesOf('error')).to.have.length(1);
      expect(reported.map((error) => (error as Error).message)).to.deep.equal(['listener failure']);
    });
  });
});
