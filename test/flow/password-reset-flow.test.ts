import { expect } from '@open-wc/testing';

import { englishMessages } from '../../src/english.js';
import {
  FakeClerk,
  fakeApiError,
  fakeFactors,
  fakeSessionId,
  needsFirstFactor,
  needsNewPassword,
  needsSecondFactor,
  signInComplete,
} from '../fakes/fake-clerk.js';
import {
  createFlowHarness,
  identifier,
  password,
  submitCredentialsAnswered,
  type FlowHarness,
} from './flow-harness.js';

const newPassword = 'a-new-Passw0rd-for-ada';

/** "Forgot password?" for the test identifier, Clerk offering the reset by email. */
async function startReset(harness: FlowHarness): Promise<void> {
  harness.clerk.respond(
    'signIn.create',
    needsFirstFactor(fakeFactors.resetEmailCode, { strategy: 'password' }),
  );
  harness.clerk.respond('signIn.prepareFirstFactor', needsFirstFactor(fakeFactors.resetEmailCode));
  await harness.flow.forgotPassword(` ${identifier} `);
}

/** Through the reset code to the new-password step. */
async function reachNewPassword(harness: FlowHarness): Promise<void> {
  await startReset(harness);
  harness.clerk.respond('signIn.attemptFirstFactor', needsNewPassword());
  await harness.flow.submitCode('123 456');
}

