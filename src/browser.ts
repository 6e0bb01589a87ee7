/**
 * Entry of the single-file browser build, `clerk-mfa-elements/browser`
 * (`dist/browser/clerk-mfa-elements.js`, bundled by `scripts/bundle-browser.mjs`):
 * registers every element, like `clerk-mfa-elements/define` (and `<clerk-mfa-setup>` when
 * the page has one), and exports what the root entry exports, so a page without a bundler
 * can also use the event classes and types.
 */
import './define/index.js';

export * from './index.js';

// `<clerk-mfa-setup>` is not in the page's first script: its module (with the QR code's)
// loads when the page holds one, and when `<clerk-mfa-sign-in>` reaches a setup-mfa task.
if (document.querySelector('clerk-mfa-setup')) void import('./define/clerk-mfa-setup.js');
