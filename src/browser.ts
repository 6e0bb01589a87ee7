/**
 * Entry of the single-file browser build, `clerk-mfa-elements/browser`
 * (`dist/browser/clerk-mfa-elements.js`, bundled by `scripts/bundle-browser.mjs`):
 * registers every element, like `clerk-mfa-elements/define` (and `<clerk-mfa-setup>` when
 * the page has one; after the page has painted its first frame, when it holds a sign-in
 * form written in its HTML), and exports what the root entry exports but `SignInFlow` and
 * `englishMessages`, so a page without a bundler can also use the event classes and types.
 *
 * The sign-in flow, with the English messages of every screen past the first, is a file
 * of its own beside this one, `clerk-mfa-sign-in-flow.js`, which `<clerk-mfa-sign-in>`
 * imports as soon as it is created (`DeferredSignInFlow`): the first screen does not wait
 * for it. A page that drives `SignInFlow` itself imports it from the package's root
 * entry, with a bundler; the English table is also the locale module
 * `dist/locales/en-US.js`.
 */
import { importSignInFlowAgainWith, type SignInFlowModule } from './flow/deferred-sign-in-flow.js';
import {
  ClerkCodeStep,
  ClerkCredentialsStep,
  ClerkMfaSignIn,
  ClerkNewPasswordStep,
} from './index.js';
// The tags' types, as `clerk-mfa-elements/define` declares them.
export type {} from './define/index.js';

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

/**
 * Registers the sign-in's elements as `clerk-mfa-elements/define` does (`src/define/`):
 * the steps, then `<clerk-mfa-sign-in>`, each unless its tag is already taken. (The define
 * modules keep their own `customElements.define` calls: the custom elements manifest
 * reads each tag's name from them.)
 */
function defineSignInElements(): void {
  for (const [tag, element] of [
    ['clerk-code-step', ClerkCodeStep],
    ['clerk-credentials-step', ClerkCredentialsStep],
    ['clerk-new-password-step', ClerkNewPasswordStep],
    ['clerk-mfa-sign-in', ClerkMfaSignIn],
  ] as const) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

/**
 * Resolves once the browser has painted a frame, or after 100 ms in a page it does not
 * paint (a tab in the background).
 */
function nextFramePainted(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });
}

// A sign-in form written in the page's HTML is painted before the elements upgrade: when
// this file arrives as the HTML is parsed (a fast network, a cached file), the browser
// would otherwise run it, and the elements' first render, before it paints anything. An
// import of this module resolves once every element is defined (but in WebKit, an import
// made while this one waits may resolve sooner: customElements.whenDefined is exact).
if (document.querySelector('clerk-credentials-step > form')) await nextFramePainted();
defineSignInElements();

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
