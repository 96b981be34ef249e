import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { BACKFILL_BALLOT_RECEIPTS } from '../src/database/migrations/1764170000000-receipts-and-checkpoints.js';
import { expectData, expectError, Given, type TestParty } from './support/factories.js';
import { LogForger, verifyExportOffline } from './support/log-forger.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CAST = `mutation($a: ID!, $o: ID!, $c: BallotChoice!) {
  castBallot(amendmentId: $a, organizationId: $o, choice: $c) {
    choice receipt { accordId amendmentId seq hash castAt organization { id } } } }`;
const MINE = `query($a: ID!) { myBallotReceipts(amendmentId: $a) {
  accordId amendmentId seq hash castAt organization { id } } }`;
const CHECK = `query($a: ID!, $s: Int!, $h: String!) { checkReceipt(accordId: $a, seq: $s, hash: $h) {
  accordId seq hash inChain chainOk coveredBy { seq keyId } explanation } }`;

interface Receipt {
  accordId: string;
  amendmentId: string;
  seq: number;
  hash: string;
  organization: { id: string };
}

describe('ballot receipts', () => {
  let api: TestApp;
  let given: Given;

  /** An accord with three parties and an amendment being voted on. */
  async function voteInProgress(secretBallot: boolean) {
    const setup = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY', secretBallot },
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const amendment = await n.propose(setup.parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'States should report vulnerabilities to vendors.',
      force: 'VOLUNTARY',
    });
    await n.open(amendment.id);
    const cast = async (party: TestParty, choice: string): Promise<Receipt> =>
      expectData(
        await api.gql(
          CAST,
          { a: amendment.id, o: party.organizationId, c: choice },
          party.representative.token,
        ),
      ).castBallot.receipt;
    const mine = async (party: TestParty): Promise<Receipt[]> =>
      expectData(await api.gql(MINE, { a: amendment.id }, party.representative.token))
        .myBallotReceipts;
    const check = async (receipt: { seq: number; hash: string }, token: string) =>
      expectData(
        await api.gql(CHECK, { a: setup.accordId, s: receipt.seq, h: receipt.hash }, token),
      ).checkReceipt;
    return { ...setup, n, amendmentId: amendment.id, cast, mine, check };
  }

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  it('gives the caster the seq and hash of the event that recorded his ballot', async () => {
    const vote = await voteInProgress(false);
    const [state] = vote.parties;
    const receipt = await vote.cast(state, 'FOR');
    expect(receipt).toMatchObject({
      accordId: vote.accordId,
      amendmentId: vote.amendmentId,
      organization: { id: state.organizationId },
    });
    const event = (await vote.n.events()).find((e) => e.seq === receipt.seq)!;
    expect(event).toMatchObject({
      type: 'ballot.cast',
      payload: { organizationId: state.organizationId, choice: 'FOR' },
    });
    const { accordEvents } = expectData(
      await api.gql(
        `query($a: ID!, $s: Int!) { accordEvents(accordId: $a, afterSeq: $s, first: 1) { hash } }`,
        { a: vote.accordId, s: receipt.seq - 1 },
        state.representative.token,
      ),
    );
    expect(accordEvents[0].hash).toBe(receipt.hash);
    // A public ballot shows its receipt to everyone, as the event does.
    const { amendment } = expectData(
      await api.gql(
        `query($id: ID!) { amendment(id: $id) { ballots { organization { id } receipt { seq hash } } } }`,
        { id: vote.amendmentId },
        vote.facilitator.token,
      ),
    );
    expect(amendment.ballots).toEqual([
      {
        organization: { id: state.organizationId },
        receipt: { seq: receipt.seq, hash: receipt.hash },
      },
    ]);
  });

  it('keeps the receipts of a secret vote for the representatives of the organization alone', async () => {
    const vote = await voteInProgress(true);
    const [state, other] = vote.parties;
    const first = await vote.cast(state, 'FOR');
    const changed = await vote.cast(state, 'AGAINST');
    expect(changed.seq).toBeGreaterThan(first.seq);
    // The receipt is that of the secret entry, which names neither the organization nor the voter.
    const event = (await vote.n.events()).find((e) => e.seq === first.seq)!;
    expect(event).toMatchObject({ type: 'ballot.cast', actorId: null });
    expect(JSON.stringify(event.payload)).not.toContain(state.organizationId);

    // After a reload: every receipt of his organization, newest first; nobody else's.
    expect(await vote.mine(state)).toEqual([changed, first]);
    expect(await vote.mine(other)).toEqual([]);
    await vote.cast(other, 'FOR');
    expect((await vote.mine(other)).map((r) => r.organization.id)).toEqual([other.organizationId]);
    const member = await given.user('Junior diplomat');
    await given.member(state.representative, state.organizationId, member, 'MEMBER');
    expect(
      expectData(await api.gql(MINE, { a: vote.amendmentId }, member.token)).myBallotReceipts,
    ).toEqual([]);
    // Not on the ballots: a secret vote lists none.
    expect((await vote.n.amendment(vote.amendmentId)).ballots).toEqual([]);
  });

  it('checks a receipt: in the log, and under a checkpoint signed when the vote closes', async () => {
    const vote = await voteInProgress(true);
    const [state, second, third] = vote.parties;
    const receipt = await vote.cast(state, 'FOR');
    const open = await vote.check(receipt, state.representative.token);
    expect(open).toMatchObject({
      accordId: vote.accordId,
      seq: receipt.seq,
      hash: receipt.hash,
      inChain: true,
      chainOk: true,
      coveredBy: null,
    });
    expect(open.explanation).toContain('not yet under a signed checkpoint');

    await vote.cast(second, 'FOR');
    await vote.cast(third, 'AGAINST');
    await vote.n.close(vote.amendmentId);
    const close = (await vote.n.events()).find((e) => e.type === 'voting.closed')!;
    const closed = await vote.check(receipt, state.representative.token);
    expect(closed).toMatchObject({ inChain: true, chainOk: true, coveredBy: { seq: close.seq } });
    expect(closed.explanation).toMatch(
      new RegExp(
        `^Entry ${receipt.seq} \\(.{12}…\\) is in the log, under the checkpoint at event ${close.seq}`,
      ),
    );
    // Any hash in upper case is the same receipt; another hash is not in the log.
    expect(
      (
        await vote.check(
          { ...receipt, hash: receipt.hash.toUpperCase() },
          state.representative.token,
        )
      ).inChain,
    ).toBe(true);
    const wrong = await vote.check(
      { seq: receipt.seq, hash: 'a'.repeat(64) },
      state.representative.token,
    );
    expect(wrong).toMatchObject({ inChain: false, chainOk: true, coveredBy: null });
    expect(wrong.explanation).toContain('is not in the verified log');

    // Offline, from the export, with the receipt as copied.
    const exported = expectData(
      await api.gql(
        `query($a: ID!) { exportAccord(accordId: $a, format: JSON) }`,
        { a: vote.accordId },
        vote.facilitator.token,
      ),
    ).exportAccord as string;
    const copied = `${vote.accordId}:${receipt.seq}:${receipt.hash}`;
    const offline = verifyExportOffline(exported, '--receipt', copied);
    expect(offline.status).toBe(0);
    expect(offline.lines.at(-1)).toMatch(
      new RegExp(
        `^receipt: Entry ${receipt.seq} .* is in the log, under the checkpoint at event ${close.seq}`,
      ),
    );
    const forgedReceipt = verifyExportOffline(
      exported,
      '--receipt',
      `${receipt.seq}:${'b'.repeat(64)}`,
    );
    expect(forgedReceipt.status).toBe(1);
    expect(forgedReceipt.lines.at(-1)).toContain('is not in the verified log');

    // A database owner rewrites the ballot's entry: the receipt no longer checks.
    await new LogForger(api.app.get(DataSource), vote.accordId).rewrite(receipt.seq, (p) => ({
      ...p,
      forged: true,
    }));
    const rewritten = await vote.check(receipt, state.representative.token);
    expect(rewritten).toMatchObject({ inChain: false, chainOk: false, coveredBy: null });
  });

  it('answers receipt checks only to those who may see the accord, and refuses malformed receipts', async () => {
    const vote = await voteInProgress(false);
    const receipt = await vote.cast(vote.parties[0], 'FOR');
    const outsider = await given.user('Outsider');
    const vars = { a: vote.accordId, s: receipt.seq, h: receipt.hash };
    expectError(await api.gql(CHECK, vars, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(CHECK, vars), 'UNAUTHENTICATED');
    expectError(await api.gql(MINE, { a: vote.amendmentId }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(MINE, { a: vote.amendmentId }), 'UNAUTHENTICATED');
    const token = vote.parties[0].representative.token;
    expectError(await api.gql(CHECK, { ...vars, h: 'not-a-hash' }, token), 'BAD_USER_INPUT');
    expectError(await api.gql(CHECK, { ...vars, s: 0 }, token), 'BAD_USER_INPUT');
    expectError(await api.gql(CHECK, { ...vars, a: 'nope' }, token), 'NOT_FOUND');
    // The facilitator and observers may check any receipt of the accord.
    expect((await vote.check(receipt, vote.facilitator.token)).inChain).toBe(true);
  });

  it('gives ballots cast before receipts existed the receipts of their events (the migration)', async () => {
    const db = api.app.get(DataSource);
    const secret = await voteInProgress(true);
    const open = await voteInProgress(false);
    for (const vote of [secret, open]) {
      await vote.cast(vote.parties[0], 'FOR');
      await vote.cast(vote.parties[1], 'AGAINST');
      await vote.cast(vote.parties[0], 'ABSTAIN');
    }
    const amendments = [secret.amendmentId, open.amendmentId];
    const receipts = () =>
      db.query(
        `SELECT 'history' AS source, id::text, receipt_seq, receipt_hash FROM ballot_history WHERE amendment_id = ANY($1)
         UNION ALL
         SELECT 'current', organization_id::text, receipt_seq, receipt_hash FROM ballot WHERE amendment_id = ANY($1)
         ORDER BY 1, 2`,
        [amendments],
      );
    const issued = await receipts();
    expect(issued).toHaveLength(10);
    for (const table of ['ballot', 'ballot_history']) {
      await db.query(
        `UPDATE ${table} SET receipt_seq = NULL, receipt_hash = NULL WHERE amendment_id = ANY($1)`,
        [amendments],
      );
    }
    for (const sql of BACKFILL_BALLOT_RECEIPTS) await db.query(sql);
    expect(await receipts()).toEqual(issued);
  });
});
