import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkpointSignatureValid, keyRing, verifyChain, type PublishedKey } from '@plenary/ledger';
import { DataSource } from 'typeorm';
import { expectData, expectError, Given, type TestParty } from './support/factories.js';
import { elementAt, firstOf, only } from './support/lists.js';
import { LogForger, verifyExportOffline } from './support/log-forger.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, startTestAppOn, type TestApp } from './support/test-app.js';

const EVERY = 5;
const CHECKPOINTS = `query($a: ID!) { accordCheckpoints(accordId: $a) {
  accordId seq hash previousSeq every at keyId signature } }`;
const VERIFY = `query($a: ID!) { verifyHistory(accordId: $a) { ok checked firstBrokenSeq headHash
  breakReason explanation checkpointsVerified failedCheckpoint { seq keyId } latestCheckpoint { seq } } }`;
const EXPORT = `query($a: ID!) { exportAccord(accordId: $a, format: JSON) }`;
const KEYS = `{ signingKeys { keyId algorithm publicKey fingerprint current } }`;

interface Checkpoint {
  accordId: string;
  seq: number;
  hash: string;
  previousSeq: number | null;
  every: number;
  at: string;
  keyId: string;
  signature: string;
}

describe('signed checkpoints of the log', () => {
  let api: TestApp;
  let given: Given;
  let forgerDb: DataSource;

  /** An accord in which `votes` amendments were decided by its three parties. */
  async function negotiated(votes: number) {
    const setup = await given.accordWithParties({
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const all = (choice: string): [TestParty, string][] => setup.parties.map((p) => [p, choice]);
    for (let i = 1; i <= votes; i++) {
      await n.decide(
        elementAt(setup.parties, i % 3),
        { kind: 'ADD_CLAUSE', text: `States should observe norm ${i}.`, force: 'VOLUNTARY' },
        all(i === 2 ? 'AGAINST' : 'FOR'),
      );
    }
    const token = setup.facilitator.token;
    const read = async <T>(query: string) =>
      expectData(await api.gql<T>(query, { a: setup.accordId }, token));
    return {
      ...setup,
      n,
      checkpoints: async () =>
        (await read<{ accordCheckpoints: Checkpoint[] }>(CHECKPOINTS)).accordCheckpoints,
      verify: async () =>
        (await read<{ verifyHistory: Record<string, any> }>(VERIFY)).verifyHistory,
      exported: async () => (await read<{ exportAccord: string }>(EXPORT)).exportAccord,
      forger: new LogForger(forgerDb, setup.accordId),
    };
  }

  beforeAll(async () => {
    api = await startTestApp({ PLENARY_CHECKPOINT_EVERY: String(EVERY) });
    given = new Given(api);
    forgerDb = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('signs the head at every vote close and at least every N events, with the published key', async () => {
    const accord = await negotiated(3);
    const keys = expectData(
      await api.gql<{ signingKeys: (PublishedKey & { current: boolean })[] }>(KEYS),
    ).signingKeys;
    expect(keys).toHaveLength(1);
    const key = only(keys);
    expect(key).toMatchObject({ algorithm: 'Ed25519', current: true });
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(key.keyId).toBe(key.fingerprint.slice(0, 16));

    const events = await accord.n.events();
    const checkpoints = await accord.checkpoints();
    const bySeq = new Map(checkpoints.map((c) => [c.seq, c]));
    const closes = events.filter((e) => e.type === 'voting.closed');
    expect(closes).toHaveLength(3);
    for (const close of closes) expect(bySeq.has(close.seq)).toBe(true);
    // Linked, never further apart than promised, and the unsigned tail shorter than that.
    checkpoints.forEach((checkpoint, i) => {
      expect(checkpoint.previousSeq).toBe(i === 0 ? null : elementAt(checkpoints, i - 1).seq);
      expect(checkpoint.every).toBe(EVERY);
      expect(checkpoint.seq - (checkpoint.previousSeq ?? 0)).toBeLessThanOrEqual(EVERY);
    });
    expect(events.length - checkpoints.at(-1)!.seq).toBeLessThan(EVERY);
    expect(checkpoints.length).toBeGreaterThan(closes.length); // some by the interval alone

    // Anyone can check a checkpoint with the published key, without the server.
    const hashes = expectData(
      await api.gql(
        `query($a: ID!) { accordEvents(accordId: $a, first: 1000) { seq hash } }`,
        { a: accord.accordId },
        accord.facilitator.token,
      ),
    ).accordEvents as { seq: number; hash: string }[];
    const ring = keyRing(keys);
    for (const checkpoint of checkpoints) {
      expect(checkpoint.keyId).toBe(key.keyId);
      expect(checkpoint.hash).toBe(elementAt(hashes, checkpoint.seq - 1).hash);
      expect(checkpointSignatureValid(checkpoint, ring.get(checkpoint.keyId)!)).toBe(true);
    }

    expect(await accord.verify()).toMatchObject({
      ok: true,
      breakReason: null,
      checkpointsVerified: checkpoints.length,
      latestCheckpoint: { seq: checkpoints.at(-1)!.seq },
    });
    // The readable exports name the last signed head too.
    const last = checkpoints.at(-1)!;
    const exportAs = async (format: string) =>
      expectData(
        await api.gql(
          `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`,
          { a: accord.accordId, f: format },
          accord.facilitator.token,
        ),
      ).exportAccord as string;
    expect(await exportAs('MARKDOWN')).toContain(
      `Last signed checkpoint: event ${last.seq}, hash \`${last.hash}\``,
    );
    const xml = await exportAs('AKOMA_NTOSO');
    expect(xml).toContain(`<checkpoint xmlns="urn:plenary:checkpoint:1"`);
    expect(xml).toContain(`signature="${last.signature}"`);
    // Append-only, like the log.
    await expect(
      forgerDb.query(`UPDATE accord_checkpoint SET every = 1000 WHERE accord_id = $1`, [
        accord.accordId,
      ]),
    ).rejects.toThrow(/append-only/);
  });

  it('detects a rewrite of the whole log with recomputed hashes and head, naming the checkpoint it fails', async () => {
    const accord = await negotiated(3);
    const pin = expectData(await api.gql(KEYS)).signingKeys[0].fingerprint as string;
    const untouched = verifyExportOffline(await accord.exported(), '--pin', pin);
    expect(untouched.status).toBe(0);
    expect(untouched.lines[0]).toMatch(/^ok \d+ events, head [0-9a-f]{64}$/);
    expect(untouched.lines[1]).toMatch(
      /^signed: \d+ checkpoint\(s\) verified, the latest at event/,
    );

    // The first ballot becomes an abstention, everything after it relinked, the head updated.
    const events = await accord.n.events();
    const ballot = events.find((e) => e.type === 'ballot.cast')!;
    await accord.forger.rewrite(ballot.seq, (payload) => ({ ...payload, choice: 'ABSTAIN' }));

    // The hash chain alone holds, against the recorded head: what verifyHistory checked before.
    const forged = await accord.forger.events();
    const [{ head_hash: head }] = await forgerDb.query(
      `SELECT head_hash FROM accord WHERE id = $1`,
      [accord.accordId],
    );
    expect(
      verifyChain(forged, {
        accordId: accord.accordId,
        expectedHead: { seq: forged.length, hash: head },
      }).ok,
    ).toBe(true);

    const checkpoints = await accord.checkpoints();
    const signedAt = checkpoints.find((c) => c.seq >= ballot.seq)!.seq;
    const verdict = await accord.verify();
    expect(verdict).toMatchObject({
      ok: false,
      firstBrokenSeq: signedAt,
      checked: signedAt - 1,
      breakReason: 'checkpointHash',
      failedCheckpoint: { seq: signedAt },
      checkpointsVerified: checkpoints.filter((c) => c.seq < ballot.seq).length,
    });
    expect(verdict.explanation).toContain(
      `the log does not match the checkpoint at event ${signedAt}, signed by key`,
    );

    const offline = verifyExportOffline(await accord.exported(), '--pin', pin);
    expect(offline.status).toBe(1);
    expect(offline.lines[0]).toMatch(
      new RegExp(
        `^broken at seq ${signedAt} \\(checkpointHash\\): the log does not match the checkpoint at event ${signedAt}, signed by key [0-9a-f]{16}`,
      ),
    );
  });

  it('detects checkpoints removed along with the rewrite', async () => {
    const accord = await negotiated(1);
    const close = (await accord.n.events()).find((e) => e.type === 'voting.closed')!;
    // The first that is missing: the interval's end or the vote's close.
    const missing = Math.min(EVERY, close.seq);
    await accord.forger.rewrite(2, (payload) => ({ ...payload, forged: true }));
    await accord.forger.removeCheckpoints();
    expect(await accord.checkpoints()).toEqual([]);
    expect(await accord.verify()).toMatchObject({
      ok: false,
      firstBrokenSeq: missing,
      breakReason: 'checkpointMissing',
    });
    // Nor does the next write launder it: the log had to be signed from its start.
    await accord.n.decide(
      accord.parties[0],
      { kind: 'ADD_CLAUSE', text: 'States should keep records.', force: 'VOLUNTARY' },
      accord.parties.map((p) => [p, 'FOR']),
    );
    const after = await accord.checkpoints();
    expect(after[0]?.previousSeq).toBeNull();
    expect(await accord.verify()).toMatchObject({ ok: false, firstBrokenSeq: missing });
    const offline = verifyExportOffline(await accord.exported());
    expect(offline.status).toBe(1);
    expect(offline.lines[0]).toContain(`broken at seq ${missing} (checkpointMissing)`);
  });

  it("keeps the last checkpoint's promise when the interval is raised between starts", async () => {
    const accord = await negotiated(1);
    const before = (await accord.checkpoints()).length;
    const raised = await startTestAppOn(api.databaseUrl, { PLENARY_CHECKPOINT_EVERY: '12' });
    try {
      const n = new Negotiation(raised, accord.accordId, accord.facilitator);
      const amendment = await n.propose(accord.parties[0], {
        kind: 'ADD_CLAUSE',
        text: 'States should share threat information.',
        force: 'VOLUNTARY',
      });
      await n.open(amendment.id);
      for (let i = 0; i < 30; i++) {
        await n.vote(elementAt(accord.parties, i % 3), amendment.id, i % 2 ? 'FOR' : 'AGAINST');
      }
    } finally {
      await raised.close();
    }
    const checkpoints = await accord.checkpoints();
    const bySeq = new Map(checkpoints.map((c) => [c.seq, c]));
    for (const checkpoint of checkpoints.slice(1)) {
      const previous = bySeq.get(checkpoint.previousSeq!)!;
      expect(checkpoint.seq - previous.seq).toBeLessThanOrEqual(previous.every);
    }
    // The first one signed after the change still came within 5; the following ones every 12.
    const signedAfter = checkpoints.slice(before);
    expect(signedAfter.map((c) => c.every)).toEqual(signedAfter.map(() => 12));
    const [first, second] = firstOf(signedAfter, 2);
    expect(first.seq - first.previousSeq!).toBeLessThanOrEqual(EVERY);
    expect(second.seq - first.seq).toBe(12);
    expect(await accord.verify()).toMatchObject({
      ok: true,
      checkpointsVerified: checkpoints.length,
    });
  });

  it('shows checkpoints only to those who may see the accord', async () => {
    const accord = await negotiated(1);
    const outsider = await given.user('Outsider');
    expectError(await api.gql(CHECKPOINTS, { a: accord.accordId }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(VERIFY, { a: accord.accordId }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(CHECKPOINTS, { a: accord.accordId }), 'UNAUTHENTICATED');
  });
});
