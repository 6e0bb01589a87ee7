/** The setup flow's error policy, as the pure function it is: failure and call in, outcome out. */
import { expect } from '@open-wc/testing';
import { mfaSetupOutcome } from '../../src/flow/mfa-setup-error-policy.js';

const api = (code: string) => ({ kind: 'api' as const, code });

describe('mfaSetupOutcome', () => {
  it('asks for a reverification before an action Clerk refuses for an old verification', () => {
    expect(
      mfaSetupOutcome(api('session_reverification_required'), { type: 'create-totp' }),
    ).to.deep.equal({
      kind: 'reverify',
    });
  });

  it('never asks for a reverification of a reverification', () => {
    const outcome = mfaSetupOutcome(api('session_reverification_required'), {
      type: 'attempt-reverification',
      strategy: 'password',
    });
    expect(outcome).to.deep.include({ kind: 'stay' });
  });

  it('puts a wrong code on the code input and a wrong password on the password input', () => {
    expect(mfaSetupOutcome(api('form_code_incorrect'), { type: 'verify-totp' })).to.deep.equal({
      kind: 'stay',
      error: {
        code: 'form_code_incorrect',
        key: 'unstable__errors.form_code_incorrect',
        field: 'code',
      },
    });
    const password = mfaSetupOutcome(api('form_password_incorrect'), {
      type: 'attempt-reverification',
      strategy: 'password',
    });
    expect(password).to.deep.include({ kind: 'stay' });
    if (password.kind === 'stay') expect(password.error.field).to.equal('password');
  });

  it('shows the list again when what the user acted on is gone, but not for a code', () => {
    expect(
      mfaSetupOutcome(api('resource_not_found'), { type: 'remove-phone', phoneId: 'idn_1' }).kind,
    ).to.equal('refresh');
    const code = mfaSetupOutcome(api('resource_not_found'), {
      type: 'verify-phone',
      phoneId: 'idn_1',
    });
    expect(code).to.deep.include({ kind: 'stay' });
    if (code.kind === 'stay') expect(code.error.code).to.equal('verification_expired');
  });

  it('explains a phone number in use, the network, the service, and anything unknown', () => {
    const add = { type: 'add-phone', phoneNumber: '+12015550123' } as const;
    const codeOf = (outcome: ReturnType<typeof mfaSetupOutcome>) =>
      outcome.kind === 'reverify' ? null : outcome.error.code;
    expect(codeOf(mfaSetupOutcome(api('form_identifier_exists'), add))).to.equal(
      'form_identifier_exists',
    );
    expect(codeOf(mfaSetupOutcome({ kind: 'network' }, add))).to.equal('network_error');
    expect(codeOf(mfaSetupOutcome({ kind: 'service' }, add))).to.equal('service_unavailable');
    expect(codeOf(mfaSetupOutcome(api('something_new'), add))).to.equal('unknown_error');
  });
});
