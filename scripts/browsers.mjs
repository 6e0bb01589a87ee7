#!/usr/bin/env node
/**
 * Checks that the browsers the browser tests run in are installed. They come from
 * Debian's packages, never from a download by puppeteer or webdriver:
 * Chromium (`chromium`), Firefox ESR (`firefox-esr`) and WebKit's MiniBrowser with its
 * WebDriver (`webkit2gtk-driver`) on an Xvfb display (`xvfb`).
 *
 *   node scripts/browsers.mjs             check; on a miss, say what and how to install
 *   node scripts/browsers.mjs --install   also install what is missing (root, Debian)
 *
 * When the CI environment variable is set, it installs as with --install.
 * Only the browsers named in BROWSERS are checked when it is set (scripts/browser-list.mjs).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

import { browserRequirements, selectBrowsers } from './browser-list.mjs';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Each selected browser with the executables it lacks; empty when all are there. */
function findMissingBrowsers(browserNames) {
  return browserNames
    .map((name) => ({
      name,
      ...browserRequirements[name],
      missingExecutables: browserRequirements[name].executables.filter(
        (path) => !isExecutable(path),
      ),
    }))
    .filter((browser) => browser.missingExecutables.length > 0);
}

function packagesFor(missingBrowsers) {
  return [...new Set(missingBrowsers.flatMap((browser) => browser.debianPackages))];
}

function describeMissing(missingBrowsers) {
  return missingBrowsers
    .map((browser) => `  ${browser.label}: missing ${browser.missingExecutables.join(', ')}`)
    .join('\n');
}

function runAptGet(args) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`apt-get ${args.join(' ')} exited with ${result.status}`);
}

function wantsInstall() {
  const ci = process.env.CI ?? '';
  return process.argv.includes('--install') || (ci !== '' && ci !== 'false' && ci !== '0');
}

function main() {
  const browserNames = selectBrowsers();
  const missingBeforeInstall = findMissingBrowsers(browserNames);
  if (missingBeforeInstall.length === 0) {
    const labels = browserNames.map((name) => browserRequirements[name].label.split(' (')[0]);
    console.log(`Browsers for the tests are installed: ${labels.join(', ')}.`);
    return 0;
  }

  const packages = packagesFor(missingBeforeInstall);
  const isRoot = process.getuid?.() === 0;
  const installCommand = `${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
  console.error(
    `Browsers needed by the browser tests are missing:\n${describeMissing(missingBeforeInstall)}`,
  );

  if (!wantsInstall()) {
    console.error(
      `Install them with:\n  ${installCommand}\n` +
        `or run \`node scripts/browsers.mjs --install\` as root on Debian.`,
    );
    return 1;
  }
  if (!isRoot || !isExecutable('/usr/bin/apt-get')) {
    console.error(
      `Cannot install them here (needs root and apt-get). Install them with:\n  ${installCommand}`,
    );
    return 1;
  }

  runAptGet(['update']);
  runAptGet(['install', '-y', ...packages]);

  const missingAfterInstall = findMissingBrowsers(browserNames);
  if (missingAfterInstall.length > 0) {
    console.error(`Still missing after apt-get install:\n${describeMissing(missingAfterInstall)}`);
    return 1;
  }
  console.log(`Installed ${packages.join(' ')}.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
