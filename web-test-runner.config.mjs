/**
 * Browser tests: every `test/**\/*.test.ts` except the Node tests in `test/types/` and
 * `test/package/` (the
 * emulator's Node tests live in its own workspace, `emulator/test/`), in Chromium,
 * Firefox and WebKit, all three from Debian's packages (see
 * `scripts/browsers.mjs`). `BROWSERS=chromium,firefox` runs a subset.
 *
 * Lit runs in dev mode, and a Lit dev-mode warning, an uncaught error or an unhandled
 * promise rejection fails the test during which it happened
 * (`scripts/browser-test-guards.ts`).
 *
 * Coverage of `src/` is measured in Chromium only: web-test-runner collects it through
 * V8, which Firefox and WebKit do not expose, and merges what the Chromium sessions
 * report; a run without Chromium measures none.
 *
 * The Frontend API emulator (the `clerk-fapi-emulator` workspace, built by `npm run build`)
 * is mounted on the test server, so test pages reach it at `/__clerk/*`; every response it sends is checked
 * against Clerk's OpenAPI spec, with one emulator per browser
 * (`test/e2e/support/emulator-test-setup.ts`).
 *
 * WebKit runs as MiniBrowser driven by WebKitWebDriver, which this file starts on a
 * free loopback port, on a private Xvfb display it also starts (so a run needs no
 * DISPLAY and opens no window), and stops both when the runner exits.
 *
 * React, Vue, Svelte and Angular, for the tests of the elements inside those frameworks
 * (`test/hosts/`), and those tests' Svelte and Angular pages, compiled by each
 * framework's compiler, are bundled and served by `scripts/framework-host-bundles.mjs`.
 */
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { tsImport } from 'tsx/esm/api';

import {
  browserRequirements,
  headlessChromiumFlags,
  miniBrowserPath,
  selectBrowsers,
} from './scripts/browser-list.mjs';
import { frameworkHostBundlesPlugin } from './scripts/framework-host-bundles.mjs';
import { passedFailedSummaryReporter } from './scripts/passed-failed-summary-reporter.mjs';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The Frontend API emulator, the `clerk-fapi-emulator` workspace as `npm run build` compiles
 * it (`npm run test:browsers` builds first). Mounted on the test server, it answers the test
 * pages' requests to `/__clerk/*`. The test set-up around it (spec validation, one emulator
 * per browser, test-runner commands) is TypeScript, loaded through tsx.
 */
const { createEmulatorTestSetup } = await tsImport(
  './test/e2e/support/emulator-test-setup.ts',
  import.meta.url,
).catch((error) => {
  throw new Error(
    'Cannot load the Frontend API emulator (clerk-fapi-emulator): ' +
      'run `npm run build` first (`npm run test:browsers` does).',
    { cause: error },
  );
});
const emulatorTestSetup = createEmulatorTestSetup();
const selectedBrowsers = selectBrowsers();

/** Child processes this config starts; each is stopped when the runner exits. */
const helperProcesses = [];

function stopHelperProcesses() {
  for (const child of helperProcesses) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}
process.once('exit', stopHelperProcesses);
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopHelperProcesses();
    process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Starts a child process, remembers it for clean-up, and keeps its last output for errors. */
function startHelperProcess(executable, args, options) {
  const child = spawn(executable, args, options);
  helperProcesses.push(child);
  let recentOutput = '';
  child.stderr?.on('data', (chunk) => {
    recentOutput = (recentOutput + chunk).slice(-2000);
  });
  child.describeFailure = () => `${executable} ${args.join(' ')}\n${recentOutput}`;
  return child;
}

/** Starts Xvfb on the first free display number and resolves to that display, e.g. ":99". */
async function startPrivateDisplay() {
  const xvfb = startHelperProcess(
    '/usr/bin/Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const displayNumber = await new Promise((resolve, reject) => {
    let written = '';
    xvfb.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(written.trim());
    });
    xvfb.once('error', reject);
    xvfb.once('exit', () =>
      reject(new Error(`Xvfb stopped before opening a display:\n${xvfb.describeFailure()}`)),
    );
  });
  return `:${displayNumber}`;
}

/** Asks the system for a port that is free on the loopback interface right now. */
async function findFreeLoopbackPort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilPortAcceptsConnections(port, child, timeoutMilliseconds) {
  const deadline = Date.now() + timeoutMilliseconds;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Stopped before it listened:\n${child.describeFailure()}`);
    const accepted = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Nothing listened on 127.0.0.1:${port} within ${timeoutMilliseconds} ms:\n${child.describeFailure()}`,
  );
}

