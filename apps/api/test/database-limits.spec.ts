import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { expectData, expectError, Given, type TestUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MARK = `mutation($a: ID!, $n: String!) { markMilestone(accordId: $a, name: $n) { id } }`;

describe('a statement past PLENARY_DB_STATEMENT_TIMEOUT_MS', () => {
  let api: TestApp;
  let accordId: string;
  let facilitator: TestUser;

  beforeAll(async () => {
    api = await startTestApp({ PLENARY_DB_STATEMENT_TIMEOUT_MS: '300', PLENARY_DB_POOL_SIZE: '4' });
    ({ accordId, facilitator } = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 1 },
    }));
  });
  afterAll(() => api?.close());

  it('is cancelled and answered SERVICE_UNAVAILABLE, and the pool serves the next request', async () => {
    // Another session holds the accord's lock: the write waits on it past the timeout.
    const holder = new pg.Client({ connectionString: api.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM accord WHERE id = $1 FOR UPDATE', [accordId]);
      const refused = expectError(
        await api.gql(MARK, { a: accordId, n: 'While locked' }, facilitator.token),
        'SERVICE_UNAVAILABLE',
      );
      expect(refused.extensions?.reason).toBe('DATABASE_UNAVAILABLE');
      expect(refused.message).toMatch(/took too long/);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // Nothing was half-written, and the connection went back to the pool.
    expectData(await api.gql(MARK, { a: accordId, n: 'While locked' }, facilitator.token));
    const settings = await api.app
      .get((await import('typeorm')).DataSource)
      .query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(settings[0]?.statement_timeout).toBe('300ms');
  });
});
