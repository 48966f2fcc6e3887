import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One zone per feature: a feature may not import another feature (compose features in app/ instead). */
const features = [
  'api-clients',
  'audit',
  'auth',
  'cases',
  'clients',
  'field-visits',
  'graphql-explorer',
  'parties',
  'portal-link',
  'profile',
  'quick-search',
  'rates',
  'teams',
  'users',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import/no-unresolved': 'error',
      'import/no-cycle': 'error',
      'import/no-duplicates': 'error',
      // ARCHITECTURE §6 (bulletproof-react): shared → features → app, and generated code only through lib.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature cannot import another feature; compose them in src/app.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features cannot depend on the apps that compose them.',
            },
            {
              target: ['./src/components', './src/lib', './src/hooks'],
              from: ['./src/features', './src/app'],
              message: 'Shared code (components, lib, hooks) cannot depend on features or apps.',
            },
            {
              target: ['./src/app', './src/features', './src/components', './src/hooks', './src/testing', './src/locales'],
              from: './src/generated',
              message: 'Import generated code only through src/lib.',
            },
            {
              target: './src/app/portal',
              from: ['./src/app/staff', './src/app/field', './src/components'],
              message: 'The debtor portal bundle must not include staff or field code.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(localStorage|sessionStorage)$/]",
          message: 'Never keep session data in web storage; the access token lives in memory (lib/auth.ts).',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', './*'], message: 'Use the @/ alias instead of relative imports.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/features/portal-link/**/*.{ts,tsx}', 'src/app/portal/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', './*'], message: 'Use the @/ alias instead of relative imports.' },
            { group: ['@mantine/*', '@tanstack/*', 'graphiql', '@/lib/auth', '@/lib/graphql-client'], message: 'Keep the debtor portal small and free of staff code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
