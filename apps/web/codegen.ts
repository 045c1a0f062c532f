import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The printed schema (apps/server/schema.graphql) wins; until the server prints it, the hand-written
 * draft contract is used. Both describe the same API.
 */
const printed = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));
const draft = fileURLToPath(new URL('../server/schema.draft.graphql', import.meta.url));
const schema = existsSync(printed) ? printed : draft;

const config: CodegenConfig = {
  overwrite: true,
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // type-graphql may print its own scalar names (DateTimeISO, JSON); all are ISO strings / objects on the wire.
        scalars: {
          DateTime: 'string',
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
          JSON: 'Record<string, unknown>',
        },
        useTypeImports: true,
        enumType: 'string-literal',
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
