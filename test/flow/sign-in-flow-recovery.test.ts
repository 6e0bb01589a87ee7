/**
 * The flow never strands a user: lockouts are per account, codes that cannot be right
 * are refused before they count toward one, a sign-in whose answer was lost ends in the
 * session Clerk holds, and sessions made or ended in another tab are followed.
 */
import { expect } from '@open-wc/testing';

import { englishMessages } from '../../src/english.js';
import { type MessageKey } from '../../src/messages.js';
import {
  fakeApiError,
  FakeClerk,
  fakeFactors,
  fakeSessionId,
  fakeUser,
  needsSecondFactor,
  signInComplete,
} from '../fakes/fake-clerk.js';
import {
  createFlowHarness,
  englishTranslate,
  identifier,
  nextTurn,
  password,
  submitCredentialsAnswered,
} from './flow-harness.js';

const message = (key: MessageKey) => englishMessages[key];
const lockedFor30Minutes = fakeApiError('user_locked', {
  longMessage: 'Your account is locked. You will be able to try again in 30 minutes.',
});

describe('SignInFlow: never stranded', () => {
  describe('lockout per account', () => {
    it('refuses the locked account only; another identifier signs in', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: lockedFor30Minutes });
      const until = harness.clock.time + 30 * 60_000;
      expect(harness.flow.state.lockedUntil).to.equal(until);
      expect(harness.flow.lockedUntilFor(` ${identifier.toUpperCase()} `)).to.equal(until);
      expect(harness.flow.lockedUntilFor('grace@example.com')).to.equal(null);

      await harness.flow.submitCredentials({ identifier, password });
      expect(
        harness.clerk.callsTo('signIn.create'),
        'the locked account sends nothing',
      ).to.have.length(1);

      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      await harness.flow.submitCredentials({ identifier: 'grace@example.com', password });
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(2);
      expect(harness.flow.state).to.include({ step: 'second-factor', lockedUntil: null });
    });

    it('lifts the lock when its time has passed, and the account can sign in again', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: lockedFor30Minutes });
      harness.clock.advance(30 * 60_000);
      expect(harness.flow.state.lockedUntil).to.equal(null);
      expect(harness.flow.state.error, 'the lock message goes with it').to.equal(null);
      expect(harness.clock.pendingTimerCount).to.equal(0);
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      expect(harness.flow.state.step).to.equal('second-factor');
    });

    it('keeps a rate limit of the whole browser for every identifier', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: fakeApiError('too_many_requests', { retryAfter: 10 }),
      });
      expect(harness.flow.lockedUntilFor('grace@example.com')).to.equal(
        harness.clock.time + 10_000,
      );
      await harness.flow.submitCredentials({ identifier: 'grace@example.com', password });
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
    });

    it('runs one timer for several locks, ending each at its time', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, { throws: lockedFor30Minutes });
      harness.clerk.respond('signIn.create', {
        throws: fakeApiError('too_many_requests', { retryAfter: 10 }),
      });
      await harness.flow.submitCredentials({ identifier: 'grace@example.com', password });
      expect(harness.clock.pendingTimerCount).to.equal(1);
      harness.clock.advance(10_000);
      expect(harness.flow.lockedUntilFor('grace@example.com')).to.equal(null);
      expect(harness.flow.lockedUntilFor(identifier)).to.not.equal(null);
      harness.clock.advance(30 * 60_000);
      expect(harness.flow.lockedUntilFor(identifier)).to.equal(null);
      expect(harness.clock.pendingTimerCount).to.equal(0);
    });
  });

  describe('codes that cannot be right', () => {
    for (const [strategy, typed, code] of [
      ['totp', '12345', 'code_length'],
      ['totp', '1234567', 'code_length'],
      ['totp', '12 34 5', 'code_length'],
      ['backup_code', 'ab*cd!', 'backup_code_format'],
      ['backup_code', 'abc', 'backup_code_format'],
      ['backup_code', 'a'.repeat(40), 'backup_code_format'],
    ] as const) {
      it(`refuses the ${strategy} code ${JSON.stringify(typed)} with ${code}, sending nothing`, async () => {
        const harness = await createFlowHarness();
        const factor = strategy === 'totp' ? fakeFactors.totp : fakeFactors.backupCode;
        await submitCredentialsAnswered(harness, needsSecondFactor(factor));
        await harness.flow.submitCode(typed);
        expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.deep.equal([]);
        expect(harness.flow.state.error).to.deep.equal({
          code,
          message: message(`clerkMfaElements.errors.${code}`),
          field: 'code',
        });
      });
    }
  });

  describe('a sign-in whose answer was lost', () => {
    it('ends signed in when Clerk already holds the session the accepted code created', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('client_state_invalid'),
      });
      // The answer Clerk gave with the error: the client holds the new session.
      harness.clerk.client!.sessions = [{ id: 'sess_lost', status: 'active' }];
      harness.clerk.client!.lastActiveSessionId = 'sess_lost';
      await harness.flow.submitCode('123456');
      expect(harness.clerk.callsTo('setActive').map((call) => call.params)).to.deep.equal([
        { session: 'sess_lost' },
      ]);
      expect(harness.flow.state).to.include({ step: 'complete', error: null });
      expect(harness.noticesOf('complete').map((notice) => notice.detail)).to.deep.equal([
        { sessionId: 'sess_lost', userId: fakeUser.id },
      ]);
    });

    it('starts over, saying why, when Clerk holds no session for it', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.respond('signIn.attemptSecondFactor', {
        throws: fakeApiError('client_state_invalid'),
      });
      await harness.flow.submitCode('123456');
      expect(harness.flow.state).to.deep.include({
        step: 'credentials',
        identifier,
        busy: false,
        error: {
          code: 'client_state_invalid',
          message: message('clerkMfaElements.errors.client_state_invalid'),
        },
      });
    });

    it('ends signed in after session_exists when the session is this account\u2019s', async () => {
      const harness = await createFlowHarness();
      harness.clerk.client!.sessions = [{ id: 'sess_mine', status: 'active' }];
      await submitCredentialsAnswered(harness, { throws: fakeApiError('session_exists') });
      expect(harness.flow.state.step).to.equal('complete');
      expect(harness.noticesOf('complete')).to.have.length(1);
    });

    it('shows the other account after session_exists when the session is someone else\u2019s', async () => {
      const clerk = new FakeClerk();
      clerk.userAfterSignIn = {
        id: 'user_grace',
        fullName: 'Grace Hopper',
        primaryEmailAddress: { emailAddress: 'grace@example.com' },
      };
      const harness = await createFlowHarness({ clerk });
      clerk.client!.sessions = [{ id: 'sess_grace', status: 'active' }];
      await submitCredentialsAnswered(harness, { throws: fakeApiError('session_exists') });
      expect(harness.flow.state).to.deep.include({
        step: 'signed-in',
        user: { id: 'user_grace', displayName: 'Grace Hopper' },
        error: { code: 'session_exists', message: message('unstable__errors.session_exists') },
      });
      expect(harness.noticesOf('complete')).to.deep.equal([]);
    });

    it('says the service is unavailable for a server error, keeping the form', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, {
        throws: Object.assign(new Error('Internal'), { clerkError: true, status: 503, errors: [] }),
      });
      expect(harness.flow.state).to.deep.include({
        step: 'credentials',
        identifier,
        error: {
          code: 'service_unavailable',
          message: message('clerkMfaElements.errors.service_unavailable'),
        },
      });
    });
  });

  describe('sessions of other tabs', () => {
    it('shows the session another tab signed in, and the form again when it signs out', async () => {
      const harness = await createFlowHarness();
      harness.clerk.changeSessionElsewhere(fakeUser);
      expect(harness.flow.state).to.deep.include({
        step: 'signed-in',
        user: { id: fakeUser.id, displayName: 'Ada Lovelace' },
      });
      harness.clerk.changeSessionElsewhere(null);
      expect(harness.flow.state).to.include({ step: 'credentials', user: null });
    });

    it('leaves the code step for a session made elsewhere, ignoring the answer left behind', async () => {
      const harness = await createFlowHarness();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      harness.clerk.changeSessionElsewhere(fakeUser);
      expect(harness.flow.state.step).to.equal('signed-in');
      await harness.flow.submitCode('123456');
      expect(harness.clerk.callsTo('signIn.attemptSecondFactor')).to.deep.equal([]);
    });

    it('stops hearing clerk-js while detached, and catches up when attached again', async () => {
      const harness = await createFlowHarness();
      expect(harness.clerk.listenerCount).to.equal(1);
      harness.flow.detach();
      expect(harness.clerk.listenerCount).to.equal(0);
      harness.clerk.changeSessionElsewhere(fakeUser);
      harness.flow.attach(harness.loader.getClerk);
      await nextTurn();
      expect(harness.clerk.listenerCount).to.equal(1);
      expect(harness.flow.state.step).to.equal('signed-in');
    });
  });
});

