/**
 * The typings the package ships for each host (`dist/frameworks/*.d.ts` and the
 * `HTMLElementEventMap` augmentation, made by `npm run build`) type-check a small page
 * of that host with the host's own checker, and reject a page with a mistake:
 *
 * - React 19, Preact and Solid: `tsc` (one program; each file picks its JSX with
 *   `@jsxImportSource`);
 * - Vue 3: `vue-tsc` with strict templates;
 * - Svelte 5: `svelte-check`;
 * - Angular: Angular's compiler (`@angular/compiler-cli`, as `ngc` runs it) with strict
 *   templates, which types a DOM event's `$event` from `HTMLElementEventMap`.
 *
 * The pages import the package by its name, so they resolve through package.json's
 * `exports` to the built files, as an application's would. Where a host reads a
 * generated typing (all but Angular), declaration files are checked too
 * (`skipLibCheck: false`), so an error inside a generated typing fails its host. Every
 * checker must report nothing but the expected error of each negative file.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import type { Diagnostic as TypeScriptDiagnostic } from 'typescript';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(projectRoot, 'test', 'types', 'fixtures');
const binaries = join(projectRoot, 'node_modules', '.bin');

/** One error a checker reported: the file, relative to `test/types/fixtures/`, and its text. */
interface Diagnostic {
  readonly file: string;
  readonly message: string;
}

/** Runs a checker that exits non-zero on errors; resolves to everything it printed. */
async function runChecker(command: string, args: readonly string[], cwd = projectRoot) {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(binaries, command), args, {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    if (stdout === undefined) throw error;
    return stdout + (stderr ?? '');
  }
}

/** `file(line,col): error TS…: message` lines, as `tsc` and `vue-tsc` print them with `--pretty false`. */
function parseTypeScriptOutput(output: string): Diagnostic[] {
  return [...output.matchAll(/^(.+?)\(\d+,\d+\): error (TS\d+: .*(?:\n {2}.*)*)$/gm)].map(
    ([, file, message]) => ({
      file: relative(fixtures, join(projectRoot, file ?? '')),
      message: message ?? '',
    }),
  );
}

async function checkWithTsc(directory: string): Promise<Diagnostic[]> {
  const tsconfig = join(fixtures, directory, 'tsconfig.json');
  return parseTypeScriptOutput(await runChecker('tsc', ['-p', tsconfig, '--pretty', 'false']));
}

async function checkWithVueTsc(directory: string): Promise<Diagnostic[]> {
  const tsconfig = join(fixtures, directory, 'tsconfig.json');
  return parseTypeScriptOutput(await runChecker('vue-tsc', ['-p', tsconfig, '--pretty', 'false']));
}

/**
 * svelte-check's `--output machine` lines: `<time> ERROR "<file>" <line>:<col> "<message>"`,
 * file and message as JSON strings.
 */
async function checkWithSvelteCheck(directory: string): Promise<Diagnostic[]> {
  const workspace = join(fixtures, directory);
  const output = await runChecker('svelte-check', [
    '--workspace',
    workspace,
    '--tsconfig',
    './tsconfig.json',
    '--output',
    'machine',
    '--fail-on-warnings',
  ]);
  return [...output.matchAll(/^\d+ (?:ERROR|WARNING) ("(?:[^"\\]|\\.)*") \d+:\d+ (".*")$/gm)].map(
    ([, file, message]) => ({
      file: join(directory, JSON.parse(file ?? '""') as string),
      message: JSON.parse(message ?? '""') as string,
    }),
  );
}

/**
 * The part of `@angular/compiler-cli` that `ngc -p` runs. Its declarations use
 * extensionless relative imports, which this project's NodeNext resolution does not
 * follow, so the two functions are typed here.
 */
interface AngularCompilerCli {
  readConfiguration(tsconfigPath: string): {
    rootNames: string[];
    options: object;
    emitFlags: number;
  };
  performCompilation(input: { rootNames: string[]; options: object; emitFlags: number }): {
    diagnostics: readonly TypeScriptDiagnostic[];
  };
}

