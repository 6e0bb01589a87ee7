/**
 * The time between a submit and the Frontend API request it causes, measured inside the
 * page (`pages/submit-timing.js`: the submit event, then the `fetch` call), with the CPU
 * unthrottled and slowed down as under "Slow 4G" (the network plays no part in it).
 * Two kinds of submit, `submits` of each, on one page per candidate and CPU:
 *
 * - credentials: an unknown e-mail address each time (`POST sign_ins`, answered 422);
 * - code: a wrong backup code each time, at the code step of a real sign-in
 *   (`POST attempt_second_factor`, answered 422).
 *
 * The emulator's lockout and rate limit are off for this (see `bench-server.mjs`). The
 * floor page makes the same clerk-js call with almost no code around it, so the
 * difference between the two is the time the element's own code adds.
 */
import { readFile } from 'node:fs/promises';

import { openColdPage, withTimeout } from './browser.mjs';
import { candidateById } from './candidate-pages.mjs';
import { median, percentile95 } from './statistics.mjs';
import { throttlingProfiles } from './throttling-profiles.mjs';

const STEP_TIMEOUT_MS = 30_000;
const BACKUP_CODE_USER = 'totp-sms@example.com';

const [unthrottled] = throttlingProfiles;
const slowCpu = /** @type {number} */ (
  throttlingProfiles.find((profile) => profile.name === 'Slow 4G')?.cpuSlowdown
);
/** The conditions the submits run under: no network throttling, CPU 1× and as in Slow 4G. */
const cpuProfiles = [
  unthrottled,
  { ...unthrottled, name: `CPU ${slowCpu}×`, cpuSlowdown: slowCpu },
];

/** Whether the page has finished handling the last answer, per candidate. */
const handledLastAnswer = {
  element: () => document.querySelector('clerk-mfa-sign-in')?.state.busy === false,
  floor: () => document.getElementById('sign-in-error')?.hidden === false,
};

/**
 * Fills inputs as typing would (an `input` event each), submits their form by pressing
 * Enter in the last one, and waits until the page has handled the answer.
 * @param {import('puppeteer-core').Page} page
 * @param {'element' | 'floor'} candidateId
 * @param {Record<string, string>} values by input selector
 * @param {number} answersSoFar
 */
async function submitWith(page, candidateId, values, answersSoFar) {
  for (const [selector, value] of Object.entries(values)) {
    await page.$eval(
      selector,
      (input, newValue) => {
        input.value = newValue;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      value,
    );
  }
  await page.focus(/** @type {string} */ (Object.keys(values).at(-1)));
  await page.keyboard.press('Enter');
  const options = { timeout: STEP_TIMEOUT_MS };
  await page.waitForFunction(
    (answers) => window.benchSubmitTiming.answers > answers,
    options,
    answersSoFar,
  );
  await page.waitForFunction(handledLastAnswer[candidateId], options);
}

/** Submit-to-request times of the page's submits so far, checked one request per submit. */
async function collectTimes(page, what) {
  const { submits, signInRequests } = await page.evaluate(() => window.benchSubmitTiming);
  if (submits.length !== signInRequests.length) {
    throw new Error(`${what}: ${submits.length} submits caused ${signInRequests.length} requests`);
  }
  return submits.map((submittedAt, index) => signInRequests[index] - submittedAt);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {Awaited<ReturnType<typeof import('./bench-server.mjs').startBenchServer>>} server
 * @param {'element' | 'floor'} candidateId
 * @param {import('./throttling-profiles.mjs').ThrottlingProfile} profile
 * @param {number} submits
 */
async function measureCandidate(browser, server, candidateId, profile, submits) {
  const instrumentation = await readFile(
    new URL('../pages/submit-timing.js', import.meta.url),
    'utf8',
  );
  const url = server.origin + candidateById(candidateId).path;
  server.emulator.reset();
  const cold = await openColdPage(browser, profile);
  const { page } = cold;
  try {
    await page.evaluateOnNewDocument(instrumentation);
    await page.goto(url);
    await withTimeout(
      page.evaluate(() => window.benchProbe.finished),
      STEP_TIMEOUT_MS,
      'Clerk load',
    );

    const identifier = 'input[autocomplete~="username"]';
    const password = 'input[autocomplete="current-password"]';
    for (let index = 0; index < submits; index++) {
      const values = { [identifier]: `nobody-${index}@example.com`, [password]: 'demo-password' };
      await submitWith(page, candidateId, values, index);
    }
    const credentials = await collectTimes(page, `${candidateId} credentials`);

    await page.$eval(identifier, (input) => (input.value = ''));
    await page.type(identifier, BACKUP_CODE_USER);
    await page.$eval(password, (input) => (input.value = ''));
    await page.type(password, 'demo-password');
    await page.keyboard.press('Enter');
    await page.waitForSelector('input[name="code"]', { visible: true, timeout: STEP_TIMEOUT_MS });
    if (candidateId === 'element') {
      await page.click(
        'clerk-code-step .clerk-mfa-alternatives button[data-strategy="backup_code"]',
      );
      await page.waitForFunction(
        () => document.querySelector('clerk-mfa-sign-in')?.state.strategy === 'backup_code',
      );
    } else {
      await page.click('#backup-code');
    }
    const before = await page.evaluate(() => window.benchSubmitTiming.answers);
    for (let index = 0; index < submits; index++) {
      const values = { 'input[name="code"]': `wrong${index}` };
      await submitWith(page, candidateId, values, before + index);
    }
    const code = (await collectTimes(page, `${candidateId} code`)).slice(credentials.length + 1);
    // Chromium logs every 4xx answer; the 422s are the wrong input this part sends on purpose.
    const problems = cold.problems.filter((problem) => !problem.includes('status of 422'));
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return { credentials, code };
  } finally {
    await cold.close();
  }
}

const summary = (times) => ({
  submits: times.length,
  medianMs: median(times),
  p95Ms: percentile95(times),
});

/**
 * @param {object} options
 * @param {import('puppeteer-core').Browser} options.browser
 * @param {Awaited<ReturnType<typeof import('./bench-server.mjs').startBenchServer>>} options.server
 * @param {number} options.submits of each kind, per candidate
 */
export async function measureSubmitLatency({ browser, server, submits }) {
  const rows = [];
  for (const profile of cpuProfiles) {
    const element = await measureCandidate(browser, server, 'element', profile, submits);
    const floor = await measureCandidate(browser, server, 'floor', profile, submits);
    for (const kind of /** @type {const} */ (['credentials', 'code'])) {
      const ours = summary(element[kind]);
      const guide = summary(floor[kind]);
      rows.push({
        submit: kind,
        cpuSlowdown: profile.cpuSlowdown,
        element: ours,
        floor: guide,
        addedMedianMs: ours.medianMs - guide.medianMs,
        addedP95Ms: ours.p95Ms - guide.p95Ms,
      });
    }
  }
  return rows;
}
