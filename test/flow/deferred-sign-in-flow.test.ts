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
import { laterSignInMessages } from '../../src/sign-in-later-messages.js';
import type { FlowNotice, FlowState } from '../../src/flow/types.js';
import { englishMessages } from '../../src/english.js';
import { createTranslator } from '../../src/messages.js';
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
  /** The `attempt` of each import, in order. */
  const attempts: number[] = [];
  return {
    attempts,
    importModule: (attempt: number) => {
      attempts.push(attempt);
      return new Promise<SignInFlowModule>((resolve, reject) => pending.push({ resolve, reject }));
    },
    get imports() {
      return pending.length;
    },
    arrive: () => pending.at(-1)?.resolve({ SignInFlow, laterSignInMessages }),
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
  /** What the flow wrote to the console with `console.error` during the test. */
  let consoleErrors: string[] = [];
  const consoleError = console.error;
  beforeEach(() => {
    consoleErrors = [];
    console.error = (...parts: unknown[]) => consoleErrors.push(parts.map(String).join(' '));
  });
  afterEach(() => {
    console.error = consoleError;
  });

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

  it('shows a submit given before the module arrived as busy, and passes it on once it has', async () => {
    const { deferred, moduleImport, clerk, loader, states, notices } = deferredFlow();
    clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
    deferred.attach(loader.getClerk);
    const submit = deferred.submitCredentials({ identifier, password });
    expect(deferred.state.busy, 'the form refuses a second submit').to.equal(true);
    expect(states.at(-1)?.busy).to.equal(true);
    await nextTurn();
    expect(clerk.callsTo('signIn.create')).to.have.length(0);
    moduleImport.arrive();
    await submit;
    expect(clerk.callsTo('signIn.create')).to.have.length(1);
    expect(deferred.state.step).to.equal('second-factor');
    expect(JSON.stringify({ states, notices })).not.to.include(password);
  });

  it('passes intents on in the order they came: of two submits, the first is sent', async () => {
    const { deferred, moduleImport, clerk, loader } = deferredFlow();
    clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
    deferred.attach(loader.getClerk);
    const first = deferred.submitCredentials({ identifier, password });
    const second = deferred.submitCredentials({ identifier: 'grace@example.com', password });
    moduleImport.arrive();
    await Promise.all([first, second]);
    // The flow was busy with the first when the second came, as a form's second submit is refused.
    const sent = clerk
      .callsTo('signIn.create')
      .map((call) => call.params as { identifier: string });
    expect(sent.map((params) => params.identifier)).to.deep.equal([identifier]);
  });

  it('shows the flow\u2019s state once it has arrived, also after an intent the flow ignores', async () => {
    const { deferred, moduleImport, states } = deferredFlow();
    const signOut = deferred.signOut();
    expect(deferred.state.busy).to.equal(true);
    moduleImport.arrive();
    await signOut;
    expect(deferred.state.busy).to.equal(false);
    expect(states.at(-1)).to.equal(deferred.state);
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
    // The console says what failed, for the page's developer, and nothing that was typed.
    expect(consoleErrors).to.deep.equal([
      '<clerk-mfa-sign-in>: the sign-in flow could not be loaded: TypeError: fake: the module could not be fetched',
    ]);
    expect(notices).to.deep.equal(clerkLoadFailure.notices);

    const retry = deferred.retryLoad();
    expect(deferred.state.step).to.equal('loading');
    // The single-file build imports its flow file again under another URL for an attempt after the first.
    expect(moduleImport.attempts).to.deep.equal([0, 1]);
    moduleImport.arrive();
    await retry;
    await nextTurn();
    expect(deferred.state.step).to.equal('credentials');
    expect(loader.loadCount).to.equal(1);
  });

  it('imports the module again for a submit given while it could not be loaded', async () => {
    const { deferred, moduleImport, clerk, loader } = deferredFlow();
    clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
    deferred.attach(loader.getClerk);
    moduleImport.fail();
    await nextTurn();
    expect(deferred.state.step).to.equal('load-error');
    const submit = deferred.submitCredentials({ identifier, password });
    expect(moduleImport.imports).to.equal(2);
    expect(deferred.state).to.include({ step: 'loading', busy: true });
    moduleImport.arrive();
    await submit;
    expect(clerk.callsTo('signIn.create')).to.have.length(1);
  });

  it('loads Clerk again on the retry when Clerk failed to load too', async () => {
    const { deferred, moduleImport, loader } = deferredFlow();
    loader.fail();
    deferred.attach(loader.getClerk);
    moduleImport.fail();
    await nextTurn();
    expect(deferred.state.step).to.equal('load-error');
    loader.succeed();
    const retry = deferred.retryLoad();
    moduleImport.arrive();
    await retry;
    await nextTurn();
    expect(loader.loadCount).to.equal(2);
    expect(deferred.state.step).to.equal('credentials');
  });

  it('shows a module whose flow cannot be created as a load error too', async () => {
    const moduleImport = fakeModuleImport();
    const brokenModule = {
      SignInFlow: class {
        constructor() {
          throw new TypeError('fake: a flow file of another version');
        }
      },
    } as unknown as SignInFlowModule;
    const deferred = new DeferredSignInFlow({ translate: englishTranslate }, () =>
      moduleImport.importModule(0).then(() => brokenModule),
    );
    const submit = deferred.submitCredentials({ identifier, password });
    moduleImport.arrive();
    await submit;
    expect(deferred.state.step).to.equal('load-error');
    expect(deferred.state.error?.code).to.equal('clerk_load_failed');
    expect(consoleErrors).to.deep.equal([
      '<clerk-mfa-sign-in>: the sign-in flow could not be loaded: TypeError: fake: a flow file of another version',
    ]);
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
    expect(heardAfter.map((state) => state.error?.code)).to.deep.equal(['identifier_required']);
  });
});
