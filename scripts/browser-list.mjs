/**
 * The browsers the test suite runs in, where Debian installs each one, and which of
 * them a run uses. Shared by `web-test-runner.config.mjs` (which launches them) and
 * `scripts/browsers.mjs` (which checks and installs them), so both always agree.
 *
 * Choose a subset while developing with the BROWSERS environment variable, for
 * example `BROWSERS=chromium,firefox npm run test:browsers`.
 */

/**
 * Command-line flags for Debian's Chromium, headless, as root, on a machine whose
 * network is closed: without the background-networking flags Chromium keeps trying
 * to reach Google's services.
 */
export const headlessChromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const miniBrowserPath = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * @typedef {object} BrowserRequirement
 * @property {string} label how the browser is named in messages
 * @property {string[]} executables absolute paths that must exist to run it
 * @property {string[]} debianPackages the Debian packages that provide those paths
 */

/** @type {Record<'chromium' | 'firefox' | 'webkit', BrowserRequirement>} */
export const browserRequirements = {
  chromium: {
    label: 'Chromium',
    executables: ['/usr/bin/chromium'],
    debianPackages: ['chromium'],
  },
  firefox: {
    label: 'Firefox ESR',
    executables: ['/usr/bin/firefox-esr'],
    debianPackages: ['firefox-esr'],
  },
  webkit: {
    label: 'WebKit (MiniBrowser through WebKitWebDriver, on a private Xvfb display)',
    executables: [
      '/usr/bin/WebKitWebDriver',
      miniBrowserPath,
      '/usr/bin/Xvfb',
      '/usr/bin/xvfb-run',
    ],
    debianPackages: ['webkit2gtk-driver', 'xvfb'],
  },
};

export const allBrowserNames = /** @type {Array<keyof typeof browserRequirements>} */ (
  Object.keys(browserRequirements)
);

/**
 * Reads the BROWSERS environment variable (comma-separated, case-insensitive) and
 * returns the browsers to run, all of them when it is unset or empty.
 * @param {string | undefined} browsersVariable
 * @returns {Array<keyof typeof browserRequirements>}
 */
export function selectBrowsers(browsersVariable = process.env.BROWSERS) {
  const requested = (browsersVariable ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (requested.length === 0) return allBrowserNames;
  const unknown = requested.filter(
    (name) => !allBrowserNames.includes(/** @type {never} */ (name)),
  );
  if (unknown.length > 0) {
    throw new Error(
      `BROWSERS names unknown browser(s): ${unknown.join(', ')}. ` +
        `Use a comma-separated subset of: ${allBrowserNames.join(', ')}.`,
    );
  }
  return allBrowserNames.filter((name) => requested.includes(name));
}
