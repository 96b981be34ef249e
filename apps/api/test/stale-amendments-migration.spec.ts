import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { StaleAmendments1764180000000 } from '../src/database/migrations/1764180000000-stale-amendments.js';
import { VoteRemindersSent1764400000500 } from '../src/database/migrations/1764400000500-vote-reminders-sent.js';
import { expectData, Given } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the migration that keeps votes as rounds', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('records the votes held before it as round 1 of each amendment, with a final tally for each ended one', async () => {
    const setup = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const [a, b, c] = setup.parties;
    const adopted = await n.decide(a, { kind: 'ADD_CLAUSE', text: 'One.', force: 'VOLUNTARY' }, [
      [a, 'FOR'],
      [b, 'AGAINST'],
      [b, 'FOR'],
    ]);
    const running = await n.propose(b, { kind: 'ADD_CLAUSE', text: 'Two.', force: 'VOLUNTARY' });
    await n.open(running.id);
    await n.vote(c, running.id, 'AGAINST');
    const withdrawn = await n.propose(c, { kind: 'ADD_CLAUSE', text: 'Three.', force: 'BINDING' });
    await n.open(withdrawn.id);
    await n.vote(a, withdrawn.id, 'FOR');
    await n.vote(c, withdrawn.id, 'ABSTAIN');
    const conflicted = await n.propose(a, { kind: 'ADD_CLAUSE', text: 'Four.', force: 'BINDING' });
    await n.open(conflicted.id);
    await n.vote(a, conflicted.id, 'FOR');

    const db = api.app.get(DataSource);
    const runner = db.createQueryRunner();
    const migration = new StaleAmendments1764180000000();
    // A later table refers to the rounds this migration creates: reverted first, as a revert
    // in order would, and made again after.
    const later = new VoteRemindersSent1764400000500();
    try {
      await later.down(runner);
      await migration.down(runner);
      // As the code before it left them: a withdrawn vote without a final tally, and a vote
      // adopted at its close but found in conflict.
      await runner.query(
        `UPDATE amendment SET status = 'WITHDRAWN', closed_at = now() WHERE id = $1`,
        [withdrawn.id],
      );
      await runner.query(
        `UPDATE amendment SET status = 'CONFLICT', closed_at = now(),
           final_tally = '{"for":1,"against":0,"abstain":0,"cast":1,"eligible":3,"passed":true}',
           conflict = '{"reason":"CLAUSE_REMOVED","currentVersion":null,"ranges":[]}'
         WHERE id = $1`,
        [conflicted.id],
      );
      await migration.up(runner);
      await later.up(runner);
      const rounds = await runner.manager.query<
        {
          amendment_id: string;
          round: number;
          outcome: string | null;
          final_tally: { for: number; against: number; abstain: number } | null;
          conflict: { reason: string } | null;
        }[]
      >(`SELECT amendment_id, round, outcome, final_tally, conflict FROM voting_round`);
      const of = (id: string) => rounds.filter((r) => r.amendment_id === id);
      expect(of(adopted.id)).toEqual([
        expect.objectContaining({ round: 1, outcome: 'ADOPTED', conflict: null }),
      ]);
      expect(of(adopted.id)[0]?.final_tally).toMatchObject({ for: 2, against: 0 });
      expect(of(running.id)).toEqual([
        expect.objectContaining({ round: 1, outcome: null, final_tally: null }),
      ]);
      expect(of(withdrawn.id)).toEqual([
        expect.objectContaining({ outcome: 'WITHDRAWN', conflict: null }),
      ]);
      expect(of(withdrawn.id)[0]?.final_tally).toMatchObject({ for: 1, against: 0, abstain: 1 });
      expect(of(conflicted.id)).toEqual([
        expect.objectContaining({ outcome: 'SUSPENDED', conflict: expect.any(Object) }),
      ]);
      const unassigned = await runner.manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ballot_history WHERE round <> 1`,
      );
      expect(unassigned[0]?.n).toBe(0);
    } finally {
      await runner.release();
    }

    // The vote that was running goes on, in its round.
    await n.vote(a, running.id, 'FOR');
    const read = expectData(
      await api.gql(
        `query($id: ID!) { amendment(id: $id) { tally { for against } votingRounds { number outcome } } }`,
        { id: running.id },
        setup.facilitator.token,
      ),
    ).amendment;
    expect(read).toEqual({
      tally: { for: 1, against: 1 },
      votingRounds: [{ number: 1, outcome: null }],
    });
    expect((await n.close(running.id)).status).toBe('REJECTED');
  });
});
