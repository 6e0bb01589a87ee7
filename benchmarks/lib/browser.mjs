/**
 * Headless Chromium for the benchmark: Debian's /usr/bin/chromium through puppeteer-core,
 * with the project's flags (`scripts/browser-list.mjs`). Every page opens in a browser
 * context of its own: no cache, no cookies and no open connection from an earlier page.
 */
import puppeteer from 'puppeteer-core';

import { browserRequirements, headlessChromiumFlags } from '../../scripts/browser-list.mjs';
import { applyThrottling } from './throttling-profiles.mjs';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: browserRequirements.chromium.executables[0],
    args: headlessChromiumFlags,
  });
}

/**
 * Opens a blank page in a fresh context, throttled, with the HTTP cache off. Console
 * errors and uncaught exceptions of the page are collected in `problems`.
 * @param {import('puppeteer-core').Browser} browser
 * @param {import('./throttling-profiles.mjs').ThrottlingProfile} profile
 */
export async function openColdPage(browser, profile) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  const session = await page.createCDPSession();
  await applyThrottling(session, profile);
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { page, problems, close: () => context.close() };
}

/**
 * Rejects after `milliseconds` with a message naming what was awaited.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} milliseconds
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, milliseconds, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer within ${milliseconds} ms`)),
      milliseconds,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
