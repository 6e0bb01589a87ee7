/**
 * The one module that knows `@clerk/clerk-js` (v6): the few parts of it the flows use
 * (`clerk-types.ts`), and the calls they make (`sign-in.ts`, `sessions.ts`), each
 * returning a result instead of throwing, with clerk-js's quirks turned into plain
 * failures. Keeping the surface this small is what makes a later switch of Clerk API
 * (for example to the SignInFuture API) one module.
 */
export type * from './clerk-types.js';
export { applicationNameOf, minimumPasswordLengthOf } from './environment.js';
export { noAnswer, settle, type ClerkResult } from './results.js';
export {
  attemptResetCode,
  attemptSecondFactor,
  createSignIn,
  prepareResetCode,
  prepareSecondFactor,
  resetPassword,
  startPasswordReset,
} from './sign-in.js';
export {
  activateHeldSession,
  activateSession,
  isUserOf,
  signOut,
  taskOf,
  updatePasswordAndActivate,
  type Activation,
} from './sessions.js';
export type * from './user-types.js';
export {
  addPhoneNumber,
  allowedFactorsOf,
  attemptReverification,
  createBackupCodes,
  createTotp,
  disableTotp,
  makePhoneNumberDefault,
  removePhoneNumber,
  resendPhoneCode,
  sendReverificationCode,
  startReverification,
  userFactorsOf,
  verifyPhoneNumber,
  verifyTotp,
  type AllowedFactors,
  type SecondFactorPhone,
  type TotpEnrolment,
  type UserFactors,
} from './user.js';
