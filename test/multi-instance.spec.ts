import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Discussion } from '../apps/api/test/support/discussion.js';
import { Given, type PartyList, type TestUser } from '../apps/api/test/support/factories.js';
import { elementAt } from '../apps/api/test/support/lists.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import { TestSocket } from '../apps/api/test/support/socket-client.js';
import { startTestAppOn, type TestApp } from '../apps/api/test/support/test-app.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { AccordReadCache } from '../apps/api/src/read-cache/read-cache.module.js';
import { ApiProcess } from './support/api-process.js';
import { sharedStores } from './support/shared-store.js';

// Short, so that the entries of a crashed instance expire within the test.
const PRESENCE = { PLENARY_PRESENCE_TTL_SECONDS: '2' };

const contiguous = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.each(sharedStores('test/multi-instance.spec.ts'))(
  'two API instances on one PostgreSQL, sharing presence and broadcasts through %s',
  (_name, store) => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let instanceA: ApiProcess;
    let instanceB: TestApp;
    let accordId: string;
    let facilitator: TestUser;
    let parties: PartyList<{ GOVERNMENT: 2; CIVIL_SOCIETY: 2 }>;
    let amendmentId: string;
    const sockets: TestSocket[] = [];

    const connect = async (url: string, user: TestUser) => {
      const socket = await TestSocket.connect(url, user.token);
      sockets.push(socket);
      return socket;
    };

    beforeAll(async () => {
      await store.start();
      database = await createTestDatabase();
      instanceB = await startTestAppOn(database.url, { ...PRESENCE, ...store.env() });
      instanceA = await ApiProcess.start(database.url, { ...PRESENCE, ...store.env() });
      const given = new Given(instanceB);
      ({ accordId, facilitator, parties } = await given.accordWithParties({
        parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 2 },
      }));
      amendmentId = (
        await new Negotiation(instanceB, accordId, facilitator).propose(parties[0], {
          kind: 'ADD_CLAUSE',
          text: 'Companies should report vulnerabilities to vendors rather than stockpile them.',
          force: 'VOLUNTARY',
        })
      ).id;
    });
    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close();
    });
    afterAll(async () => {
      await instanceA?.crash();
      await instanceB?.close();
      await database?.drop();
      await store.stop();
    });

    it('shows a client on each instance what happens through the other, once and in order', async () => {
      const onA = await connect(instanceA.url, parties[0].representative);
      const onB = await connect(instanceB.url, parties[1].representative);
      const [joinedA, joinedB] = await Promise.all([onA.join(accordId), onB.join(accordId)]);
      expect(joinedA).toEqual(joinedB);
      const start = joinedA.ok ? joinedA.lastSeq : -1;

      await new Discussion(instanceA, accordId).post(parties[2].representative, {
        amendmentId,
        body: 'Through A.',
      });
      await new Discussion(instanceB, accordId).post(parties[3].representative, {
        amendmentId,
        body: 'Through B.',
      });
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          new Discussion(i % 2 ? instanceA : instanceB, accordId).post(
            elementAt(parties, i % 4).representative,
            {
              amendmentId,
              body: `Round ${i}`,
            },
          ),
        ),
      );

      for (const client of [onA, onB]) {
        await client.waitForEvents(10);
        await client.settle();
        expect(client.seqs(accordId)).toEqual(contiguous(start + 1, start + 10));
        expect(client.events.slice(0, 2).map((e) => e.payload)).toEqual([
          expect.objectContaining({ body: 'Through A.' }),
          expect.objectContaining({ body: 'Through B.' }),
        ]);
      }

      // Presence crosses instances through the socket.io adapter.
      await onA.raw('presence', { accordId, typing: true });
      await onB.waitForPresence(
        accordId,
        (s) => s.users.some((u) => u.userId === parties[0].representative.id && u.typing),
        'the client on A typing, seen on B',
      );
    });

    it('never serves a read kept on one instance after a change made through the other', async () => {
      const PAGE = `query($id: ID!) { amendment(id: $id) { id commentCount comments { body } } }`;
      const reader = parties[1].representative;
      const cache = instanceB.app.get(AccordReadCache).cache;
      const readOnB = async () => {
        const hits = cache.hits;
        const answer = await instanceB.gql<{
          amendment: { commentCount: number; comments: { body: string }[] };
        }>(PAGE, { id: amendmentId }, reader.token);
        return { amendment: answer.data!.amendment, hit: cache.hits > hits };
      };
      const first = await readOnB();
      expect((await readOnB()).hit).toBe(true);

      await new Discussion(instanceA, accordId).post(parties[0].representative, {
        amendmentId,
        body: 'Changed through A.',
      });
      const after = await readOnB();
      expect(after.hit).toBe(false);
      expect(after.amendment.commentCount).toBe(first.amendment.commentCount + 1);
      expect(after.amendment.comments.map((c) => c.body)).toContain('Changed through A.');
      expect((await readOnB()).hit).toBe(true);
    });

    it('converges every client on both instances to the same presence under concurrent changes', async () => {
      const members = [facilitator, ...parties.map((p) => p.representative)];
      const ids = (users: { id: string }[]) => users.map((user) => user.id).sort();
      const clients = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          connect(i % 2 ? instanceA.url : instanceB.url, elementAt(members, i % members.length)),
        ),
      );
      const converged = async (expected: string[], what: string) => {
        for (const client of clients.filter((c) => c.socket.connected)) {
          await client.waitForPresence(
            accordId,
            (s) => JSON.stringify(s.users.map((u) => u.userId).sort()) === JSON.stringify(expected),
            what,
          );
        }
      };

      await Promise.all(clients.map((client) => client.join(accordId)));
      await converged(ids(members), 'everyone, joined through both instances');

      // Two members leave at once from both instances (all their tabs), the others move about.
      const leaving = new Set([elementAt(members, 1).id, elementAt(members, 2).id]);
      await Promise.all(
        clients.map((client, i) =>
          leaving.has(elementAt(members, i % members.length).id)
            ? Promise.resolve(client.close())
            : client.raw('presence', { accordId, typing: i % 3 === 0 }),
        ),
      );
      await converged(
        ids(members.filter((user) => !leaving.has(user.id))),
        'those who stayed, on both instances',
      );
    });

    it('when an instance dies, its client rejoins the other with afterSeq and misses nothing', async () => {
      const survivor = parties[0].representative;
      const bystander = parties[1].representative; // only ever on A: his presence must expire
      const watcher = await connect(instanceB.url, parties[2].representative);
      await watcher.join(accordId);
      const onA = await connect(instanceA.url, survivor);
      const bystanderOnA = await connect(instanceA.url, bystander);
      await onA.join(accordId);
      await bystanderOnA.join(accordId);
      await watcher.waitForPresence(
        accordId,
        (s) => s.users.some((u) => u.userId === bystander.id),
        'the bystander on A, seen on B',
      );

      const talk = new Discussion(instanceB, accordId);
      await talk.post(parties[3].representative, { amendmentId, body: 'Before the crash.' });
      const [seen] = await onA.waitForEvents(1);

      const disconnected = new Promise((resolve) => onA.socket.once('disconnect', resolve));
      await instanceA.crash();
      await disconnected;

      const missed = [];
      for (const body of ['While A was down, 1.', 'While A was down, 2.', 'While A was down, 3.']) {
        missed.push(await talk.post(parties[3].representative, { amendmentId, body }));
      }

      const rejoined = await connect(instanceB.url, survivor);
      expect(await rejoined.join(accordId, seen.seq)).toEqual({ ok: true, lastSeq: seen.seq + 3 });
      await rejoined.waitForEvents(3);
      await talk.post(parties[3].representative, { amendmentId, body: 'After the rejoin.' });
      await rejoined.waitForEvents(4);
      await rejoined.settle();
      expect(rejoined.seqs(accordId)).toEqual(contiguous(seen.seq + 1, seen.seq + 4));
      expect(rejoined.events.slice(0, 3).map((e) => e.payload)).toEqual(
        missed.map((m) => expect.objectContaining({ commentId: m.id })),
      );

      // Nobody cleaned up after A: its entries expire and B tells the room.
      await watcher.waitForPresence(
        accordId,
        (s) => !s.users.some((u) => u.userId === bystander.id),
        'the bystander on the dead instance to expire',
        60_000,
      );
    });
  },
);
