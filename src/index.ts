/**
 * clerk-mfa-elements: the element classes, events, flow and types, without
 * registering any tag. Import `clerk-mfa-elements/define` to register the elements.
 */
export { ClerkMfaSignIn } from './elements/clerk-mfa-sign-in.js';
export { safeUrl } from './safe-url.js';
export { ClerkCredentialsStep } from './elements/clerk-credentials-step.js';
export { ClerkCodeStep } from './elements/clerk-code-step.js';
export { ClerkNewPasswordStep } from './elements/clerk-new-password-step.js';
export {
  ClerkMfaCodeSentEvent,
  ClerkMfaCompleteEvent,
  ClerkMfaErrorEvent,
  ClerkMfaReadyEvent,
  ClerkMfaStatusChangeEvent,
  type ClerkMfaEventMap,
  type CodeSentDetail,
  type CompleteDetail,
  type ErrorDetail,
  type ReadyDetail,
  type StatusChangeDetail,
} from './events.js';
export { signInContext, type SignInContext } from './context.js';
export { SignInFlow } from './flow/sign-in-flow.js';
export type * from './flow/types.js';
export type * from './flow/clerk-adapter/index.js';
export {
  createTranslator,
  type LocalizationResource,
  type MessageKey,
  type MessageParams,
  type Translate,
} from './messages.js';
export { englishMessages } from './english.js';
export {
  clerkScriptUrl,
  frontendApiFromPublishableKey,
  loadClerk,
  type ClerkLoadOptions,
} from './load-clerk.js';
