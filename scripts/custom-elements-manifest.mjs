#!/usr/bin/env node
/**
 * Generates the custom elements manifest, `custom-elements.json` at the root, from the
 * sources named in `custom-elements-manifest.config.mjs`.
 *
 *   node scripts/custom-elements-manifest.mjs           write custom-elements.json
 *   node scripts/custom-elements-manifest.mjs --check   fail when it is stale
 *
 * The check regenerates the manifest in memory (nothing is written) and compares it
 * with the committed file, so CI catches a change to an element's public API that was
 * not followed by `npm run analyze`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { cli as customElementsManifestCli } from '@custom-elements-manifest/analyzer/cli.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
const checkOnly = process.argv.includes('--check');

/** The manifest exactly as the analyzer writes it. */
async function generateManifestText() {
  const manifest = await customElementsManifestCli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: projectRoot,
    noWrite: true,
  });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const generated = await generateManifestText();

if (!checkOnly) {
  writeFileSync(manifestPath, generated);
  console.log('Wrote custom-elements.json.');
} else {
  const committed = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : null;
  if (committed === generated) {
    console.log('custom-elements.json is up to date.');
  } else {
    console.error(
      committed === null
        ? 'custom-elements.json is missing.'
        : "custom-elements.json does not match the elements' sources (their public API or JSDoc changed).",
    );
    console.error('Run `npm run analyze` (then `npm run readme:api`) and commit the result.');
    process.exitCode = 1;
  }
}
