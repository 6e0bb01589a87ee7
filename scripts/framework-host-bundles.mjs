/**
 * A web-test-runner plugin that serves React 19 and Vue 3 to the host tests
 * (`test/hosts/*.test.ts`), so those tests can import `react`, `react-dom/client` and
 * `vue` by their bare names, with default and named imports, as an application would.
 *
 * The test server cannot serve these packages file by file: React ships only CommonJS,
 * and both React and Vue's bundler build read `process.env.NODE_ENV`, which a browser
 * does not have. So esbuild bundles them once, on first request, into ES modules with
 * their development builds chosen (`NODE_ENV` "development", as a developer's dev
 * server would). The three entry points share one chunk, so `react` and
 * `react-dom/client` use the same copy of React. A CommonJS package bundled as an ES
 * module only has a default export, so each entry also re-exports, by name, every
 * export the package has in Node.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { build } from 'esbuild';

/** The URL path the bundles are served under. */
const bundlePath = '/__framework-hosts/';

/** Bare import name → the served entry file that replaces it. */
const bundledEntries = {
  react: 'react.js',
  'react-dom/client': 'react-dom-client.js',
  vue: 'vue.js',
};

/** Vue's compile-time feature flags, set as a Vue application's bundler sets them by default. */
const vueFeatureFlags = {
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
};

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
 * An esbuild plugin giving each bare name an entry module that re-exports the package's
 * default export and each of its exports by name.
 */
function namedReexportEntries(projectRoot) {
  return {
    name: 'named-reexport-entries',
    setup(esbuild) {
      esbuild.onResolve({ filter: /.*/ }, ({ path, kind }) =>
        kind === 'entry-point' && path in bundledEntries
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

/** Builds every bundle in memory; resolves to a map of served path → JavaScript source. */
async function bundleFrameworks(projectRoot) {
  // Nothing is written: the directory only names the output files.
  const outdir = join(projectRoot, bundlePath);
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: Object.entries(bundledEntries).map(([packageName, file]) => ({
      in: packageName,
      out: file.replace(/\.js$/, ''),
    })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    write: false,
    logLevel: 'silent',
    plugins: [namedReexportEntries(projectRoot)],
    define: { 'process.env.NODE_ENV': '"development"', ...vueFeatureFlags },
  });
  return new Map(
    result.outputFiles.map((output) => [
      `${bundlePath}${output.path.slice(outdir.length)}`,
      output.text,
    ]),
  );
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function frameworkHostBundlesPlugin({ projectRoot }) {
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundles;
  return {
    name: 'framework-host-bundles',
    resolveImport({ source }) {
      const file = bundledEntries[source];
      return file ? `${bundlePath}${file}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(bundlePath)) return undefined;
      bundles ??= bundleFrameworks(projectRoot);
      const body = (await bundles).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
