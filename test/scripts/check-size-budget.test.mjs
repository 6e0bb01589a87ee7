/**
 * The size budget's verdicts and messages (`scripts/check-size-budget.mjs`), on made-up
 * figures: within budget it passes; over budget it names the modules that grew against
 * the baseline, new ones and gone ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { checkBudgets } from '../../scripts/check-size-budget.mjs';

const figures = (gzipBytes, modules) => ({
  'single-file build': { minBytes: 0, gzipBytes, brotliBytes: 0, modules },
});
const budget = { 'single-file build': { gzipBytes: 1000, why: 'test' } };
const files = { 'single-file build': 'dist/browser/clerk-mfa-elements.js' };
const baseline = figures(990, {
  'src/messages.ts': { minBytes: 2000, gzipBytes: 600 },
  'src/styles.ts': { minBytes: 1500, gzipBytes: 300 },
  'src/removed.ts': { minBytes: 100, gzipBytes: 50 },
  'src/events.ts': { minBytes: 100, gzipBytes: 40 },
});

describe('checkBudgets', () => {
  it('passes a bundle within its budget, saying by how much', () => {
    const { passed, failures } = checkBudgets(figures(1000, {}), budget, baseline, files);
    assert.deepEqual(failures, []);
    assert.deepEqual(passed, [
      'single-file build (dist/browser/clerk-mfa-elements.js): 1 000 B gzip, within 1 000 B',
    ]);
  });

  it('fails a bundle over its budget, naming the modules that grew, the new and the gone', () => {
    const measured = figures(1234, {
      'src/messages.ts': { minBytes: 2500, gzipBytes: 780 },
      'src/styles.ts': { minBytes: 1400, gzipBytes: 290 },
      'src/new-step.ts': { minBytes: 800, gzipBytes: 200 },
      'src/events.ts': { minBytes: 105, gzipBytes: 41 },
    });
    const { passed, failures } = checkBudgets(measured, budget, baseline, files);
    assert.deepEqual(passed, []);
    assert.equal(failures.length, 1);
    const [failure] = failures;
    assert.match(
      failure,
      /dist\/browser\/clerk-mfa-elements\.js\) is 1 234 B gzip, 234 B over its budget of 1 000 B/,
    );
    assert.match(failure, /src\/new-step\.ts: new, 800 B minified, ~200 B gzip/);
    assert.match(failure, /src\/messages\.ts: \+500 B minified \(now 2 500 B\), ~\+180 B gzip/);
    assert.doesNotMatch(failure, /src\/styles\.ts|src\/events\.ts/);
    assert.match(failure, /and 1 more by under 32 B each/);
    assert.match(failure, /Gone since the baseline: src\/removed\.ts/);
  });

  it('says the baseline may be out of date when no module grew', () => {
    const { failures } = checkBudgets(figures(1500, {}), budget, baseline, files);
    assert.match(failures[0] ?? '', /No module grew against benchmarks\/size-baseline\.json/);
  });

  it('refuses a budget for a bundle it does not measure', () => {
    const unknown = { 'two-file build': { gzipBytes: 1, why: 'test' } };
    assert.throws(() => checkBudgets(figures(1, {}), unknown, baseline, files), /unknown bundle/);
  });
});
