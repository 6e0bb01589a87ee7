/**
 * `DeferredSignInFlow`, the flow as `<clerk-mfa-sign-in>` holds it while the flow's
 * module loads. The module's import is a fake the test settles (`fakeModuleImport`);
 * the module it gives is the real `sign-in-flow.ts`, against a fake Clerk.
 */
import { expect } from '@open-wc/testing';

import {
  DeferredSignInFlow,
  firstFlowState,
  type SignInFlowModule,
} from '../../src/flow/deferred-sign-in-flow.js';
import { SignInFlow } from '../../src/flow/sign-in-flow.js';
import type { FlowNotice, FlowState } from '../../src/flow/types.js';
import { createTranslator, englishMessages } from '../../src/messages.js';
import { FakeClerk, FakeClerkLoader, fakeFactors, needsSecondFactor } from '../fakes/fake-clerk.js';
import {
  createFlowHarness,
  englishTranslate,
  identifier,
  nextTurn,
  password,
} from './flow-harness.js';

/** An import of the flow's module that waits until the test makes it arrive or fail. */
function fakeModuleImport() {
  const pending: Array<{
    resolve: (module: SignInFlowModule) => void;
    reject: (error: unknown) => void;
  }> = [];
  return {
    importModule: () =>
      new Promise<SignInFlowModule>((resolve, reject) => pending.push({ resolve, reject })),
    get imports() {
      return pending.length;
    },
    arrive: () => pending.at(-1)?.resolve({ SignInFlow }),
    fail: () => pending.at(-1)?.reject(new TypeError('fake: the module could not be fetched')),
  };
}

function deferredFlow() {
  const moduleImport = fakeModuleImport();
  const deferred = new DeferredSignInFlow(
    { translate: englishTranslate },
    moduleImport.importModule,
  );
  const clerk = new FakeClerk();
  const loader = new FakeClerkLoader(clerk);
  const states: FlowState[] = [];
  const notices: FlowNotice[] = [];
  deferred.subscribe((state) => states.push(state));
  deferred.onNotice((notice) => notices.push(notice));
  return { deferred, moduleImport, clerk, loader, states, notices };
}

describe('DeferredSignInFlow: the sign-in flow while its module loads', () => {
  it('starts in the first state of a SignInFlow, and imports the module once', () => {
    const { deferred, moduleImport } = deferredFlow();
    expect(firstFlowState).to.deep.equal(new SignInFlow({ translate: englishTranslate }).state);
    expect(deferred.state).to.equal(firstFlowState);
    expect(moduleImport.imports).to.equal(1);
  });

  it('starts loading Clerk when attached, before the module has arrived, and loads it only once', async () => {
    const { deferred, moduleImport, loader, notices } = deferredFlow();
    loader.hold();
    deferred.attach(loader.getClerk);
    expect(loader.loadCount).to.equal(1);
    moduleImport.arrive();
    await nextTurn();
    expect(deferred.state.step).to.equal('loading');
    loader.succeed();
    await nextTurn();
    expect(loader.loadCount).to.equal(1);
    expect(deferred.state.step).to.equal('credentials');
    expect(notices.map((notice) => notice.type)).to.deep.equal(['ready', 'status-change']);
  });

  it('passes the intents given before the module arrived on, and sends credentials submitted twice once', async () => {
    const { deferred, moduleImport, clerk, loader, states, notices } = deferredFlow();
    clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
    deferred.attach(loader.getClerk);
    const submits = [
      deferred.submitCredentials({ identifier, password }),
      deferred.submitCredentials({ identifier, password }),
    ];
    await nextTurn();
    expect(clerk.callsTo('signIn.create')).to.have.length(0);
    moduleImport.arrive();
    await Promise.all(submits);
    expect(clerk.callsTo('signIn.create')).to.have.length(1);
    expect(deferred.state.step).to.equal('second-factor');
    expect(JSON.stringify({ states, notices })).not.to.include(password);
  });

  it('gives an intent to the flow in the same task once the flow exists', async () => {
    const { deferred, moduleImport, loader } = deferredFlow();
    deferred.attach(loader.getClerk);
    moduleImport.arrive();
    await nextTurn();
    void deferred.submitCredentials({ identifier, password });
    expect(deferred.state.busy).to.equal(true);
  });

  it('shows a module that could not be fetched as the flow shows Clerk failing to load, and imports it again on retry', async () => {
    const { deferred, moduleImport, loader, notices } = deferredFlow();
    deferred.attach(loader.getClerk);
    const submit = deferred.submitCredentials({ identifier, password });
    moduleImport.fail();
    await submit;
    const clerkLoadFailure = await createFlowHarness({ attach: false });
    clerkLoadFailure.loader.fail();
    clerkLoadFailure.flow.attach(clerkLoadFailure.loader.getClerk);
    await nextTurn();
    expect(deferred.state.error?.code).to.equal('clerk_load_failed');
    expect(deferred.state).to.deep.equal(clerkLoadFailure.flow.state);
    expect(notices).to.deep.equal(clerkLoadFailure.notices);

    const retry = deferred.retryLoad();
    expect(deferred.state.step).to.equal('loading');
    expect(moduleImport.imports).to.equal(2);
    moduleImport.arrive();
    await retry;
    await nextTurn();
    expect(deferred.state.step).to.equal('credentials');
    expect(loader.loadCount).to.equal(1);
  });

  it('says the load error again in a new language, without announcing it again', async () => {
    const { deferred, moduleImport, notices } = deferredFlow();
    moduleImport.fail();
    await nextTurn();
    const french = createTranslator(englishMessages, {
      localization: {
        clerkMfaElements: { errors: { clerk_load_failed: 'Clerk n’a pas pu être chargé.' } },
      },
    });
    deferred.setTranslate(french);
    expect(deferred.state.error?.message).to.equal('Clerk n’a pas pu être chargé.');
    expect(notices.filter((notice) => notice.type === 'error')).to.have.length(1);
  });

  it('drops its listeners when detached, and hears the flow again once subscribed again', async () => {
    const { deferred, moduleImport, loader, states } = deferredFlow();
    deferred.attach(loader.getClerk);
    moduleImport.arrive();
    await nextTurn();
    deferred.detach();
    const heardBefore = states.length;
    const heardAfter: FlowState[] = [];
    await deferred.submitCredentials({ identifier: '', password });
    expect(states).to.have.length(heardBefore);
    deferred.subscribe((state) => heardAfter.push(state));
    deferred.attach(loader.getClerk);
    await deferred.submitCredentials({ identifier: '', password });
    expect(heardAfter.at(-1)?.error?.code).to.equal('identifier_required');
  });
});
