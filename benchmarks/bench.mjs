#!/usr/bin/env node
/**
 * `npm run bench`: our sign-in against the same form as static HTML (the floor) and
 * Clerk's prebuilt sign-in, in one run, on one loopback server with the Frontend API
 * emulator, in headless Chromium (Debian's /usr/bin/chromium):
 *
 * 1. the bundles' sizes (`scripts/measure-size.mjs`, the part `npm test` budgets);
 * 2. every script each page loads, raw, gzip and brotli (`lib/script-sizes.mjs`);
 * 3. cold loads under three network profiles, alternating pages, medians of the time to
 *    the first input on screen and to sign-in possible (`lib/cold-loads.mjs`,
 *    `lib/throttling-profiles.mjs`);
 * 4. Frontend API requests per sign-in flow against the minimum (`lib/fapi-flows.mjs`);
 * 5. the time from a submit to its Frontend API request (`lib/submit-latency.mjs`).
 *
 * It prints Markdown tables and writes the whole result as JSON. It is a benchmark: it
 * prints numbers and fails only when a page cannot be measured.
 *
 *   npm run bench                      15 cold loads per cell, 200 submits of each kind
 *   npm run bench -- --quick           3 cold loads per cell, 40 submits: for development
 *   npm run bench -- --runs 25 --submits 300 --out results.json
 *
 * The first run fetches `@clerk/ui` with `npm pack` (`lib/clerk-ui-package.mjs`); later
 * runs are offline. Run `npm run build` first (`npm run bench` does).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { baselineOf, measureSizes } from '../scripts/measure-size.mjs';
import { startBenchServer } from './lib/bench-server.mjs';
import { launchChromium } from './lib/browser.mjs';
import { candidatePages, candidates } from './lib/candidate-pages.mjs';
import { ensureClerkUiDist } from './lib/clerk-ui-package.mjs';
import { measureColdLoads } from './lib/cold-loads.mjs';
import { countFapiRequests } from './lib/fapi-flows.mjs';
import { formatReport } from './lib/report.mjs';
import { measureScriptSizes } from './lib/script-sizes.mjs';
import { measureSubmitLatency } from './lib/submit-latency.mjs';
import { throttlingProfiles } from './lib/throttling-profiles.mjs';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    submits: { type: 'string' },
    out: { type: 'string', default: 'benchmarks/results/latest.json' },
  },
});
const positiveInteger = (text, name) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
};
const runs = options.runs ? positiveInteger(options.runs, 'runs') : options.quick ? 3 : 15;
const submits = options.submits
  ? positiveInteger(options.submits, 'submits')
  : options.quick
    ? 40
    : 200;

const startedAt = Date.now();
const log = (line) =>
  process.stderr.write(
    `[bench ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
  );
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadAverageBefore = loadAverage();

log('measuring the bundles');
const sizes = baselineOf(await measureSizes());
const clerkUiDist = await ensureClerkUiDist(log);
const server = await startBenchServer({ createPages: candidatePages, clerkUiDist });
const browser = await launchChromium();
let result;
try {
  log('scripts each page loads');
  const scripts = await measureScriptSizes({ browser, server });
  log(
    `cold loads: ${runs} per cell, ${runs * throttlingProfiles.length * candidates.length} in all`,
  );
  const coldLoads = await measureColdLoads({ browser, origin: server.origin, runs, log });
  log('Frontend API requests per flow');
  const fapiRequests = await countFapiRequests({ browser, server });
  log(`submit to request: ${submits} submits of each kind per page`);
  const submitLatency = await measureSubmitLatency({ browser, server, submits });
  const cpus = os.cpus();
  result = {
    measuredAt: new Date(startedAt).toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    options: { quick: options.quick, runs, submits },
    machine: {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
      cpuCount: cpus.length,
      memoryGB: Math.round(os.totalmem() / 1e9),
      os: `${os.type()} ${os.release()}`,
      node: process.versions.node,
      chromium: await browser.version(),
      clerkJs: server.clerkJsVersion,
      loadAverageBefore,
      loadAverageAfter: loadAverage(),
    },
    profiles: throttlingProfiles,
    sizes,
    scripts,
    coldLoads,
    fapiRequests,
    submitLatency,
  };
} finally {
  await browser.close();
  await server.close();
}

const outPath = resolve(options.out);
await mkdir(dirname(outPath), { recursive: true });
await writeFile(outPath, `${JSON.stringify(result, null, 2)}\n`);
console.log(formatReport(result));
log(`wrote ${outPath}`);
