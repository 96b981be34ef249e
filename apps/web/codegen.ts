import type { CodegenConfig } from '@graphql-codegen/cli';

// Regenerate after the schema changes: `npx graphql-codegen --config apps/web/codegen.ts`
// (from the repository root; reads the committed schema, no network).
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/data/gql/**'],
  ignoreNoDocuments: true,
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'apps/web/src/data/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
