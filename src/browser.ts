/**
 * Entry of the single-file browser build, `clerk-mfa-elements/browser`
 * (`dist/browser/clerk-mfa-elements.js`, bundled by `scripts/bundle-browser.mjs`):
 * registers every element, like `clerk-mfa-elements/define` (and `<clerk-mfa-setup>` when
 * the page has one), and exports what the root entry exports but `SignInFlow` and
 * `englishMessages`, so a page without a bundler can also use the event classes and types.
 *
 * The sign-in flow, with the English messages of every screen past the first, is a file
 * of its own beside this one, `clerk-mfa-sign-in-flow.js`, which `<clerk-mfa-sign-in>`
 * imports as soon as it is created (`DeferredSignInFlow`): the first screen does not wait
 * for it. A page that drives `SignInFlow` itself imports it from the package's root
 * entry, with a bundler; the English table is also the locale module
 * `dist/locales/en-US.js`.
 */
import './define/index.js';
import { importSignInFlowAgainWith, type SignInFlowModule } from './flow/deferred-sign-in-flow.js';

// After an import of the flow file failed, it is imported again under a URL of its own (a
// fragment, which the request leaves out): an engine that keeps a failed import (Firefox)
// then fetches it again too.
importSignInFlowAgainWith(
  (attempt) =>
    import(
      /* @vite-ignore */ new URL(`./clerk-mfa-sign-in-flow.js#attempt-${attempt}`, import.meta.url)
        .href
    ) as Promise<SignInFlowModule>,
);

export {
  ClerkMfaSignIn,
  safeUrl,
  ClerkCredentialsStep,
  ClerkCodeStep,
  ClerkNewPasswordStep,
  ClerkMfaCodeSentEvent,
  ClerkMfaCompleteEvent,
  ClerkMfaErrorEvent,
  ClerkMfaReadyEvent,
  ClerkMfaStatusChangeEvent,
  signInContext,
  createTranslator,
  clerkScriptUrl,
  frontendApiFromPublishableKey,
  loadClerk,
} from './index.js';
export type * from './index.js';

// `<clerk-mfa-setup>` is not in the page's first script: its module (with the QR code's)
// loads when the page holds one, and when `<clerk-mfa-sign-in>` reaches a setup-mfa task.
if (document.querySelector('clerk-mfa-setup')) void import('./define/clerk-mfa-setup.js');
