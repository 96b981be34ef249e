import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLField, isInterfaceType, isObjectType, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEST_PLAIN_FIELD_RESOLVER } from '../src/common/graphql/plain-fields.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.gql');
const HEADER =
  '# Generated from the code-first API by `npm run schema`; reviewed like code. Do not edit.\n\n';

describe('the committed schema.gql', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('matches the schema the code builds (run `npm run schema` after changing the API)', () => {
    const built = HEADER + printSchema(api.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, built);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });

  it('leaves the fields without a resolver of their own without one (graphql-jit inlines them)', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const resolvers = new Map<string, number>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const name = field.resolve ? field.resolve.name || '(anonymous)' : '(none)';
        resolvers.set(name, (resolvers.get(name) ?? 0) + 1);
      }
    }
    expect(resolvers.get(NEST_PLAIN_FIELD_RESOLVER)).toBeUndefined();
    // Most fields are plain data; the others keep their own resolvers.
    expect(resolvers.get('(none)')).toBeGreaterThan(300);
    expect(resolvers.size).toBeGreaterThan(1);
  });
});
