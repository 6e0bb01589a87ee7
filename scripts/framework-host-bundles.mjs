/**
 * A web-test-runner plugin that serves the frameworks of the host tests
 * (`test/hosts/*.test.ts`) and builds their host pages the way each framework builds an
 * application, so those tests import `react`, `react-dom/client`, `vue`, `svelte`,
 * `@angular/core` and `@angular/platform-browser` by their bare names, and a page by its
 * own path (`./svelte/SignInPage.svelte`, `./angular/sign-in-page.component.js`):
 *
 * - Svelte pages (`test/hosts/**\/*.svelte`) are compiled by Svelte's compiler
 *   (`svelte/compiler`, client output, dev mode), as its Vite and esbuild plugins do.
 * - Angular pages (`test/hosts/**\/*.component.ts`) are compiled ahead of time by
 *   Angular's compiler (`@angular/compiler-cli`, as `ngc` runs it, strict templates;
 *   a template error fails the build), and Angular's own packages, published partially
 *   compiled, are finished by Angular's linker (its Babel plugin), as Angular's
 *   application builder does. Nothing is compiled in the browser.
 *
 * The test server cannot serve these packages file by file: React ships only CommonJS,
 * and React, Vue and Svelte read `process.env.NODE_ENV` or build conditions. So esbuild
 * bundles everything once, on first request, into ES modules with the development builds
 * chosen (`NODE_ENV` "development", the `development` condition, as a developer's dev
 * server would). All entry points share chunks, so a page and the test that mounts it use
 * the same copy of their framework. A CommonJS package bundled as an ES module only has a
 * default export, so each CommonJS entry also re-exports, by name, every export the
 * package has in Node.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

import { build } from 'esbuild';

/** The URL path the bundles are served under. */
const bundlePath = '/__framework-hosts/';

/** Where host pages live, relative to the project root. */
const hostPagesDirectory = 'test/hosts';

/** Bare import name → the served entry file that replaces it. */
const packageEntries = {
  react: 'react.js',
  'react-dom/client': 'react-dom-client.js',
  vue: 'vue.js',
  svelte: 'svelte.js',
  '@angular/core': 'angular-core.js',
  '@angular/platform-browser': 'angular-platform-browser.js',
};

/** The entries that are CommonJS packages (or have a CommonJS build that bundlers read). */
const commonJsEntries = new Set(['react', 'react-dom/client', 'vue']);

/** Vue's compile-time feature flags, set as a Vue application's bundler sets them by default. */
const vueFeatureFlags = {
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
};

/** Host pages that need compiling: Svelte components and Angular components. */
const isSveltePage = (path) => path.endsWith('.svelte');
const isAngularPage = (path) => path.endsWith('.component.ts');

/** Every host page under `test/hosts/`, as paths relative to the project root. */
function findHostPages(projectRoot) {
  return readdirSync(join(projectRoot, hostPagesDirectory), { recursive: true, encoding: 'utf8' })
    .map((file) => posix.join(hostPagesDirectory, file.split('\\').join('/')))
    .filter((file) => isSveltePage(file) || isAngularPage(file));
}

/** The served path of a host page: `test/hosts/svelte/SignInPage.svelte` → `…/pages/svelte/SignInPage.js`. */
function servedPagePath(page) {
  const withinHosts = posix.relative(hostPagesDirectory, page);
  return `${bundlePath}pages/${withinHosts.replace(/\.(svelte|ts)$/, '.js')}`;
}

/**
 * The names a package exports, read by loading it in a separate Node process: loading
 * React or Vue logs to the console, which the test runner has taken over in its own.
 */
function exportNamesOf(packageName, projectRoot) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(packageName)}))))`;
  const names = JSON.parse(
    execFileSync(process.execPath, ['-e', script], { cwd: projectRoot, encoding: 'utf8' }),
  );
  return names.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
}

/**
 * An esbuild plugin giving each CommonJS bare name an entry module that re-exports the
 * package's default export and each of its exports by name.
 */
function namedReexportEntries(projectRoot) {
  return {
    name: 'named-reexport-entries',
    setup(esbuild) {
      esbuild.onResolve({ filter: /.*/ }, ({ path, kind }) =>
        kind === 'entry-point' && commonJsEntries.has(path)
          ? { path, namespace: 'framework-entry' }
          : undefined,
      );
      esbuild.onLoad({ filter: /.*/, namespace: 'framework-entry' }, ({ path }) => {
        const exportNames = exportNamesOf(path, projectRoot);
        return {
          contents: [
            `import * as framework from ${JSON.stringify(path)};`,
            `const exported = framework.default ?? framework;`,
            'export default exported;',
            ...exportNames.map((name) => `export const ${name} = exported.${name};`),
          ].join('\n'),
          resolveDir: projectRoot,
        };
      });
    },
  };
}

/** An esbuild plugin compiling `.svelte` files with Svelte's compiler; a warning fails the build. */
function svelteCompiler() {
  return {
    name: 'svelte-compiler',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
        const { compile } = await import('svelte/compiler');
        const { js, warnings } = compile(readFileSync(path, 'utf8'), {
          filename: path,
          generate: 'client',
          dev: true,
        });
        if (warnings.length > 0) {
          return {
            errors: warnings.map((warning) => ({ text: `${warning.code}: ${warning.message}` })),
          };
        }
        return { contents: js.code, loader: 'js' };
      });
    },
  };
}

/**
 * Compiles the Angular pages ahead of time with Angular's compiler, in memory.
 * Resolves to a map of page path (absolute) → emitted JavaScript; rejects with the
 * compiler's diagnostics when a page or its template has an error.
 */
async function compileAngularPages(projectRoot, pages) {
  if (pages.length === 0) return new Map();
  const { performCompilation } = await import('@angular/compiler-cli');
  const ts = (await import('typescript')).default;
  const outDir = join(projectRoot, '.angular-aot');
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    rootDir: projectRoot,
    outDir,
    // Angular's compiler options, as an application's tsconfig.json sets them.
    strictTemplates: true,
    strictInjectionParameters: true,
  };
  const host = ts.createCompilerHost(options);
  const emitted = new Map();
  host.writeFile = (fileName, text) => emitted.set(fileName, text);
  const rootNames = pages.map((page) => join(projectRoot, page));
  const { diagnostics } = performCompilation({ rootNames, options, host });
  const errors = diagnostics.filter((diagnostic) => diagnostic.category === 1);
  if (errors.length > 0) {
    throw new Error(
      `Angular's compiler rejected the host pages:\n${ts.formatDiagnostics(errors, {
        getCanonicalFileName: (fileName) => fileName,
        getCurrentDirectory: () => projectRoot,
        getNewLine: () => '\n',
      })}`,
    );
  }
  return new Map(
    rootNames.map((page) => {
      const output = join(outDir, relative(projectRoot, page)).replace(/\.ts$/, '.js');
      const code = emitted.get(output);
      if (code === undefined) throw new Error(`Angular's compiler emitted nothing for ${page}`);
      return [page, code];
    }),
  );
}