describe('password reset in the sign-in flow', () => {
  it('starts a sign-in without a password and sends the reset code to the email typed', async () => {
    const harness = await createFlowHarness();
    await startReset(harness);
    expect(harness.clerk.callsTo('signIn.create')[0].params).to.deep.equal({ identifier });
    expect(harness.clerk.callsTo('signIn.prepareFirstFactor')[0].params).to.deep.equal({
      strategy: 'reset_password_email_code',
      emailAddressId: 'idn_fake_email',
    });
    expect(harness.flow.state).to.deep.include({
      step: 'reset-code',
      strategy: 'reset_password_email_code',
      identifier,
      busy: false,
      error: null,
    });
    expect(harness.flow.state.resendAvailableAt).to.equal(harness.clock.now() + 30_000);
    expect(harness.noticesOf('code-sent')[0].detail).to.deep.include({
      strategy: 'reset_password_email_code',
      safeIdentifier: 'a***@example.com',
    });
  });

  it('asks for the email address before sending anything', async () => {
    const harness = await createFlowHarness();
    await harness.flow.forgotPassword('  ');
    expect(harness.flow.state.error).to.deep.include({
      code: 'identifier_required',
      field: 'identifier',
    });
    expect(harness.clerk.callsTo('signIn.create')).to.have.length(0);
  });

  it('sends the code by SMS where the instance resets by phone', async () => {
    const harness = await createFlowHarness();
    harness.clerk.respond('signIn.create', needsFirstFactor(fakeFactors.resetPhoneCode));
    harness.clerk.respond(
      'signIn.prepareFirstFactor',
      needsFirstFactor(fakeFactors.resetPhoneCode),
    );
    await harness.flow.forgotPassword(identifier);
    expect(harness.clerk.callsTo('signIn.prepareFirstFactor')[0].params).to.deep.equal({
      strategy: 'reset_password_phone_code',
      phoneNumberId: 'idn_fake_phone',
    });
    expect(harness.flow.state.strategy).to.equal('reset_password_phone_code');
  });

  it('says so, on the credentials form, when the account cannot reset its password', async () => {
    const harness = await createFlowHarness();
    harness.clerk.respond('signIn.create', needsFirstFactor({ strategy: 'password' }));
    await harness.flow.forgotPassword(identifier);
    expect(harness.flow.state).to.deep.include({ step: 'credentials', identifier });
    expect(harness.flow.state.error).to.deep.include({
      code: 'reset_unavailable',
      message: englishMessages['clerkMfaElements.errors.reset_unavailable'],
    });
  });

  it('shows an unknown account on the email field', async () => {
    const harness = await createFlowHarness();
    harness.clerk.respond('signIn.create', {
      throws: fakeApiError('form_identifier_not_found', { paramName: 'identifier' }),
    });
    await harness.flow.forgotPassword(identifier);
    expect(harness.flow.state).to.deep.include({ step: 'credentials', identifier });
    expect(harness.flow.state.error).to.deep.include({
      code: 'form_identifier_not_found',
      field: 'identifier',
    });
  });

  it('verifies the reset code as the first factor, then asks for the new password', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    expect(harness.clerk.callsTo('signIn.attemptFirstFactor')[0].params).to.deep.equal({
      strategy: 'reset_password_email_code',
      code: '123456',
    });
    expect(harness.flow.state).to.deep.include({
      step: 'new-password',
      status: 'needs_new_password',
      strategy: null,
      user: null,
    });
  });

  it('resends the reset code once its countdown is over, never before', async () => {
    const harness = await createFlowHarness();
    await startReset(harness);
    await harness.flow.sendCode();
    expect(harness.clerk.callsTo('signIn.prepareFirstFactor')).to.have.length(1);
    harness.clock.advance(30_000);
    harness.clerk.respond(
      'signIn.prepareFirstFactor',
      needsFirstFactor(fakeFactors.resetEmailCode),
    );
    await harness.flow.sendCode();
    expect(harness.clerk.callsTo('signIn.prepareFirstFactor')).to.have.length(2);
  });

  it('an expired reset code can be sent again at once, and says so on the code field', async () => {
    const harness = await createFlowHarness();
    await startReset(harness);
    harness.clerk.respond('signIn.attemptFirstFactor', {
      throws: fakeApiError('verification_expired'),
    });
    await harness.flow.submitCode('123456');
    expect(harness.flow.state).to.deep.include({ step: 'reset-code', busy: false });
    expect(harness.flow.state.error).to.deep.include({
      code: 'verification_expired',
      field: 'code',
    });
    expect(harness.flow.state.resendAvailableAt).to.be.at.most(harness.clock.now());
  });

  it('sets the new password, then goes on to the second factor of an MFA account', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    harness.clerk.respond('signIn.resetPassword', needsSecondFactor(fakeFactors.totp));
    await harness.flow.submitNewPassword({ password: newPassword, signOutOfOtherSessions: true });
    expect(harness.clerk.callsTo('signIn.resetPassword')[0].params).to.deep.equal({
      password: newPassword,
      signOutOfOtherSessions: true,
    });
    expect(harness.flow.state).to.deep.include({ step: 'second-factor', strategy: 'totp' });
  });

  it('completes an account without MFA right after the new password', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    harness.clerk.respond('signIn.resetPassword', signInComplete());
    await harness.flow.submitNewPassword({ password: newPassword, signOutOfOtherSessions: false });
    expect(harness.flow.state.step).to.equal('complete');
    expect(harness.noticesOf('complete')[0].detail.sessionId).to.equal(fakeSessionId);
  });

  it('asks for a new password before sending one, and sends nothing twice', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    await harness.flow.submitNewPassword({ password: '', signOutOfOtherSessions: true });
    expect(harness.flow.state.error).to.deep.include({
      code: 'password_required',
      field: 'password',
    });
    const held = harness.clerk.holdNext('signIn.resetPassword');
    harness.clerk.respond('signIn.resetPassword', signInComplete());
    const first = harness.flow.submitNewPassword({
      password: newPassword,
      signOutOfOtherSessions: true,
    });
    await held.reached;
    await harness.flow.submitNewPassword({ password: newPassword, signOutOfOtherSessions: true });
    held.release();
    await first;
    expect(harness.clerk.callsTo('signIn.resetPassword')).to.have.length(1);
  });

  for (const [code, key, longMessage] of [
    ['form_password_pwned', 'unstable__errors.form_password_pwned', undefined],
    [
      'form_password_not_strong_enough',
      'unstable__errors.form_password_not_strong_enough',
      undefined,
    ],
    [
      'form_new_password_matches_current',
      'unstable__errors.form_new_password_matches_current',
      undefined,
    ],
    [
      'form_password_length_too_short',
      'unstable__errors.form_password_length_too_short',
      undefined,
    ],
  ] as const) {
    it(`refuses a new password Clerk answers ${code} for with its own message`, async () => {
      const harness = await createFlowHarness();
      await reachNewPassword(harness);
      harness.clerk.respond('signIn.resetPassword', {
        throws: fakeApiError(code, { paramName: 'password', longMessage }),
      });
      await harness.flow.submitNewPassword({ password: 'password', signOutOfOtherSessions: true });
      expect(harness.flow.state).to.deep.include({ step: 'new-password', busy: false });
      expect(harness.flow.state.error).to.deep.equal({
        code,
        message: englishMessages[key],
        field: 'password',
      });
    });
  }

  it('names the length Clerk asks for in a too short password', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    harness.clerk.respond('signIn.resetPassword', {
      throws: fakeApiError('form_password_length_too_short', {
        longMessage: 'Passwords must be 12 characters or more.',
      }),
    });
    await harness.flow.submitNewPassword({ password: 'short', signOutOfOtherSessions: true });
    expect(harness.flow.state.error?.message).to.equal(
      'Your password is too short. It must be at least \u206812\u2069 characters long.',
    );
  });

  it('goes back to the credentials form from the reset, keeping the email', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    harness.flow.back();
    expect(harness.flow.state).to.deep.include({ step: 'credentials', identifier, error: null });
  });

  it('never puts the new password or the code in a state or a notice', async () => {
    const harness = await createFlowHarness();
    await reachNewPassword(harness);
    harness.clerk.respond('signIn.resetPassword', {
      throws: fakeApiError('form_password_pwned'),
    });
    await harness.flow.submitNewPassword({ password: newPassword, signOutOfOtherSessions: true });
    const recorded = JSON.stringify([harness.states, harness.notices]);
    expect(recorded).not.to.include(newPassword);
    expect(recorded).not.to.include('123456');
  });
});

