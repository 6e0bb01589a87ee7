/**
 * Styles of `<clerk-mfa-setup>`, whose forms render in light DOM like the sign-in's steps
 * (and share their `.clerk-mfa-form` look): the same palette and tokens on the element,
 * a frame when it stands alone, and the QR code, key and backup codes. Adopted as a
 * constructed stylesheet (no `<style>`, no style attribute), selectors inside `:where()`.
 */
import { css } from 'lit';
import { buttonLook, darkPalette, lightPalette, tokens, typography } from '../styles.js';

export const setupStyles = css`
  :where(clerk-mfa-setup) {
    ${lightPalette}
    ${tokens}
    ${typography}
    display: block;
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :where(clerk-mfa-setup:not([color-scheme='light'])) {
      ${darkPalette}
    }
  }
  :where(clerk-mfa-setup[color-scheme='dark']) {
    ${darkPalette}
  }
  :where(clerk-mfa-setup:not([required])) {
    box-sizing: border-box;
    max-width: var(--clerk-mfa-max-width, 24rem);
    padding: var(--_gap);
    background: var(--_background);
    line-height: 1.375;
    border: 1px solid var(--_frame);
    border-radius: var(--_radius);
  }
  :where(clerk-mfa-setup)[hidden] {
    display: none;
  }
  :where(clerk-mfa-setup h2:focus) {
    outline: none;
  }
  :where(clerk-mfa-setup .clerk-mfa-panel) {
    display: grid;
    gap: var(--_gap);
  }
  :where(clerk-mfa-setup .clerk-mfa-panel h2) {
    margin: 0;
    font-size: 1.25rem;
  }
  :where(clerk-mfa-setup .clerk-mfa-panel p) {
    margin: 0;
  }
  :where(clerk-mfa-setup .clerk-mfa-panel button) {
    ${buttonLook}
  }
  :where(clerk-mfa-setup .clerk-mfa-primary) {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  :where(clerk-mfa-setup .clerk-mfa-panel :focus-visible) {
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }
  :where(clerk-mfa-setup .clerk-mfa-actions) {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
  }
  :where(clerk-mfa-setup .clerk-mfa-factors) {
    display: grid;
    gap: calc(var(--_gap) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(clerk-mfa-setup .clerk-mfa-factors li) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_gap) / 2);
    padding: calc(var(--_gap) / 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  :where(clerk-mfa-setup .clerk-mfa-badge) {
    color: var(--_muted);
    font-size: 0.875em;
  }
  :where(clerk-mfa-setup .clerk-mfa-qr) {
    width: 12rem;
    height: 12rem;
  }
  :where(clerk-mfa-setup .clerk-mfa-qr-background) {
    fill: #ffffff;
  }
  :where(clerk-mfa-setup .clerk-mfa-qr-modules) {
    fill: #000000;
  }
  :where(clerk-mfa-setup .clerk-mfa-secret, clerk-mfa-setup .clerk-mfa-backup-codes) {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  :where(clerk-mfa-setup .clerk-mfa-backup-codes) {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: calc(var(--_gap) / 4) var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(clerk-mfa-setup .clerk-mfa-error) {
    color: var(--_danger);
  }
  :where(clerk-mfa-setup .clerk-mfa-error:empty) {
    display: none;
  }
`;
