/**
 * Cold loads: every candidate page under every throttling profile, `runs` times, in one
 * browser. The loads alternate: each run goes through the profiles and, within each, all
 * candidates in an order that rotates from run to run, so that a slower or faster moment
 * of the machine falls on every cell alike. One load per candidate first warms the server
 * (it compresses each file the first time it serves it) and is not counted.
 */
import { openColdPage, withTimeout } from './browser.mjs';
import { candidates } from './candidate-pages.mjs';
import { median } from './statistics.mjs';
import { throttlingProfiles } from './throttling-profiles.mjs';

/** Longest wait for one page, well above Clerk's prebuilt sign-in under Slow 4G. */
const LOAD_TIMEOUT_MS = 90_000;

/**
 * @typedef {object} ProbeMarks what `pages/probe.js` measured, in ms since navigation start
 * @property {number} firstInputInDocument
 * @property {number} firstInputPainted
 * @property {number} clerkReady
 * @property {number} signInPossible
 */

/**
 * Loads one candidate page once, cold, and returns what the probe measured.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {import('./throttling-profiles.mjs').ThrottlingProfile} profile
 * @param {(page: import('puppeteer-core').Page, marks: ProbeMarks) => Promise<void>} [afterLoad]
 *   runs on the page before it closes
 * @returns {Promise<ProbeMarks>}
 */
export async function coldLoad(browser, url, profile, afterLoad) {
  const cold = await openColdPage(browser, profile);
  try {
    await cold.page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
    const marks = /** @type {ProbeMarks} */ (
      await withTimeout(
        cold.page.evaluate(() => window.benchProbe.finished),
        LOAD_TIMEOUT_MS,
        `${url} (${profile.name}): sign-in possible`,
      )
    );
    if (cold.problems.length > 0) {
      throw new Error(`${url} (${profile.name}) reported:\n  ${cold.problems.join('\n  ')}`);
    }
    await afterLoad?.(cold.page, marks);
    return marks;
  } finally {
    await cold.close();
  }
}

/**
 * @param {object} options
 * @param {import('puppeteer-core').Browser} options.browser
 * @param {string} options.origin
 * @param {number} options.runs cold loads per cell
 * @param {(line: string) => void} options.log
 */
export async function measureColdLoads({ browser, origin, runs, log }) {
  for (const candidate of candidates) {
    await coldLoad(browser, origin + candidate.path, throttlingProfiles[0]);
  }

  /** @type {Record<string, Record<string, ProbeMarks[]>>} samples by profile, then candidate */
  const samples = Object.fromEntries(
    throttlingProfiles.map((profile) => [
      profile.name,
      Object.fromEntries(candidates.map((candidate) => [candidate.id, []])),
    ]),
  );
  for (let run = 0; run < runs; run++) {
    const startedAt = Date.now();
    for (const profile of throttlingProfiles) {
      for (let turn = 0; turn < candidates.length; turn++) {
        const candidate = candidates[(run + turn) % candidates.length];
        samples[profile.name][candidate.id].push(
          await coldLoad(browser, origin + candidate.path, profile),
        );
      }
    }
    log(
      `cold loads: run ${run + 1}/${runs} took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  }

  return throttlingProfiles.map((profile) => ({
    profile: profile.name,
    candidates: candidates.map((candidate) => {
      const cell = samples[profile.name][candidate.id];
      return {
        candidate: candidate.id,
        loads: cell.length,
        firstInputMs: median(cell.map((marks) => marks.firstInputPainted)),
        firstInputInDocumentMs: median(cell.map((marks) => marks.firstInputInDocument)),
        signInPossibleMs: median(cell.map((marks) => marks.signInPossible)),
        samples: cell,
      };
    }),
  }));
}
