import { expect } from '@open-wc/testing';

import { SignInFlow } from '../../src/flow/sign-in-flow.js';
import { englishMessages } from '../../src/english.js';
import {
  FakeClerk,
  FakeClerkLoader,
  fakeUser,
  needsSecondFactor,
  fakeFactors,
} from '../fakes/fake-clerk.js';
import {
  createFlowHarness,
  englishTranslate,
  identifier,
  nextTurn,
  password,
  submitCredentialsAnswered,
} from './flow-harness.js';

describe('SignInFlow: loading Clerk', () => {
  it('starts in the loading step with an empty, idle state', () => {
    const flow = new SignInFlow({ translate: englishTranslate });
    expect(flow.state).to.deep.equal({
      step: 'loading',
      status: null,
      strategy: null,
      factors: [],
      busy: false,
      error: null,
      resendAvailableAt: null,
      lockedUntil: null,
      identifier: '',
      user: null,
    });
  });

  it('announces ready, then moves to the credentials step', async () => {
    const harness = await createFlowHarness();
    expect(harness.flow.state.step).to.equal('credentials');
    expect(harness.notices).to.deep.equal([
      { type: 'ready' },
      {
        type: 'status-change',
        detail: {
          step: 'credentials',
          previousStep: 'loading',
          status: null,
          previousStatus: null,
          strategy: null,
          factors: [],
        },
      },
    ]);
    expect(harness.loader.loadCount).to.equal(1);
  });

  it('shows who is signed in when a session is active at load, instead of the form', async () => {
    const harness = await createFlowHarness({ clerk: new FakeClerk({ signedInUser: fakeUser }) });
    expect(harness.flow.state.step).to.equal('signed-in');
    expect(harness.flow.state.user).to.deep.equal({
      id: 'user_fake_1',
      displayName: 'Ada Lovelace',
    });
    expect(harness.notices.map((notice) => notice.type)).to.deep.equal(['ready', 'status-change']);
    expect(harness.noticesOf('status-change')[0].detail.step).to.equal('signed-in');
  });

  it('names a signed-in user without a full name by their email address, else by id', async () => {
    const withEmail = await createFlowHarness({
      clerk: new FakeClerk({
        signedInUser: {
          id: 'user_2',
          fullName: null,
          primaryEmailAddress: { emailAddress: 'grace@example.com' },
        },
      }),
    });
    expect(withEmail.flow.state.user).to.deep.equal({
      id: 'user_2',
      displayName: 'grace@example.com',
    });
    const withIdOnly = await createFlowHarness({
      clerk: new FakeClerk({ signedInUser: { id: 'user_3' } }),
    });
    expect(withIdOnly.flow.state.user).to.deep.equal({ id: 'user_3', displayName: 'user_3' });
  });

  it('counts a session without a user object as signed in', async () => {
    const clerk = new FakeClerk();
    clerk.session = { id: 'sess_other' };
    const harness = await createFlowHarness({ clerk });
    expect(harness.flow.state.step).to.equal('signed-in');
    expect(harness.flow.state.user).to.equal(null);
  });

  it('shows clerk_load_failed in the load-error step when loading fails, and announces it', async () => {
    const clerk = new FakeClerk();
    const harness = await createFlowHarness({ clerk, attach: false });
    harness.loader.fail();
    harness.flow.attach(harness.loader.getClerk);
    await nextTurn();
    const message = englishMessages['clerkMfaElements.errors.clerk_load_failed'];
    expect(harness.flow.state.step).to.equal('load-error');
    expect(harness.flow.state.error).to.deep.equal({ code: 'clerk_load_failed', message });
    expect(harness.notices).to.deep.equal([
      {
        type: 'status-change',
        detail: {
          step: 'load-error',
          previousStep: 'loading',
          status: null,
          previousStatus: null,
          strategy: null,
          factors: [],
        },
      },
      { type: 'error', detail: { code: 'clerk_load_failed', message, step: 'load-error' } },
    ]);
  });

  it('loads again on retryLoad after a failure, then announces ready', async () => {
    const harness = await createFlowHarness({ attach: false });
    harness.loader.fail();
    harness.flow.attach(harness.loader.getClerk);
    await nextTurn();
    harness.clearRecords();
    harness.loader.succeed();
    await harness.flow.retryLoad();
    expect(harness.loader.loadCount).to.equal(2);
    expect(harness.flow.state.step).to.equal('credentials');
    expect(harness.flow.state.error).to.equal(null);
    expect(harness.notices.map((notice) => notice.type)).to.deep.equal([
      'status-change',
      'ready',
      'status-change',
    ]);
    expect(harness.noticesOf('status-change').map((notice) => notice.detail.step)).to.deep.equal([
      'loading',
      'credentials',
    ]);
  });

  it('ignores retryLoad unless loading failed', async () => {
    const harness = await createFlowHarness();
    await harness.flow.retryLoad();
    expect(harness.loader.loadCount).to.equal(1);
  });

  it('neither loads nor announces again when the same loader is attached again', async () => {
    const harness = await createFlowHarness();
    harness.clearRecords();
    harness.flow.attach(harness.loader.getClerk);
    await nextTurn();
    expect(harness.loader.loadCount).to.equal(1);
    expect(harness.notices).to.deep.equal([]);
    expect(harness.states).to.deep.equal([]);
  });

  it('starts over with a different loader, ignoring the first one if it answers late', async () => {
    const harness = await createFlowHarness({ attach: false });
    harness.loader.hold();
    harness.flow.attach(harness.loader.getClerk);
    const secondClerk = new FakeClerk({
      signedInUser: { id: 'user_second', fullName: 'Second Clerk' },
    });
    const secondLoader = new FakeClerkLoader(secondClerk);
    harness.flow.attach(secondLoader.getClerk);
    await nextTurn();
    expect(harness.flow.state.user?.displayName).to.equal('Second Clerk');
    harness.loader.succeed();
    await nextTurn();
    expect(harness.flow.state.step).to.equal('signed-in');
    expect(harness.noticesOf('ready')).to.have.length(1);
  });

  it('replacing a loaded Clerk returns to loading and forgets the sign-in in progress', async () => {
    const harness = await createFlowHarness();
    await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
    const secondLoader = new FakeClerkLoader(new FakeClerk()).hold();
    harness.flow.attach(secondLoader.getClerk);
    expect(harness.flow.state).to.include({
      step: 'loading',
      status: null,
      strategy: null,
      busy: false,
    });
    expect(harness.flow.state.factors).to.deep.equal([]);
  });

  describe('a submit made before Clerk has loaded', () => {
    it('is busy while waiting, then signs in once Clerk is ready', async () => {
      const harness = await createFlowHarness({ attach: false });
      harness.loader.hold();
      harness.flow.attach(harness.loader.getClerk);
      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const submitted = harness.flow.submitCredentials({ identifier, password });
      expect(harness.flow.state).to.include({ step: 'loading', busy: true, identifier });
      expect(harness.clerk.calls).to.deep.equal([]);
      harness.loader.succeed();
      await submitted;
      expect(harness.clerk.callsTo('signIn.create')).to.have.length(1);
      expect(harness.flow.state).to.include({
        step: 'second-factor',
        busy: false,
        strategy: 'totp',
      });
      expect(harness.noticesOf('status-change').map((notice) => notice.detail.step)).to.deep.equal([
        'credentials',
        'second-factor',
      ]);
    });

    it('waits even when made before the flow is attached at all', async () => {
      const harness = await createFlowHarness({ attach: false });
      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const submitted = harness.flow.submitCredentials({ identifier, password });
      expect(harness.flow.state.busy).to.equal(true);
      harness.flow.attach(harness.loader.getClerk);
      await submitted;
      expect(harness.flow.state.step).to.equal('second-factor');
    });

    it('stops without a request when the load fails, keeping the identifier', async () => {
      const harness = await createFlowHarness({ attach: false });
      harness.loader.hold();
      harness.flow.attach(harness.loader.getClerk);
      const submitted = harness.flow.submitCredentials({ identifier, password });
      harness.loader.fail();
      await submitted;
      expect(harness.flow.state).to.include({ step: 'load-error', busy: false, identifier });
      expect(harness.flow.state.error?.code).to.equal('clerk_load_failed');
      expect(harness.clerk.calls).to.deep.equal([]);
    });

    it('after a failed load, loads again and then signs in', async () => {
      const harness = await createFlowHarness({ attach: false });
      harness.loader.fail();
      harness.flow.attach(harness.loader.getClerk);
      await nextTurn();
      harness.loader.succeed();
      await submitCredentialsAnswered(harness, needsSecondFactor(fakeFactors.totp));
      expect(harness.loader.loadCount).to.equal(2);
      expect(harness.flow.state.step).to.equal('second-factor');
    });

    it('is dropped when Clerk loads with a user already signed in', async () => {
      const harness = await createFlowHarness({
        clerk: new FakeClerk({ signedInUser: fakeUser }),
        attach: false,
      });
      harness.loader.hold();
      harness.flow.attach(harness.loader.getClerk);
      const submitted = harness.flow.submitCredentials({ identifier, password });
      harness.loader.succeed();
      await submitted;
      expect(harness.flow.state).to.include({ step: 'signed-in', busy: false });
      expect(harness.clerk.calls).to.deep.equal([]);
    });
  });

  describe('a submit in progress when the loader is replaced', () => {
    it('ends without a request when it was still waiting for Clerk', async () => {
      const harness = await createFlowHarness({ attach: false });
      harness.loader.hold();
      harness.flow.attach(harness.loader.getClerk);
      const submitted = harness.flow.submitCredentials({ identifier, password });
      const secondClerk = new FakeClerk();
      harness.flow.attach(new FakeClerkLoader(secondClerk).getClerk);
      await submitted;
      expect(harness.flow.state).to.include({ step: 'credentials', busy: false });
      expect(harness.clerk.calls).to.deep.equal([]);
      expect(secondClerk.calls).to.deep.equal([]);
    });

    it('ignores the answer to a sign-in made with the replaced Clerk', async () => {
      const harness = await createFlowHarness();
      harness.clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const held = harness.clerk.holdNext('signIn.create');
      const submitted = harness.flow.submitCredentials({ identifier, password });
      await held.reached;
      harness.flow.attach(new FakeClerkLoader(new FakeClerk()).getClerk);
      held.release();
      await submitted;
      expect(harness.flow.state).to.include({ step: 'credentials', status: null, busy: false });
    });
  });

  describe('detach', () => {
    it('drops every listener', async () => {
      const harness = await createFlowHarness();
      harness.flow.detach();
      harness.clearRecords();
      await harness.flow.submitCredentials({ identifier: '', password });
      expect(harness.flow.state.error?.code).to.equal('identifier_required');
      expect(harness.states).to.deep.equal([]);
      expect(harness.notices).to.deep.equal([]);
    });

    it('stops the listeners given up by their own unsubscribe function only', async () => {
      const harness = await createFlowHarness();
      const seen: string[] = [];
      const stopState = harness.flow.subscribe(() => seen.push('state'));
      const stopNotice = harness.flow.onNotice((notice) => seen.push(notice.type));
      await harness.flow.submitCredentials({ identifier: '', password });
      stopState();
      stopNotice();
      await harness.flow.submitCredentials({ identifier: ' ', password: '' });
      expect(seen).to.deep.equal(['state', 'error']);
      expect(harness.noticesOf('error')).to.have.length(2);
    });
  });
});
