#!/usr/bin/env node
/**
 * The size budgets `npm test` checks (after `npm run build`): the gzip bytes of the
 * single-file build, of our code alone and of the sign-in flow's file
 * (`scripts/measure-size.mjs` measures them), against the limits in
 * `benchmarks/size-budget.json`. No browser; about a second.
 *
 * A bundle over its limit fails the check with a message that names the modules that
 * grew against `benchmarks/size-baseline.json`, the per-module figures recorded when
 * the limits were last set. A limit is raised only on purpose: edit size-budget.json and
 * say why in the commit, then record the new figures with
 * `node scripts/measure-size.mjs --update-baseline`.
 *
 *   npm run size:check
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { baselineOf, baselinePath, measureSizes } from './measure-size.mjs';

const budgetPath = new URL('../benchmarks/size-budget.json', import.meta.url);

/** Growth below this is minified names shifting, not new code: counted, not listed. */
const NOTABLE_GROWTH_BYTES = 32;

const bytes = (count) => `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} B`;
const signed = (count) => (count > 0 ? `+${bytes(count)}` : `−${bytes(-count)}`);

/**
 * @typedef {Record<string, { minBytes: number, gzipBytes: number, brotliBytes: number,
 *   modules: Record<string, { minBytes: number, gzipBytes: number }> }>} SizeFigures
 *   per bundle name, as `baselineOf` records them
 * @typedef {Record<string, { gzipBytes: number, why: string }>} SizeBudget per bundle name
 */

/**
 * Compares measured figures with the budget. Returns one line per bundle within its
 * budget, and one failure (several lines) per bundle over it.
 * @param {SizeFigures} measured
 * @param {SizeBudget} budget
 * @param {SizeFigures} baseline
 * @param {Record<string, string>} files bundle name → what it is made of, for messages
 */
export function checkBudgets(measured, budget, baseline, files) {
  const passed = [];
  const failures = [];
  for (const [name, { gzipBytes: limit }] of Object.entries(budget)) {
    const bundle = measured[name];
    if (!bundle) throw new Error(`benchmarks/size-budget.json names an unknown bundle "${name}"`);
    const label = `${name} (${files[name]})`;
    if (bundle.gzipBytes <= limit) {
      passed.push(`${label}: ${bytes(bundle.gzipBytes)} gzip, within ${bytes(limit)}`);
      continue;
    }
    const before = baseline[name]?.modules ?? {};
    const grown = Object.entries(bundle.modules)
      .map(([module, now]) => ({
        module,
        now,
        minGrowth: now.minBytes - (before[module]?.minBytes ?? 0),
        gzipGrowth: now.gzipBytes - (before[module]?.gzipBytes ?? 0),
        isNew: before[module] === undefined,
      }))
      .filter((module) => module.minGrowth > 0)
      .sort((a, b) => b.minGrowth - a.minGrowth);
    const notable = grown.filter((module) => module.minGrowth >= NOTABLE_GROWTH_BYTES);
    const slight = grown.length - notable.length;
    const lines = [
      `${label} is ${bytes(bundle.gzipBytes)} gzip, ${bytes(bundle.gzipBytes - limit)} over its budget of ${bytes(limit)}.`,
    ];
    if (grown.length === 0) {
      lines.push('  No module grew against benchmarks/size-baseline.json: it may be out of date.');
    } else {
      lines.push(
        `  Grew against benchmarks/size-baseline.json (${bytes(baseline[name]?.gzipBytes ?? 0)} gzip):`,
      );
      for (const module of notable) {
        lines.push(
          module.isNew
            ? `    ${module.module}: new, ${bytes(module.now.minBytes)} minified, ~${bytes(module.now.gzipBytes)} gzip`
            : `    ${module.module}: ${signed(module.minGrowth)} minified (now ${bytes(module.now.minBytes)}), ~${signed(module.gzipGrowth)} gzip`,
        );
      }
      if (slight > 0) {
        lines.push(
          `    and ${slight} more by under ${NOTABLE_GROWTH_BYTES} B each (shifting names)`,
        );
      }
    }
    const removed = Object.keys(before).filter((module) => bundle.modules[module] === undefined);
    if (removed.length > 0) lines.push(`  Gone since the baseline: ${removed.join(', ')}.`);
    failures.push(lines.join('\n'));
  }
  return { passed, failures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const measuredBundles = await measureSizes();
  const budget = JSON.parse(await readFile(budgetPath, 'utf8'));
  const baseline = JSON.parse(await readFile(baselinePath, 'utf8'));
  const files = Object.fromEntries(
    measuredBundles.map((bundle) => [bundle.name, bundle.description]),
  );
  const { passed, failures } = checkBudgets(baselineOf(measuredBundles), budget, baseline, files);
  for (const line of passed) console.log(`size budget: ${line}`);
  if (failures.length > 0) {
    console.error(`Size budget exceeded.\n${failures.join('\n')}`);
    console.error(
      'Take the bytes out again, or raise the limit in benchmarks/size-budget.json on purpose ' +
        '(say why in the commit) and record the new figures: ' +
        'node scripts/measure-size.mjs --update-baseline',
    );
    process.exitCode = 1;
  }
}
