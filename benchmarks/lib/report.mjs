/**
 * The benchmark's printed report: Markdown tables (they paste into the README as they
 * are) made from the JSON result `bench.mjs` writes.
 */
import { candidateById } from './candidate-pages.mjs';
import { describeProfile, throttlingProfiles } from './throttling-profiles.mjs';

const kilobytes = (count) => `${(count / 1000).toFixed(1)} KB`;
const milliseconds = (value) => `${Math.round(value)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const fine = (value) => `${value.toFixed(1)} ms`;

function timingTable(result) {
  const lines = [
    `| network | page | first input | sign-in possible | first input ratio | sign-in possible ratio |`,
    `| --- | --- | ---: | ---: | ---: | ---: |`,
  ];
  for (const { profile, candidates } of result.coldLoads) {
    const cell = (id) => /** @type {any} */ (candidates.find((entry) => entry.candidate === id));
    const floor = cell('floor');
    const ours = cell('element');
    const oursPageForm = cell('element-page-form');
    const clerk = cell('clerk-ui');
    const againstFloor = (id, entry) =>
      `| ${profile} | ${candidateById(id).name} | ${milliseconds(entry.firstInputMs)} | ${milliseconds(entry.signInPossibleMs)} ` +
      `| ${ratio(entry.firstInputMs / floor.firstInputMs)} floor | ${ratio(entry.signInPossibleMs / floor.signInPossibleMs)} floor |`;
    lines.push(
      `| ${profile} | ${candidateById('floor').name} | ${milliseconds(floor.firstInputMs)} | ${milliseconds(floor.signInPossibleMs)} | | |`,
      againstFloor('element', ours),
      againstFloor('element-page-form', oursPageForm),
      `| ${profile} | ${candidateById('clerk-ui').name} | ${milliseconds(clerk.firstInputMs)} | ${milliseconds(clerk.signInPossibleMs)} ` +
        `| ${ratio(clerk.firstInputMs / ours.firstInputMs)} ours, ${ratio(clerk.firstInputMs / oursPageForm.firstInputMs)} form in the page ` +
        `| ${ratio(clerk.signInPossibleMs / ours.signInPossibleMs)} ours, ${ratio(clerk.signInPossibleMs / oursPageForm.signInPossibleMs)} form in the page |`,
    );
  }
  return lines;
}

function scriptTable(result) {
  const lines = [
    '| page | script | raw | gzip -9 | brotli -11 |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const { candidate, scripts, totals } of result.scripts) {
    const name = candidateById(candidate).name;
    for (const script of scripts) {
      const file = script.path
        .replace(/^.*\/(@clerk\/[^/]+)@[^/]+\/dist\//, '$1 ')
        .replace(/^\/assets\//, '');
      lines.push(
        `| ${name} | ${file} | ${kilobytes(script.raw)} | ${kilobytes(script.gzip)} | ${kilobytes(script.brotli)} |`,
      );
    }
    lines.push(
      `| ${name} | **all ${totals.count} scripts** | ${kilobytes(totals.raw)} | **${kilobytes(totals.gzip)}** | **${kilobytes(totals.brotli)}** |`,
    );
  }
  return lines;
}

function requestTable(result) {
  const { loadMinimum, flows } = result.fapiRequests;
  const count = (requests, minimum) =>
    requests.join() === minimum.join()
      ? `${requests.length}`
      : `${requests.length}: ${requests.join(', ')}`;
  return [
    `Loading Clerk: ${loadMinimum.length} requests at least (${loadMinimum.join(', ')}); ` +
      flows
        .flatMap((flow) => [flow.element.load, flow.floor.load])
        .map((load) => load.length)
        .filter((length, index, all) => all.indexOf(length) === index)
        .join(' or ') +
      ' measured on both pages.',
    '',
    `| flow | minimum | ${candidateById('element').name} | the guide's raw clerk-js calls |`,
    '| --- | --- | --- | --- |',
    ...flows.map(
      (flow) =>
        `| ${flow.flow} | ${flow.minimum.length}: ${flow.minimum.join(', ')} | ${count(flow.element.signIn, flow.minimum)} | ${count(flow.floor.signIn, flow.minimum)} |`,
    ),
  ];
}

function latencyTable(result) {
  return [
    `| submit | CPU | ${candidateById('element').name} median / p95 | the guide's calls median / p95 | ours − the guide's: medians / p95s |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...result.submitLatency.map(
      (row) =>
        `| ${row.submit} (${row.element.submits} + ${row.floor.submits}) | ${row.cpuSlowdown}× ` +
        `| ${fine(row.element.medianMs)} / ${fine(row.element.p95Ms)} ` +
        `| ${fine(row.floor.medianMs)} / ${fine(row.floor.p95Ms)} | ${fine(row.addedMedianMs)} / ${fine(row.addedP95Ms)} |`,
    ),
  ];
}

function sizeTable(result) {
  return [
    '| bundle | minified | gzip -9 | brotli -11 |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(result.sizes).map(
      ([name, bundle]) =>
        `| ${name} | ${kilobytes(bundle.minBytes)} | ${kilobytes(bundle.gzipBytes)} | ${kilobytes(bundle.brotliBytes)} |`,
    ),
  ];
}

/** @param {any} result the JSON `bench.mjs` writes */
export function formatReport(result) {
  const { machine } = result;
  return [
    `Sign-in benchmark, ${result.measuredAt.slice(0, 10)}: ${machine.cpuCount} × ${machine.cpuModel}, ` +
      `${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium} headless; ` +
      `load average ${machine.loadAverageBefore} before, ${machine.loadAverageAfter} after. ` +
      `${result.options.quick ? 'Quick mode. ' : ''}Run took ${(result.durationSeconds / 60).toFixed(1)} min.`,
    '',
    `Cold loads: median of ${result.options.runs} per cell, alternating, ms since navigation start. ` +
      'First input = the e-mail input painted; sign-in possible = that and clerk-js loaded.',
    ...throttlingProfiles.map((profile) => `- ${describeProfile(profile)}`),
    '',
    ...timingTable(result),
    '',
    'Scripts each page loads (served with brotli; KB = 1000 bytes):',
    '',
    ...scriptTable(result),
    '',
    'Frontend API requests per sign-in, from the credentials submit to signed in:',
    '',
    ...requestTable(result),
    '',
    'From a submit event to the fetch of its Frontend API request, in the page, network unthrottled:',
    '',
    ...latencyTable(result),
    '',
    'Bundles (`npm run size` has the per-module table; `npm test` checks the budgets):',
    '',
    ...sizeTable(result),
  ].join('\n');
}