describe('SignInFlow: sessions that wait for a task', () => {
  it('shows setup-mfa instead of completing, then completes once the task is done', async () => {
    const clerk = new FakeClerk();
    clerk.taskAfterSignIn = 'setup-mfa';
    const harness = await createFlowHarness({ clerk });
    await submitCredentialsAnswered(harness, signInComplete());
    expect(harness.flow.state).to.deep.include({
      step: 'setup-mfa',
      status: 'complete',
      busy: false,
      user: { id: fakeUser.id, displayName: 'Ada Lovelace' },
    });
    expect(harness.noticesOf('complete'), 'not complete while pending').to.deep.equal([]);
    expect(clerk.callsTo('setActive')[0].params).to.deep.equal({
      session: fakeSessionId,
      navigates: true,
    });

    // The second factor is set up: Clerk marks the session active, and the user goes on.
    clerk.taskAfterSignIn = null;
    await harness.flow.completeSessionTask();
    expect(harness.flow.state.step).to.equal('complete');
    expect(harness.noticesOf('complete').map((notice) => notice.detail)).to.deep.equal([
      { sessionId: fakeSessionId, userId: fakeUser.id },
    ]);
  });

  it('names any other task, with an error notice, and lets the user sign out', async () => {
    const clerk = new FakeClerk();
    clerk.taskAfterSignIn = 'choose-organization';
    const harness = await createFlowHarness({ clerk });
    await submitCredentialsAnswered(harness, signInComplete());
    expect(harness.flow.state.step).to.equal('session-task');
    expect(harness.flow.state.error).to.deep.equal({
      code: 'unsupported_session_task',
      message: englishTranslate('clerkMfaElements.unsupported.session_task', {
        task: 'choose-organization',
      }),
    });
    expect(harness.noticesOf('error').map((notice) => notice.detail.step)).to.deep.equal([
      'session-task',
    ]);
    await harness.flow.signOut();
    expect(harness.flow.state.step).to.equal('credentials');
  });

  it('resumes at setup-mfa when a pending session is there on loading', async () => {
    const clerk = new FakeClerk();
    clerk.user = fakeUser;
    clerk.session = { id: 'sess_pending', status: 'pending', currentTask: { key: 'setup-mfa' } };
    const harness = await createFlowHarness({ clerk });
    expect(harness.flow.state).to.include({ step: 'setup-mfa', status: null });
  });

  it('stays at setup-mfa when the session becomes active meanwhile, until the user goes on', async () => {
    const clerk = new FakeClerk();
    clerk.taskAfterSignIn = 'setup-mfa';
    const harness = await createFlowHarness({ clerk });
    await submitCredentialsAnswered(harness, signInComplete());
    // Verifying the second factor makes the session active in clerk-js at once.
    clerk.changeSessionElsewhere(fakeUser, fakeSessionId);
    expect(harness.flow.state.step, 'the backup codes are still to be seen').to.equal('setup-mfa');
    clerk.changeSessionElsewhere(null);
    expect(harness.flow.state.step, 'signed out elsewhere').to.equal('credentials');
  });
});
