import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for web/: documents live in web/app/graphql/<domain>.server.ts, written with
// graphql(`…`); types are generated from the committed schema.graphql into generated/ (committed).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/app/graphql/*.server.ts'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'web/app/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', Decimal: 'string', ID: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
