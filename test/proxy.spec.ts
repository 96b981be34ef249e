import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AccordEventMessage } from '@plenary/contracts';
import { findNginx, startNginxProxy } from '../bench/lib/nginx-proxy.mjs';
import { Discussion } from '../apps/api/test/support/discussion.js';
import { Given, type TestParty, type TestUser } from '../apps/api/test/support/factories.js';
import { elementAt } from '../apps/api/test/support/lists.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import { eventually, TestSocket } from '../apps/api/test/support/socket-client.js';
import { graphqlClient } from '../apps/api/test/support/test-app.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { ApiProcess } from './support/api-process.js';

// docker/nginx/plenary.conf as shipped, with Debian's nginx (`.ci/run` installs it, so CI never
// skips), in front of three API instances on one PostgreSQL.
const nginx = findNginx();
if (!nginx.binary) console.warn(`test/proxy.spec.ts is skipped: ${nginx.reason}`);
const describeWithNginx = nginx.binary ? describe : describe.skip;

/** The sockets an instance holds, from its own /metrics (not reachable through the proxy). */
async function socketsOn(instance: ApiProcess): Promise<number> {
  const text = await (await fetch(`${instance.url}/metrics`)).text();
  const line = /^plenary_socket_connections (\d+)$/m.exec(text);
  if (!line) throw new Error(`no plenary_socket_connections in ${instance.url}/metrics`);
  return Number(line[1]);
}

/** A delegate's live view through the proxy: every socket it had, in order. */
class LiveClient {
  readonly sockets: TestSocket[] = [];
  instance = -1; // the index of the instance holding its current socket

  constructor(
    readonly user: TestUser,
    readonly accordId: string,
  ) {}

  get current(): TestSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('not connected');
    return socket;
  }

  /** Everything it received about the accord, over all its sockets. */
  events(): AccordEventMessage[] {
    return this.sockets.flatMap((s) => s.events.filter((e) => e.accordId === this.accordId));
  }

  lastSeq(start: number): number {
    return this.events().at(-1)?.seq ?? start;
  }

  /** Connects through the proxy and joins after the last event it saw. */
  async connect(proxyUrl: string, afterSeq?: number): Promise<void> {
    const socket = await TestSocket.connect(proxyUrl, this.user.token);
    this.sockets.push(socket);
    const ack = await socket.join(this.accordId, afterSeq);
    if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
  }

  close(): void {
    for (const socket of this.sockets) socket.close();
  }
}

