import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, Given, type TestParty } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BALLOTS = `query($id: ID!) { amendment(id: $id) {
  ballots { choice explanation changes { choice explanation castAt castBy { id } } }
  votingRounds { ballots { choice changes { choice explanation } receipt { seq } } } } }`;

describe('a changed ballot, shown', () => {
  let api: TestApp;
  let given: Given;

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api?.close());

  async function voteTwiceAndChange(secretBallot: boolean) {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY', secretBallot },
      parties: { GOVERNMENT: 2 },
    });
    const [state, other] = [elementAt(parties, 0), elementAt(parties, 1)];
    const n = new Negotiation(api, accordId, facilitator);
    const { id } = await n.propose(state, {
      kind: 'ADD_CLAUSE',
      text: 'States should report.',
      force: 'VOLUNTARY',
    });
    await n.open(id);
    await n.vote(state, id, 'FOR');
    await n.vote(other, id, 'FOR');
    if (!secretBallot) await n.vote(state, id, 'AGAINST', 'Not without a time limit.');
    else await n.vote(state, id, 'AGAINST');
    await n.vote(state, id, 'ABSTAIN');
    return { n, id, state, other };
  }

  const read = async (id: string, party: TestParty) =>
    expectData(await api.gql(BALLOTS, { id }, party.representative.token)).amendment;

  it("a recorded vote shows each party's changes, oldest first, in the running vote and after it", async () => {
    const { n, id, state, other } = await voteTwiceAndChange(false);
    const running = await read(id, other);
    expect(running.ballots).toEqual([
      {
        choice: 'FOR',
        explanation: null,
        changes: [],
      },
      {
        choice: 'ABSTAIN',
        explanation: null,
        changes: [
          {
            choice: 'FOR',
            explanation: null,
            castAt: expect.any(String),
            castBy: { id: state.representative.id },
          },
          {
            choice: 'AGAINST',
            explanation: 'Not without a time limit.',
            castAt: expect.any(String),
            castBy: { id: state.representative.id },
          },
        ],
      },
    ]);
    await n.close(id);
    const [round] = (await read(id, other)).votingRounds as {
      ballots: { choice: string; changes: { choice: string }[]; receipt: { seq: number } | null }[];
    }[];
    const changed = round?.ballots.find((b) => b.choice === 'ABSTAIN');
    expect(changed?.changes.map((c) => c.choice)).toEqual(['FOR', 'AGAINST']);
    // The round's ballots carry their receipts too.
    expect(round?.ballots.every((b) => typeof b.receipt?.seq === 'number')).toBe(true);
  });

  it('a secret ballot shows none: no ballots, so no changes', async () => {
    const { id, other } = await voteTwiceAndChange(true);
    expect((await read(id, other)).ballots).toEqual([]);
  });
});
