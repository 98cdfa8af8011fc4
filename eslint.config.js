// `npm run lint`: the layers of DESIGN.md, no import cycles, no focused tests, no insecure window
// settings, and typescript-eslint's recommended rules (syntax only: type-aware linting is too slow
// for the build machines).
import { defineConfig, globalIgnores } from 'eslint/config';
import { importCycles } from './tools/eslint/importCycles.js';
import { focusedTests, insecureWindowSettings, writableHandles } from './tools/eslint/checks.js';
import { layersWithoutNode, layerZones } from './tools/eslint/layers.js';
import { createNodeResolver, importX, tseslint } from './tools/eslint/plugins.js';

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'release/', 'coverage/', 'test-results/', 'playwright-report/', '.native-electron/', '.tmp/']),
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, secretariat: importCycles },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      'secretariat/no-import-cycle': 'error',
      // The code already marks the regular expressions that mean to match control characters.
      'no-control-regex': 'error',
      // tsc's convention (noUnusedParameters, noUnusedLocals): a leading underscore, or a rest sibling.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: layersWithoutNode.map((layer) => `src/${layer}/**`),
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    files: ['src/**'],
    ignores: ['src/core/vault/handles.ts'],
    rules: { 'no-restricted-syntax': ['error', ...focusedTests, ...insecureWindowSettings, ...writableHandles] },
  },
  {
    files: ['src/core/vault/handles.ts'],
    rules: { 'no-restricted-syntax': ['error', ...focusedTests, ...insecureWindowSettings] },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': ['error', ...focusedTests] },
  },
]);
