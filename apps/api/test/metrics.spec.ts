import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { eventually, TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The value of one series in Prometheus' text format (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find(
      (l) =>
        (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) &&
        wanted.every((w) => l.includes(w)),
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('metrics and request ids', () => {
  let api: TestApp;
  const scrape = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}/metrics`, { headers });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api?.close());

  it('serves Prometheus text: HTTP, GraphQL operations by name and outcome, pool, Node', async () => {
    const given = new Given(api);
    const user = await given.user('Counted');
    const named = `query AccordList { accords { id } }`;
    expectData(await api.gql(named, {}, user.token));
    expectData(await api.gql(named, {}, user.token));
    expectError(
      await api.gql(`query Missing { accord(id: "nope") { id } }`, {}, user.token),
      'NOT_FOUND',
    );

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(
      sample(text, 'plenary_graphql_operations_total', {
        operation: 'AccordList',
        type: 'query',
        outcome: 'ok',
      }),
    ).toBe(2);
    expect(
      sample(text, 'plenary_graphql_operations_total', {
        operation: 'Missing',
        outcome: 'NOT_FOUND',
      }),
    ).toBe(1);
    expect(
      sample(text, 'plenary_graphql_operation_duration_seconds_count', { operation: 'AccordList' }),
    ).toBe(2);
    expect(
      sample(text, 'plenary_http_requests_total', {
        method: 'POST',
        route: 'graphql',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'plenary_db_pool_connections')).toBeGreaterThan(0);
    expect(text).toContain('plenary_process_cpu_seconds_total');
    expect(text).toContain('plenary_nodejs_eventloop_lag_seconds');
  });

  it('counts sockets and accord rooms, event delivery lag and read-cache hits', async () => {
    const { accordId, facilitator, parties } = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [party] = parties;
    const socket = await TestSocket.connect(api.url, facilitator.token);
    try {
      await socket.join(accordId);
      const before = sample((await scrape()).text, 'plenary_event_delivery_lag_seconds_count');
      await new Negotiation(api, accordId, facilitator).adoptClause(
        party,
        'States should refrain.',
      );
      const read = `query($id: ID!) { accord(id: $id) { id title } }`;
      expectData(await api.gql(read, { id: accordId }, facilitator.token));
      expectData(await api.gql(read, { id: accordId }, facilitator.token));

      const text = await eventually(
        async () => (await scrape()).text,
        (t) => sample(t, 'plenary_event_delivery_lag_seconds_count') > before,
        'the events to be delivered',
      );
      expect(sample(text, 'plenary_socket_connections')).toBe(1);
      expect(sample(text, 'plenary_socket_accord_rooms')).toBe(1);
      expect(sample(text, 'plenary_read_cache_hits_total')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'plenary_read_cache_misses_total')).toBeGreaterThanOrEqual(1);
    } finally {
      socket.socket.close();
    }
  });

  it('keeps operation names bounded: odd or too many names are counted as "other"', async () => {
    const user = await new Given(api).user('Namer');
    for (let i = 0; i < 210; i++) {
      await api.gql(`query Name${i} { me { id } }`, {}, user.token);
    }
    const { text } = await scrape();
    const names = new Set(
      [...text.matchAll(/^plenary_graphql_operations_total\{operation="([^"]+)"/gm)].map(
        (m) => m[1],
      ),
    );
    expect(names.size).toBeLessThanOrEqual(201 + 1); // 200 names, "other", "anonymous" maybe
    expect(names.has('other')).toBe(true);
  });

  it('puts the request id in every GraphQL error, the one in X-Request-Id and in the log', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'support-ticket-42' },
      body: JSON.stringify({ query: '{ accord(id: "nope") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('support-ticket-42');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: 'support-ticket-42',
    });

    const own = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not an id; drop table' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    const id = own.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const errors = ((await own.json()) as { errors: { extensions: Record<string, unknown> }[] })
      .errors;
    expect(errors.every((e) => e.extensions.requestId === id)).toBe(true);
  });
});

describe('metrics behind a token, or turned off', () => {
  it('answers 401 without the bearer token and 200 with it', async () => {
    const token = 'scrape-me-0123456789abcdef';
    const api = await startTestApp({ PLENARY_METRICS_TOKEN: token });
    try {
      const anonymous = await fetch(`${api.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
      const wrong = await fetch(`${api.url}/metrics`, {
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${api.url}/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('plenary_http_requests_total');
    } finally {
      await api.close();
    }
  });

  it('answers 404 when PLENARY_METRICS=false', async () => {
    const api = await startTestApp({ PLENARY_METRICS: 'false' });
    try {
      expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
