import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { computeTally } from '@plenary/decision-rules';
import type { BallotChoice, StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { VotingDeadlineScheduler } from '../src/voting/voting-deadline.scheduler.js';
import { expectData, Given } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;

describe('voting under concurrency', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  it('keeps one current ballot per organization and a tally equal to a recount under 200 concurrent ballots', async () => {
    const setup = await given.accordWithParties({
      rule: { kind: 'CHAMBERED', quorum: 0.5 },
      parties: { GOVERNMENT: 15, PRIVATE_SECTOR: 13, CIVIL_SOCIETY: 12 },
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const amendment = await n.propose(setup.parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'A contested clause.',
      force: 'BINDING',
    });
    await n.open(amendment.id);
    // 200 ballots over 40 organizations: every one changes its mind a few times, all at once.
    const calls = Array.from({ length: 200 }, (_, i) => {
      const party = elementAt(setup.parties, i % 40);
      return n.voteRaw(
        party.representative,
        party.organizationId,
        amendment.id,
        elementAt(CHOICES, (i * 7 + Math.floor(i / 40)) % 3),
      );
    });
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.errors)).toEqual([]);

    const db = api.app.get(DataSource);
    const current = await db.query<{ organization_id: string; choice: BallotChoice }[]>(
      `SELECT organization_id, choice FROM ballot WHERE amendment_id = $1`,
      [amendment.id],
    );
    expect(current).toHaveLength(40);
    const history = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ballot_history WHERE amendment_id = $1`,
      [amendment.id],
    );
    expect(history[0]?.n).toBe(200);

    const recount = computeTally(
      setup.parties.map((p) => ({
        organizationId: p.organizationId,
        group: p.group as StakeholderGroup,
      })),
      current.map((b) => ({ organizationId: b.organization_id, choice: b.choice })),
      { kind: 'CHAMBERED' as never, quorum: 0.5 },
    );
    const stored = (await n.amendment(amendment.id)).tally;
    expect(stored).toMatchObject({
      for: recount.for,
      against: recount.against,
      abstain: recount.abstain,
      cast: 40,
      eligible: 40,
      passed: recount.passed,
    });
    const events = (await n.events()).filter((e) => e.type === 'ballot.cast');
    expect(events).toHaveLength(200);
    // The chain and its checkpoints, signed every 50 events by whichever ballot came due.
    const verified = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok checked checkpointsVerified } }`,
        { a: n.accordId },
        n.facilitator.token,
      ),
    ).verifyHistory;
    expect(verified.ok).toBe(true);
    expect(verified.checkpointsVerified).toBe(Math.floor(verified.checked / 50));
  });

  it('applies two amendments on the same base closed at the same time without a lost update', async () => {
    const setup = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const [state] = setup.parties;
    await n.decide(
      state,
      { kind: 'ADD_CLAUSE', text: 'alpha beta gamma delta epsilon', force: 'VOLUNTARY' },
      [[state, 'FOR']],
    );
    const clauseId = (await n.text()).clauses[0].id;
    const proposals = await Promise.all([
      n.propose(state, {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: 'ALPHA beta gamma delta epsilon',
      }),
      n.propose(state, {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: 'alpha beta gamma delta EPSILON',
      }),
      n.propose(state, {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: 'alpha beta GAMMA delta epsilon',
      }),
      n.propose(state, {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: 'alpha beta gamma (delta) epsilon',
      }),
    ]);
    for (const p of proposals) {
      await n.open(p.id);
      await n.vote(state, p.id, 'FOR');
    }
    const closed = await Promise.all(proposals.map((p) => n.close(p.id)));
    expect(closed.map((c) => c.status).sort()).toEqual([
      'ADOPTED',
      'ADOPTED',
      'ADOPTED',
      'ADOPTED',
    ]);
    const clause = expectData(
      await api.gql(
        `query($id: ID!) { clause(id: $id) { current { version text } versions { version } } }`,
        { id: clauseId },
        state.representative.token,
      ),
    ).clause;
    expect(clause.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(clause.current).toEqual({ version: 5, text: 'ALPHA beta GAMMA (delta) EPSILON' });
  });

  it('closes a vote at its deadline exactly once, however many closers race', async () => {
    const setup = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const [state] = setup.parties;
    // A deadline just ahead, and a ballot in before it. On a busy machine casting it may take
    // longer than the margin: then the vote closed empty, and we try again with twice the margin.
    let amendment: { id: string };
    let deadline: number;
    for (let marginMs = 400; ; marginMs *= 2) {
      amendment = await n.propose(state, {
        kind: 'ADD_CLAUSE',
        text: 'Due soon.',
        force: 'VOLUNTARY',
      });
      deadline = Date.now() + marginMs;
      await n.open(amendment.id, new Date(deadline).toISOString());
      const ballot = await n.voteRaw(
        state.representative,
        state.organizationId,
        amendment.id,
        'FOR',
      );
      if (!ballot.errors) break;
      expect(ballot.errors[0]?.extensions).toMatchObject({ reason: 'VOTING_CLOSED' });
    }
    // Then past the deadline (the API's clock is this machine's).
    while (Date.now() <= deadline) {
      await new Promise((resolve) => setTimeout(resolve, deadline - Date.now() + 20));
    }
    const late = await n.voteRaw(
      state.representative,
      state.organizationId,
      amendment.id,
      'AGAINST',
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VOTING_CLOSED',
    });
    const closer = api.app.get(VotingDeadlineScheduler);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => closer.closeDue(amendment.id)),
    );
    // The scheduler may have won the race too: in all, one close.
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
    const closes = (await n.events()).filter(
      (e) => e.type === 'voting.closed' && e.payload.amendmentId === amendment.id,
    );
    expect(closes).toHaveLength(1);
    expect((await n.amendment(amendment.id)).status).toBe('ADOPTED');
  });
});
