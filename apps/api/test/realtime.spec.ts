import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommittedEvents } from '../src/accord-log/committed-events.js';
import { HistoryService } from '../src/history/history.service.js';
import { AccordEventDelivery } from '../src/realtime/event-delivery.service.js';
import { Discussion } from './support/discussion.js';
import {
  expectData,
  Given,
  type PartyList,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { eventually, TestSocket } from './support/socket-client.js';
import { BACKGROUND_JOBS_ASLEEP, startTestApp, type TestApp } from './support/test-app.js';

const contiguous = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('real time over socket.io', () => {
  let api: TestApp;
  let given: Given;
  let accordId: string;
  let facilitator: TestUser;
  let parties: PartyList<{ GOVERNMENT: 2; CIVIL_SOCIETY: 1 }>;
  let observer: TestParty;
  let outsider: TestUser;
  let amendmentId: string;
  let talk: Discussion;
  const sockets: TestSocket[] = [];

  const connect = async (user: TestUser | null, token = user?.token ?? null) => {
    const socket = await TestSocket.connect(api.url, token);
    sockets.push(socket);
    return socket;
  };
  const lastSeq = async () =>
    expectData(
      await api.gql(
        `query($a: ID!) { accord(id: $a) { lastSeq } }`,
        { a: accordId },
        facilitator.token,
      ),
    ).accord.lastSeq as number;

  beforeAll(async () => {
    // Asleep: a test below counts the COMMITs of the writes it makes.
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
    given = new Given(api);
    const setup = await given.accordWithParties({
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
      observers: 1,
    });
    ({ accordId, facilitator, parties } = setup);
    observer = setup.observers[0];
    outsider = await given.user('Outsider');
    const proposal = await new Negotiation(api, accordId, facilitator).propose(parties[0], {
      kind: 'ADD_CLAUSE',
      heading: 'Vulnerability disclosure',
      text: 'States should encourage responsible reporting of ICT vulnerabilities.',
      force: 'VOLUNTARY',
    });
    amendmentId = proposal.id;
    talk = new Discussion(api, accordId);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => api.close());

  it('refuses a handshake without a token, or with an invalid one', async () => {
    for (const token of [null, 'not-a-token', `${parties[0].representative.token}x`]) {
      const refusal = await TestSocket.connect(api.url, token).then(
        () => null,
        (error: Error & { data?: { code: string } }) => error,
      );
      expect(refusal?.data).toEqual({ code: 'UNAUTHENTICATED' });
    }
  });

  it('delivers a comment posted over GraphQL to every joined client, observers included', async () => {
    const members = [
      facilitator,
      parties[0].representative,
      parties[1].representative,
      observer.representative,
    ];
    const clients = await Promise.all(members.map((user) => connect(user)));
    const acks = await Promise.all(clients.map((client) => client.join(accordId)));
    const head = await lastSeq();
    expect(acks).toEqual(members.map(() => ({ ok: true, lastSeq: head })));

    const comment = await talk.post(observer.representative, {
      amendmentId,
      body: 'Observers welcome this.',
    });

    for (const client of clients) {
      const [event] = await client.waitForEvents(1);
      expect(event).toMatchObject({
        accordId,
        seq: head + 1,
        type: 'comment.posted',
        actorId: observer.representative.id,
        payload: {
          commentId: comment.id,
          amendmentId,
          body: 'Observers welcome this.',
          parentId: null,
        },
      });
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses to let an outsider join, and sends him nothing', async () => {
    const client = await connect(outsider);
    expect(await client.join(accordId)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'ACCORD_NOT_FOUND', message: 'Accord not found' },
    });
    // An accord that does not exist, or an id that is no id, gets the same answer.
    expect(await client.join(randomUUID())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await client.join('accord-1')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const member = await connect(parties[0].representative);
    await member.join(accordId);
    await talk.post(parties[0].representative, { amendmentId, body: 'Not for outsiders.' });
    await member.waitForEvents(1);
    await client.settle();
    expect(client.events).toEqual([]);
  });

  it('gives a client that missed three events exactly those three on rejoining with afterSeq', async () => {
    const user = parties[1].representative;
    const first = await connect(user);
    await first.join(accordId);
    await talk.post(parties[0].representative, { amendmentId, body: 'Before the drop.' });
    const [seen] = await first.waitForEvents(1);
    first.close();

    const missed = [];
    for (const body of ['Missed one.', 'Missed two.', 'Missed three.']) {
      missed.push(await talk.post(parties[0].representative, { amendmentId, body }));
    }

    const again = await connect(user);
    expect(await again.join(accordId, seen.seq)).toEqual({ ok: true, lastSeq: seen.seq + 3 });
    const caughtUp = await again.waitForEvents(3);
    expect(caughtUp.map((e) => [e.seq, e.payload])).toEqual(
      missed.map((m, i) => [
        seen.seq + 1 + i,
        expect.objectContaining({ commentId: m.id, body: m.body }),
      ]),
    );

    // At the seam: the next live event follows without a gap or a repeat.
    await talk.post(parties[0].representative, { amendmentId, body: 'Back live.' });
    await again.waitForEvents(4);
    await again.settle();
    expect(again.seqs(accordId)).toEqual(contiguous(seen.seq + 1, seen.seq + 4));
  });

  it('sends an edited and a deleted comment as such', async () => {
    const author = parties[0].representative;
    const client = await connect(parties[1].representative);
    await client.join(accordId);
    const comment = await talk.post(author, { amendmentId, body: 'Shall, not should.' });
    await talk.edit(author, comment.id, 'Shall, not should — for states and companies.');
    await talk.delete(facilitator, comment.id);

    const [posted, edited, deleted] = await client.waitForEvents(3);
    expect([posted.type, edited.type, deleted.type]).toEqual([
      'comment.posted',
      'comment.edited',
      'comment.deleted',
    ]);
    expect(edited).toMatchObject({
      actorId: author.id,
      payload: {
        commentId: comment.id,
        body: 'Shall, not should — for states and companies.',
        revision: 2,
      },
    });
    expect(deleted).toMatchObject({
      actorId: facilitator.id,
      payload: { commentId: comment.id, byFacilitator: true },
    });
    expect(deleted.payload).not.toHaveProperty('body');
    expect([edited.seq, deleted.seq]).toEqual([posted.seq + 1, posted.seq + 2]);
  });

  it('delivers every event once and in order under concurrent writers and joins in the middle', async () => {
    const start = await lastSeq();
    const writers = [...parties.map((p) => p.representative), observer.representative, facilitator];
    const early = await Promise.all([connect(facilitator), connect(parties[2].representative)]);
    await Promise.all(early.map((c) => c.join(accordId)));
    const late = await Promise.all(writers.map((user) => connect(user)));
    const total = 30;
    const posting = Promise.all(
      Array.from({ length: total }, (_, i) =>
        talk.post(elementAt(writers, i % writers.length), { amendmentId, body: `Point ${i}` }),
      ),
    );
    // Clients join one by one while comments are being committed, catching up from the start.
    for (const client of late) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      expect(await client.join(accordId, start)).toMatchObject({ ok: true });
    }
    await posting;

    for (const client of [...early, ...late]) {
      await eventually(
        () => client.seqs(accordId),
        (seqs) => seqs.length >= total,
        `${total} events`,
      );
    }
    await early[0].settle();
    for (const client of [...early, ...late]) {
      expect(client.seqs(accordId)).toEqual(contiguous(start + 1, start + total));
    }
  });

  describe("this instance's own events", () => {
    type Commit = (this: unknown) => Promise<void>;
    /**
     * Runs `run` with the COMMIT of each write to the log (one that announced its events with
     * `CommittedEvents.committing`) followed, before it is answered, by `answer(lastSeq)`: a wait,
     * an error. Other COMMITs (presence snapshots) are left alone.
     */
    const withOwnCommitsAnswered = async (
      answer: (lastSeq: number) => Promise<void>,
      run: () => Promise<void>,
    ) => {
      const committing = jest.spyOn(api.app.get(CommittedEvents), 'committing');
      const runner = api.app.get(DataSource).createQueryRunner();
      const prototype = Object.getPrototypeOf(runner) as { commitTransaction: Commit };
      await runner.release();
      const original = prototype.commitTransaction;
      let answered = 0;
      prototype.commitTransaction = async function (this: unknown) {
        // Read as the COMMIT is sent: the announcement just before it is this write's.
        const own = committing.mock.calls.length > answered ? committing.mock.calls.at(-1) : null;
        if (own) answered = committing.mock.calls.length;
        await original.call(this);
        if (own) await answer(own[1]);
      };
      try {
        await run();
      } finally {
        prototype.commitTransaction = original;
        committing.mockRestore();
      }
    };
    const joined = async () => {
      const clients = [await connect(parties[0].representative), await connect(facilitator)];
      for (const client of clients) await client.join(accordId);
      return clients;
    };
    /** Each client got the events after `start`, up to `last`, each once and in order. */
    const expectDelivered = async (clients: TestSocket[], start: number, last: number) => {
      for (const client of clients) {
        await eventually(
          () => client.seqs(accordId),
          (seqs) => seqs.length >= last - start,
          `${last - start} events`,
        );
      }
      await clients[0]!.settle();
      for (const client of clients)
        expect(client.seqs(accordId)).toEqual(contiguous(start + 1, last));
    };

    it('are sent as written, not read back, when their notification arrives before the COMMIT is answered', async () => {
      const clients = await joined();
      const start = await lastSeq();
      const delivery = api.app.get(AccordEventDelivery);
      const notified = jest.spyOn(delivery, 'committed');
      const readBack = jest.spyOn(api.app.get(HistoryService), 'readEvents');
      try {
        // Each COMMIT is answered only once its notification has reached the delivery.
        const afterItsNotification = (lastSeq: number) =>
          eventually(
            () => notified.mock.calls.filter(([, seq]) => seq >= lastSeq).length,
            (heard) => heard > 0,
            `the notification of seq ${lastSeq}`,
          ).then(() => undefined);
        await withOwnCommitsAnswered(afterItsNotification, async () => {
          for (let i = 0; i < 4; i++) {
            await talk.post(observer.representative, { amendmentId, body: `Own ${i}` });
          }
        });
        await expectDelivered(clients, start, start + 4);
        expect(readBack).not.toHaveBeenCalled();
      } finally {
        notified.mockRestore();
        readBack.mockRestore();
      }
    });

    it("are read from the log when the COMMIT's answer is lost, once and in order", async () => {
      const clients = await joined();
      const start = await lastSeq();
      let lost = 0;
      const connectionLost = () => {
        lost++;
        return Promise.reject(new Error('the connection dropped after the COMMIT'));
      };
      let answer: unknown;
      await withOwnCommitsAnswered(connectionLost, async () => {
        answer = await talk.postRaw(observer.representative, {
          amendmentId,
          body: 'Committed, unanswered',
        });
      });
      expect(lost).toBe(1);
      expect(answer).toMatchObject({ errors: [expect.anything()] });
      await talk.post(observer.representative, { amendmentId, body: 'The next one' });
      await expectDelivered(clients, start, start + 2);
    });
  });

  it('admits a crowd rejoining at once, from different seqs, while events are committed', async () => {
    const start = await lastSeq();
    for (let i = 0; i < 4; i++) {
      await talk.post(parties[0].representative, { amendmentId, body: `Before ${i}` });
    }
    const readers = [...parties.map((p) => p.representative), observer.representative, facilitator];
    const crowd = await Promise.all(
      Array.from({ length: 24 }, (_, i) => connect(elementAt(readers, i % readers.length))),
    );
    const total = 12;
    const posting = Promise.all(
      Array.from({ length: total }, (_, i) =>
        talk.post(elementAt(readers, i % readers.length), { amendmentId, body: `During ${i}` }),
      ),
    );
    // All at once: a third from the start, a third from half-way, a third fresh.
    const from = (i: number) => (i % 3 === 0 ? start : i % 3 === 1 ? start + 2 : undefined);
    const acks = await Promise.all(crowd.map((client, i) => client.join(accordId, from(i))));
    for (const ack of acks) expect(ack).toMatchObject({ ok: true });
    await posting;

    const end = start + 4 + total;
    for (const client of crowd) {
      await eventually(
        () => client.seqs(accordId),
        (seqs) => seqs.at(-1) === end,
        `events up to ${end}`,
      );
    }
    await elementAt(crowd, 0).settle();
    for (const [i, client] of crowd.entries()) {
      const first = (from(i) ?? (acks[i] as { lastSeq: number }).lastSeq) + 1;
      expect(client.seqs(accordId)).toEqual(contiguous(first, end));
    }
  });

  it('answers malformed and unknown messages with an error ack, and keeps serving', async () => {
    const client = await connect(parties[0].representative);
    const badInput = {
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', message: expect.any(String) },
    };
    expect(await client.raw('join', null)).toEqual(badInput);
    expect(await client.raw('join', 'accord')).toEqual(badInput);
    expect(await client.raw('join', [accordId])).toEqual(badInput);
    expect(await client.raw('join', { accordId, afterSeq: -1 })).toEqual(badInput);
    expect(await client.raw('join', { accordId, afterSeq: 'zero' })).toEqual(badInput);
    expect(await client.raw('join', { accordId, afterSeq: 1_000_000 })).toEqual(badInput);
    expect(await client.raw('join', { accordId: 'x'.repeat(10_000) })).toEqual(badInput);
    expect(await client.raw('join')).toEqual(badInput);
    expect(await client.raw('leave', 42)).toEqual(badInput);
    expect(await client.raw('presence', { accordId, typing: 'very' })).toEqual(badInput);
    expect(await client.raw('presence', { accordId })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: 'Join the accord before sending presence' },
    });
    expect(await client.raw('vote', { accordId, choice: 'FOR' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: 'Unknown event "vote"' },
    });
    // Without an ack, the same messages are ignored.
    const untyped = client.socket as unknown as { emit: (event: string, payload: unknown) => void };
    untyped.emit('join', null);
    untyped.emit('hack', { all: true });
    // A leave of an accord never joined is harmless.
    expect(await client.raw('leave', { accordId })).toEqual({ ok: true });

    expect(client.socket.connected).toBe(true);
    expect(await client.join(accordId)).toMatchObject({ ok: true });
  });

  it('shows who is in the accord and on which clause, live, and drops a socket that disconnects', async () => {
    const n = new Negotiation(api, accordId, facilitator);
    const adopted = await n.decide(
      parties[0],
      {
        kind: 'ADD_CLAUSE',
        text: 'States should not harm emergency response teams.',
        force: 'VOLUNTARY',
      },
      parties.map((p) => [p, 'FOR']),
    );
    expect(adopted.status).toBe('ADOPTED');
    const clauseId = (await n.text()).clauses.at(-1).id as string;
    const reader = parties[0].representative;
    const watcher = parties[1].representative;

    const readerSocket = await connect(reader);
    const watcherSocket = await connect(watcher);
    await watcherSocket.join(accordId);
    await readerSocket.join(accordId);
    await watcherSocket.waitForPresence(
      accordId,
      (s) => s.users.some((u) => u.userId === reader.id),
      'the reader to appear',
    );

    expect(await readerSocket.raw('presence', { accordId, clauseId, typing: true })).toEqual({
      ok: true,
    });
    const typing = await watcherSocket.waitForPresence(
      accordId,
      (s) => s.users.some((u) => u.userId === reader.id && u.typing),
      'the reader typing',
    );
    expect(typing.users.find((u) => u.userId === reader.id)).toEqual({
      userId: reader.id,
      displayName: reader.displayName,
      clauseId,
      typing: true,
    });
    // A clause of another accord, or none at all, is refused.
    expect(await readerSocket.raw('presence', { accordId, clauseId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    readerSocket.close();
    await watcherSocket.waitForPresence(
      accordId,
      (s) => !s.users.some((u) => u.userId === reader.id),
      'the reader to be dropped',
    );
  });

  it('sends each joining socket the snapshot once and the room only coalesced changes; each sees everyone', async () => {
    const crowd = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const host = crowd.parties[0];
    const others = await Promise.all(
      Array.from({ length: 19 }, (_, i) => given.user(`Crowd member ${i + 1}`)),
    );
    for (const user of others) await given.member(host.representative, host.organizationId, user);
    const members = [host.representative, ...others];
    const everyone = members.map((user) => user.id).sort();
    const count = 60; // three sockets (tabs) per member

    const clients = await Promise.all(
      Array.from({ length: count }, (_, i) => connect(elementAt(members, i % members.length))),
    );
    const acks = await Promise.all(clients.map((client) => client.join(crowd.accordId)));
    expect(acks.filter((ack) => ack.ok)).toHaveLength(count);

    const seesEveryone = (users: { userId: string }[]) =>
      JSON.stringify(users.map((user) => user.userId).sort()) === JSON.stringify(everyone);
    for (const client of clients) {
      await client.waitForPresence(crowd.accordId, (s) => seesEveryone(s.users), 'everyone');
    }
    await elementAt(clients, 0).settle();
    for (const client of clients) {
      expect(client.snapshots.filter((s) => s.accordId === crowd.accordId)).toHaveLength(1);
      expect(seesEveryone(client.latestPresence(crowd.accordId)!.users)).toBe(true);
    }
    // One broadcast per join, each to the room as it then was, is up to count² messages.
    const total = clients.reduce((sum, client) => sum + client.presenceMessages(crowd.accordId), 0);
    expect(total).toBeLessThan((count * count) / 4);
  });

  it('rate-limits presence per socket without dropping the connection', async () => {
    const client = await connect(parties[2].representative);
    await client.join(accordId);
    const sentAt = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        client.raw('presence', { accordId, typing: i % 2 === 0 }),
      ),
    );
    // A bucket of 10 refilled at 10 a second: at most 10 and what refilled while the burst was
    // being answered (measured, so a slow machine only loosens the bound).
    const refilled = Math.ceil(((Date.now() - sentAt) / 1000) * 10);
    const accepted = answers.filter((a) => a.ok).length;
    const limited = answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED').length;
    expect(accepted).toBeLessThanOrEqual(10 + refilled);
    expect(accepted + limited).toBe(60);
    expect(client.socket.connected).toBe(true);
    // A token is back after 100 ms, whatever the load.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await client.raw('presence', { accordId, typing: false })).toEqual({ ok: true });
  });
});

