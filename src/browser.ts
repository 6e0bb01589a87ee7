/**
 * Entry of the single-file browser build, `clerk-mfa-elements/browser`
 * (`dist/browser/clerk-mfa-elements.js`, bundled by `scripts/bundle-browser.mjs`):
 * registers every element, like `clerk-mfa-elements/define`, and exports what the root
 * entry exports, so a page without a bundler can also use the event classes and types.
 */
import './define/index.js';

export * from './index.js';
