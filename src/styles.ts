/**
 * Default styles. The step elements render in light DOM (so password managers and
 * one-time-code autofill can see their inputs), so their styles are adopted into the
 * document or shadow root that holds `<clerk-mfa-sign-in>`, as a constructed
 * stylesheet: no `<style>` element and no style attribute, which keeps them working
 * under a strict `style-src 'self'` policy. Every step selector sits inside `:where()`
 * (zero specificity), so any page rule overrides it.
 *
 * Theming: each of Clerk's appearance variables has the CSS custom property Clerk
 * itself reads for it (`colorPrimary` → `--clerk-color-primary`, …), so a page themed
 * for Clerk's components themes these elements too. The earlier `--clerk-mfa-*`
 * properties still work and win over them. The defaults follow the user's colour
 * scheme (`prefers-color-scheme`), unless the element's `color-scheme` attribute forces
 * `light` or `dark`.
 */
import { css, type CSSResult } from 'lit';

/** The default palette of a light colour scheme. */
export const lightPalette = css`
  color-scheme: light;
  --_default-primary: #2f3bd6;
  --_default-primary-foreground: #ffffff;
  --_default-danger: #b3261e;
  --_default-success: #1d7a3c;
  --_default-warning: #8f5b00;
  --_default-neutral: #15171c;
  --_default-foreground: #1b1d22;
  --_default-muted-foreground: #575d6b;
  --_default-background: #ffffff;
`;

/** The default palette of a dark colour scheme. */
export const darkPalette = css`
  color-scheme: dark;
  --_default-primary: #9ea6ff;
  --_default-primary-foreground: #10132e;
  --_default-danger: #ff9b91;
  --_default-success: #72d68f;
  --_default-warning: #f3c35a;
  --_default-neutral: #f4f5f7;
  --_default-foreground: #eceef3;
  --_default-muted-foreground: #abb1be;
  --_default-background: #1b1c21;
`;

/**
 * Design tokens shared by the shadow root and the light-DOM steps: each reads the
 * page's `--clerk-mfa-*` property (kept from earlier versions), then Clerk's, then the
 * palette's default.
 */
export const tokens = css`
  --_primary: var(--clerk-mfa-color-primary, var(--clerk-color-primary, var(--_default-primary)));
  --_on-primary: var(
    --clerk-mfa-color-on-primary,
    var(--clerk-color-primary-foreground, var(--_default-primary-foreground))
  );
  --_danger: var(--clerk-mfa-color-danger, var(--clerk-color-danger, var(--_default-danger)));
  --_success: var(--clerk-color-success, var(--_default-success));
  --_warning: var(--clerk-color-warning, var(--_default-warning));
  --_neutral: var(--clerk-color-neutral, var(--_default-neutral));
  --_text: var(--clerk-mfa-color-text, var(--clerk-color-foreground, var(--_default-foreground)));
  --_muted: var(
    --clerk-mfa-color-muted,
    var(--clerk-color-muted-foreground, var(--_default-muted-foreground))
  );
  --_background: var(
    --clerk-mfa-color-background,
    var(--clerk-color-background, var(--_default-background))
  );
  --_input-background: var(--clerk-color-input, var(--_background));
  --_input-text: var(--clerk-color-input-foreground, var(--_text));
  --_border: var(
    --clerk-mfa-color-border,
    var(--clerk-color-border, color-mix(in srgb, var(--_neutral) 50%, var(--_background)))
  );
  --_frame: var(
    --clerk-mfa-color-frame,
    color-mix(in srgb, var(--_neutral) 18%, var(--_background))
  );
  --_ring: var(--clerk-color-ring, var(--_primary));
  --_radius: var(--clerk-mfa-radius, var(--clerk-border-radius, 0.5rem));
  --_gap: var(--clerk-mfa-spacing, var(--clerk-spacing, 1rem));
`;

/** Clerk's fontFamily and fontSize, for everything inside the element. */
export const typography = css`
  font-family: var(--clerk-font-family, inherit);
  font-size: var(--clerk-font-size, inherit);
`;

/** The look of a button, in the shadow root and in the light-DOM forms alike. */
export const buttonLook = css`
  font: inherit;
  padding: calc(var(--_gap) * 0.6) var(--_gap);
  border-radius: var(--_radius);
  border: 1px solid var(--_border);
  background: var(--_background);
  color: var(--_text);
  cursor: pointer;
`;

/**
 * The frame of `<clerk-mfa-sign-in>`: its box, colours and font. `first-screen.css` gives
 * it to the element before it is defined too.
 */
export const frameLook = css`
  display: block;
  box-sizing: border-box;
  max-width: var(--clerk-mfa-max-width, 24rem);
  padding: var(--_gap);
  color: var(--_text);
  background: var(--_background);
  font: var(--clerk-mfa-font, inherit);
  /* A definite line height gives the form the same height in every font, which
     src/placeholder.css reserves before the element is defined: change both together. */
  line-height: 1.375;
  border: 1px solid var(--_frame);
  border-radius: var(--_radius);
`;

/** Styles of `<clerk-mfa-sign-in>`'s own shadow root. */
export const signInStyles = css`
  :host {
    ${lightPalette}
    ${tokens}
    ${frameLook}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      ${darkPalette}
    }
  }
  :host([color-scheme='dark']) {
    ${darkPalette}
  }
  :host([hidden]) {
    display: none;
  }
  /* The steps and the slotted header and footer inherit Clerk's typography from here. */
  slot,
  .panel {
    ${typography}
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
  :host([step='complete']) .panel h2 {
    color: var(--_success);
  }
  :host([step='unsupported']) .panel h2 {
    color: var(--_warning);
  }
  .task-footer {
    ${typography}
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_gap) / 2);
    margin: var(--_gap) 0 0;
    color: var(--_muted);
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
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }
`;

/** Styles of the light-DOM forms of `<clerk-credentials-step>` and `<clerk-code-step>`. */
export const stepStyles = css`
  :where(clerk-mfa-sign-in) {
    ${lightPalette}
    ${tokens}
  }
  @media (prefers-color-scheme: dark) {
    :where(clerk-mfa-sign-in:not([color-scheme='light'])) {
      ${darkPalette}
    }
  }
  :where(clerk-mfa-sign-in[color-scheme='dark']) {
    ${darkPalette}
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
    gap: calc(var(--_gap) * 0.35);
  }
  :where(.clerk-mfa-field-action) {
    justify-self: end;
  }
  :where(.clerk-mfa-checkbox) {
    display: flex;
    align-items: center;
    gap: calc(var(--_gap) / 2);
    font-weight: normal;
  }
  :where(.clerk-mfa-form .clerk-mfa-checkbox input) {
    width: auto;
  }
  :where(.clerk-mfa-form label) {
    font-weight: 600;
  }
  :where(.clerk-mfa-form input) {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    padding: calc(var(--_gap) * 0.6) calc(var(--_gap) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_input-text);
    background: var(--_input-background);
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
    gap: calc(var(--_gap) / 2);
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
    outline: 3px solid var(--_ring);
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
    gap: calc(var(--_gap) / 2);
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

/** The stylesheets each root has been given, so that each is given once. */
const adopted = new WeakMap<Document | ShadowRoot, Set<CSSResult>>();

/** Adds `styles` once to `root` when it is a document or a shadow root. */
export function adoptStyles(root: Node, styles: CSSResult = stepStyles): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const given = adopted.get(root) ?? new Set<CSSResult>();
  const sheet = styles.styleSheet;
  if (given.has(styles) || !sheet) return;
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  given.add(styles);
  adopted.set(root, given);
}
