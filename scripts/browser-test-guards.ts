/**
 * Loaded by web-test-runner.config.mjs into every browser test page, right after the
 * mocha framework script and before the test file runs. It turns problems that a
 * test would otherwise only log into test failures:
 *
 * - a Lit dev-mode warning (tests run Lit in dev mode; its one-time "Lit is in dev
 *   mode" notice is expected and silenced, every other warning fails);
 * - a promise rejected where nothing awaits it (mocha itself already fails the
 *   running test on an uncaught error, but only logs an unhandled rejection).
 *
 * The problems are collected as they happen and reported by root-level mocha hooks,
 * so the failure names the test during which they occurred.
 */

const devModeNoticeCode = 'lit.dev/msg/dev-mode';

/**
 * Lit reports most dev-mode warnings through one function that appends a
 * `https://lit.dev/msg/<code>` link; lit-html logs two more without one.
 */
const litWarningPatterns: readonly RegExp[] = [
  /lit\.dev\/msg\//,
  /^Some template strings are undefined/,
  /^Attempted to render the template host/,
];

const problemsSinceLastCheck: string[] = [];

function describeValue(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function trapLitWarnings(level: 'warn' | 'error'): void {
  const forwardToConsole = console[level].bind(console);
  console[level] = (...parts: unknown[]) => {
    const text = parts.map(describeValue).join(' ');
    const isLitWarning = litWarningPatterns.some((pattern) => pattern.test(text));
    if (isLitWarning && text.includes(devModeNoticeCode)) return;
    if (isLitWarning) problemsSinceLastCheck.push(`Lit dev-mode warning: ${text}`);
    forwardToConsole(...parts);
  };
}

trapLitWarnings('warn');
trapLitWarnings('error');

window.addEventListener('unhandledrejection', (event) => {
  problemsSinceLastCheck.push(`Unhandled promise rejection: ${describeValue(event.reason)}`);
});

/**
 * After each test: marks the test failed (keeping its own error, if it had one) when
 * problems were collected while it ran. Marking the test, rather than throwing from
 * the hook, keeps mocha running the tests after it.
 */
function failTestOnCollectedProblems(this: Mocha.Context): void {
  if (problemsSinceLastCheck.length === 0) return;
  const report = problemsSinceLastCheck.splice(0).join('\n');
  const test = this.currentTest;
  if (test === undefined) throw new Error(report);
  if (test.err === undefined) test.err = new Error(report);
  else test.err.message += `\n${report}`;
  test.state = 'failed';
}

/** After the last test: problems that arrived later fail the test file as a whole. */
function failFileOnCollectedProblems(): void {
  if (problemsSinceLastCheck.length === 0) return;
  throw new Error(problemsSinceLastCheck.splice(0).join('\n'));
}

mocha.suite.afterEach('fail on Lit warnings and unhandled rejections', failTestOnCollectedProblems);
mocha.suite.afterAll('fail on Lit warnings and unhandled rejections', failFileOnCollectedProblems);
