/**
 * Clerk's prebuilt sign-in, mounted the way Clerk's SDKs mount it with clerk-js 6:
 * the page requests `clerk.browser.js` and `@clerk/ui`'s `ui.browser.js` at once (both
 * async script tags, the fastest order), and once both have run,
 * `Clerk.load({ ui: { ClerkUI: window.__internal_ClerkUICtor } })` hands the UI's
 * constructor to clerk-js, which creates the components when `mountSignIn` asks for them.
 * Inlined at the end of the page's <body>.
 */
(async () => {
  const scriptRun = (id, isDefined) =>
    new Promise((resolve, reject) => {
      if (isDefined()) resolve(undefined);
      const script = document.getElementById(id);
      script.addEventListener('load', () => resolve(undefined));
      script.addEventListener('error', () => reject(new Error(`${script.src} did not load`)));
    });
  await Promise.all([
    scriptRun('clerk-js', () => window.Clerk !== undefined),
    scriptRun('clerk-ui', () => window.__internal_ClerkUICtor !== undefined),
  ]);
  await window.Clerk.load({
    ui: { ClerkUI: window.__internal_ClerkUICtor },
    telemetry: false,
    unsafe_disableDevelopmentModeConsoleWarning: true,
  });
  document.dispatchEvent(new Event('bench-clerk-ready'));
  window.Clerk.mountSignIn(document.getElementById('sign-in'));
})();