/**
 * An esbuild plugin that gives each Angular page its ahead-of-time compiled code, and
 * runs Angular's linker over Angular's packages (partially compiled as published).
 */
async function angularCompiler(projectRoot, angularPages) {
  const compiledPages = await compileAngularPages(projectRoot, angularPages);
  const { createEs2015LinkerPlugin } = await import('@angular/compiler-cli/linker/babel');
  const { needsLinking } = await import('@angular/compiler-cli/linker');
  const { ConsoleLogger, LogLevel, NodeJSFileSystem } = await import('@angular/compiler-cli');
  const { transformAsync } = await import('@babel/core');
  const linker = createEs2015LinkerPlugin({
    fileSystem: new NodeJSFileSystem(),
    logger: new ConsoleLogger(LogLevel.warn),
    linkerJitMode: false,
  });
  return {
    name: 'angular-compiler',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.component\.ts$/ }, ({ path }) => {
        const code = compiledPages.get(path);
        return code === undefined ? undefined : { contents: code, loader: 'js' };
      });
      esbuild.onLoad(
        { filter: /[\\/]node_modules[\\/]@angular[\\/].*\.mjs$/ },
        async ({ path }) => {
          const source = readFileSync(path, 'utf8');
          if (!needsLinking(path, source)) return { contents: source, loader: 'js' };
          const linked = await transformAsync(source, {
            filename: path,
            babelrc: false,
            configFile: false,
            compact: false,
            sourceMaps: false,
            plugins: [linker],
          });
          return { contents: linked?.code ?? source, loader: 'js' };
        },
      );
    },
  };
}

/** Builds every bundle in memory; resolves to a map of served path → JavaScript source. */
async function bundleFrameworks(projectRoot) {
  const pages = findHostPages(projectRoot);
  // Nothing is written: the directory only names the output files.
  const outdir = join(projectRoot, bundlePath);
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: [
      ...Object.entries(packageEntries).map(([packageName, file]) => ({
        in: packageName,
        out: file.replace(/\.js$/, ''),
      })),
      ...pages.map((page) => ({
        in: `./${page}`,
        out: servedPagePath(page).slice(bundlePath.length).replace(/\.js$/, ''),
      })),
    ],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    write: false,
    logLevel: 'silent',
    conditions: ['development', 'module'],
    plugins: [
      namedReexportEntries(projectRoot),
      svelteCompiler(),
      await angularCompiler(projectRoot, pages.filter(isAngularPage)),
    ],
    define: { 'process.env.NODE_ENV': '"development"', ...vueFeatureFlags },
  });
  return new Map(
    result.outputFiles.map((output) => [
      `${bundlePath}${relative(outdir, output.path).split('\\').join('/')}`,
      output.text,
    ]),
  );
}

/**
 * The served path for an import of a host page from a test (`./svelte/SignInPage.svelte`,
 * `./angular/sign-in-page.component.js`), or undefined for any other import.
 */
function hostPageImport(source, importerPath) {
  if (!source.startsWith('.')) return undefined;
  const imported = posix.join(posix.dirname(importerPath), source).replace(/^\//, '');
  if (!imported.startsWith(`${hostPagesDirectory}/`)) return undefined;
  if (isSveltePage(imported)) return servedPagePath(imported);
  if (imported.endsWith('.component.js')) return servedPagePath(imported.replace(/\.js$/, '.ts'));
  return undefined;
}

/**
 * Must come before the esbuild plugin in the test runner's plugins, which would
 * otherwise serve an Angular page's TypeScript as it is.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function frameworkHostBundlesPlugin({ projectRoot }) {
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundles;
  return {
    name: 'framework-host-bundles',
    resolveImport({ source, context }) {
      const file = packageEntries[source];
      return file ? `${bundlePath}${file}` : hostPageImport(source, context.path);
    },
    async serve(context) {
      if (!context.path.startsWith(bundlePath)) return undefined;
      bundles ??= bundleFrameworks(projectRoot);
      const body = (await bundles).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
