import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Site test doubles run in the routed page; sim-core.js defines installSiteDouble and
    // installImageSiteDouble for them, and SITE_FLOW holds their flow's selectors (paths.mjs).
    files: ['tests/sites/*/*.sim.js'],
    languageOptions: {
      globals: {
        installSiteDouble: 'readonly',
        installImageSiteDouble: 'readonly',
        SITE_FLOW: 'readonly',
      },
    },
  },
);
