/**
 * Frontend API requests per sign-in, counted by the server: for each flow, a cold page
 * (fresh browser context, emulator reset) signs a demo user in with real key presses,
 * reading codes where a phone or an authenticator app would show them (the emulator's
 * TOTP, backup codes and outbox). Requests made while the page loads Clerk
 * (`/v1/environment`, `/v1/client`) are counted apart from the sign-in's, which run from
 * the credentials submit until the signed-in state plus a second of quiet.
 *
 * The same flows run on the element and on the floor page (the guide's raw clerk-js
 * calls, done correctly), against the minimum a sign-in needs.
 */
import { setTimeout as delay } from 'node:timers/promises';

import { openColdPage, withTimeout } from './browser.mjs';
import { candidateById } from './candidate-pages.mjs';
import { throttlingProfiles } from './throttling-profiles.mjs';

const DEMO_PASSWORD = 'demo-password';
const STEP_TIMEOUT_MS = 30_000;

/**
 * @typedef {object} Flow
 * @property {string} name
 * @property {string} email the demo user (emulator/default-seed.json)
 * @property {string[]} minimum the requests no sign-in of this kind can do without
 * @property {'totp' | 'backup_code' | 'phone_code' | 'email_code'} strategy
 */

/** @type {Flow[]} */
export const flows = [
  {
    name: 'TOTP',
    email: 'totp@example.com',
    strategy: 'totp',
    minimum: ['POST sign_ins', 'POST attempt_second_factor', 'POST touch'],
  },
  {
    name: 'backup code',
    email: 'totp-sms@example.com',
    strategy: 'backup_code',
    minimum: ['POST sign_ins', 'POST attempt_second_factor', 'POST touch'],
  },
  {
    name: 'SMS',
    email: 'sms@example.com',
    strategy: 'phone_code',
    minimum: [
      'POST sign_ins',
      'POST prepare_second_factor',
      'POST attempt_second_factor',
      'POST touch',
    ],
  },
  {
    name: 'new device',
    email: 'new-device@example.com',
    strategy: 'email_code',
    minimum: [
      'POST sign_ins',
      'POST prepare_second_factor',
      'POST attempt_second_factor',
      'POST touch',
    ],
  },
];

/** The requests of loading Clerk, for every candidate. */
export const loadMinimum = ['PATCH environment', 'GET client'];

/** How each page is driven: where its code input is, how to pick a backup code, when it is done. */
const drivers = {
  element: {
    async chooseBackupCode(page) {
      await page.evaluate(() => {
        const buttons = [
          ...document.querySelectorAll('clerk-code-step .clerk-mfa-alternatives button'),
        ];
        const backupCode = buttons.find((button) => /backup code/i.test(button.textContent ?? ''));
        if (!backupCode) throw new Error('No "backup code" button among the alternatives');
        backupCode.click();
      });
      await page.waitForFunction(
        () => document.querySelector('clerk-mfa-sign-in')?.state.strategy === 'backup_code',
        { timeout: STEP_TIMEOUT_MS },
      );
    },
    signedIn: 'clerk-mfa-sign-in[step="complete"], clerk-mfa-sign-in[step="signed-in"]',
  },
  floor: {
    async chooseBackupCode(page) {
      await page.click('#backup-code');
    },
    signedIn: '#signed-in:not([hidden])',
  },
};

/** `POST /v1/client/sign_ins/sia_1/attempt_second_factor` → `POST attempt_second_factor`. */
const requestName = ({ method, path }) => `${method} ${path.split('/').at(-1)}`;

/**
 * The code the user would read for this flow, once the emulator has one.
 * @param {Awaited<ReturnType<typeof import('./bench-server.mjs').startBenchServer>>} server
 * @param {Flow} flow
 */
async function codeFor(server, flow) {
  const { emulator } = server;
  if (flow.strategy === 'totp') return emulator.currentTotp(flow.email);
  if (flow.strategy === 'backup_code') {
    const user = emulator.users.find((candidate) => candidate.email === flow.email);
    const code = user?.unusedBackupCodes[0];
    if (!code) throw new Error(`${flow.email} has no unused backup code`);
    return code;
  }
  const channel = flow.strategy === 'phone_code' ? 'sms' : 'email';
  for (const deadline = Date.now() + STEP_TIMEOUT_MS; Date.now() < deadline; await delay(50)) {
    const message = emulator.outboxFor({ userEmail: flow.email, channel }).at(-1);
    if (message) return message.code;
  }
  throw new Error(`No ${channel} code sent to ${flow.email}`);
}

/**
 * Signs in once and returns the requests, by phase.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Awaited<ReturnType<typeof import('./bench-server.mjs').startBenchServer>>} server
 * @param {'element' | 'floor'} candidateId
 * @param {Flow} flow
 */
async function signInOnce(browser, server, candidateId, flow) {
  const driver = drivers[candidateId];
  server.emulator.reset();
  server.takeFapiRequests();
  const cold = await openColdPage(browser, throttlingProfiles[0]);
  const { page } = cold;
  try {
    await page.goto(server.origin + candidateById(candidateId).path);
    await withTimeout(
      page.evaluate(() => window.benchProbe.finished),
      STEP_TIMEOUT_MS,
      'Clerk load',
    );
    const load = server.takeFapiRequests().map(requestName);

    await page.type('input[autocomplete~="username"]', flow.email);
    await page.type('input[autocomplete="current-password"]', DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('input[name="code"]', { visible: true, timeout: STEP_TIMEOUT_MS });
    if (flow.strategy === 'backup_code') await driver.chooseBackupCode(page);
    const code = await codeFor(server, flow);
    await page.type('input[name="code"]', code);
    await page.keyboard.press('Enter');
    await page.waitForSelector(driver.signedIn, { timeout: STEP_TIMEOUT_MS });
    await delay(1000);
    if (cold.problems.length > 0) throw new Error(cold.problems.join('\n'));
    return { load, signIn: server.takeFapiRequests().map(requestName) };
  } finally {
    await cold.close();
  }
}

/**
 * @param {object} options
 * @param {import('puppeteer-core').Browser} options.browser
 * @param {Awaited<ReturnType<typeof import('./bench-server.mjs').startBenchServer>>} options.server
 */
export async function countFapiRequests({ browser, server }) {
  const results = [];
  for (const flow of flows) {
    const element = await signInOnce(browser, server, 'element', flow);
    const floor = await signInOnce(browser, server, 'floor', flow);
    results.push({ flow: flow.name, email: flow.email, minimum: flow.minimum, element, floor });
  }
  return { loadMinimum, flows: results };
}
