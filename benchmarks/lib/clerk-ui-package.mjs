/**
 * `@clerk/ui`, the package that holds Clerk's prebuilt components (`<SignIn/>` and the
 * others) for clerk-js 6. It does not install with npm here: it depends on a newer
 * `@clerk/localizations` than the registry offers to this lockfile. Its tarball does
 * download with `npm pack`, so the benchmark fetches it once, checks it against the
 * registry's published integrity, and unpacks it into a git-ignored cache:
 *
 *   node_modules/.cache/clerk-ui/<version>/package/dist/ui.browser.js
 *
 * `ui.browser.js` is the script Clerk's SDKs load by script tag (from
 * `{frontend API | proxy}/npm/@clerk/ui@<version>/dist/ui.browser.js`, @clerk/shared's
 * `clerkUIScriptUrl`); it defines `window.__internal_ClerkUICtor` and loads its chunks
 * relative to its own URL.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const CLERK_UI_VERSION = '1.36.0';
/** `dist.integrity` of `@clerk/ui@1.36.0` in the npm registry. */
const CLERK_UI_INTEGRITY =
  'sha512-uI96zYCh5jISLOt1mdpIPy/Y31P0kwFxjUFOxLUwFfTHFmGUcRjbqN6bbb+75tdI2Bz6ARGws3rhspDer+xIfQ==';

const cacheDirectory = fileURLToPath(
  new URL(`../../node_modules/.cache/clerk-ui/${CLERK_UI_VERSION}/`, import.meta.url),
);

/**
 * Makes sure the unpacked package is in the cache and returns its `dist` directory.
 * The first call needs the npm registry; later ones read the cache only.
 * @param {(line: string) => void} log
 * @returns {Promise<string>}
 */
export async function ensureClerkUiDist(log) {
  const distDirectory = join(cacheDirectory, 'package', 'dist');
  if (existsSync(join(distDirectory, 'ui.browser.js'))) return distDirectory;

  log(`fetching @clerk/ui@${CLERK_UI_VERSION} with npm pack into ${cacheDirectory}`);
  await rm(cacheDirectory, { recursive: true, force: true });
  await mkdir(cacheDirectory, { recursive: true });
  const { stdout } = await run(
    'npm',
    ['pack', `@clerk/ui@${CLERK_UI_VERSION}`, '--json', '--pack-destination', cacheDirectory],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((/** @type {{ stderr?: string }} */ error) => {
    throw new Error(
      `npm pack @clerk/ui@${CLERK_UI_VERSION} failed (the first run needs the npm registry):\n` +
        (error.stderr ?? String(error)),
    );
  });
  const [{ filename }] = /** @type {{ filename: string }[]} */ (JSON.parse(stdout));
  const tarball = join(cacheDirectory, filename);
  const integrity = `sha512-${createHash('sha512')
    .update(await readFile(tarball))
    .digest('base64')}`;
  if (integrity !== CLERK_UI_INTEGRITY) {
    throw new Error(
      `${tarball} does not match the registry's integrity for @clerk/ui@${CLERK_UI_VERSION} ` +
        `(${integrity} instead of ${CLERK_UI_INTEGRITY}).`,
    );
  }
  await run('tar', ['-xzf', tarball, '-C', cacheDirectory]);
  await rm(tarball);
  return distDirectory;
}
