#!/usr/bin/env node
/**
 * Builds the browser build, `dist/browser/`: `clerk-mfa-elements.js`, every element
 * registered, with lit and @lit/context included, minified (the templates' indentation
 * too, `scripts/minify-templates.mjs`), as one ES module that also exports the package's
 * API (`src/browser.ts`; its declarations, `dist/src/browser.d.ts`, type the `./browser`
 * entry). It is for pages without a bundler, such as CMS templates, which load it with a
 * single script tag:
 *
 *   <script type="module" src="…/clerk-mfa-elements/dist/browser/clerk-mfa-elements.js"></script>
 *
 * `<clerk-mfa-setup>` (with its QR code) is a bundle of its own beside it,
 * `clerk-mfa-setup.js`, imported only when a page shows it, so the sign-in's file never
 * carries it. It is whole by itself (a chunk shared with the sign-in's file would cost the
 * first screen a round trip): it has its own copy of lit, loaded only with it, and gets
 * Clerk and its messages from the sign-in through properties, not through a context.
 *
 * The sign-in flow, `clerk-mfa-sign-in-flow.js`, is one too, with the English messages of
 * every screen past the first (`src/after-first-screen.ts`): `<clerk-mfa-sign-in>` imports
 * it when it is created (`src/flow/deferred-sign-in-flow.ts`), so that it loads while the
 * first screen is shown and clerk-js loads. It is pure TypeScript: of the sign-in's file it
 * only repeats a few small modules of `src/flow/` (`states.ts`, `factors.ts`, `codes.ts`,
 * `listeners.ts`, `clerk-adapter/environment.ts`), none of which holds state.
 *
 * Run by `npm run build`, after TypeScript has emitted `dist/src/`. The size measure
 * (`scripts/measure-size.mjs`) builds the sign-in's file with the same options, exported here.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import { minifyTemplatesPlugin } from './minify-templates.mjs';

const emitted = (path) => fileURLToPath(new URL(`../dist/src/${path}`, import.meta.url));
const output = (name) => fileURLToPath(new URL(`../dist/browser/${name}`, import.meta.url));

/** Modules that are browser bundles of their own: emitted module → its file in `dist/browser/`. */
const separateBundles = new Map([
  [emitted('define/clerk-mfa-setup.js'), 'clerk-mfa-setup.js'],
  [emitted('after-first-screen.js'), 'clerk-mfa-sign-in-flow.js'],
]);

/**
 * Leaves a dynamic import of a separate bundle's module to the browser, as an import of
 * that bundle's file beside the importing one.
 * @type {import('esbuild').Plugin}
 */
const separateBundlesPlugin = {
  name: 'separate-bundles',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = separateBundles.get(resolve(args.resolveDir, args.path));
      return file ? { path: `./${file}`, external: true } : undefined;
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  sourcemap: true,
  legalComments: 'linked',
  plugins: [separateBundlesPlugin, minifyTemplatesPlugin],
};

/** @type {import('esbuild').BuildOptions} */
export const browserBundleOptions = {
  ...common,
  entryPoints: [emitted('browser.js')],
  outfile: output('clerk-mfa-elements.js'),
};

/**
 * The options of a separate bundle, by its file name in `dist/browser/`.
 * @param {string} file
 * @returns {import('esbuild').BuildOptions}
 */
export function separateBundleOptions(file) {
  const entry = [...separateBundles].find(([, name]) => name === file)?.[0];
  if (!entry) throw new Error(`No separate bundle is named ${file}`);
  return { ...common, entryPoints: [entry], outfile: output(file) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build(browserBundleOptions);
  for (const file of separateBundles.values()) await build(separateBundleOptions(file));
}
