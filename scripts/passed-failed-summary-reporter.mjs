/**
 * A web-test-runner reporter that ends the run with plain count lines, one per browser
 * and one in total, in the form `Chromium: 12 passed, 0 failed, 0 skipped`, so a log
 * reader can tell at a glance (and a CI log parser can tell at all) how many tests ran.
 *
 * Errors outside any test (a test file that fails to import, a failing root hook, a
 * timeout) count as failures too, one per error.
 */

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {import('@web/test-runner').TestSession} TestSession
 * @typedef {NonNullable<TestSession['testResults']>} TestSuiteResult
 */

/** @param {TestSuiteResult} suite @param {Counts} counts */
function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
}

/** @param {string} label @param {Counts} counts */
function formatCounts(label, counts) {
  return `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function passedFailedSummaryReporter() {
  return {
    stop({ sessions }) {
      /** @type {Map<string, Counts>} */
      const countsPerBrowser = new Map();
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const browserName = session.browser.name;
        const counts = countsPerBrowser.get(browserName) ?? { passed: 0, failed: 0, skipped: 0 };
        countsPerBrowser.set(browserName, counts);
        const sessionCounts = { passed: 0, failed: session.errors.length, skipped: 0 };
        if (session.testResults) countTests(session.testResults, sessionCounts);
        for (const key of /** @type {const} */ (['passed', 'failed', 'skipped'])) {
          counts[key] += sessionCounts[key];
          total[key] += sessionCounts[key];
        }
      }
      const lines = [...countsPerBrowser].map(([browserName, counts]) =>
        formatCounts(browserName, counts),
      );
      lines.push(formatCounts('Total', total));
      console.log(`\n${lines.join('\n')}`);
    },
  };
}
