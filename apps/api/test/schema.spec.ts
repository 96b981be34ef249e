import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
});
