#!/usr/bin/env node
/**
 * Measures what a page downloads for the elements: the package's `./define` entry as
 * published, `dist/src/define/index.js` (registers all three tags; run `npm run build`
 * first, as `npm run size` does), bundled with esbuild, minified, then gzipped at level 9.
 * Bundling the published files also honours package.json's `sideEffects`, as a user's
 * bundler would.
 *
 * - own code: lit and @lit/context left out (a page that already uses Lit shares them);
 * - all-in: lit and @lit/context included.
 *
 * clerk-js is never part of the bundle (it is loaded at run time). This is a benchmark:
 * it prints the numbers and does not fail. Run with `npm run size`.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const entryPoint = fileURLToPath(new URL('../dist/src/define/index.js', import.meta.url));

/** @param {string[]} external @returns {Promise<{ minified: number, gzipped: number }>} */
async function measureBundle(external) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    external,
    write: false,
    logLevel: 'error',
  });
  const bundle = result.outputFiles[0].contents;
  return { minified: bundle.byteLength, gzipped: gzipSync(bundle, { level: 9 }).byteLength };
}

function formatLine(label, { minified, gzipped }) {
  return `${label.padEnd(38)} ${String(minified).padStart(7)} B min   ${String(gzipped).padStart(6)} B min+gzip`;
}

const ownCode = await measureBundle(['lit', 'lit/*', '@lit/context']);
const allIn = await measureBundle([]);

console.log('dist/src/define/index.js, esbuild --minify, gzip -9');
console.log(formatLine('own code (lit, @lit/context external)', ownCode));
console.log(formatLine('all-in (lit, @lit/context included)', allIn));
