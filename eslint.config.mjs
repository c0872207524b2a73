// Layer fences (invariant I1, STYLE.md §2.1): each folder may import only what its runtime has.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const why = 'see STYLE.md §2.1 and ARCHITECTURE.md invariant I1';

const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**', 'tests/fixtures/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      nodeBuiltins.map((name) => ({ name, message: `shared/ stays platform-free: no Node builtins (${why}).` })).concat(
        ['electron', 'react', 'react-dom', 'dexie', 'zustand', 'pdfjs-dist', 'ws'].map((name) => ({
          name,
          message: `shared/ stays platform-free: no ${name} (${why}).`,
        })),
      ),
      [{ group: ['**/src-main/**', '**/src-renderer/**'], message: `shared/ must not import an app layer (${why}).` }],
    ),
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', '__dirname', 'require'].map((name) => ({
          name,
          message: `shared/ has neither the DOM nor Node: ${name} is not available (${why}).`,
        })),
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      nodeBuiltins.map((name) => ({ name, message: `The renderer runs in a browser sandbox: no Node builtins (${why}).` })).concat([
        { name: 'electron', message: `The renderer talks to main only through window.tamga (${why}).` },
      ]),
      [{ group: ['**/src-main/**', '**/src-main'], message: `The renderer never imports main-process code (${why}).` }],
    ),
  },
  {
    files: ['src-main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([], [{ group: ['**/src-renderer/**', '**/src-renderer'], message: `Main never imports the renderer (${why}).` }]),
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: restrict(
      [{ name: 'electron', message: `Only src-main/electron/ touches Electron; everything else must run under plain Node (${why}, I3).` }],
      [{ group: ['**/src-renderer/**', '**/src-renderer'], message: `Main never imports the renderer (${why}).` }],
    ),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
