#!/usr/bin/env node
/**
 * Builds `dist/browser/first-screen.css` (`clerk-mfa-elements/first-screen.css`): the
 * default styles of the step forms (`stepStyles` of `src/styles.ts`, which the elements
 * adopt into the document when they connect) and the frame of `<clerk-mfa-sign-in>`
 * (`frameLook`) while it is not defined. A page that writes its sign-in form in its HTML
 * (the README's "First screen in the page's HTML") links it, so that the form has its
 * look before any script, and keeps it when the step's own form takes its place.
 *
 * Run by `npm run build`, after TypeScript has emitted `dist/src/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { frameLook, stepStyles } from '../dist/src/styles.js';

const outputPath = fileURLToPath(new URL('../dist/browser/first-screen.css', import.meta.url));

const stylesheet = `/* clerk-mfa-elements/first-screen.css, made from src/styles.ts by scripts/build-first-screen-css.mjs:
   the elements' default styles for a sign-in form written in the page's HTML, before the script. */
${stepStyles.cssText.trim()}
clerk-mfa-sign-in:not(:defined) {
${frameLook.cssText.trim()}
}
`;

mkdirSync(fileURLToPath(new URL('../dist/browser/', import.meta.url)), { recursive: true });
writeFileSync(outputPath, stylesheet);
console.log(`Wrote dist/browser/first-screen.css (${(stylesheet.length / 1000).toFixed(1)} KB).`);
