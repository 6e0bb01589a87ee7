/**
 * The sign-in state machine and the types around it, for the elements and for hosts
 * that drive the flow themselves.
 */
export {
  SignInFlow,
  type Credentials,
  type NewPassword,
  type PasswordRules,
  type SignInFlowOptions,
} from './sign-in-flow.js';
export type * from './types.js';
export type * from './clerk-adapter/index.js';
