#!/usr/bin/env node
/**
 * Builds `dist/browser/clerk-mfa-elements.js`: every element registered, with lit and
 * @lit/context included, minified, as one ES module. It is for pages without a bundler,
 * such as CMS templates, which load it with a single script tag:
 *
 *   <script type="module" src="…/clerk-mfa-elements/dist/browser/clerk-mfa-elements.js"></script>
 *
 * Run by `npm run build`, after TypeScript has emitted `dist/src/`.
 */
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const entryPoint = fileURLToPath(new URL('../dist/src/define/index.js', import.meta.url));
const outfile = fileURLToPath(new URL('../dist/browser/clerk-mfa-elements.js', import.meta.url));

await build({
  entryPoints: [entryPoint],
  outfile,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  sourcemap: true,
  legalComments: 'linked',
});
