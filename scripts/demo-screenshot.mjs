/**
 * `npm run demo:screenshot`: starts the demo (`demo/vite.config.ts`, with the emulator)
 * on a free loopback port, signs in with headless Chromium the way a visitor would
 * (`totp-sms@example.com`, typed with the keyboard, the code read from the page's
 * authenticator panel), and saves:
 *
 * - `docs/demo.png`: the page at the authenticator-code step, for the README;
 * - `test-results/demo/{1-start,2-code-step,3-signed-in}.png`: each state, for review;
 * - `docs/screenshots/{light,dark,fr-FR,ar-SA}.png`: the sign-in alone at the same step, for
 *   the README — light, dark (the visitor preferring it), and in French and in Arabic (right
 *   to left) through the page's language choice, each in a browser context of its own.
 *
 * It builds the locale modules the page's language choice imports (`dist/locales/`) first.
 * It fails when the page breaks its Content Security Policy, logs an error, or does not
 * reach a state; so it doubles as a smoke test of `npm run demo`.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

import { browserRequirements, headlessChromiumFlags } from './browser-list.mjs';
import { writeLocaleModules } from './build-locales.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const readmeScreenshot = `${projectRoot}docs/demo.png`;
const reviewDirectory = `${projectRoot}test-results/demo`;
const email = 'totp-sms@example.com';
const password = 'demo-password';
const stepTimeout = 15_000;
const screenshotsDirectory = `${projectRoot}docs/screenshots`;

/** The README's pictures of the sign-in: how the page is opened for each. */
const readmeVariants = [
  { name: 'light', query: '', colorScheme: 'light' },
  { name: 'dark', query: '', colorScheme: 'dark' },
  { name: 'fr-FR', query: '?lang=fr-FR', colorScheme: 'light' },
  { name: 'ar-SA', query: '?lang=ar-SA', colorScheme: 'light' },
];

await writeLocaleModules();

const server = await createServer({
  configFile: `${projectRoot}demo/vite.config.ts`,
  server: { port: 0, strictPort: false },
  logLevel: 'warn',
});
await server.listen();
const pageUrl = server.resolvedUrls?.local[0];
if (!pageUrl) throw new Error('The demo server did not report its URL');

const browser = await puppeteer.launch({
  executablePath: browserRequirements.chromium.executables[0],
  args: headlessChromiumFlags,
  defaultViewport: { width: 1280, height: 1000, deviceScaleFactor: 1 },
});

/** Everything the page reported that a visitor should never cause. */
const pageProblems = [];

/** Reports what a visitor should never cause on `page` into `pageProblems`. */
async function watchForProblems(page) {
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) pageProblems.push(`${response.status()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    globalThis.document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** Types the demo account's e-mail and password as a visitor would, and submits. */
async function submitCredentials(page) {
  await page.click('clerk-mfa-sign-in input[name="identifier"]');
  await page.keyboard.type(email);
  await page.click('clerk-mfa-sign-in input[name="password"]');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('clerk-mfa-sign-in[step="second-factor"]:not([busy])', {
    timeout: stepTimeout,
  });
}

/** Opens the page as `variant` says in a fresh context, reaches the code step and saves the sign-in. */
async function saveReadmeScreenshot(variant) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await watchForProblems(page);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: variant.colorScheme }]);
    await page.goto(`${pageUrl}${variant.query}`);
    const lang = new URLSearchParams(variant.query).get('lang');
    if (lang) await page.waitForSelector(`html[lang="${lang}"]`, { timeout: stepTimeout });
    await page.waitForSelector('clerk-mfa-sign-in[step="credentials"]', { timeout: stepTimeout });
    await submitCredentials(page);
    const signIn = await page.$('clerk-mfa-sign-in');
    await signIn.screenshot({ path: `${screenshotsDirectory}/${variant.name}.png` });
  } finally {
    await context.close();
  }
}

try {
  const page = await browser.newPage();
  await watchForProblems(page);

  const startedAt = Date.now();
  await page.goto(pageUrl);
  await page.waitForSelector('clerk-mfa-sign-in[step="credentials"]', { timeout: stepTimeout });
  await page.waitForSelector('.authenticator .code', { timeout: stepTimeout });
  console.log(`Demo ready at ${pageUrl} in ${Date.now() - startedAt} ms (in a warm Vite).`);
  await mkdir(reviewDirectory, { recursive: true });
  await page.screenshot({ path: `${reviewDirectory}/1-start.png` });

  await submitCredentials(page);
  await page.screenshot({ path: `${reviewDirectory}/2-code-step.png` });
  await page.screenshot({ path: readmeScreenshot });

  // The code a visitor would copy from the authenticator panel; it has to last while typed.
  const code = await page.evaluate(async (address) => {
    const current = async () =>
      (await fetch(`/__clerk/__emulator/totp/${encodeURIComponent(address)}`)).json();
    let totp = await current();
    if (totp.secondsRemaining < 3) {
      await new Promise((resolve) => setTimeout(resolve, totp.secondsRemaining * 1000 + 200));
      totp = await current();
    }
    return totp.code;
  }, email);
  await page.keyboard.type(code);
  await page.waitForSelector('clerk-mfa-sign-in[step="complete"]', { timeout: stepTimeout });
  await page.screenshot({ path: `${reviewDirectory}/3-signed-in.png` });

  await mkdir(screenshotsDirectory, { recursive: true });
  for (const variant of readmeVariants) await saveReadmeScreenshot(variant);

  if (pageProblems.length > 0) {
    throw new Error(`The demo page reported problems:\n${pageProblems.join('\n')}`);
  }
  console.log(
    `Saved ${readmeScreenshot}, the README's ${readmeVariants.map(({ name }) => name).join(', ')} ` +
      `in ${screenshotsDirectory}/ and the steps in ${reviewDirectory}/`,
  );
} finally {
  await browser.close();
  await server.close();
}
