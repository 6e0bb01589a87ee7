/**
 * What `<clerk-mfa-sign-in>` needs only past its first screen, in one module so that a
 * bundler makes one file of it: the sign-in flow and the English messages of every later
 * screen and error. `DeferredSignInFlow` imports it when the element is created, so it
 * loads while clerk-js does; in the single-file build it is `clerk-mfa-sign-in-flow.js`.
 */
export { SignInFlow } from './flow/sign-in-flow.js';
export { laterSignInMessages } from './sign-in-later-messages.js';
