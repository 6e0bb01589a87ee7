/**
 * Default styles. The step elements render in light DOM (so password managers and
 * one-time-code autofill can see their inputs), so their styles are adopted into the
 * document or shadow root that holds `<clerk-mfa-sign-in>`, as a constructed
 * stylesheet: no `<style>` element and no style attribute, which keeps them working
 * under a strict `style-src 'self'` policy. Every step selector sits inside `:where()`
 * (zero specificity), so any page rule overrides it.
 */
import { css, type CSSResult } from 'lit';

/** Design tokens shared by the shadow root and the light-DOM steps. */
const tokens = css`
  --_primary: var(--clerk-mfa-color-primary, #2f3bd6);
  --_on-primary: var(--clerk-mfa-color-on-primary, #ffffff);
  --_text: var(--clerk-mfa-color-text, #1b1d22);
  --_muted: var(--clerk-mfa-color-muted, #575d6b);
  --_danger: var(--clerk-mfa-color-danger, #b3261e);
  --_border: var(--clerk-mfa-color-border, #8a909c);
  --_background: var(--clerk-mfa-color-background, #ffffff);
  --_radius: var(--clerk-mfa-radius, 0.5rem);
  --_gap: var(--clerk-mfa-spacing, 1rem);
`;

/** The look of a button, in the shadow root and in the light-DOM forms alike. */
const buttonLook = css`
  font: inherit;
  padding: 0.6rem 1rem;
  border-radius: var(--_radius);
  border: 1px solid var(--_border);
  background: var(--_background);
  color: var(--_text);
  cursor: pointer;
`;

/** Styles of `<clerk-mfa-sign-in>`'s own shadow root. */
export const signInStyles = css`
  :host {
    ${tokens}
    display: block;
    box-sizing: border-box;
    max-width: var(--clerk-mfa-max-width, 24rem);
    padding: var(--_gap);
    color: var(--_text);
    background: var(--_background);
    font: var(--clerk-mfa-font, inherit);
    border: 1px solid var(--clerk-mfa-color-frame, #d6d9df);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  .panel h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  .panel h2:focus {
    outline: none;
  }
  .panel p {
    margin: 0;
  }
  .error {
    color: var(--_danger);
  }
  [part~='signed-in-error'] {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  [part~='signed-in-error']:empty {
    margin: 0;
  }
  button {
    ${buttonLook}
  }
  button:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
`;

/** Styles of the light-DOM forms of `<clerk-credentials-step>` and `<clerk-code-step>`. */
export const stepStyles = css`
  :where(clerk-mfa-sign-in) {
    ${tokens}
  }
  :where(clerk-credentials-step, clerk-code-step) {
    display: block;
  }
  :where(clerk-credentials-step, clerk-code-step)[hidden] {
    display: none;
  }
  :where(.clerk-mfa-form) {
    display: grid;
    gap: var(--_gap);
  }
  :where(.clerk-mfa-form h2) {
    margin: 0;
    font-size: 1.25rem;
  }
  :where(.clerk-mfa-form p) {
    margin: 0;
  }
  :where(.clerk-mfa-subtitle, .clerk-mfa-hint) {
    color: var(--_muted);
  }
  :where(.clerk-mfa-field) {
    display: grid;
    gap: 0.35rem;
  }
  :where(.clerk-mfa-label-row) {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
  }
  :where(.clerk-mfa-form label) {
    font-weight: 600;
  }
  :where(.clerk-mfa-form input) {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_background);
  }
  :where(.clerk-mfa-form input[aria-invalid='true']) {
    border-color: var(--_danger);
  }
  :where(.clerk-mfa-form input[inputmode='numeric']) {
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  :where(.clerk-mfa-password-row) {
    display: flex;
    gap: 0.5rem;
  }
  :where(.clerk-mfa-password-row input) {
    flex: 1;
    min-width: 0;
  }
  :where(.clerk-mfa-password-toggle) {
    flex: none;
    white-space: nowrap;
  }
  :where(.clerk-mfa-form button) {
    ${buttonLook}
  }
  :where(.clerk-mfa-form button[type='submit']) {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  :where(.clerk-mfa-form button:disabled, .clerk-mfa-form button[aria-disabled='true']) {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :where(.clerk-mfa-form :focus-visible) {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  :where(.clerk-mfa-form a) {
    color: var(--_primary);
  }
  :where(.clerk-mfa-field-error, .clerk-mfa-form-error) {
    color: var(--_danger);
  }
  :where(.clerk-mfa-field-error:empty, .clerk-mfa-form-error:empty) {
    display: none;
  }
  :where(.clerk-mfa-alternatives) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  :where(.clerk-mfa-link-button) {
    border: none;
    background: none;
    padding: 0;
    color: var(--_primary);
    text-decoration: underline;
  }
  :where(.clerk-mfa-visually-hidden) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds `styles` once to `root` when it is a document or a shadow root. */
export function adoptStyles(root: Node, styles: CSSResult = stepStyles): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || adopted.has(root)) return;
  const sheet = styles.styleSheet;
  if (!sheet) return;
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  adopted.add(root);
}
