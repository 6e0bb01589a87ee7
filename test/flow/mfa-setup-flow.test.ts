/**
 * The setup flow against a fake user: adding the authenticator app and a phone number,
 * backup codes shown once, removing and regenerating after a confirmation, the
 * reverification Clerk asks for before an action, and what never reaches a notice.
 */
import { expect } from '@open-wc/testing';
import type { AllowedFactors } from '../../src/flow/clerk-adapter/index.js';
import type { MfaSetupNotice } from '../../src/flow/mfa-setup-events.js';
import { MfaSetupFlow } from '../../src/flow/mfa-setup-flow.js';
import type { MfaSetupSnapshot, SetupMode } from '../../src/flow/mfa-setup-states.js';
import { englishMessages } from '../../src/english.js';
import { createTranslator } from '../../src/messages.js';
import { mfaSetupMessages } from '../../src/mfa-setup-messages.js';
import { FakeClerkLoader, fakeApiError, fakeRuntimeNetworkError } from '../fakes/fake-clerk.js';
import {
  FakeMfaUser,
  fakeBackupCodes,
  fakeClerkWithUser,
  fakePassword,
  fakeTotpSecret,
  fakeTotpUri,
  fakeValidCode,
} from '../fakes/fake-user.js';
import { nextTurn } from './flow-harness.js';

const everything: AllowedFactors = { totp: true, phoneCode: true, backupCode: true };
const translate = createTranslator({ ...englishMessages, ...mfaSetupMessages });

async function setUp(
  mode: SetupMode,
  allowed: AllowedFactors = everything,
  user = new FakeMfaUser(),
) {
  const clerk = fakeClerkWithUser(user, allowed);
  const flow = new MfaSetupFlow({ translate, mode });
  const notices: MfaSetupNotice[] = [];
  const states: MfaSetupSnapshot[] = [];
  flow.onNotice((notice) => notices.push(notice));
  flow.subscribe((state) => states.push(state));
  flow.attach(new FakeClerkLoader(clerk).getClerk);
  await nextTurn();
  return { flow, user, clerk, notices, states };
}

function step(flow: MfaSetupFlow): string {
  return flow.state.step;
}

