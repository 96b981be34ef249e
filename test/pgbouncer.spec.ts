import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Discussion } from '../apps/api/test/support/discussion.js';
import { Given } from '../apps/api/test/support/factories.js';
import { elementAt } from '../apps/api/test/support/lists.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import { TestSocket } from '../apps/api/test/support/socket-client.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { ApiProcess } from './support/api-process.js';
import { findPgBouncer, type PgBouncer, startPgBouncer } from './support/pgbouncer.js';

// Debian's PgBouncer (`.ci/run` installs it, so CI never skips) in transaction mode between two
// API instances and PostgreSQL: the pools go through it, LISTEN, the socket.io adapter and the
// migrations' lock go straight to PostgreSQL (DATABASE_DIRECT_URL), as README's "Deploying" says.
const pgbouncer = findPgBouncer();
if (!pgbouncer.binary) console.warn(`test/pgbouncer.spec.ts is skipped: ${pgbouncer.reason}`);
const describeWithPgBouncer = pgbouncer.binary ? describe : describe.skip;

const contiguous = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describeWithPgBouncer(
  'two API instances whose pools go through PgBouncer in transaction mode',
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let bouncer: PgBouncer;
    const instances: ApiProcess[] = [];
    const sockets: TestSocket[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      // Four server connections for two instances of 10 pooled connections each.
      bouncer = await startPgBouncer(pgbouncer.binary ?? '', database.url, { poolSize: 4 });
      for (let i = 0; i < 2; i++) {
        instances.push(
          await ApiProcess.start(bouncer.url, {
            DATABASE_DIRECT_URL: database.url,
            PLENARY_DB_POOL_SIZE: '10',
          }),
        );
      }
    }, 600_000);
    afterAll(async () => {
      for (const socket of sockets) socket.close();
      for (const instance of instances) await instance.crash();
      await bouncer?.stop();
      await database?.drop();
    });

    it('runs a negotiation with live events on both instances, its transactions through the pooler', async () => {
      const [a, b] = instances as [ApiProcess, ApiProcess];
      const before = await bouncer.admin('SHOW STATS');
      const transactions = (rows: Record<string, unknown>[]) =>
        Number(rows.find((row) => row.database === 'plenary')?.total_xact_count ?? 0);

      const { accordId, facilitator, parties } = await new Given(a).accordWithParties({
        parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
      });
      const onA = await TestSocket.connect(a.url, parties[0].representative.token);
      const onB = await TestSocket.connect(b.url, parties[1].representative.token);
      sockets.push(onA, onB);
      const [joinedA, joinedB] = await Promise.all([onA.join(accordId), onB.join(accordId)]);
      expect(joinedA).toEqual(joinedB);
      const start = joinedA.ok ? joinedA.lastSeq : -1;

      // Written through both instances, concurrently where it can be.
      const negotiation = new Negotiation(a, accordId, facilitator);
      const amendment = await new Negotiation(b, accordId, facilitator).propose(parties[0], {
        kind: 'ADD_CLAUSE',
        text: 'States should not knowingly allow their territory to be used for cyber attacks.',
        force: 'VOLUNTARY',
      });
      await Promise.all(
        [0, 1, 2, 3].map((i) =>
          new Discussion(i % 2 ? a : b, accordId).post(elementAt(parties, i % 3).representative, {
            amendmentId: amendment.id,
            body: `Comment ${i}`,
          }),
        ),
      );
      await negotiation.open(amendment.id);
      await Promise.all(parties.map((party) => negotiation.vote(party, amendment.id, 'FOR')));
      expect((await new Negotiation(b, accordId, facilitator).close(amendment.id)).status).toBe(
        'ADOPTED',
      );

      // Every event reached both instances' clients, once and in order (LISTEN past the pooler).
      const events = await negotiation.events(start);
      expect(events.length).toBeGreaterThanOrEqual(1 + 4 + 1 + 3 + 1);
      for (const client of [onA, onB]) {
        await client.waitForEvents(events.length);
        await client.settle();
        expect(client.seqs(accordId)).toEqual(contiguous(start + 1, start + events.length));
      }
      // Presence crosses instances through the socket.io adapter on its direct connection.
      await onA.raw('presence', { accordId, typing: true });
      await onB.waitForPresence(
        accordId,
        (s) => s.users.some((u) => u.userId === parties[0].representative.id && u.typing),
        'the client on A typing, seen on B',
      );

      // The reads and writes went through PgBouncer, in transaction mode, on its few connections.
      const pools = await bouncer.admin('SHOW POOLS');
      expect(pools.find((row) => row.database === 'plenary')).toMatchObject({
        pool_mode: 'transaction',
      });
      expect(transactions(await bouncer.admin('SHOW STATS'))).toBeGreaterThan(
        transactions(before) + 20,
      );
      const servers = await bouncer.admin('SHOW SERVERS');
      expect(servers.filter((row) => row.database === 'plenary').length).toBeLessThanOrEqual(4);
    });
  },
);
