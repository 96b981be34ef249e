import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given, type TestParty } from './support/factories.js';
import { valueAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { eventually, TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ARTICLE_1 =
  'States should not conduct or knowingly support ICT activity that damages critical infrastructure.';
const SHALL = ARTICLE_1.replace('should not', 'shall not');
const PUBLIC_SERVICES = ARTICLE_1.replace(
  'critical infrastructure.',
  'critical infrastructure that provides services to the public.',
);
const MUST_NEVER = ARTICLE_1.replace('should not conduct', 'must never conduct');

const ROUND_FIELDS = `number outcome openedAt endedAt
  tally { sealed for against abstain cast passed explanation }
  suspendedBecause { reason currentVersion }
  ballots { choice explanation organization { id } }`;
const STALE_FIELDS = `id status baseVersion text baseMoved
  conflict { reason currentVersion }
  asItWouldApply { ontoVersion heading text force changes { op text } }
  applied { version text amendment { id } }
  appliedDifference { op text }
  tally { for against abstain cast }
  ballots { choice organization { id } }
  votingRounds { ${ROUND_FIELDS} }`;

interface Part {
  op: string;
  text: string;
}
const inserted = (parts: Part[]) =>
  parts
    .filter((p) => p.op === 'insert')
    .map((p) => p.text.trim())
    .join(' ');
const deleted = (parts: Part[]) =>
  parts
    .filter((p) => p.op === 'delete')
    .map((p) => p.text.trim())
    .join(' ');

describe('amendments whose clause changes under them', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  /** An accord whose article 1 is at version 1, with two states and an NGO as parties. */
  async function accordWithArticle1(rule = { kind: 'SIMPLE_MAJORITY', secretBallot: false }) {
    const setup = await given.accordWithParties({
      rule,
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const [aurelia, borealis, ngo] = setup.parties;
    const clauseId = await n.adoptClause(aurelia, ARTICLE_1, setup.parties);
    const modify = (by: TestParty, text: string) =>
      n.propose(by, { kind: 'MODIFY_CLAUSE', clauseId, baseVersion: 1, text });
    const read = async (id: string, token = setup.facilitator.token) =>
      expectData(
        await api.gql(`query($id: ID!) { amendment(id: $id) { ${STALE_FIELDS} } }`, { id }, token),
      ).amendment;
    return { ...setup, n, aurelia, borealis, ngo, clauseId, modify, read };
  }

  it('shows a non-overlapping amendment as it would now apply once its base moved, and adopts exactly that text', async () => {
    const { n, aurelia, borealis, ngo, modify, read } = await accordWithArticle1();
    const shall = await modify(aurelia, SHALL);
    const services = await modify(ngo, PUBLIC_SERVICES);
    await n.open(shall.id);
    await n.open(services.id);
    await n.vote(borealis, services.id, 'FOR');
    const before = await read(services.id);
    expect(before).toMatchObject({
      baseMoved: false,
      asItWouldApply: { ontoVersion: 1, text: PUBLIC_SERVICES },
    });

    for (const party of [aurelia, borealis, ngo]) await n.vote(party, shall.id, 'FOR');
    const seqBeforeClose = (await n.text()).lastSeq as number;
    expect((await n.close(shall.id)).status).toBe('ADOPTED');

    // Re-examined in the same transaction: still being voted on, its ballot kept, on the new base.
    const shown = await read(services.id);
    const merged =
      'States shall not conduct or knowingly support ICT activity that damages critical infrastructure that provides services to the public.';
    expect(shown).toMatchObject({
      status: 'VOTING',
      baseVersion: 1,
      text: PUBLIC_SERVICES,
      baseMoved: true,
      conflict: null,
      asItWouldApply: { ontoVersion: 2, text: merged, force: 'VOLUNTARY' },
      tally: { for: 1, cast: 1 },
    });
    expect(inserted(shown.asItWouldApply.changes)).toContain(
      'that provides services to the public',
    );
    expect(deleted(shown.asItWouldApply.changes)).not.toContain('shall');
    const reexamined = (await n.events(seqBeforeClose)).filter(
      (e) => e.type === 'amendment.reexamined',
    );
    expect(reexamined.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        amendmentId: services.id,
        outcome: 'APPLIES',
        onto: 2,
        merged: { heading: null, text: merged, force: 'VOLUNTARY' },
      }),
    ]);

    for (const party of [aurelia, ngo]) await n.vote(party, services.id, 'FOR');
    expect((await n.close(services.id)).status).toBe('ADOPTED');
    expect((await n.text()).clauses[0].current).toMatchObject({ version: 3, text: merged });

    // What was adopted: the applied version beside the proposal, and how they differ.
    const adopted = await read(services.id);
    expect(adopted).toMatchObject({
      baseMoved: true,
      asItWouldApply: null,
      applied: { version: 3, text: merged, amendment: { id: services.id } },
    });
    expect(inserted(adopted.appliedDifference)).toBe('shall');
    expect(deleted(adopted.appliedDifference)).toBe('should');
    const asProposed = await read(shall.id);
    expect(asProposed).toMatchObject({
      baseMoved: false,
      applied: { version: 2, text: SHALL },
      appliedDifference: null,
    });
    expect(adopted.votingRounds).toEqual([
      expect.objectContaining({ number: 1, outcome: 'ADOPTED', tally: expect.any(Object) }),
    ]);
    expect(adopted.votingRounds[0].ballots).toHaveLength(3);
  });

  it('puts an overlapping amendment in CONFLICT at once, suspends its vote and keeps its ballots in a round through a rebase', async () => {
    const { n, accordId, facilitator, aurelia, borealis, ngo, modify, read } =
      await accordWithArticle1();
    const shall = await modify(aurelia, SHALL);
    const never = await modify(borealis, MUST_NEVER);
    await n.open(shall.id);
    await n.open(never.id);
    await n.vote(borealis, never.id, 'FOR', 'Never means never.');
    await n.vote(ngo, never.id, 'AGAINST');
    for (const party of [aurelia, borealis, ngo]) await n.vote(party, shall.id, 'FOR');

    // An observer's page (here a socket) in the accord learns it live.
    const socket = await TestSocket.connect(api.url, ngo.representative.token);
    try {
      await socket.join(accordId);
      expect((await n.close(shall.id)).status).toBe('ADOPTED');
      const suspended = await eventually(
        () => socket.events.find((e) => e.type === 'voting.suspended'),
        (event) => event !== undefined,
        'the voting.suspended event',
      );
      expect(suspended!.payload).toMatchObject({
        amendmentId: never.id,
        round: 1,
        reason: 'TEXT_OVERLAP',
        tally: { for: 1, against: 1, cast: 2 },
      });
      expect(socket.events.map((e) => e.type)).toEqual([
        'voting.closed',
        'clause.versioned',
        'amendment.reexamined',
        'voting.suspended',
      ]);
    } finally {
      socket.close();
    }

    const conflicted = await read(never.id, ngo.representative.token);
    expect(conflicted).toMatchObject({
      status: 'CONFLICT',
      baseMoved: true,
      conflict: { reason: 'TEXT_OVERLAP', currentVersion: 2 },
      asItWouldApply: null,
      tally: { for: 1, against: 1, cast: 2 },
    });
    expect(conflicted.votingRounds).toHaveLength(1);
    const [round1] = conflicted.votingRounds;
    expect(round1).toMatchObject({
      number: 1,
      outcome: 'SUSPENDED',
      tally: { for: 1, against: 1, abstain: 0, cast: 2 },
      suspendedBecause: { reason: 'TEXT_OVERLAP', currentVersion: 2 },
    });
    expect(round1.endedAt).not.toBeNull();
    expect(round1.ballots).toEqual(
      expect.arrayContaining([
        {
          choice: 'FOR',
          explanation: 'Never means never.',
          organization: { id: borealis.organizationId },
        },
        { choice: 'AGAINST', explanation: null, organization: { id: ngo.organizationId } },
      ]),
    );

    // No ballot, no close, no new vote until its author rebases it.
    expectError(
      await n.voteRaw(aurelia.representative, aurelia.organizationId, never.id, 'FOR'),
      'CONFLICT',
    );
    expectError(await n.closeRaw(never.id), 'CONFLICT');
    const refused = expectError(await n.openRaw(never.id), 'CONFLICT');
    expect(refused.extensions?.reason).toBe('AMENDMENT_IN_CONFLICT');
    expect(refused.message).toMatch(/rebase/);
    expect((await n.text()).clauses[0].current.version).toBe(2);

    const rebasedText = SHALL.replace('shall not conduct', 'shall never conduct');
    const rebased = expectData(
      await api.gql(
        `mutation($id: ID!, $t: String!) { rebaseAmendment(amendmentId: $id, text: $t) { id } }`,
        { id: never.id, t: rebasedText },
        borealis.representative.token,
      ),
    ).rebaseAmendment;
    const reopened = await read(rebased.id as string);
    expect(reopened).toMatchObject({
      status: 'OPEN',
      baseVersion: 2,
      baseMoved: false,
      conflict: null,
      ballots: [],
      tally: { for: 0, against: 0, cast: 0 },
      asItWouldApply: { ontoVersion: 2, text: rebasedText },
    });
    expect(reopened.votingRounds).toEqual([round1]);

    await n.open(never.id);
    expect((await read(never.id)).votingRounds).toEqual([
      round1,
      expect.objectContaining({ number: 2, outcome: null, tally: null, ballots: [] }),
    ]);
    for (const party of [aurelia, borealis]) await n.vote(party, never.id, 'FOR');
    await n.vote(ngo, never.id, 'ABSTAIN');
    expect((await n.close(never.id)).status).toBe('ADOPTED');
    const final = await read(never.id);
    expect(final.applied).toMatchObject({ version: 3, text: rebasedText });
    expect(final.votingRounds.map((r: { outcome: string }) => r.outcome)).toEqual([
      'SUSPENDED',
      'ADOPTED',
    ]);
    expect(final.votingRounds[0]).toEqual(round1);
    expect(final.votingRounds[1].tally).toMatchObject({ for: 2, against: 0, abstain: 1 });
    expect(final.votingRounds[1].ballots).toHaveLength(3);

    const history = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok } }`,
        { a: accordId },
        facilitator.token,
      ),
    );
    expect(history.verifyHistory.ok).toBe(true);
  });

  it('keeps a suspended secret vote sealed: turnout only, never the counts nor who voted what', async () => {
    const { n, aurelia, borealis, ngo, modify, read } = await accordWithArticle1({
      kind: 'SIMPLE_MAJORITY',
      secretBallot: true,
    });
    const shall = await modify(aurelia, SHALL);
    const never = await modify(borealis, MUST_NEVER);
    await n.open(shall.id);
    await n.open(never.id);
    await n.vote(ngo, never.id, 'AGAINST');
    for (const party of [aurelia, borealis, ngo]) await n.vote(party, shall.id, 'FOR');
    await n.close(shall.id);
    const conflicted = await read(never.id, aurelia.representative.token);
    expect(conflicted.votingRounds).toEqual([
      expect.objectContaining({
        outcome: 'SUSPENDED',
        // Not decided by a close, and it may be voted again after a rebase: still sealed.
        tally: expect.objectContaining({ sealed: true, against: null, cast: 1 }),
        ballots: [],
      }),
    ]);
    const suspended = (await n.events()).find((e) => e.type === 'voting.suspended')!;
    expect(JSON.stringify(suspended)).not.toContain(ngo.organizationId);
    expect(suspended.payload.tally).toMatchObject({ for: null, against: null, cast: 1 });
  });

  it('puts an amendment on a removed clause in CONFLICT, and keeps a withdrawn vote in its round', async () => {
    const { n, aurelia, borealis, ngo, clauseId, modify, read } = await accordWithArticle1();
    const edit = await modify(ngo, PUBLIC_SERVICES);
    const stillOpen = await modify(borealis, SHALL);
    await n.open(edit.id);
    await n.vote(ngo, edit.id, 'FOR');
    expect(
      expectData(
        await api.gql(
          `mutation($id: ID!) { withdrawAmendment(amendmentId: $id) { status } }`,
          { id: edit.id },
          ngo.representative.token,
        ),
      ).withdrawAmendment.status,
    ).toBe('WITHDRAWN');
    const withdrawn = await read(edit.id);
    expect(withdrawn.votingRounds).toEqual([
      expect.objectContaining({
        outcome: 'WITHDRAWN',
        tally: expect.objectContaining({ for: 1, cast: 1 }),
        ballots: [{ choice: 'FOR', explanation: null, organization: { id: ngo.organizationId } }],
      }),
    ]);

    await n.decide(aurelia, { kind: 'REMOVE_CLAUSE', clauseId }, [
      [aurelia, 'FOR'],
      [borealis, 'FOR'],
    ]);
    expect(await read(stillOpen.id)).toMatchObject({
      status: 'CONFLICT',
      conflict: { reason: 'CLAUSE_REMOVED', currentVersion: null },
      asItWouldApply: null,
    });
    expect((await read(edit.id)).status).toBe('WITHDRAWN');
  });

  it('examines at once an amendment proposed against an older version', async () => {
    const { n, aurelia, borealis, ngo, modify, read } = await accordWithArticle1();
    await n.decide(
      aurelia,
      {
        kind: 'MODIFY_CLAUSE',
        clauseId: (await n.text()).clauses[0].id,
        baseVersion: 1,
        text: SHALL,
      },
      [
        [aurelia, 'FOR'],
        [borealis, 'FOR'],
      ],
    );
    const late = await modify(ngo, PUBLIC_SERVICES);
    expect(await read(late.id)).toMatchObject({
      status: 'OPEN',
      baseMoved: true,
      asItWouldApply: {
        ontoVersion: 2,
        text: 'States shall not conduct or knowingly support ICT activity that damages critical infrastructure that provides services to the public.',
      },
    });
    const clashing = await modify(borealis, MUST_NEVER);
    expect(await read(clashing.id)).toMatchObject({
      status: 'CONFLICT',
      conflict: { reason: 'TEXT_OVERLAP', currentVersion: 2 },
      votingRounds: [],
    });
  });

  it('applies or suspends, never over each other, when closes on the same clause race', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const setup = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
      const n = new Negotiation(api, setup.accordId, setup.facilitator);
      const [state] = setup.parties;
      const clauseId = await n.adoptClause(state, 'alpha beta gamma delta epsilon');
      const texts = {
        upper: 'ALPHA beta gamma delta epsilon',
        title: 'Alpha beta gamma delta epsilon',
        tail: 'alpha beta gamma delta EPSILON',
      };
      const ids: Record<string, string> = {};
      for (const [key, text] of Object.entries(texts)) {
        ids[key] = (
          await n.propose(state, { kind: 'MODIFY_CLAUSE', clauseId, baseVersion: 1, text })
        ).id;
        await n.open(ids[key]);
        await n.vote(state, ids[key], 'FOR');
      }
      const closes = await Promise.all(Object.values(ids).map((id) => n.closeRaw(id)));
      const refused = closes.filter((c) => c.errors);
      expect(refused.map((c) => c.errors?.[0]?.extensions?.reason)).toEqual([
        'AMENDMENT_NOT_VOTING',
      ]);

      const read = async (id: string) =>
        expectData(
          await api.gql(
            `query($id: ID!) { amendment(id: $id) { status applied { version text } votingRounds { outcome ballots { choice } } } }`,
            { id },
            setup.facilitator.token,
          ),
        ).amendment;
      const [upper, title, tail] = await Promise.all(
        [valueAt(ids, 'upper'), valueAt(ids, 'title'), valueAt(ids, 'tail')].map(read),
      );
      expect(tail.status).toBe('ADOPTED');
      // "alpha" was changed by exactly one of the two; the other was suspended with its ballot.
      const [winner, loser] = upper.status === 'ADOPTED' ? [upper, title] : [title, upper];
      expect(winner.status).toBe('ADOPTED');
      expect(loser.status).toBe('CONFLICT');
      expect(loser.votingRounds).toEqual([{ outcome: 'SUSPENDED', ballots: [{ choice: 'FOR' }] }]);
      const clause = expectData(
        await api.gql(
          `query($id: ID!) { clause(id: $id) { current { version text } versions { version text } } }`,
          { id: clauseId },
          setup.facilitator.token,
        ),
      ).clause;
      expect(clause.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
      // Each adopted amendment made exactly the version it reports.
      for (const adopted of [winner, tail]) {
        expect(clause.versions).toContainEqual(adopted.applied);
      }
      const word = winner === upper ? 'ALPHA' : 'Alpha';
      expect(clause.current).toEqual({ version: 3, text: `${word} beta gamma delta EPSILON` });
    }
  });

  it('counts every ballot cast while the vote is being suspended in its round, or refuses it', async () => {
    const setup = await given.accordWithParties({ parties: { GOVERNMENT: 6 } });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const { parties } = setup;
    const clauseId = await n.adoptClause(parties[0], 'alpha beta gamma delta epsilon');
    const propose = (text: string) =>
      n.propose(parties[0], { kind: 'MODIFY_CLAUSE', clauseId, baseVersion: 1, text });
    const upper = await propose('ALPHA beta gamma delta epsilon');
    const title = await propose('Alpha beta gamma delta epsilon');
    await n.open(upper.id);
    await n.open(title.id);
    await n.vote(parties[0], upper.id, 'FOR');

    const [close, ...ballots] = await Promise.all([
      n.closeRaw(upper.id),
      ...parties.map((p) => n.voteRaw(p.representative, p.organizationId, title.id, 'AGAINST')),
    ]);
    expect(close.errors).toBeUndefined();
    const accepted = ballots.filter((b) => !b.errors);
    for (const refused of ballots.filter((b) => b.errors))
      expect(refused.errors?.[0]?.extensions?.reason).toBe('VOTING_CLOSED');
    const { amendment } = expectData(
      await api.gql(
        `query($id: ID!) { amendment(id: $id) { status votingRounds { outcome tally { against cast } ballots { organization { id } } } } }`,
        { id: title.id },
        setup.facilitator.token,
      ),
    );
    expect(amendment.status).toBe('CONFLICT');
    const [round] = amendment.votingRounds;
    expect(round.outcome).toBe('SUSPENDED');
    expect(round.tally).toEqual({ against: accepted.length, cast: accepted.length });
    expect(round.ballots).toHaveLength(accepted.length);
  });
});
