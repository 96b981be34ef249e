import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { DELEGATES, DEMO_PASSWORD, FACILITATOR } from '../src/demo/demo-content.js';
import { DemoSeeder } from '../src/demo/demo-seed.js';
import { OperatorsService } from '../src/identity/operators.service.js';
import { expectData } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { startTestApp, startTestAppOn, type TestApp } from './support/test-app.js';

/** Read cache off on both sides: every answer is executed, by one engine or the other. */
const COMPUTED = { PLENARY_READ_CACHE_ENTRIES: '0' };

/** Arguments the walk can give: ids of the demo's accords; anything else is left out. */
type Ids = { accordId: string };

/**
 * A selection of every field reachable from `type` within `depth` levels whose arguments are
 * all optional or an accord id: the widest query a client could send, to compare the engines
 * field by field rather than on a few hand-picked pages.
 */
function selectEverything(type: GraphQLNamedType, depth: number, ids: Ids): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const args = argumentsFor(field, ids);
    if (args === null) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [`${field.name}${args}`];
    if (depth <= 1) return [];
    const inner = selectEverything(named, depth - 1, ids);
    return inner ? [`${field.name}${args} { ${inner} }`] : [];
  });
  return fields.join(' ');
}

function argumentsFor(field: GraphQLField<unknown, unknown>, ids: Ids): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    if (['id', 'accordId'].includes(arg.name) && getNamedType(arg.type).name === 'ID')
      given.push(`${arg.name}: "${ids.accordId}"`);
    else if (isNonNullType(arg.type)) return null;
  }
  return given.length ? `(${given.join(', ')})` : '';
}

/** The desk's `asOf` is the moment it was computed: two requests differ there by design. */
function withoutClock(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClock);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'asOf' && typeof v === 'string' ? 'now' : withoutClock(v),
      ]),
    );
  return value;
}

/** An answer without what differs per request by design (its id, the desk's clock). */
function comparable(answer: {
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}) {
  return {
    ...answer,
    data: withoutClock(answer.data),
    errors: answer.errors?.map(({ extensions, ...error }) => {
      const { requestId: _requestId, ...rest } = extensions ?? {};
      return { ...error, extensions: rest };
    }),
  };
}

describe('queries run compiled (graphql-jit) answer as graphql-js does', () => {
  let compiled: TestApp;
  let interpreted: TestApp;
  let schema: GraphQLSchema;
  let accordIds: string[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    compiled = await startTestApp(COMPUTED);
    interpreted = await startTestAppOn(compiled.databaseUrl, {
      ...COMPUTED,
      PLENARY_COMPILED_QUERIES: 'false',
    });
    const operators = compiled.app.get(OperatorsService);
    await new DemoSeeder(`${compiled.url}/graphql`, (email) => operators.bootstrap(email)).run();
    for (const [who, email] of [
      ['facilitator', FACILITATOR.email],
      ['delegate', elementAt(DELEGATES, 0).email],
      ['another delegate', elementAt(DELEGATES, 3).email],
    ] as const) {
      const { login } = expectData(
        await compiled.gql(
          `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
          { e: email, p: DEMO_PASSWORD },
        ),
      );
      tokens[who] = (login as { token: string }).token;
    }
    schema = buildClientSchema(
      expectData<IntrospectionQuery>(await compiled.gql(getIntrospectionQuery())),
    );
    const { accords } = expectData(
      await compiled.gql('{ accords { id } }', {}, tokens.facilitator),
    );
    accordIds = (accords as { id: string }[]).map((a) => a.id);
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
