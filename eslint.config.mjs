/**
 * ESLint flat config. `npm run lint` runs it with `--max-warnings 0`, then `prettier --check`.
 *
 * - TypeScript everywhere: typescript-eslint's type-checked recommended rules (types come
 *   from tsconfig.json through the project service); plain JavaScript files (.mjs, .cjs)
 *   get the same rules without type information.
 * - Browser code (`src/`) and browser tests: eslint-plugin-lit (templates),
 *   eslint-plugin-lit-a11y (accessibility of templates) and, for the elements,
 *   eslint-plugin-wc (custom element rules).
 * - Node code (the `emulator/` workspace with its tests, `scripts/`, `benchmarks/`, config
 *   files): Node globals.
 */
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11yPlugin from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'emulator/dist/',
    'coverage/',
    'test-results/',
    'node_modules/',
    'custom-elements.json',
    // Host pages, some wrong on purpose, checked by each host's own type checker.
    'test/types/fixtures/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Browser code: the elements and their tests.
  {
    files: ['src/**/*.ts', 'test/**/*.{ts,js,mjs}', 'demo/**/*.{ts,js,mjs}'],
    extends: [litPlugin.configs['flat/recommended'], litA11yPlugin.configs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // Lit calls event listeners bound in templates (`@input=${this.updateName}`) with
      // `this` set to the host element, so passing a method unbound there is correct.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [wcPlugin.configs['flat/best-practice']],
    rules: {
      // LitElement always defines the lifecycle callbacks, so calling super unguarded is right.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
  },
  {
    files: ['test/**/*.ts', 'emulator/test/**/*.ts', 'demo/**/*.test.ts'],
    rules: {
      // chai's property assertions (`expect(form).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a promise, which would
      // flag every `expect(a).to.equal(b)`; `equal` is synchronous. node:test's `describe`
      // and `it` return promises that the runner itself awaits. Truly asynchronous
      // assertions such as `expect(el).to.be.accessible()` must still be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
    },
  },

  // Node code: the emulator workspace and its tests, the scripts and the tool configs.
  {
    files: ['emulator/**', 'scripts/**', 'benchmarks/**', '*.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts the benchmark's pages run in the browser.
    files: ['benchmarks/pages/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmark's Node modules hand functions to puppeteer that run in the page.
    files: ['benchmarks/lib/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Runs in the browser test pages, next to mocha.
    files: ['scripts/browser-test-guards.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
);
