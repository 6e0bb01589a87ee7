#!/usr/bin/env node
/**
 * How soon the sign-in form's first input appears, against the same form as static
 * HTML. Both pages are served from a loopback server and opened in headless Chromium
 * (Debian's /usr/bin/chromium) with a cold cache, RUNS times each, interleaved. A probe
 * script (the same in both pages) records `performance.now()` when an
 * `input[autocomplete="username"]` is in the document, then again at the next frame
 * (when it is painted).
 *
 * The element page loads what a user would ship: `dist/src/define/index.js` bundled with
 * lit and @lit/context, minified (esbuild). No Clerk is configured, so clerk-js is not
 * requested: the measure is the form becoming usable, which never waits for clerk-js.
 *
 *   npm run build && node benchmarks/first-input.mjs [RUNS]
 *
 * It prints numbers and never fails: it is a benchmark, not a test.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

import { browserRequirements, headlessChromiumFlags } from '../scripts/browser-list.mjs';

const runs = Number(process.argv[2] ?? 30);
const entryPoint = fileURLToPath(new URL('../dist/src/define/index.js', import.meta.url));

const bundle = (
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
  })
).outputFiles[0].text;

/** Records when the first username input exists and when it has been painted. */
const probe = `
  new MutationObserver((records, observer) => {
    if (!document.querySelector('input[autocomplete="username"]')) return;
    observer.disconnect();
    window.firstInputInDocument = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.firstInputPainted = performance.now(); }));
  }).observe(document, { childList: true, subtree: true });
`;

const staticForm = `
  <form class="clerk-mfa-form">
    <h2>Sign in</h2>
    <p>Welcome back! Please sign in to continue</p>
    <label for="email">Email address</label>
    <input id="email" name="identifier" type="email" autocomplete="username" required />
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required />
    <button type="button">Show password</button>
    <button type="submit">Continue</button>
  </form>`;

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8" />
  <title>first input</title><script src="/probe.js"></script>${head}</head><body>${body}</body></html>`;

const routes = {
  '/probe.js': ['text/javascript', probe],
  '/static.html': ['text/html', page(staticForm)],
  '/element.html': [
    'text/html',
    page(
      '<clerk-mfa-sign-in></clerk-mfa-sign-in>',
      '<script type="module" src="/elements.js"></script>',
    ),
  ],
  '/elements.js': ['text/javascript', bundle],
};

const server = createServer((request, response) => {
  const route = routes[new URL(request.url, 'http://127.0.0.1').pathname];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' }).end(route[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: browserRequirements.chromium.executables[0],
  args: headlessChromiumFlags,
});

async function measure(path) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => globalThis.firstInputPainted !== undefined);
  const times = await tab.evaluate(() => ({
    inDocument: globalThis.firstInputInDocument,
    painted: globalThis.firstInputPainted,
  }));
  await tab.close();
  return times;
}

const samples = { static: [], element: [] };
await measure('/static.html');
await measure('/element.html');
for (let run = 0; run < runs; run++) {
  samples.static.push(await measure('/static.html'));
  samples.element.push(await measure('/element.html'));
}
await browser.close();
server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const summary = (name) => ({
  inDocument: median(samples[name].map((sample) => sample.inDocument)),
  painted: median(samples[name].map((sample) => sample.painted)),
});
const staticTimes = summary('static');
const elementTimes = summary('element');
const gzippedBundle = (await import('node:zlib')).gzipSync(bundle, { level: 9 }).length;
console.log(
  `first input, median of ${runs} cold loads in headless Chromium (ms since navigation start)`,
);
console.log(
  `static HTML form         in document ${staticTimes.inDocument.toFixed(1)}   painted ${staticTimes.painted.toFixed(1)}`,
);
console.log(
  `<clerk-mfa-sign-in>      in document ${elementTimes.inDocument.toFixed(1)}   painted ${elementTimes.painted.toFixed(1)}   (bundle ${gzippedBundle} B gzip)`,
);
console.log(
  `ratio element / static   in document ${(elementTimes.inDocument / staticTimes.inDocument).toFixed(2)}×  painted ${(elementTimes.painted / staticTimes.painted).toFixed(2)}×`,
);
