// ESLint (typescript-eslint, syntax-level rules). typescript-eslint needs
// TypeScript's JavaScript API, which TypeScript 7 does not have: the
// `typescript` package is 5.9 for linting, and `npm run typecheck` runs
// TypeScript 7 (the `typescript7` alias) as the toolchain notes in the shared design folder verified.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { basename } from 'node:path';

// A rule is a closed unit (src/analysis/rule.ts): it imports its own word list, the shared
// modules below, and the engine's inner modules for their types only. Never another rule.
const RULE_SHARED = /^\.\.\/(?:rule|lexicon|time|facts|contacts|norms|missing-fact|capitals|profiles|english|length|types|text\/[\w-]+)$/;
const RULE_TYPES_ONLY = /^\.\.\/(?:doc|lines|post-kind)$/;

/** Tutur's own lint rules, for the boundaries that no stock rule can say. */
const tutur = {
  rules: {
    'closed-rule': {
      meta: {
        type: 'problem',
        docs: { description: 'A rule file imports only its own JSON and shared modules, never another rule.' },
        messages: {
          otherRule:
            'A rule imports no other rule or rule data ({{source}}): move what both need to src/analysis/data/ behind lexicon.ts, or to a shared module.',
          notShared:
            '{{source}} is not one of the modules a rule may import (rule, lexicon, time, facts, contacts, norms, missing-fact, capitals, profiles, english, length, types, text/*).',
          typesOnly: "{{source}} is the engine's inside: a rule may import its types only (the engine hands rules what they read).",
        },
        schema: [],
      },
      create(context) {
        const own = `./${basename(context.filename).replace(/\.ts$/, '')}.json`;
        const check = (node, source, typeOnly) => {
          if (typeof source !== 'string') return;
          if (source.startsWith('./')) {
            if (source !== own) context.report({ node, messageId: 'otherRule', data: { source } });
          } else if (RULE_TYPES_ONLY.test(source)) {
            if (!typeOnly) context.report({ node, messageId: 'typesOnly', data: { source } });
          } else if (!RULE_SHARED.test(source)) {
            context.report({ node, messageId: 'notShared', data: { source } });
          }
        };
        const typeOnly = (node) =>
          node.importKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        return {
          ImportDeclaration: (node) => check(node, node.source.value, typeOnly(node)),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
          ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
          ImportExpression: (node) => check(node, node.source.value, false),
        };
      },
    },
  },
};

/** Nothing outside tests/ imports from it (the test and bench-e2e runners orchestrate the suites). */
const NO_TESTS = { group: ['**/tests/**', 'tests/**'], message: 'Only tests import from tests/: move what both need out of tests/.' };

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
    plugins: { tutur },
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NO_TESTS] }] },
  },
  {
    files: ['src/analysis/rules/*.ts'],
    ignores: ['src/analysis/rules/index.ts'],
    rules: { 'tutur/closed-rule': 'error' },
  },
  {
    // The views see the engine through its one door, src/analysis/index.ts.
    files: ['src/ui/**', 'entrypoints/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_TESTS,
            {
              group: ['**/analysis/*'],
              message: 'Import the engine through src/analysis/index.ts (../analysis), never its inner modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/bench-e2e.ts', 'scripts/test.mjs'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Tests may build fixture DOM from literal markup.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