/** Angular's compiler, as `ngc -p` runs it, on the directory's tsconfig.json. */
async function checkWithAngularCompiler(directory: string): Promise<Diagnostic[]> {
  const compilerCli = (await import('@angular/compiler-cli')) as unknown as AngularCompilerCli;
  const { flattenDiagnosticMessageText } = (await import('typescript')).default;
  const configuration = compilerCli.readConfiguration(join(fixtures, directory, 'tsconfig.json'));
  const { diagnostics } = compilerCli.performCompilation(configuration);
  return diagnostics.map((diagnostic) => ({
    file: diagnostic.file ? relative(fixtures, diagnostic.file.fileName) : '(no file)',
    message: flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

/** Each checker, run once for all the host files it checks. */
const checkers = {
  tsc: () => checkWithTsc('jsx'),
  'vue-tsc': () => checkWithVueTsc('vue'),
  'svelte-check': () => checkWithSvelteCheck('svelte'),
  'Angular compiler': () => checkWithAngularCompiler('angular'),
} satisfies Record<string, () => Promise<Diagnostic[]>>;
type CheckerName = keyof typeof checkers;

/**
 * Starts every checker, two at a time (sized for a 2-core machine), and keeps each
 * one's result for the tests that read it.
 */
function startCheckers(): Map<CheckerName, Promise<Diagnostic[]>> {
  const results = new Map<CheckerName, Promise<Diagnostic[]>>();
  const runningSlots: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  for (const name of Object.keys(checkers) as CheckerName[]) {
    const result = runningSlots.shift()!.then(() => checkers[name]());
    runningSlots.push(result.catch(() => undefined));
    results.set(name, result);
  }
  return results;
}

interface HostCase {
  readonly host: string;
  readonly checker: CheckerName;
  /** The page that uses the elements correctly: it must type-check. */
  readonly page: string;
  /** Pages with one mistake each, and the error the checker must report for it. */
  readonly mistakes: readonly { file: string; mistake: string; error: string }[];
}

const hostCases: readonly HostCase[] = [
  {
    host: 'React 19',
    checker: 'tsc',
    page: 'jsx/react-sign-in-page.tsx',
    mistakes: [
      {
        file: 'jsx/react-unknown-detail.tsx',
        mistake: '`event.detail.nope` in an `onclerk-mfa-complete` handler',
        error: "Property 'nope' does not exist on type 'CompleteDetail'.",
      },
      {
        file: 'jsx/react-misspelled-property.tsx',
        mistake: 'the property `localisation`',
        error: "Property 'localisation' does not exist on type",
      },
    ],
  },
  {
    host: 'Preact',
    checker: 'tsc',
    page: 'jsx/preact-sign-in-page.tsx',
    mistakes: [
      {
        file: 'jsx/preact-unknown-detail.tsx',
        mistake: '`event.detail.nope` in an `onclerk-mfa-error` handler',
        error: "Property 'nope' does not exist on type 'ErrorDetail'.",
      },
    ],
  },
  {
    host: 'Solid',
    checker: 'tsc',
    page: 'jsx/solid-sign-in-page.tsx',
    mistakes: [
      {
        file: 'jsx/solid-unknown-detail.tsx',
        mistake: '`event.detail.nope` in an `on:clerk-mfa-code-sent` handler',
        error: "Property 'nope' does not exist on type 'CodeSentDetail'.",
      },
    ],
  },
  {
    host: 'Vue 3',
    checker: 'vue-tsc',
    page: 'vue/SignInPage.vue',
    mistakes: [
      {
        file: 'vue/UnknownDetail.vue',
        mistake: '`event.detail.nope` in a `@clerk-mfa-complete` handler',
        error: "Property 'nope' does not exist on type 'CompleteDetail'.",
      },
      {
        file: 'vue/MisspelledProperty.vue',
        mistake: 'the attribute `publishabel-key`',
        error: "'publishabelKey' does not exist in type",
      },
    ],
  },
  {
    host: 'Svelte 5',
    checker: 'svelte-check',
    page: 'svelte/SignInPage.svelte',
    mistakes: [
      {
        file: 'svelte/UnknownDetail.svelte',
        mistake: '`event.detail.nope` in an `onclerk-mfa-complete` handler',
        error: "Property 'nope' does not exist on type 'CompleteDetail'.",
      },
      {
        file: 'svelte/MisspelledProperty.svelte',
        mistake: 'the attribute `publishabel-key`',
        error: `'"publishabel-key"' does not exist in type`,
      },
    ],
  },
  {
    host: 'Angular',
    checker: 'Angular compiler',
    page: 'angular/sign-in-page.component.ts',
    mistakes: [
      {
        file: 'angular/unknown-detail.component.ts',
        mistake: '`$event.detail.nope` in a `(clerk-mfa-complete)` binding',
        error: "Property 'nope' does not exist on type 'CompleteDetail'.",
      },
      {
        file: 'angular/wrong-event-class.component.ts',
        mistake: 'a `(clerk-mfa-complete)` handler that takes a ClerkMfaErrorEvent',
        error:
          "Argument of type 'ClerkMfaCompleteEvent' is not assignable to parameter of type 'ClerkMfaErrorEvent'.",
      },
    ],
  },
];

describe('the typings shipped for each host', () => {
  let results: Map<CheckerName, Promise<Diagnostic[]>>;
  before(() => {
    assert.ok(
      existsSync(join(projectRoot, 'dist', 'frameworks')),
      'dist/frameworks/ is missing: run `npm run build` first.',
    );
    results = startCheckers();
  });
  const diagnosticsOf = (checker: CheckerName) => results.get(checker)!;

  for (const { host, checker, page, mistakes } of hostCases) {
    describe(`${host} (${checker})`, () => {
      it(`type-checks ${page}`, async () => {
        const diagnostics = await diagnosticsOf(checker);
        assert.deepEqual(
          diagnostics.filter((diagnostic) => diagnostic.file === page),
          [],
        );
      });

      for (const { file, mistake, error } of mistakes) {
        it(`rejects ${mistake} (${file})`, async () => {
          const reported = (await diagnosticsOf(checker)).filter(
            (diagnostic) => diagnostic.file === file,
          );
          assert.ok(
            reported.some((diagnostic) => diagnostic.message.includes(error)),
            `${checker} did not report "${error}" in ${file}; it reported: ${JSON.stringify(reported)}`,
          );
        });
      }
    });
  }

  it('reports no error in any other file, the generated typings included', async () => {
    const expectedFiles = new Set(hostCases.flatMap(({ mistakes }) => mistakes.map((m) => m.file)));
    const checkerNames = [...new Set(hostCases.map(({ checker }) => checker))];
    const unexpected = (await Promise.all(checkerNames.map(diagnosticsOf)))
      .flat()
      .filter((diagnostic) => !expectedFiles.has(diagnostic.file));
    assert.deepEqual(unexpected, []);
  });
});