describe('the reset-password session task', () => {
  async function signInWithCompromisedPassword(): Promise<FlowHarness> {
    const clerk = new FakeClerk();
    clerk.taskAfterSignIn = 'reset-password';
    const harness = await createFlowHarness({ clerk });
    await submitCredentialsAnswered(harness, signInComplete());
    return harness;
  }

  it('asks the signed-in user for a new password instead of completing', async () => {
    const harness = await signInWithCompromisedPassword();
    expect(harness.flow.state).to.deep.include({ step: 'new-password', status: 'complete' });
    expect(harness.flow.state.user?.displayName).to.equal('Ada Lovelace');
    expect(harness.noticesOf('complete')).to.have.length(0);
  });

  it('sets it with user.updatePassword, makes the session active and completes', async () => {
    const harness = await signInWithCompromisedPassword();
    await harness.flow.submitNewPassword({ password: newPassword, signOutOfOtherSessions: true });
    expect(harness.clerk.callsTo('user.updatePassword')[0].params).to.deep.equal({
      newPassword,
      signOutOfOtherSessions: true,
    });
    expect(harness.flow.state.step).to.equal('complete');
    expect(harness.noticesOf('complete')).to.have.length(1);
  });

  it('keeps the form with the rule Clerk names when the new password is refused', async () => {
    const harness = await signInWithCompromisedPassword();
    harness.clerk.respond('user.updatePassword', {
      throws: fakeApiError('form_password_pwned', { paramName: 'new_password' }),
    });
    await harness.flow.submitNewPassword({ password, signOutOfOtherSessions: true });
    expect(harness.flow.state).to.deep.include({ step: 'new-password', busy: false });
    expect(harness.flow.state.error).to.deep.include({
      code: 'form_password_pwned',
      field: 'password',
    });
  });

  it('can be left by signing out, not by going back', async () => {
    const harness = await signInWithCompromisedPassword();
    harness.flow.back();
    expect(harness.flow.state.step).to.equal('new-password');
    await harness.flow.signOut();
    expect(harness.flow.state.step).to.equal('credentials');
  });
});
