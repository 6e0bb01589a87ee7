/**
 * The pages the benchmark compares, all the same sign-in (email and password, then a
 * second factor) against the emulator at `/__clerk`:
 *
 * - `floor`: the form as static HTML, with clerk-js by async script tag and the raw
 *   clerk-js calls of Clerk's custom-flow guide (`pages/seed-flow.js`). Nothing can show
 *   the form sooner or sign in with fewer requests.
 * - `element`: `<clerk-mfa-sign-in>` from the single-file build, as the README's first
 *   example uses it; the element loads clerk-js itself.
 * - `element-page-form`: the same, with the sign-in form written in the page's HTML, as
 *   the README's "First screen in the page's HTML" has it (read from the README).
 * - `clerk-ui`: Clerk's prebuilt sign-in (`mountSignIn`) from clerk-js and `@clerk/ui`
 *   (`pages/clerk-ui-mount.js`).
 *
 * Each page starts with the same inlined probe (`pages/probe.js`); page scripts are
 * inlined too, so that only the scripts under comparison cost a request.
 */
import { readFile } from 'node:fs/promises';

import { CLERK_UI_VERSION } from './clerk-ui-package.mjs';

/**
 * @typedef {object} Candidate
 * @property {'floor' | 'element' | 'element-page-form' | 'clerk-ui'} id
 * @property {string} name how the tables name it
 * @property {string} path the page's URL path
 */

/** @type {Candidate[]} */
export const candidates = [
  { id: 'floor', name: 'static HTML + clerk-js (floor)', path: '/floor.html' },
  { id: 'element', name: '<clerk-mfa-sign-in>', path: '/element.html' },
  {
    id: 'element-page-form',
    name: '<clerk-mfa-sign-in>, form in the page',
    path: '/element-page-form.html',
  },
  { id: 'clerk-ui', name: "Clerk's prebuilt sign-in", path: '/clerk-ui.html' },
];

/** @param {Candidate['id']} id */
export const candidateById = (id) =>
  /** @type {Candidate} */ (candidates.find((candidate) => candidate.id === id));

const pageScript = (name) => readFile(new URL(`../pages/${name}`, import.meta.url), 'utf8');

/** The `<clerk-credentials-step>` and its form from the README's "First screen in the page's HTML". */
async function readmeCredentialsStep() {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const step =
    /<!-- first-screen:start -->[\s\S]*?(<clerk-credentials-step>[\s\S]*?<\/clerk-credentials-step>)/.exec(
      readme,
    );
  if (!step) throw new Error('README.md has no first-screen block with a <clerk-credentials-step>');
  return step[1];
}

/**
 * Returns a function answering the HTML of a candidate page by URL path.
 * @param {{ publishableKey: string }} options
 * @returns {Promise<(pathname: string) => string | undefined>}
 */
export async function candidatePages({ publishableKey }) {
  const [probe, seedFlow, clerkUiMount] = await Promise.all(
    ['probe.js', 'seed-flow.js', 'clerk-ui-mount.js'].map(pageScript),
  );
  const credentialsStep = await readmeCredentialsStep();
  const elementScript = '<script type="module" src="/assets/clerk-mfa-elements.js"></script>';
  const clerkJsScript = `<script id="clerk-js" async crossorigin="anonymous"
      src="/__clerk/npm/@clerk/clerk-js@6/dist/clerk.browser.js"
      data-clerk-publishable-key="${publishableKey}" data-clerk-proxy-url="/__clerk"></script>`;
  const page = (head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Sign in</title>
    <link rel="icon" href="data:," />
    <script>${probe}</script>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

  const pages = new Map([
    [
      '/floor.html',
      page(
        clerkJsScript,
        `<form class="clerk-mfa-form" id="sign-in-form">
      <h2>Sign in</h2>
      <p>Welcome back! Please sign in to continue</p>
      <label for="email">Email address</label>
      <input id="email" name="identifier" type="email" autocomplete="username" required />
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <button type="button">Show password</button>
      <button type="submit">Continue</button>
    </form>
    <form class="clerk-mfa-form" id="verifying" hidden>
      <h2>Verify your account</h2>
      <label for="code">Code</label>
      <input id="code" name="code" autocomplete="one-time-code" required />
      <p id="backup-code-choice" hidden>
        <input type="checkbox" id="backup-code" name="backupCode" />
        <label for="backup-code">This code is a backup code</label>
      </p>
      <button type="submit">Verify</button>
    </form>
    <p id="sign-in-error" role="alert" hidden></p>
    <p id="signed-in" hidden>Signed in.</p>
    <script>${seedFlow}</script>`,
      ),
    ],
    [
      '/element.html',
      page(
        elementScript,
        `<clerk-mfa-sign-in publishable-key="${publishableKey}" proxy-url="/__clerk"></clerk-mfa-sign-in>`,
      ),
    ],
    [
      '/element-page-form.html',
      page(
        elementScript,
        `<clerk-mfa-sign-in publishable-key="${publishableKey}" proxy-url="/__clerk">
    ${credentialsStep}
    </clerk-mfa-sign-in>`,
      ),
    ],
    [
      '/clerk-ui.html',
      page(
        `${clerkJsScript}
    <script id="clerk-ui" async crossorigin="anonymous"
      src="/__clerk/npm/@clerk/ui@${CLERK_UI_VERSION}/dist/ui.browser.js"></script>`,
        `<div id="sign-in"></div>
    <script>${clerkUiMount}</script>`,
      ),
    ],
  ]);
  return (pathname) => pages.get(pathname);
}
