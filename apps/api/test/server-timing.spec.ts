import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, startTestAppOn, type TestApp } from './support/test-app.js';

const ask = (api: TestApp, path = '/graphql') =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

/** PLENARY_SERVER_TIMING: each answer says how long the API took to make it. */
describe('Server-Timing', () => {
  let timed: TestApp;
  let plain: TestApp;

  beforeAll(async () => {
    timed = await startTestApp({ PLENARY_SERVER_TIMING: 'true' });
    plain = await startTestAppOn(timed.databaseUrl);
  });
  afterAll(async () => {
    await plain?.close();
    await timed?.close();
  });

  it('gives the time of every answer, GraphQL or not, when turned on', async () => {
    for (const answer of [await ask(timed), await ask(timed, '/no-such-page.json')]) {
      const header = answer.headers.get('server-timing') ?? '';
      expect(header).toMatch(/^app;dur=\d+\.\d$/);
      expect(Number(header.split('=')[1])).toBeGreaterThanOrEqual(0);
    }
  });

  it('says nothing of it by default', async () => {
    const answer = await ask(plain);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('server-timing')).toBeNull();
  });
});
