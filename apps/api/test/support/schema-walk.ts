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
import { DELEGATES, DEMO_PASSWORD, FACILITATOR } from '../../src/demo/demo-content.js';
import { DemoSeeder } from '../../src/demo/demo-seed.js';
import { OperatorsService } from '../../src/identity/operators.service.js';
import { expectData } from './factories.js';
import { elementAt } from './lists.js';
import type { TestApp } from './test-app.js';

/** Arguments the walk can give: ids of the demo's accords; anything else is left out. */
export type Ids = { accordId: string };

/**
 * A selection of every field reachable from `type` within `depth` levels whose arguments are
 * all optional or an accord id: the widest query a client could send, to compare the engines
 * field by field rather than on a few hand-picked pages.
 */
export function selectEverything(type: GraphQLNamedType, depth: number, ids: Ids): string {
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

export function argumentsFor(field: GraphQLField<unknown, unknown>, ids: Ids): string | null {
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
export function comparable(answer: {
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

/**
 * The demo loaded into `app`, and what a walk over it needs: tokens of three readers of three
 * standings (the facilitator, two delegates of different organizations), the schema as a client
 * sees it, and the accords' ids.
 */
export async function seedDemoForReaders(app: TestApp): Promise<{
  tokens: Record<'facilitator' | 'delegate' | 'another delegate', string>;
  schema: GraphQLSchema;
  accordIds: string[];
}> {
  const operators = app.app.get(OperatorsService);
  await new DemoSeeder(`${app.url}/graphql`, (email) => operators.bootstrap(email)).run();
  const tokenOf = async (email: string) => {
    const { login } = expectData(
      await app.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: email, p: DEMO_PASSWORD },
      ),
    );
    return (login as { token: string }).token;
  };
  const tokens = {
    facilitator: await tokenOf(FACILITATOR.email),
    delegate: await tokenOf(elementAt(DELEGATES, 0).email),
    'another delegate': await tokenOf(elementAt(DELEGATES, 3).email),
  };
  const schema = buildClientSchema(
    expectData<IntrospectionQuery>(await app.gql(getIntrospectionQuery())),
  );
  const { accords } = expectData(await app.gql('{ accords { id } }', {}, tokens.facilitator));
  return { tokens, schema, accordIds: (accords as { id: string }[]).map((a) => a.id) };
}
