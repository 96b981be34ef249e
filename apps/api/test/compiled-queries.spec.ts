import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getNamedType, type GraphQLSchema, isLeafType } from 'graphql';
import { elementAt } from './support/lists.js';
import {
  argumentsFor,
  comparable,
  seedDemoForReaders,
  selectEverything,
} from './support/schema-walk.js';
import { startTestApp, startTestAppOn, type TestApp } from './support/test-app.js';

/** Read cache off on both sides: every answer is executed, by one engine or the other. */
const COMPUTED = { PLENARY_READ_CACHE_ENTRIES: '0' };

describe('queries run compiled (graphql-jit) answer as graphql-js does', () => {
  let compiled: TestApp;
  let interpreted: TestApp;
  let schema: GraphQLSchema;
  let accordIds: string[];
  let tokens: Record<string, string>;

  beforeAll(async () => {
    compiled = await startTestApp(COMPUTED);
    interpreted = await startTestAppOn(compiled.databaseUrl, {
      ...COMPUTED,
      PLENARY_COMPILED_QUERIES: 'false',
    });
    ({ tokens, schema, accordIds } = await seedDemoForReaders(compiled));
  });

  afterAll(async () => {
    await interpreted?.close();
    await compiled?.close();
  });

  it('gives the same data and errors for every field of every root query, to each reader', async () => {
    const queryType = schema.getQueryType()!;
    let compared = 0;
    let answered = 0;
    for (const accordId of accordIds) {
      for (const field of Object.values(queryType.getFields())) {
        const args = argumentsFor(field, { accordId });
        if (args === null) continue;
        const named = getNamedType(field.type);
        const inner = selectEverything(named, 4, { accordId });
        if (!isLeafType(named) && !inner) continue;
        const query = `{ ${field.name}${args}${inner ? ` { ${inner} }` : ''} }`;
        for (const token of Object.values(tokens)) {
          const [fast, reference] = await Promise.all([
            compiled.gql(query, {}, token),
            interpreted.gql(query, {}, token),
          ]);
          expect({ query, answer: comparable(fast) }).toEqual({
            query,
            answer: comparable(reference),
          });
          compared++;
          if (fast.data && !fast.errors) answered++;
        }
      }
    }
    // Every root field was asked for each accord and reader, not a handful.
    expect(compared).toBeGreaterThan(30);
    expect(answered).toBeGreaterThan(compared / 2);
  });

  it('answers a query with errors exactly as graphql-js does (it is executed by it)', async () => {
    const accordId = elementAt(accordIds, 0);
    for (const query of [
      `{ accord(id: "${accordId}") { id clauses { id current { text } } } amendment(id: "${accordId}") { id } }`,
      `{ accord(id: "not-a-uuid") { id } }`,
      `query Q($id: ID!) { accord(id: $id) { id } }`,
    ]) {
      const [fast, reference] = await Promise.all([
        compiled.gql(query, {}, tokens.delegate),
        interpreted.gql(query, {}, tokens.delegate),
      ]);
      expect(fast.errors?.length).toBeGreaterThan(0);
      expect(comparable(fast)).toEqual(comparable(reference));
    }
  });
});