describe('MfaSetupFlow', () => {
  describe('required (the setup-mfa task)', () => {
    it('offers the allowed factors, adds the authenticator app, shows its backup codes, then completes', async () => {
      const { flow, user, notices } = await setUp('required');
      expect(step(flow)).to.equal('choose');
      await flow.addFactor('totp');
      const totp = flow.state;
      expect(totp.step).to.equal('totp');
      if (totp.step !== 'totp') return;
      expect(totp.enrolment).to.deep.equal({ secret: fakeTotpSecret, uri: fakeTotpUri });
      await flow.submitCode(`${fakeValidCode.slice(0, 3)} ${fakeValidCode.slice(3)}`);
      expect(user.callsTo('verifyTOTP')[0].params).to.deep.equal({ code: fakeValidCode });
      const enrolled = flow.state;
      expect(enrolled).to.include({ step: 'enrolled', strategy: 'totp' });
      if (enrolled.step === 'enrolled') expect(enrolled.codes).to.deep.equal(fakeBackupCodes(1));
      await flow.done();
      expect(step(flow)).to.equal('complete');
      expect(notices.filter((notice) => notice.type !== 'status-change')).to.deep.equal([
        { type: 'ready' },
        { type: 'backup-codes-created', count: 10 },
        { type: 'factor-added', strategy: 'totp' },
        { type: 'setup-complete' },
      ]);
    });

    it('starts the only allowed factor at once', async () => {
      const { flow, user } = await setUp('required', {
        totp: true,
        phoneCode: false,
        backupCode: false,
      });
      expect(step(flow)).to.equal('totp');
      expect(user.callsTo('createTOTP')).to.have.length(1);
    });

    it('says so when the instance allows no factor this element can add', async () => {
      const { flow } = await setUp('required', { totp: false, phoneCode: false, backupCode: true });
      expect(flow.state).to.include({ step: 'choose' });
      expect(flow.state.error?.code).to.equal('no_allowed_factor');
    });

    it('adds a phone number: number, code, reserved and default, then backup codes made for it', async () => {
      const { flow, user, notices } = await setUp('required');
      await flow.addFactor('phone_code');
      await flow.submitPhoneNumber('  ');
      expect(flow.state.error?.code).to.equal('phone_required');
      expect(user.callsTo('createPhoneNumber')).to.have.length(0);
      await flow.submitPhoneNumber('+1 201 555 0123');
      expect(flow.state).to.include({ step: 'phone-code', phoneNumber: '+1 201 555 0123' });
      expect(user.callsTo('phone.prepareVerification')).to.have.length(1);
      await flow.submitCode('12');
      expect(flow.state.error?.code).to.equal('code_length');
      expect(user.callsTo('phone.attemptVerification')).to.have.length(0);
      await flow.submitCode(fakeValidCode);
      const [phone] = user.phoneNumbers;
      expect(phone).to.include({ reservedForSecondFactor: true, defaultSecondFactor: true });
      expect(flow.state).to.include({ step: 'enrolled', strategy: 'phone_code' });
      expect(user.callsTo('createBackupCode')).to.have.length(1);
      expect(notices).to.deep.include({ type: 'factor-added', strategy: 'phone_code' });
      expect(notices).to.deep.include({ type: 'backup-codes-created', count: 10 });
    });

    it('keeps the step and says why when the code is wrong, and sends it again on request', async () => {
      const { flow, user } = await setUp('required');
      await flow.addFactor('phone_code');
      await flow.submitPhoneNumber('+12015550123');
      await flow.submitCode('111111');
      expect(flow.state).to.include({ step: 'phone-code' });
      expect(flow.state.error).to.include({ code: 'form_code_incorrect', field: 'code' });
      await flow.resendCode();
      expect(user.callsTo('phone.prepareVerification')).to.have.length(2);
      expect(flow.state).to.include({ step: 'phone-code', busy: false });
    });
  });

  describe('manage', () => {
    it('lists the factors, removes the authenticator app after a confirmation', async () => {
      const user = new FakeMfaUser();
      user.totpEnabled = true;
      user.backupCodeEnabled = true;
      const { flow, notices } = await setUp('manage', everything, user);
      expect(flow.state).to.deep.include({
        step: 'overview',
        factors: { totp: true, backupCode: true, phones: [] },
      });
      await flow.requestConfirmation({ type: 'remove-totp' });
      expect(step(flow)).to.equal('confirm');
      expect(user.callsTo('disableTOTP')).to.have.length(0);
      await flow.back();
      expect(step(flow)).to.equal('overview');
      await flow.requestConfirmation({ type: 'remove-totp' });
      await flow.confirm();
      expect(user.totpEnabled).to.equal(false);
      expect(flow.state).to.deep.include({
        step: 'overview',
        factors: { totp: false, backupCode: true, phones: [] },
      });
      expect(notices).to.deep.include({ type: 'factor-removed', strategy: 'totp' });
    });

    it('regenerates backup codes and shows the new set once', async () => {
      const user = new FakeMfaUser();
      user.totpEnabled = true;
      const { flow, notices } = await setUp('manage', everything, user);
      await flow.requestConfirmation({ type: 'regenerate-codes' });
      await flow.confirm();
      const shown = flow.state;
      expect(shown).to.include({ step: 'backup-codes', strategy: null });
      if (shown.step === 'backup-codes') expect(shown.codes).to.deep.equal(fakeBackupCodes(1));
      expect(notices).to.deep.include({ type: 'backup-codes-created', count: 10 });
      await flow.done();
      expect(step(flow)).to.equal('overview');
    });

    it('makes a phone number the default and removes one', async () => {
      const { flow, user } = await setUp('manage');
      await flow.addFactor('phone_code');
      await flow.submitPhoneNumber('+12015550123');
      await flow.submitCode(fakeValidCode);
      await flow.done();
      await flow.addFactor('phone_code');
      await flow.submitPhoneNumber('+12015550199');
      await flow.submitCode(fakeValidCode);
      expect(user.callsTo('createBackupCode'), 'backup codes are made once').to.have.length(1);
      await flow.done();
      const [first, second] = user.phoneNumbers;
      expect(second.defaultSecondFactor, 'the first number stays the default').to.equal(false);
      await flow.makeDefault(second.id);
      expect(second.defaultSecondFactor).to.equal(true);
      expect(first.defaultSecondFactor).to.equal(false);
      await flow.requestConfirmation({
        type: 'remove-phone',
        phoneId: first.id,
        phoneNumber: first.phoneNumber,
      });
      await flow.confirm();
      expect(user.phoneNumbers.map((phone) => phone.id)).to.deep.equal([second.id]);
      const overview = flow.state;
      if (overview.step === 'overview') expect(overview.factors.phones).to.have.length(1);
    });

    it('shows nobody signed in, then the list once someone signs in', async () => {
      const { flow, clerk } = await setUp('manage', everything, null as unknown as FakeMfaUser);
      expect(step(flow)).to.equal('signed-out');
      clerk.changeSessionElsewhere(new FakeMfaUser());
      expect(step(flow)).to.equal('overview');
      clerk.changeSessionElsewhere(null);
      expect(step(flow)).to.equal('signed-out');
    });
  });

  describe('reverification', () => {
    it('asks for the password when Clerk needs it, then makes the action again', async () => {
      const user = new FakeMfaUser().requireReverification('createTOTP');
      const { flow } = await setUp('manage', everything, user);
      await flow.addFactor('totp');
      expect(flow.state).to.include({ step: 'reverify', strategy: 'password', busy: false });
      await flow.submitReverification('');
      expect(flow.state.error?.code).to.equal('password_required');
      await flow.submitReverification('wrong-password');
      expect(flow.state.error).to.include({ code: 'form_password_incorrect', field: 'password' });
      await flow.submitReverification(fakePassword);
      expect(step(flow)).to.equal('totp');
      expect(user.callsTo('createTOTP')).to.have.length(2);
    });

    it('asks for a second factor after the password when the user has one', async () => {
      const user = new FakeMfaUser().requireReverification('disableTOTP');
      user.totpEnabled = true;
      const { flow } = await setUp('manage', everything, user);
      await flow.requestConfirmation({ type: 'remove-totp' });
      await flow.confirm();
      await flow.submitReverification(fakePassword);
      expect(flow.state).to.include({ step: 'reverify', strategy: 'totp' });
      await flow.submitReverification(fakeValidCode);
      expect(flow.state).to.deep.include({ step: 'overview' });
      expect(user.totpEnabled).to.equal(false);
    });

    it('goes back where the user was when it is cancelled, and after a code was needed asks again', async () => {
      const user = new FakeMfaUser().requireReverification('verifyTOTP');
      const { flow } = await setUp('required', everything, user);
      await flow.addFactor('totp');
      await flow.submitCode(fakeValidCode);
      expect(step(flow)).to.equal('reverify');
      await flow.back();
      expect(step(flow)).to.equal('totp');
      await flow.submitCode(fakeValidCode);
      await flow.submitReverification(fakePassword);
      expect(step(flow), 'the code is typed again, never kept').to.equal('totp');
      await flow.submitCode(fakeValidCode);
      expect(step(flow)).to.equal('enrolled');
    });
  });

  it('keeps the step with a message when the network fails', async () => {
    const { flow, user } = await setUp('required');
    user.failNext('createTOTP', fakeRuntimeNetworkError());
    await flow.addFactor('totp');
    expect(flow.state).to.include({ step: 'choose', busy: false });
    expect(flow.state.error?.code).to.equal('network_error');
    user.failNext('createPhoneNumber', fakeApiError('form_identifier_exists'));
    await flow.addFactor('phone_code');
    await flow.submitPhoneNumber('+12015550123');
    expect(flow.state.error?.code).to.equal('form_identifier_exists');
  });

  it('never puts the key, the URI, a code or the password into a notice', async () => {
    const user = new FakeMfaUser().requireReverification('createTOTP');
    const { flow, notices } = await setUp('required', everything, user);
    await flow.addFactor('totp');
    await flow.submitReverification(fakePassword);
    await flow.submitCode('000000');
    await flow.submitCode(fakeValidCode);
    await flow.done();
    const told = JSON.stringify(notices);
    for (const secret of [
      fakeTotpSecret,
      fakeTotpUri,
      fakeValidCode,
      fakePassword,
      ...fakeBackupCodes(1),
    ]) {
      expect(told).not.to.contain(secret);
    }
  });
});
