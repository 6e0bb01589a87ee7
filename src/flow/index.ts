/**
 * The sign-in state machine and the types around it: what elements and tests import
 * from the flow.
 */
export { SignInFlow, type Credentials, type SignInFlowOptions } from './sign-in-flow.js';
export { normalizeCode } from './factors.js';
export type * from './types.js';
export type * from './clerk-like.js';
