// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Offsets are Unicode code points by design (W3C TextPositionSelector), so [...text] is intended.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The article is rendered from canonical text as text nodes: no HTML from anywhere reaches the DOM.
      'no-restricted-syntax': [
        'error',
        ...[
          ["JSXAttribute[name.name='dangerouslySetInnerHTML']", 'dangerouslySetInnerHTML'],
          ['AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', 'innerHTML/outerHTML'],
          [
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|write|writeln)$/]',
            'HTML parsing calls',
          ],
          ["NewExpression[callee.name='DOMParser']", 'DOMParser'],
          [
            "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
            'eval / new Function',
          ],
        ].map(([selector, what]) => ({
          selector,
          message: `No ${what} in the renderer: render text as text nodes (issue 7).`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer talks to main only through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', ...nodeBuiltins],
              message: 'shared/ is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services run without Electron (CLI, tests, harness).' }] },
      ],
    },
  },
  {
    // Only the two generic wrappers may touch raw IPC.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc-main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]',
          message: 'Use the typed wrappers in ipc-main.ts / preload.ts.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', '*.config.ts', '*.config.js', '.ci/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: globals.node },
    // Playwright fixtures that need no other fixture are written `async ({}, use) => …`.
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['eslint.config.js', '.ci/**/*.js', 'scripts/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
