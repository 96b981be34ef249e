import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GraphQL hygiene: limits, batching, errors, introspection', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const post = (body: unknown) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('refuses batched requests', async () => {
    const response = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses queries that are too deep, too aliased or too long', async () => {
    let deep = 'id';
    for (let i = 0; i < 15; i++) deep = `memberships { user { ${deep} } }`;
    const tooDeep = await api.gql(`{ me { ${deep} } }`);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth|cost/i);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooAliased = await api.gql(`{ ${aliases} }`);
    expect(tooAliased.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = Array.from({ length: 4000 }, () => 'id').join(' ');
    const tooLong = await api.gql(`{ me { ${tokens} } }`);
    expect(tooLong.errors?.length).toBeGreaterThan(0);
    for (const res of [tooDeep, tooAliased, tooLong]) expect(res.data ?? null).toBeNull();
  });

  it('masks field suggestions', async () => {
    const res = await api.gql(`{ me { displayNam } }`);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('never shows a stack trace, even for malformed input', async () => {
    for (const body of [
      { query: '{ me { ' },
      { query: 'mutation { login(email: 1, password: 2) { token } }' },
      { nonsense: true },
    ]) {
      const response = await post(body);
      const text = await response.text();
      expect(text).not.toMatch(/stacktrace|at Object\.|\.ts:\d+|\.js:\d+/);
    }
  });

  it('allows introspection outside production', async () => {
    const res = await api.gql(`{ __schema { queryType { name } } }`);
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('serves /health with the database status', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });
});

describe('GraphQL in production', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('turns introspection off', async () => {
    const res = await api.gql(`{ __schema { queryType { name } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
