// Lint setup (decision 26): typescript-eslint everywhere, React rules for web/ and emails/, and the
// module boundary rule for server/. `npm run lint` runs it with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', '.data/', '.cache/', 'web/app/graphql/generated/', 'test/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks read GraphQL results loosely where their documents are plain strings; typed
    // documents (test/generated, decision 41) type them.
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // type-graphql's metadata storage types classes as `Function`; the schema passes read it as such.
    files: ['server/schema.ts'],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'emails/**/*.{ts,tsx}'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { react: { version: 'detect' } },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'emails/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Module boundaries (house rule 6): a file outside server/modules/<m>/ imports <m> only through
    // its index.ts, the module's public surface. Files are resolved like tsc does (NodeNext `.js`
    // specifiers of `.ts` files), so relative paths of any depth are caught.
    files: ['server/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['server/**/*.ts'],
      'boundaries/elements': [
        { type: 'module', pattern: 'server/modules/*', capture: ['name'] },
        { type: 'server', pattern: 'server' },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        message: 'Import another module through its index.ts (its resolvers/index.ts: server/schema.ts only). Decision 26.',
        policies: [
          { allow: { dependency: { relationship: { to: 'internal' } } } },
          { allow: { to: { element: { type: 'server' } } } },
          { allow: { to: { element: { type: 'module', fileInternalPath: 'index.ts' } } } },
          // Resolvers are reached only from the schema, never through a module's index.ts: an import
          // cycle that reaches one fails at load time in the tsc build (decorator metadata).
          {
            from: { element: { type: 'server', fileInternalPath: 'schema.ts' } },
            allow: { to: { element: { type: 'module', fileInternalPath: 'resolvers/index.ts' } } },
          },
        ],
      }],
    },
  },
);
