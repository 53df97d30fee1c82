import type { CodegenConfig } from '@graphql-codegen/cli';

const typesConfig = {
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: { DateTimeISO: 'string', Decimal: 'string', ID: 'string', LocalDate: 'string' },
} as const;

// Typed operations for web/: documents live in web/app/graphql/<domain>.server.ts, written with
// graphql(`…`); types are generated from the committed schema.graphql into generated/ (committed).
// The API tests' documents (test/**/*.ts written with the graphql(`…`) of test/generated/, decision
// 41) get their own generated folder, so neither side sees the other's operations.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // Only calls of `graphql(…)` are documents: tests name local helpers `gql(…)` for untyped strings.
  pluckConfig: { globalGqlIdentifierName: ['graphql'] },
  emitLegacyCommonJSImports: false,
  generates: {
    'web/app/graphql/generated/': {
      documents: ['web/app/graphql/*.server.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
    'test/generated/': {
      documents: ['test/api/**/*.ts', 'test/support/**/*.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
  },
};

export default config;
