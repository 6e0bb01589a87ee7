/**
 * Benchmark instrumentation for the submit-to-request time, run before any script of
 * the page (puppeteer's `evaluateOnNewDocument`). It records `performance.now()`:
 *
 * - when a form is submitted, in a capturing listener on the window, which runs before
 *   any listener of the page's own;
 * - when `fetch` is called for a sign-in request (`/v1/client/sign_ins…`; clerk-js sends
 *   every Frontend API request with `fetch`), and counts the answers.
 */
(() => {
  const timing = { submits: [], signInRequests: [], answers: 0 };
  window.addEventListener('submit', () => timing.submits.push(performance.now()), {
    capture: true,
  });
  const pageFetch = window.fetch;
  window.fetch = function fetchWithTiming(input, init) {
    const url = input instanceof Request ? input.url : String(input);
    const isSignIn = new URL(url, location.href).pathname.includes('/v1/client/sign_ins');
    if (isSignIn) timing.signInRequests.push(performance.now());
    const answer = pageFetch.call(this, input, init);
    if (isSignIn) void answer.finally(() => (timing.answers += 1)).catch(() => {});
    return answer;
  };
  window.benchSubmitTiming = timing;
})();
