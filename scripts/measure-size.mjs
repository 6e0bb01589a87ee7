#!/usr/bin/env node
/**
 * What a page downloads for the elements, and which modules the bytes come from.
 *
 * Three bundles, built in memory with the options of the browser build
 * (`scripts/bundle-browser.mjs`), so that they honour package.json's `sideEffects` as a
 * user's bundler would:
 *
 * - the single-file build, `dist/browser/clerk-mfa-elements.js`, lit and @lit/context
 *   included: what a page loads before the first screen; it must be byte-for-byte the
 *   file `npm run build` wrote (else: rebuild);
 * - our code alone: the same bundle with lit and @lit/context external (a page that
 *   already uses Lit shares them);
 * - the sign-in flow, `dist/browser/clerk-mfa-sign-in-flow.js`, which the sign-in imports
 *   when it is created and which loads beside clerk-js (the first two leave it out, as a
 *   user's bundler would split it off); it too must be the file on disk.
 *
 * Sizes are minified bytes, gzip -9 and brotli -11. Per module:
 *
 * - minified bytes: esbuild's metafile (`bytesInOutput` of each input);
 * - gzip bytes: what the gzipped bundle would lose without the module's code — the
 *   bundle is gzipped again with the module's output left out, the output being
 *   attributed to modules through the bundle's source map. This counts what the module
 *   costs where it is; the modules' figures add up to a little less than the total,
 *   the rest being what they share.
 *
 * Modules are named by their TypeScript source (`src/messages.ts`,
 * `lit-html/src/lit-html.ts`), found through each input's own source map.
 *
 *   npm run size                        the tables (runs `npm run build` first)
 *   node scripts/measure-size.mjs --json
 *   node scripts/measure-size.mjs --update-baseline   rewrites benchmarks/size-baseline.json
 *
 * clerk-js is never part of any bundle (it is loaded at run time). The budgets that
 * `npm test` checks are in `scripts/check-size-budget.mjs`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

import { build } from 'esbuild';

import { browserBundleOptions, separateBundleOptions } from './bundle-browser.mjs';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
export const baselinePath = fileURLToPath(
  new URL('../benchmarks/size-baseline.json', import.meta.url),
);

/** The bundles measured, by the name budgets and reports use. */
export const bundles = {
  'single-file build': {
    options: browserBundleOptions,
    external: [],
    description: 'dist/browser/clerk-mfa-elements.js',
  },
  'our code alone': {
    options: browserBundleOptions,
    external: ['lit', 'lit/*', '@lit/context'],
    description: 'dist/src/browser.js bundled with lit and @lit/context external',
  },
  'sign-in flow': {
    options: separateBundleOptions('clerk-mfa-sign-in-flow.js'),
    external: [],
    description:
      'dist/browser/clerk-mfa-sign-in-flow.js, imported by <clerk-mfa-sign-in> while clerk-js loads',
  },
};

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;
const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
const repositoryPath = (absolutePath) =>
  relative(repositoryRoot, absolutePath).split('\\').join('/');

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes source-map `mappings` into, per generated line, the segments
 * `{ column, source }` (`source` undefined where the output maps to no source).
 * @param {string} mappings
 */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const character of segmentText) {
        const digit = BASE64_DIGITS.indexOf(character);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      segments.push({ column, source: fields.length >= 4 ? source : undefined });
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * The source map an input file points to (`//# sourceMappingURL=`), or undefined.
 * @param {string} inputPath absolute
 */
async function inputSourceMap(inputPath) {
  const text = await readFile(inputPath, 'utf8');
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
  if (!url) return undefined;
  if (url.startsWith('data:')) {
    const json = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    return { map: JSON.parse(json), directory: dirname(inputPath) };
  }
  const mapPath = resolve(dirname(inputPath), url);
  try {
    return { map: JSON.parse(await readFile(mapPath, 'utf8')), directory: dirname(mapPath) };
  } catch {
    return undefined;
  }
}

/**
 * How a module is named: its original source when its source map names exactly one,
 * else its own path; repository-relative, without `node_modules/`.
 * @param {string} inputPath absolute
 */
async function moduleName(inputPath) {
  const found = await inputSourceMap(inputPath);
  const sources = found?.map.sources ?? [];
  const original =
    sources.length === 1
      ? resolve(found.directory, found.map.sourceRoot ?? '', sources[0])
      : inputPath;
  return repositoryPath(original).replace(/^node_modules\//, '');
}

/**
 * Builds one bundle in memory and measures it, whole and per module.
 * @param {keyof typeof bundles} name
 */
export async function measureBundle(name) {
  const { options } = bundles[name];
  const result = await build({
    ...options,
    external: bundles[name].external,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const outfile = /** @type {string} */ (options.outfile);
  const output = result.outputFiles.find((file) => file.path === outfile);
  const map = result.outputFiles.find((file) => file.path === `${outfile}.map`);
  if (!output || !map) throw new Error(`esbuild wrote no ${outfile} and source map`);
  const code = output.text;
  const bytes = Buffer.from(output.contents);
  const metaOutput = result.metafile.outputs[repositoryPath(outfile)];
  if (!metaOutput) throw new Error(`esbuild's metafile has no ${repositoryPath(outfile)}`);

  // Modules by original source, with their minified bytes from the metafile.
  /** @type {Map<string, { module: string, minBytes: number }>} */
  const modules = new Map();
  /** @type {Map<string, string>} original source (absolute) → module name */
  const moduleOfSource = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(metaOutput.inputs)) {
    if (bytesInOutput === 0) continue;
    const inputPath = resolve(repositoryRoot, input);
    const module = await moduleName(inputPath);
    modules.set(module, { module, minBytes: bytesInOutput });
    moduleOfSource.set(resolve(repositoryRoot, 'node_modules', module), module);
    moduleOfSource.set(resolve(repositoryRoot, module), module);
  }

  // The output, cut into pieces owned by a module (or by none) through the source map.
  // A segment owns the output up to the next segment, across line ends (template
  // literals keep their newlines in minified code).
  const sourceMap = JSON.parse(map.text);
  const outputDirectory = dirname(outfile);
  const ownerOfSource = sourceMap.sources.map((source) =>
    moduleOfSource.get(resolve(outputDirectory, sourceMap.sourceRoot ?? '', source)),
  );
  /** @type {{ text: string, module: string | undefined }[]} */
  const pieces = [];
  const codeLines = code.split('\n');
  const mappedLines = decodeMappings(sourceMap.mappings);
  /** @type {string | undefined} */
  let owner;
  codeLines.forEach((line, lineIndex) => {
    const segments = mappedLines[lineIndex] ?? [];
    pieces.push({ text: line.slice(0, segments[0]?.column ?? line.length), module: owner });
    segments.forEach((segment, index) => {
      owner = segment.source === undefined ? undefined : ownerOfSource[segment.source];
      const end = segments[index + 1]?.column ?? line.length;
      pieces.push({ text: line.slice(segment.column, end), module: owner });
    });
    if (lineIndex < codeLines.length - 1) pieces.push({ text: '\n', module: owner });
  });
  if (pieces.map((piece) => piece.text).join('') !== code) {
    throw new Error(`The source map of ${repositoryPath(outfile)} does not cover its code`);
  }

  const gzipBytes = gzipSize(bytes);
  const without = (module) =>
    Buffer.from(
      pieces
        .filter((piece) => piece.module !== module)
        .map((piece) => piece.text)
        .join(''),
    );
  const measuredModules = [...modules.values()]
    .map((entry) => ({ ...entry, gzipBytes: gzipBytes - gzipSize(without(entry.module)) }))
    .sort((a, b) => b.minBytes - a.minBytes);

  return {
    name,
    description: bundles[name].description,
    file: repositoryPath(outfile),
    code: bytes,
    minBytes: bytes.byteLength,
    gzipBytes,
    brotliBytes: brotliSize(bytes),
    modules: measuredModules,
  };
}

/**
 * The three bundles. The files of the browser build must equal the files on disk, so
 * that the figures are those of what ships.
 */
export async function measureSizes() {
  const singleFile = await measureBundle('single-file build');
  const flow = await measureBundle('sign-in flow');
  for (const written of [singleFile, flow]) {
    const onDisk = await readFile(resolve(repositoryRoot, written.file)).catch(() => undefined);
    if (!onDisk?.equals(written.code)) {
      throw new Error(
        `${written.file} is missing or older than dist/src: run \`npm run build\` first.`,
      );
    }
  }
  return [singleFile, await measureBundle('our code alone'), flow];
}

const bytes = (count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const kilobytes = (count) => `${(count / 1000).toFixed(1)} KB`;

/** `src/flow/states.ts` → `src/flow/`, `src/messages.ts` → itself, `@lit/context/src/…` → `@lit/context`. */
function groupOf(module) {
  if (module.startsWith('src/')) {
    const parts = module.split('/');
    return parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : module;
  }
  const parts = module.split('/');
  return module.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? module);
}

/** The per-bundle totals and per-module tables, as Markdown. */
export function formatSizes(measured) {
  const lines = [
    '| bundle | minified | gzip -9 | brotli -11 |',
    '| --- | ---: | ---: | ---: |',
    ...measured.map(
      (bundle) =>
        `| ${bundle.name} (${bundle.description}) ` +
        `| ${kilobytes(bundle.minBytes)} | ${kilobytes(bundle.gzipBytes)} | ${kilobytes(bundle.brotliBytes)} |`,
    ),
  ];
  for (const bundle of measured) {
    const attributed = bundle.modules.reduce((sum, module) => sum + module.minBytes, 0);
    lines.push(
      '',
      `${bundle.name}, per module (minified bytes from esbuild's metafile; gzip: bytes the gzipped bundle loses without the module)`,
      '',
      '| module | minified B | gzip B |',
      '| --- | ---: | ---: |',
      ...bundle.modules.map(
        (module) => `| ${module.module} | ${bytes(module.minBytes)} | ${bytes(module.gzipBytes)} |`,
      ),
      `| (esbuild's module glue, legal and source-map comments) | ${bytes(bundle.minBytes - attributed)} | |`,
    );
    /** @type {Map<string, { minBytes: number, gzipBytes: number }>} */
    const groups = new Map();
    for (const module of bundle.modules) {
      const group = groups.get(groupOf(module.module)) ?? { minBytes: 0, gzipBytes: 0 };
      group.minBytes += module.minBytes;
      group.gzipBytes += module.gzipBytes;
      groups.set(groupOf(module.module), group);
    }
    lines.push(
      '',
      `${bundle.name}, by directory or package (sums of the module figures)`,
      '',
      '| directory or package | minified B | gzip B |',
      '| --- | ---: | ---: |',
      ...[...groups.entries()]
        .sort(([, a], [, b]) => b.minBytes - a.minBytes)
        .map(
          ([group, sums]) => `| ${group} | ${bytes(sums.minBytes)} | ${bytes(sums.gzipBytes)} |`,
        ),
    );
  }
  return lines.join('\n');
}

/** The per-module figures `check-size-budget.mjs` compares against. */
export function baselineOf(measured) {
  return Object.fromEntries(
    measured.map((bundle) => [
      bundle.name,
      {
        minBytes: bundle.minBytes,
        gzipBytes: bundle.gzipBytes,
        brotliBytes: bundle.brotliBytes,
        modules: Object.fromEntries(
          bundle.modules.map((module) => [
            module.module,
            { minBytes: module.minBytes, gzipBytes: module.gzipBytes },
          ]),
        ),
      },
    ]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const measured = await measureSizes();
  if (process.argv.includes('--update-baseline')) {
    await writeFile(baselinePath, `${JSON.stringify(baselineOf(measured), null, 2)}\n`);
    console.log(`wrote ${repositoryPath(baselinePath)}`);
  } else if (process.argv.includes('--json')) {
    console.log(JSON.stringify(baselineOf(measured), null, 2));
  } else {
    console.log(formatSizes(measured));
  }
}
