import { expect } from '@open-wc/testing';

import type { SignInAnswer } from '../../src/flow/clerk-adapter/index.js';
import type { FlowEvent } from '../../src/flow/flow-events.js';
import { offeredFactors, resetCodeOrder, secondFactorOrder } from '../../src/flow/factors.js';
import {
  codeState,
  completeState,
  credentialsState,
  loadErrorState,
  loadingState,
  newPasswordState,
  signedInState,
  taskState,
  unsupportedState,
  type SignInState,
} from '../../src/flow/states.js';
import { lockAccount, lockEveryone, noLocks } from '../../src/flow/locks.js';
import { transition } from '../../src/flow/transitions.js';
import type { Step } from '../../src/flow/types.js';
import { FakeClerk, FakeSignIn, fakeFactors } from '../fakes/fake-clerk.js';

const now = Date.UTC(2026, 0, 1);
const carried = { identifier: 'ada@example.com', locks: noLocks };

/** A sign-in resource of the fake, answered with a second-factor status. */
function fakeAnswer(): SignInAnswer {
  return new FakeSignIn(new FakeClerk()).applyAnswer({
    id: 'sia_1',
    status: 'needs_second_factor',
    supportedSecondFactors: [fakeFactors.totp, fakeFactors.phoneCode],
  }) as SignInAnswer;
}

function codeStep(step: 'second-factor' | 'client-trust'): SignInState {
  const signIn = fakeAnswer();
  const offered = offeredFactors(signIn.supportedSecondFactors, secondFactorOrder);
  return codeState(carried, { step, signIn, offered, strategy: 'totp', sentCodes: new Map() });
}

/** The reset-code step of a sign-in started by "Forgot password?", its code not sent yet. */
function resetCodeStep(): SignInState {
  const signIn = new FakeSignIn(new FakeClerk()).applyAnswer({
    id: 'sia_1',
    status: 'needs_first_factor',
    supportedFirstFactors: [fakeFactors.resetEmailCode],
  }) as SignInAnswer;
  const offered = offeredFactors(signIn.supportedFirstFactors, resetCodeOrder);
  return codeState(carried, {
    step: 'reset-code',
    signIn,
    offered,
    strategy: 'reset_password_email_code',
    sentCodes: new Map(),
  });
}

const stateOfStep: Readonly<Record<Step, () => SignInState>> = {
  loading: () => loadingState(carried),
  credentials: () => credentialsState(carried),
  'load-error': () =>
    loadErrorState(carried, {
      code: 'clerk_load_failed',
      key: 'clerkMfaElements.errors.clerk_load_failed',
    }),
  'second-factor': () => codeStep('second-factor'),
  'client-trust': () => codeStep('client-trust'),
  'reset-code': resetCodeStep,
  'new-password': () =>
    newPasswordState(
      carried,
      new FakeSignIn(new FakeClerk()).applyAnswer({
        id: 'sia_1',
        status: 'needs_new_password',
      }) as SignInAnswer,
    ),
  'signed-in': () => signedInState(carried, { id: 'user_1', displayName: 'Ada' }),
  complete: () => completeState(carried, { id: 'user_1', displayName: 'Ada' }),
  'setup-mfa': () =>
    taskState(carried, { sessionId: 'sess_1', task: 'setup-mfa', user: null, status: 'complete' }),
  'session-task': () =>
    taskState(carried, {
      sessionId: 'sess_1',
      task: 'choose-organization',
      user: null,
      status: 'complete',
    }),
  unsupported: () =>
    unsupportedState(carried, 'needs_first_factor', {
      code: 'unsupported_status',
      key: 'clerkMfaElements.unsupported.needs_first_factor',
    }),
};

const intents: Readonly<Record<string, FlowEvent>> = {
  submitCredentials: {
    type: 'credentials-submitted',
    identifier: 'ada@example.com',
    passwordGiven: true,
  },
  submitCode: { type: 'code-submitted', code: 'plausible' },
  forgotPassword: { type: 'reset-requested', identifier: 'ada@example.com' },
  submitNewPassword: {
    type: 'new-password-submitted',
    passwordGiven: true,
    signOutOfOtherSessions: true,
  },
  sendCode: { type: 'send-requested' },
  chooseStrategy: { type: 'strategy-chosen', strategy: 'phone_code' },
  back: { type: 'back' },
  signOut: { type: 'sign-out-requested' },
  completeSessionTask: { type: 'task-done' },
};

