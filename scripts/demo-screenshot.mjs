/**
 * `npm run demo:screenshot`: starts the demo (`demo/vite.config.ts`, with the emulator)
 * on a free loopback port, signs in with headless Chromium the way a visitor would
 * (`totp-sms@example.com`, typed with the keyboard, the code read from the page's
 * authenticator panel), and saves:
 *
 * - `docs/demo.png`: the page at the authenticator-code step, for the README;
 * - `test-results/demo/{1-start,2-code-step,3-signed-in}.png`: each state, for review.
 *
 * It fails when the page breaks its Content Security Policy, logs an error, or does not
 * reach a state; so it doubles as a smoke test of `npm run demo`.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

import { browserRequirements, headlessChromiumFlags } from './browser-list.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const readmeScreenshot = `${projectRoot}docs/demo.png`;
const reviewDirectory = `${projectRoot}test-results/demo`;
const email = 'totp-sms@example.com';
const password = 'demo-password';
const stepTimeout = 15_000;

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

try {
  const page = await browser.newPage();
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

  const startedAt = Date.now();
  await page.goto(pageUrl);
  await page.waitForSelector('clerk-mfa-sign-in[step="credentials"]', { timeout: stepTimeout });
  await page.waitForSelector('.authenticator .code', { timeout: stepTimeout });
  console.log(`Demo ready at ${pageUrl} in ${Date.now() - startedAt} ms (in a warm Vite).`);
  await mkdir(reviewDirectory, { recursive: true });
  await page.screenshot({ path: `${reviewDirectory}/1-start.png` });

  await page.click('clerk-mfa-sign-in input[name="identifier"]');
  await page.keyboard.type(email);
  await page.click('clerk-mfa-sign-in input[name="password"]');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('clerk-mfa-sign-in[step="second-factor"]:not([busy])', {
    timeout: stepTimeout,
  });
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

  if (pageProblems.length > 0) {
    throw new Error(`The demo page reported problems:\n${pageProblems.join('\n')}`);
  }
  console.log(`Saved ${readmeScreenshot} and the steps in ${reviewDirectory}/`);
} finally {
  await browser.close();
  await server.close();
}
