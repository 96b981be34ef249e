import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serverAudits, type AuditResult } from 'graphql-http';
import { Given } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

interface HttpAnswer {
  status: number;
  contentType: string;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** Runs every audit of graphql-http's server suite against a URL and sorts them by outcome. */
async function audit(url: string): Promise<{ warnings: string[]; errors: string[] }> {
  const results: AuditResult[] = [];
  for (const check of serverAudits({ url })) results.push(await check.fn());
  const named = (status: string) =>
    results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}`);
  return { warnings: named('warn'), errors: named('error') };
}

describe('GraphQL over HTTP: status codes and media types (graphql-over-http spec)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function post(body: unknown, accept: string, token?: string): Promise<HttpAnswer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': JSON_TYPE,
        accept,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: (await response.json()) as HttpAnswer['body'],
    };
  }

  /**
   * A request error: no data, errors with this code; 400 in application/graphql-response+json,
   * and in application/json 200 for a well-formed request (the spec's SHOULD), else 400.
   */
  async function expectRequestError(body: unknown, code: string, legacyStatus = 200) {
    const strict = await post(body, GRAPHQL_RESPONSE);
    expect(strict.status).toBe(400);
    expect(strict.contentType).toContain(GRAPHQL_RESPONSE);
    expect(strict.body).not.toHaveProperty('data');
    expect(strict.body.errors?.map((e) => e.extensions?.code)).toEqual(
      expect.arrayContaining([code]),
    );
    const legacy = await post(body, JSON_TYPE);
    expect(legacy.status).toBe(legacyStatus);
    expect(legacy.contentType).toContain(JSON_TYPE);
    expect(legacy.body.errors?.every((e) => e.extensions?.code === code)).toBe(true);
    return elementAt(strict.body.errors ?? [], 0);
  }

  it('answers a document that does not parse with 400 and GRAPHQL_PARSE_FAILED', async () => {
    for (const query of [
      '{ me { id } } }',
      '{ me { ',
      'query { accord(id: "',
      'mutation { register(email: "a\\uD800@example.org", password: "x", displayName: "y") { token } }',
      '\u0000',
      '{ me { id }',
    ]) {
      const error = await expectRequestError({ query }, 'GRAPHQL_PARSE_FAILED');
      expect(error.message).toMatch(/^Syntax Error/);
    }
  });

  it('answers a document over the token limit as a parse failure, not a server error', async () => {
    const tokens = Array.from({ length: 4000 }, () => 'id').join(' ');
    const error = await expectRequestError(
      { query: `{ me { ${tokens} } }` },
      'GRAPHQL_PARSE_FAILED',
    );
    expect(error.message).toMatch(/tokens/);
  });

  it('answers a document that does not validate with 400 and GRAPHQL_VALIDATION_FAILED', async () => {
    await expectRequestError({ query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED');
    await expectRequestError({ query: '{ me { displayNam } }' }, 'GRAPHQL_VALIDATION_FAILED');
    // graphql-armor's limits are validation rules: the same answer.
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    await expectRequestError({ query: `{ ${aliases} }` }, 'GRAPHQL_VALIDATION_FAILED');
    let deep = 'id';
    for (let i = 0; i < 15; i++) deep = `memberships { user { ${deep} } }`;
    await expectRequestError({ query: `{ me { ${deep} } }` }, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answers variables that do not coerce with 400 and BAD_USER_INPUT', async () => {
    const query = 'query($id: ID!) { accord(id: $id) { id } }';
    await expectRequestError({ query, variables: { id: { not: 'an id' } } }, 'BAD_USER_INPUT');
    await expectRequestError({ query, variables: {} }, 'BAD_USER_INPUT');
    await expectRequestError(
      {
        query: 'query($n: Int) { accordEvents(accordId: "x", first: $n) { seq } }',
        variables: { n: 2 ** 40 },
      },
      'BAD_USER_INPUT',
    );
  });

  it('answers an operation name that names no operation with 400, not a server error', async () => {
    // Found by graphql-fuzz.spec.ts: the read cache's plugin read the missing operation (500).
    const two = 'query A { me { id } } query B { accords { id } }';
    await expectRequestError({ query: two }, 'OPERATION_RESOLUTION_FAILURE');
    await expectRequestError({ query: two, operationName: 'C' }, 'OPERATION_RESOLUTION_FAILURE');
    await expectRequestError(
      { query: 'query($id: ID!) { accord(id: $id) { id } }', operationName: 'Nope' },
      'OPERATION_RESOLUTION_FAILURE',
    );
  });

  it('answers a request that is not a GraphQL request with 400 and BAD_REQUEST', async () => {
    await expectRequestError({}, 'BAD_REQUEST', 400);
    await expectRequestError({ query: { kind: 'Document' } }, 'BAD_REQUEST', 400);
    await expectRequestError({ query: '{ me { id } }', variables: 'x' }, 'BAD_REQUEST', 400);
    await expectRequestError([{ query: '{ me { id } }' }], 'BAD_REQUEST', 400);
  });

  it('answers a body that is not JSON in the GraphQL shape, with a code', async () => {
    for (const [contentType, body] of [
      [JSON_TYPE, '{"query": "{ me { id } }"'],
      [JSON_TYPE, 'not json at all'],
      ['application/json; charset=latin-7', '{"query":"{ me { id } }"}'],
    ] as const) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, accept: GRAPHQL_RESPONSE },
        body,
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const answer = (await response.json()) as HttpAnswer['body'];
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });

  it('answers an executed operation with 200, field errors included, in the accepted type', async () => {
    const strict = await post({ query: '{ accords { id } }' }, GRAPHQL_RESPONSE);
    expect(strict.status).toBe(200);
    expect(strict.contentType).toContain(GRAPHQL_RESPONSE);
    expect(strict.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const legacy = await post({ query: '{ me { id } }' }, JSON_TYPE);
    expect(legacy.status).toBe(200);
    expect(legacy.contentType).toContain(JSON_TYPE);
  });

  it('gives the answers of the read cache in the accepted type too', async () => {
    const given = new Given(api);
    const { accordId, facilitator } = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const read = {
      query: 'query($id: ID!) { accord(id: $id) { id title } }',
      variables: { id: accordId },
    };
    // The second read of the same accord is the cache's answer.
    for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE, GRAPHQL_RESPONSE]) {
      const answer = await post(read, accept, facilitator.token);
      expect(answer.status).toBe(200);
      expect(answer.contentType).toContain(accept);
      expect(answer.body).toEqual({
        data: { accord: { id: accordId, title: expect.any(String) } },
      });
    }
  });
});

describe("graphql-http's server audit", () => {
  let api: TestApp;
  let bareApollo: ApolloServer;
  let bareApolloUrl: string;

  beforeAll(async () => {
    api = await startTestApp();
    // Apollo Server 5 alone, with its defaults: the bar for the warnings we may give.
    bareApollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'world' } },
    });
    ({ url: bareApolloUrl } = await startStandaloneServer(bareApollo, {
      listen: { port: 0, host: '127.0.0.1' },
    }));
  });
  afterAll(async () => {
    await bareApollo?.stop();
    await api?.close();
  });

  it('passes every MUST and gives no warning that Apollo Server alone does not give', async () => {
    const ours = await audit(`${api.url}/graphql`);
    const apollo = await audit(bareApolloUrl);
    expect(ours.errors).toEqual([]);
    expect(apollo.errors).toEqual([]);
    const beyondApollo = ours.warnings.filter((w) => !apollo.warnings.includes(w));
    expect(beyondApollo).toEqual([]);
    expect(ours.warnings.length).toBeLessThanOrEqual(apollo.warnings.length);
    // The figures for the record (README, "Errors and HTTP statuses").
    process.stdout.write(
      `graphql-http audit: Plenary ${ours.warnings.length} warnings, Apollo Server alone ` +
        `${apollo.warnings.length}\n${[...ours.warnings, ''].join('\n')}`,
    );
  });
});
