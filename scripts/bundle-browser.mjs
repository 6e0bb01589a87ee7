#!/usr/bin/env node
/**
 * Builds `dist/browser/clerk-mfa-elements.js`: every element registered, with lit and
 * @lit/context included, minified, as one ES module that also exports the package's API
 * (`src/browser.ts`; its declarations, `dist/src/browser.d.ts`, type the `./browser`
 * entry). It is for pages without a bundler, such as CMS templates, which load it with a
 * single script tag:
 *
 *   <script type="module" src="…/clerk-mfa-elements/dist/browser/clerk-mfa-elements.js"></script>
 *
 * Run by `npm run build`, after TypeScript has emitted `dist/src/`. The size measure
 * (`scripts/measure-size.mjs`) builds with the same options, exported here.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
export const browserBundleOptions = {
  entryPoints: [fileURLToPath(new URL('../dist/src/browser.js', import.meta.url))],
  outfile: fileURLToPath(new URL('../dist/browser/clerk-mfa-elements.js', import.meta.url)),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  sourcemap: true,
  legalComments: 'linked',
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build(browserBundleOptions);
}