/** The intents each step accepts; every other one does nothing there. */
const accepted: Readonly<Record<Step, readonly string[]>> = {
  loading: ['submitCredentials', 'forgotPassword'],
  credentials: ['submitCredentials', 'forgotPassword'],
  'load-error': ['submitCredentials', 'forgotPassword'],
  // sendCode does nothing for an authenticator code, the strategy of these states.
  'second-factor': ['submitCode', 'chooseStrategy', 'back'],
  'client-trust': ['submitCode', 'chooseStrategy', 'back'],
  // The reset code of this state is not sent yet: sending it is accepted.
  'reset-code': ['submitCode', 'sendCode', 'back'],
  'new-password': ['submitNewPassword', 'back'],
  'signed-in': ['signOut'],
  complete: ['signOut'],
  'setup-mfa': ['signOut', 'completeSessionTask'],
  'session-task': ['signOut'],
  unsupported: ['back'],
};

describe('transitions', () => {
  describe('which intents each step accepts', () => {
    for (const [step, makeState] of Object.entries(stateOfStep) as Array<
      [Step, () => SignInState]
    >) {
      for (const [intent, event] of Object.entries(intents)) {
        const accepts = accepted[step].includes(intent);
        it(`${step}: ${intent} ${accepts ? 'is accepted' : 'does nothing'}`, () => {
          const result = transition(makeState(), event, now);
          expect(result !== undefined).to.equal(accepts);
        });
      }
    }
  });

  describe('while busy or locked', () => {
    it('refuses every submit while a call is in flight', () => {
      const busy = { ...credentialsState(carried), busy: true };
      expect(transition(busy, intents.submitCredentials, now)).to.equal(undefined);
      const busyCode = { ...codeStep('second-factor'), busy: true };
      expect(transition(busyCode, intents.submitCode, now)).to.equal(undefined);
      expect(transition(busyCode, intents.chooseStrategy, now)).to.equal(undefined);
    });

    it('refuses submits until the lock has passed, then accepts them', () => {
      const locked = credentialsState({ ...carried, locks: lockEveryone(noLocks, now + 1000) });
      expect(transition(locked, intents.submitCredentials, now)).to.equal(undefined);
      expect(transition(locked, intents.submitCredentials, now + 1000)?.command).to.deep.equal({
        type: 'create-sign-in',
      });
    });

    it('refuses submits for a locked account only, never for another identifier', () => {
      const locks = lockAccount(noLocks, 'ADA@example.com', now + 60_000);
      const locked = credentialsState({ ...carried, locks });
      expect(transition(locked, intents.submitCredentials, now)).to.equal(undefined);
      const other = {
        type: 'credentials-submitted',
        identifier: 'grace@example.com',
        passwordGiven: true,
      } as const;
      expect(transition(locked, other, now)?.command).to.deep.equal({ type: 'create-sign-in' });
    });

    it('lets the user switch strategy while locked, without sending a code', () => {
      const locked = {
        ...codeStep('second-factor'),
        locks: lockAccount(noLocks, carried.identifier, now + 1000),
      };
      const result = transition(locked, intents.chooseStrategy, now);
      expect(result?.state).to.include({ strategy: 'phone_code', busy: false });
      expect(result?.command).to.equal(undefined);
    });
  });

  describe('what the calls are for', () => {
    it('asks to send the SMS code when phone_code is chosen the first time, with its ids', () => {
      const result = transition(codeStep('second-factor'), intents.chooseStrategy, now);
      expect(result?.state.busy).to.equal(true);
      expect(result?.command).to.deep.include({
        type: 'send-code',
        strategy: 'phone_code',
        params: { strategy: 'phone_code', phoneNumberId: 'idn_fake_phone' },
        safeIdentifier: '+1******0123',
      });
    });

    it('leaving the code step supersedes the calls in flight', () => {
      expect(transition(codeStep('second-factor'), intents.back, now)?.supersedes).to.equal(true);
      expect(transition(credentialsState(carried), { type: 'reset' }, now)?.supersedes).to.equal(
        true,
      );
    });
  });
});