async function startWebKitWebDriver() {
  const display = await startPrivateDisplay();
  const port = await findFreeLoopbackPort();
  const driver = startHelperProcess(
    '/usr/bin/WebKitWebDriver',
    [`--port=${port}`, '--host=127.0.0.1'],
    {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  await waitUntilPortAcceptsConnections(port, driver, 15_000);
  return port;
}

/**
 * Launchers of each engine, for a user who prefers the light colour scheme (the default)
 * or the dark one (`prefersDark`): Chromium's `--force-dark-mode`, Firefox's
 * `layout.css.prefers-color-scheme.content-override` (0 is dark), MiniBrowser's
 * `--dark-mode`.
 */
const launcherFactories = {
  chromium: ({ prefersDark }) =>
    chromeLauncher({
      launchOptions: {
        executablePath: browserRequirements.chromium.executables[0],
        args: [...headlessChromiumFlags, ...(prefersDark ? ['--force-dark-mode'] : [])],
      },
    }),
  firefox: ({ prefersDark }) =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: browserRequirements.firefox.executables[0],
        headless: true,
        ...(prefersDark && {
          extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 0 },
        }),
      },
    }),
  webkit: async ({ prefersDark }) =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitWebDriver(),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath,
          args: ['--automation', ...(prefersDark ? ['--dark-mode'] : [])],
        },
      },
    }),
};

const launchBrowsers = (options) =>
  Promise.all(selectedBrowsers.map((name) => launcherFactories[name](options)));

const browsers = await launchBrowsers({ prefersDark: false });

/**
 * The tests of a user who prefers the dark colour scheme run as their own group, in
 * engines launched that way. A run of chosen files (`--files …`) leaves the group out;
 * `npx wtr --group prefers-dark` runs it alone.
 */
const prefersDarkFiles = 'test/theming/prefers-dark.test.ts';
const runsChosenFiles = process.argv.some(
  (argument) => argument === '--files' || argument.startsWith('--files='),
);
const groups = runsChosenFiles
  ? []
  : [
      {
        name: 'prefers-dark',
        files: prefersDarkFiles,
        browsers: await launchBrowsers({ prefersDark: true }),
      },
    ];

const measuresCoverage = selectedBrowsers.includes('chromium');

/**
 * Sends the page of the CSP nonce test (`test/csp/`) with a nonce-based policy in a
 * header, as a site would: only scripts with its nonce run, and browsers hide nonce
 * attributes from the page (they do so only for a policy that came in a header).
 */
async function nonceContentSecurityPolicy(context, next) {
  await next();
  if (context.path === '/test/csp/fixtures/nonce-page.html') {
    context.set(
      'Content-Security-Policy',
      // clerk-js runs its timers in a worker made from a blob, as Clerk's CSP guide allows.
      "script-src 'nonce-clerk-mfa-test-nonce'; worker-src 'self' blob:",
    );
  }
}

/** Paths of `/flaky-browser-build/<page token>/<file>` whose first request has been answered. */
const flakyBrowserBuildRequests = new Set();

/**
 * Serves the browser build (`dist/browser/`) under `/flaky-browser-build/<page token>/`, as
 * a CDN that fails once would: the first request of a page's sign-in flow file answers 503,
 * later ones the file (`test/elements/flow-file-failure.test.ts`).
 */
async function flakyBrowserBuild(context, next) {
  const match = /^\/flaky-browser-build\/([\w-]+)\/([\w.-]+)$/.exec(context.path);
  if (match) {
    const [path, , file] = match;
    const first = !flakyBrowserBuildRequests.has(path);
    flakyBrowserBuildRequests.add(path);
    if (first && file === 'clerk-mfa-sign-in-flow.js') {
      context.status = 503;
      context.body = 'Service Unavailable';
      context.set('cache-control', 'no-store');
      // The test runner marks every response to a path with a file extension as cacheable
      // for a year, after this middleware has run; a CDN's 503 is not cached, so this
      // response's path loses its extension.
      context.path = path.replace(/\.js$/, '');
      return;
    }
    context.url = `/dist/browser/${file}`;
  }
  await next();
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: projectRoot,
  files: ['test/**/*.test.ts', '!test/types/**', '!test/package/**', `!${prefersDarkFiles}`],
  browsers,
  groups,
  // One page at a time per browser, two browsers at a time: sized for a 2-core machine.
  concurrency: 1,
  concurrentBrowsers: 2,
  nodeResolve: { exportConditions: ['development'] },
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  testRunnerHtml: (testFrameworkImport) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Browser test</title></head>
  <body>
    <script type="module" src="${testFrameworkImport}"></script>
    <script type="module" src="/scripts/browser-test-guards.ts"></script>
  </body>
</html>`,
  coverage: measuresCoverage,
  coverageConfig: {
    include: ['src/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
  },
  reporters: [defaultReporter(), passedFailedSummaryReporter()],
  middleware: [emulatorTestSetup.middleware, nonceContentSecurityPolicy, flakyBrowserBuild],
  plugins: [
    // Before the esbuild plugin, which would serve an Angular host page's TypeScript as it is.
    frameworkHostBundlesPlugin({ projectRoot }),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
    a11ySnapshotPlugin(),
    emulatorTestSetup.plugin,
  ],
};
