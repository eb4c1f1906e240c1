// ESLint (typescript-eslint, syntax-level rules). typescript-eslint needs
// TypeScript's JavaScript API, which TypeScript 7 does not have: the
// `typescript` package is 5.9 for linting, and `npm run typecheck` runs
// TypeScript 7 (the `typescript7` alias) as toolchain.md verified.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'scripts/lexicons/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { browser: 'readonly', chrome: 'readonly', defineBackground: 'readonly', defineContentScript: 'readonly' },
    },
    rules: {
      // Browser and Node globals are checked by TypeScript.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // User text never goes into HTML: no HTML sinks, no string evaluation (see tests/unit/no-html.test.ts).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write HTML: use text nodes (user text must not become markup).' },
        { property: 'outerHTML', message: 'Never write HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never write HTML.' },
        { property: 'write', object: 'document', message: 'Never write HTML.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never write HTML.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests may build fixture DOM from literal markup.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
