/**
 * The context `<clerk-mfa-sign-in>` provides to its step elements: the flow to send
 * intents to and hear notices from, its current state, and the translator for every
 * visible string. A new value is provided on every change, so consumers with
 * `subscribe: true` re-render.
 */
import { createContext } from '@lit/context';
import type { SignInFlow } from './flow/sign-in-flow.js';
import type { FlowState } from './flow/types.js';
import type { Translate } from './messages.js';

export interface SignInContext {
  /**
   * Receives the user's intents (`submitCredentials`, `submitCode`, `sendCode`, …),
   * announces what happens (`onNotice`), tells the time countdowns run on (`now`) and
   * until when an account is locked (`lockedUntilFor`).
   */
  readonly flow: Pick<
    SignInFlow,
    | 'submitCredentials'
    | 'submitCode'
    | 'forgotPassword'
    | 'submitNewPassword'
    | 'passwordRules'
    | 'signOut'
    | 'sendCode'
    | 'chooseStrategy'
    | 'back'
    | 'onNotice'
    | 'now'
    | 'lockedUntilFor'
  >;
  readonly state: FlowState;
  readonly translate: Translate;
}

export const signInContext = createContext<SignInContext>(Symbol('clerk-mfa-sign-in'));
