import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'test/output/', '.scratch/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  // Recommended Svelte rules; among them svelte/no-at-html-tags forbids {@html}.
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        // Defined at build time by src/build/embeds-plugin.ts.
        __DATA_VERSION__: 'readonly',
        __COMPILED_DATE__: 'readonly',
        __PUBLIC_URL__: 'readonly',
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Everything but the Node side (src/node, src/cli, src/build, the
    // workbench's server and workspace) runs in browsers too: no Node
    // built-ins, and nothing from the Node side.
    files: ['src/**'],
    ignores: [
      'src/node/**',
      'src/cli/**',
      'src/build/**',
      'src/curate/server/**',
      'src/curate/workspace/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'shared and browser code must not import Node built-ins',
            },
            {
              group: [
                '**/node/*',
                '**/cli/*',
                '**/build/*',
                '**/curate/server/*',
                '**/curate/workspace/*',
              ],
              message: 'shared and browser code must not import the Node side',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
