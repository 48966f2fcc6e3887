import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every GraphQL document come from the contract in api-spec, never from hand-written interfaces.
const config: CodegenConfig = {
  schema: '../api-spec/graphql/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          CurrencyCode: 'string',
        },
      },
    },
  },
};

export default config;