describe('real time with a secret ballot', () => {
  let api: TestApp;
  beforeAll(async () => {
    // Asleep: a test below counts the COMMITs of the writes it makes.
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
  });
  afterAll(() => api.close());

  it('sends ballot.cast without the choice or the voter, as logged', async () => {
    const given = new Given(api);
    const { accordId, facilitator, parties } = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY', secretBallot: true },
      parties: { GOVERNMENT: 2 },
    });
    const n = new Negotiation(api, accordId, facilitator);
    const amendment = await n.propose(parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'States shall not attack CERTs.',
      force: 'BINDING',
    });
    await n.open(amendment.id);
    const client = await TestSocket.connect(api.url, parties[1].representative.token);
    try {
      await client.join(accordId);
      await n.vote(parties[0], amendment.id, 'AGAINST');
      const [cast] = await client.waitForEvents(1);
      expect(cast).toMatchObject({
        type: 'ballot.cast',
        actorId: null,
        payload: { amendmentId: amendment.id, secret: true },
      });
      expect(cast.payload).not.toHaveProperty('choice');
      expect(cast.payload).not.toHaveProperty('explanation');
      expect(JSON.stringify(cast)).not.toMatch(/AGAINST|"against":1/);
      expect(JSON.stringify(cast)).not.toContain(parties[0].organizationId);
      expect(JSON.stringify(cast)).not.toContain(parties[0].representative.id);
    } finally {
      client.close();
    }
  });
});