describeWithNginx('three API instances behind nginx (docker/nginx/plenary.conf)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const instances: ApiProcess[] = [];
  let proxy: Awaited<ReturnType<typeof startNginxProxy>>;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 3; i++) instances.push(await ApiProcess.start(database.url));
    proxy = await startNginxProxy({
      servers: instances.map((instance) => new URL(instance.url).host),
    });
    // Three API starts one after the other: minutes on a busy 2-core machine, not seconds.
  }, 600_000);
  afterAll(async () => {
    for (const client of clients) client.close();
    await proxy?.stop();
    for (const instance of instances) await instance.crash();
    await database?.drop();
  });

  it('keeps /metrics off the proxy, however it is spelled', async () => {
    for (const path of ['/metrics', '/METRICS', '/metrics/'])
      expect((await fetch(`${proxy.url}${path}`)).status).toBe(403);
  });

  it('keeps a long-polling client (the web app’s fallback) on one instance, by the cookie the proxy sets', async () => {
    const api = { gql: graphqlClient(proxy.url) };
    const { accordId, parties } = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
    });
    const amendment = await new Negotiation(api, accordId, parties[0].representative).propose(
      parties[0],
      { kind: 'ADD_CLAUSE', text: 'Reports are answered.', force: 'VOLUNTARY' },
    );
    const before = await Promise.all(instances.map(socketsOn));
    // Each poll is a request of its own: any of them reaching another instance ends the session
    // ("Session ID unknown") and the socket disconnects.
    const polling = await TestSocket.connect(proxy.url, parties[1].representative.token, 'polling');
    let disconnected = false;
    polling.socket.on('disconnect', () => (disconnected = true));
    try {
      const ack = await polling.join(accordId);
      const talk = new Discussion(api, accordId);
      for (let i = 0; i < 6; i++) {
        await talk.post(parties[0].representative, {
          amendmentId: amendment.id,
          body: `Poll ${i}`,
        });
        await polling.waitForEvents(i + 1);
      }
      expect(polling.seqs(accordId)).toEqual(
        Array.from({ length: 6 }, (_, i) => (ack.ok ? ack.lastSeq : NaN) + 1 + i),
      );
      expect(disconnected).toBe(false);
      expect(polling.socket.io.engine.transport.name).toBe('polling');
      const during = await Promise.all(instances.map(socketsOn));
      expect(during.map((n, i) => n - elementAt(before, i)).sort()).toEqual([0, 0, 1]);
    } finally {
      polling.close();
    }
  });

  it('keeps every delegate in step through a negotiation while an instance dies under it', async () => {
    const api = { gql: graphqlClient(proxy.url) };
    const { accordId, facilitator, parties } = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 3, CIVIL_SOCIETY: 3 },
    });
    const negotiation = new Negotiation(api, accordId, facilitator);
    const talk = new Discussion(api, accordId);
    const start = (await negotiation.events()).at(-1)?.seq ?? 0;

    // One at a time, so that each instance's count says where each socket landed.
    const counts = async () => Promise.all(instances.map(socketsOn));
    for (const user of [facilitator, ...parties.map((p) => p.representative)]) {
      const before = await counts();
      const client = new LiveClient(user, accordId);
      await client.connect(proxy.url, start);
      const after = await eventually(
        counts,
        (now) => now.reduce((a, b) => a + b) === before.reduce((a, b) => a + b) + 1,
        'the new socket counted by its instance',
      );
      client.instance = after.findIndex((n, i) => n > elementAt(before, i));
      clients.push(client);
    }
    // The proxy spreads the sockets: every instance holds some of the seven.
    expect(new Set(clients.map((c) => c.instance))).toEqual(new Set([0, 1, 2]));

    const by = (i: number): TestParty => elementAt(parties, i);
    const first = await negotiation.propose(by(0), {
      kind: 'ADD_CLAUSE',
      text: 'Vendors publish a fix within 90 days of a report.',
      force: 'VOLUNTARY',
    });
    await talk.post(by(1).representative, { amendmentId: first.id, body: 'Ninety is long.' });
    await negotiation.open(first.id);
    await negotiation.vote(by(0), first.id, 'FOR');
    await negotiation.vote(by(1), first.id, 'FOR');

    // Mid-vote, an instance dies the hard way; its clients are cut off.
    const victim = elementAt(clients, 1).instance;
    const cutOff = clients.filter((c) => c.instance === victim);
    const disconnected = cutOff.map(
      (c) => new Promise((resolve) => c.current.socket.once('disconnect', resolve)),
    );
    await elementAt(instances, victim).crash();
    await Promise.all(disconnected);

    // The negotiation goes on through the proxy (the survivors answer) while they are away.
    await negotiation.vote(by(2), first.id, 'AGAINST');
    await talk.post(by(3).representative, { amendmentId: first.id, body: 'Sixty, then.' });
    const second = await negotiation.propose(by(3), {
      kind: 'ADD_CLAUSE',
      text: 'A report names the product and its version.',
      force: 'VOLUNTARY',
    });

    // They come back through the same proxy, after the last event each saw.
    for (const client of cutOff) await client.connect(proxy.url, client.lastSeq(start));
    expect(clients.every((c) => c.current.socket.connected)).toBe(true);
    const survivors = instances.filter((_, i) => i !== victim);
    const onSurvivors = await Promise.all(survivors.map(socketsOn));
    expect(onSurvivors.reduce((a, b) => a + b)).toBe(clients.length);

    await negotiation.vote(by(4), first.id, 'FOR');
    await negotiation.vote(by(5), first.id, 'FOR');
    await negotiation.close(first.id);
    await talk.post(by(5).representative, { amendmentId: second.id, body: 'Agreed.' });

    const log = (await negotiation.events(start)).map((e) => ({ seq: e.seq, type: e.type }));
    const head = elementAt(log, log.length - 1).seq;
    for (const client of clients) {
      await eventually(
        () => client.lastSeq(start),
        (seq) => seq >= head,
        `${client.user.id} to reach seq ${head}`,
      );
    }
    await elementAt(clients, 0).current.settle();
    for (const client of clients) {
      // Every event of the log once, in order, whether or not its instance died.
      expect(client.events().map((e) => ({ seq: e.seq, type: e.type }))).toEqual(log);
    }
    expect(cutOff.every((c) => c.sockets.length === 2)).toBe(true);
  });
});
