import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectError, Given, type TestUser } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { adminQuery } from './support/test-database.js';

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  code?: string;
  err?: { stack?: string };
  req?: Record<string, unknown>;
  res?: Record<string, unknown>;
  [key: string]: unknown;
}

const INFO = 30;
const ERROR = 50;

describe('what the API logs, and at which level', () => {
  const written: string[] = [];
  let api: TestApp;
  let given: Given;
  let delegate: TestUser;

  const lines = () => written.map((line) => JSON.parse(line) as LogLine);
  const since = (mark: number) => lines().slice(mark);
  /** Lets pino-http write the line of a request that has just been answered. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  beforeAll(async () => {
    api = await startTestApp(
      { LOG_LEVEL: 'debug' },
      { logDestination: { write: (line: string) => void written.push(line) } },
    );
    given = new Given(api);
    delegate = await given.user('Delegate');
  });
  afterAll(() => api.close());

  it('logs what a client caused at info (or debug), without a stack', async () => {
    const mark = written.length;
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    expectError(
      await api.gql(
        `mutation { login(email: "${delegate.email}", password: "wrong password") { token } }`,
      ),
      'UNAUTHENTICATED',
    );
    expectError(
      await api.gql(
        `{ accord(id: "00000000-0000-4000-8000-000000000000") { id } }`,
        {},
        delegate.token,
      ),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(
        `mutation($a: ID!) { setDecisionRule(accordId: $a, rule: { kind: CONSENSUS }) { id } }`,
        { a: accordId },
        state.representative.token,
      ),
      'FORBIDDEN',
    );
    expectError(await api.gql(`{ me { id } }`, {}, 'not-a-token'), 'UNAUTHENTICATED');
    expectError(await api.gql(`{ me { id } } }`), 'GRAPHQL_PARSE_FAILED');
    expectError(await api.gql(`{ nope }`), 'GRAPHQL_VALIDATION_FAILED');
    expect(facilitator.token).toBeTruthy();
    await settle();

    const logged = since(mark);
    expect(logged.filter((l) => l.level >= ERROR)).toEqual([]);
    expect(logged.filter((l) => JSON.stringify(l).includes('"stack"'))).toEqual([]);
    const refusals = logged.filter((l) => l.msg?.startsWith('refused:'));
    expect(refusals.filter((l) => l.level === INFO).map((l) => l.code)).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN']),
    );
    expect(refusals.map((l) => l.code)).toEqual(
      expect.arrayContaining(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']),
    );
    // Each refusal's line names its request, as the answer does.
    expect(refusals.filter((l) => typeof l.requestId !== 'string')).toEqual([]);
  });

  it('logs one line per request, with no header, query string or token', async () => {
    const mark = written.length;
    const response = await fetch(`${api.url}/graphql?token=${delegate.token}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${delegate.token}`,
        cookie: `session=${delegate.token}`,
        'x-request-id': 'trace-42',
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    await settle();

    const requests = since(mark).filter((l) => l.req);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      level: INFO,
      req: { id: 'trace-42', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(Object.keys(elementAt(requests, 0).req!).sort()).toEqual(['id', 'method', 'path']);
    expect(written.join('\n')).not.toContain(delegate.token);
    expect(written.join('\n')).not.toMatch(/authorization|cookie/i);
  });

  it('gives each request an id of its own when the one sent is not plain', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'x'.repeat(65) },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs an unexpected error at error, with its stack, and hides it from the client', async () => {
    const mark = written.length;
    // A table gone from under the API: a fault of the server, not of the request.
    await adminQuery(api.databaseUrl, 'ALTER TABLE organization RENAME TO organization_gone');
    const answer = await api.gql(`{ organizations { id } }`, {}, delegate.token);
    expectError(answer, 'INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(answer)).not.toMatch(/organization_gone|relation|\.js:\d+/);
    await settle();

    const errors = since(mark).filter((l) => l.level >= ERROR);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.msg).toBe('unexpected error while resolving a GraphQL request');
    expect(errors[0]?.err?.stack).toMatch(/organization/);
    // The operator finds this line from the id the user was given.
    const requestId = answer.errors?.[0]?.extensions?.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(errors[0]?.requestId).toBe(requestId);
    // The failed statement's parameters (here the caller's id) stay out of the log.
    expect(JSON.stringify(errors[0])).not.toContain(delegate.id);
  });
});
