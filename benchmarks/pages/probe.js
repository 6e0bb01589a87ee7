/**
 * Benchmark probe, inlined first in the <head> of every candidate page (the same script
 * in each). It records, in milliseconds since navigation start (`performance.now()`):
 *
 * - `firstInputInDocument`: an identifier input is in the document
 *   (`autocomplete="username"`, or `name="identifier"` as Clerk's own sign-in names it);
 * - `firstInputPainted`: the next frame after that has been painted;
 * - `clerkReady`: clerk-js has loaded: `clerk-mfa-ready` from the element, or
 *   `bench-clerk-ready` from the pages that call `Clerk.load()` themselves;
 * - `signInPossible`: the later of the two, when a user can type and submit.
 *
 * `window.benchProbe.finished` resolves with them once sign-in is possible.
 */
(() => {
  const identifierInput = 'input[autocomplete~="username"], input[name="identifier"]';
  const marks = {};
  let resolveFinished = () => {};
  const finished = new Promise((resolve) => (resolveFinished = resolve));
  const finishWhenPossible = () => {
    if (marks.firstInputPainted === undefined || marks.clerkReady === undefined) return;
    resolveFinished({
      ...marks,
      signInPossible: Math.max(marks.firstInputPainted, marks.clerkReady),
    });
  };

  const observer = new MutationObserver(() => {
    if (!document.querySelector(identifierInput)) return;
    observer.disconnect();
    marks.firstInputInDocument = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        marks.firstInputPainted = performance.now();
        finishWhenPossible();
      }),
    );
  });
  observer.observe(document, { childList: true, subtree: true });

  const markClerkReady = () => {
    marks.clerkReady ??= performance.now();
    finishWhenPossible();
  };
  document.addEventListener('clerk-mfa-ready', markClerkReady, { once: true });
  document.addEventListener('bench-clerk-ready', markClerkReady, { once: true });

  window.benchProbe = { finished };
})();
