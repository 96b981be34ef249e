import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given, type TestParty } from './support/factories.js';
import { firstOf, type Tuple } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ORIGINAL =
  'States should not conduct or knowingly support ICT activity that damages critical infrastructure.';

describe('a whole negotiation under a CHAMBERED rule', () => {
  let api: TestApp;
  let given: Given;
  let n: Negotiation;
  let gov: Tuple<TestParty, 3>;
  let biz: Tuple<TestParty, 2>;
  let cso: Tuple<TestParty, 3>;
  let clauseId: string;

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    const setup = await given.accordWithParties({
      rule: { kind: 'CHAMBERED' },
      parties: { GOVERNMENT: 3, PRIVATE_SECTOR: 2, CIVIL_SOCIETY: 3 },
    });
    n = new Negotiation(api, setup.accordId, setup.facilitator);
    gov = firstOf(
      setup.parties.filter((p) => p.group === 'GOVERNMENT'),
      3,
    );
    biz = firstOf(
      setup.parties.filter((p) => p.group === 'PRIVATE_SECTOR'),
      2,
    );
    cso = firstOf(
      setup.parties.filter((p) => p.group === 'CIVIL_SOCIETY'),
      3,
    );
  });
  afterAll(() => api.close());

  it('adopts an ADD_CLAUSE with a majority in every chamber and creates version 1', async () => {
    const closed = await n.decide(
      gov[0],
      {
        kind: 'ADD_CLAUSE',
        heading: 'Critical infrastructure',
        text: ORIGINAL,
        force: 'VOLUNTARY',
        sources: ['UN GGE 2015 norm 13(f)'],
      },
      [
        [gov[0], 'FOR'],
        [gov[1], 'FOR'],
        [gov[2], 'AGAINST'],
        [biz[0], 'FOR'],
        [biz[1], 'FOR'],
        [cso[0], 'FOR'],
        [cso[1], 'FOR'],
        [cso[2], 'ABSTAIN'],
      ],
    );
    expect(closed.status).toBe('ADOPTED');
    expect(closed.tally).toMatchObject({
      for: 6,
      against: 1,
      abstain: 1,
      eligible: 8,
      cast: 8,
      passed: true,
    });
    expect(
      closed.tally.chambers.map((c: { group: string; passed: boolean }) => [c.group, c.passed]),
    ).toEqual([
      ['GOVERNMENT', true],
      ['PRIVATE_SECTOR', true],
      ['CIVIL_SOCIETY', true],
    ]);
    const text = await n.text();
    expect(text.clauses).toHaveLength(1);
    expect(text.clauses[0]).toMatchObject({
      number: '1',
      current: {
        version: 1,
        heading: 'Critical infrastructure',
        text: ORIGINAL,
        force: 'VOLUNTARY',
        sources: ['UN GGE 2015 norm 13(f)'],
      },
    });
    clauseId = text.clauses[0].id;
  });

  it('rejects an amendment when one chamber is against, and the explanation names it', async () => {
    const closed = await n.decide(
      biz[0],
      { kind: 'ADD_CLAUSE', text: 'Companies may hack back.', force: 'VOLUNTARY', position: 1 },
      [
        [gov[0], 'FOR'],
        [gov[1], 'FOR'],
        [gov[2], 'FOR'],
        [biz[0], 'FOR'],
        [biz[1], 'FOR'],
        [cso[0], 'FOR'],
        [cso[1], 'AGAINST'],
        [cso[2], 'AGAINST'],
      ],
    );
    expect(closed.status).toBe('REJECTED');
    expect(closed.tally.passed).toBe(false);
    expect(closed.tally.explanation).toMatch(/civil society/i);
    expect(closed.tally.explanation).not.toMatch(/government|private sector/i);
    expect((await n.text()).clauses).toHaveLength(1);
  });

  it('merges a stale amendment whose edits do not overlap, and suspends one that does, until rebased', async () => {
    const everyoneFor = (): [TestParty, string][] =>
      [...gov, ...biz, ...cso].map((p) => [p, 'FOR']);
    const shall = await n.propose(gov[1], {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: ORIGINAL.replace('should not', 'shall not'),
    });
    const publicServices = await n.propose(cso[0], {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: ORIGINAL.replace(
        'critical infrastructure.',
        'critical infrastructure that provides services to the public.',
      ),
    });
    const never = await n.propose(biz[1], {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: ORIGINAL.replace('should not conduct', 'must never conduct'),
    });

    for (const amendment of [shall, publicServices, never]) await n.open(amendment.id);
    for (const [party, choice] of everyoneFor()) {
      for (const amendment of [shall, publicServices, never])
        await n.vote(party, amendment.id, choice);
    }
    expect((await n.close(shall.id)).status).toBe('ADOPTED');
    // The overlapping one went into CONFLICT the moment version 2 was made: its vote is suspended.
    expectError(await n.closeRaw(never.id), 'CONFLICT');
    expect((await n.close(publicServices.id)).status).toBe('ADOPTED');
    const merged = (await n.text()).clauses[0].current;
    expect(merged).toMatchObject({ version: 3 });
    expect(merged.text).toBe(
      'States shall not conduct or knowingly support ICT activity that damages critical infrastructure that provides services to the public.',
    );

    const conflicted = await n.amendment(never.id);
    expect(conflicted.status).toBe('CONFLICT');
    expect(conflicted.conflict.reason).toBe('TEXT_OVERLAP');
    expect(conflicted.conflict.currentVersion).toBe(2);
    const range = conflicted.conflict.ranges[0];
    expect(ORIGINAL.slice(range.base.start, range.base.end)).toContain('should');
    expect((await n.text()).clauses[0].current.version).toBe(3);

    const rebasedText = merged.text.replace('shall not conduct', 'shall never conduct');
    const rebased = expectData(
      await api.gql(
        `mutation($id: ID!, $t: String!) { rebaseAmendment(amendmentId: $id, text: $t) { status baseVersion text conflict { reason } } }`,
        { id: never.id, t: rebasedText },
        biz[1].representative.token,
      ),
    ).rebaseAmendment;
    expect(rebased).toEqual({ status: 'OPEN', baseVersion: 3, text: rebasedText, conflict: null });
    await n.open(never.id);
    for (const [party, choice] of everyoneFor()) await n.vote(party, never.id, choice);
    expect((await n.close(never.id)).status).toBe('ADOPTED');
    const final = (await n.text()).clauses[0].current;
    expect(final).toMatchObject({ version: 4, text: rebasedText });

    const versions = expectData(
      await api.gql(
        `query($id: ID!) { clause(id: $id) { versions { version amendment { id } author { id } } attribution { text version author { id } } } }`,
        { id: clauseId },
        cso[2].representative.token,
      ),
    ).clause;
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4]);
    expect(versions.versions[1]).toEqual({
      version: 2,
      amendment: { id: shall.id },
      author: { id: gov[1].organizationId },
    });
    expect(versions.attribution.map((s: { text: string }) => s.text).join('')).toBe(rebasedText);
    expect(
      versions.attribution.some(
        (s: { version: number; author: { id: string } }) =>
          s.version === 3 && s.author.id === cso[0].organizationId,
      ),
    ).toBe(true);
  });

  it('keeps article numbers when clauses are added, moved and removed; a change to a removed clause conflicts', async () => {
    const all = (): [TestParty, string][] => [...gov, ...biz, ...cso].map((p) => [p, 'FOR']);
    await n.decide(
      gov[0],
      { kind: 'ADD_CLAUSE', text: 'States respect human rights online.', force: 'BINDING' },
      all(),
    );
    await n.decide(
      gov[0],
      {
        kind: 'ADD_CLAUSE',
        text: 'States protect their own critical infrastructure.',
        force: 'VOLUNTARY',
        position: 1,
      },
      all(),
    );
    let text = await n.text();
    expect(
      text.clauses.map((c: { number: string; current: { text: string } }) => [
        c.number,
        c.current.text.slice(0, 20),
      ]),
    ).toEqual([
      // Inserted before article 1, it takes "1 A"; the others keep their numbers.
      ['1 A', 'States protect their'],
      ['1', 'States shall never c'],
      ['2', 'States respect human'],
    ]);
    const humanRights = text.clauses[2].id;
    const lateEdit = await n.propose(cso[1], {
      kind: 'MODIFY_CLAUSE',
      clauseId: humanRights,
      baseVersion: 1,
      text: 'States respect and protect human rights online.',
    });
    await n.decide(biz[0], { kind: 'MOVE_CLAUSE', clauseId: humanRights, position: 1 }, all());
    text = await n.text();
    expect(text.clauses.map((c: { id: string }) => c.id)[0]).toBe(humanRights);
    expect(text.clauses.map((c: { number: string }) => c.number)).toEqual(['2', '1 A', '1']);

    await n.decide(biz[0], { kind: 'REMOVE_CLAUSE', clauseId: humanRights }, all());
    text = await n.text();
    expect(text.clauses.map((c: { number: string }) => c.number)).toEqual(['1 A', '1']);
    expect(text.clauses.map((c: { id: string }) => c.id)).not.toContain(humanRights);

    const orphaned = await n.amendment(lateEdit.id);
    expect(orphaned.status).toBe('CONFLICT');
    expect(orphaned.conflict.reason).toBe('CLAUSE_REMOVED');
    expect(expectError(await n.openRaw(lateEdit.id), 'CONFLICT').extensions?.reason).toBe(
      'AMENDMENT_IN_CONFLICT',
    );

    const types = (await n.events()).map((e) => e.type);
    for (const type of [
      'amendment.proposed',
      'voting.opened',
      'ballot.cast',
      'voting.closed',
      'clause.versioned',
      'clause.moved',
      'clause.removed',
      'amendment.reexamined',
      'voting.suspended',
      'amendment.rebased',
    ]) {
      expect(types).toContain(type);
    }
    const verification = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok } }`,
        { a: n.accordId },
        n.facilitator.token,
      ),
    );
    expect(verification.verifyHistory.ok).toBe(true);
  });

  it('refuses to change the decision rule once a vote has opened', async () => {
    const res = await api.gql(
      `mutation($id: ID!) { setDecisionRule(accordId: $id, rule: { kind: SIMPLE_MAJORITY }) { id } }`,
      { id: n.accordId },
      n.facilitator.token,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RULE_LOCKED' });
  });
});

describe('secret ballots and weighted votes', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  it('keeps ballots secret while open and after, shows turnout then the tally, and logs neither choice nor voter', async () => {
    const setup = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY', secretBallot: true },
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const [a, b, c] = setup.parties;
    const amendment = await n.propose(a, {
      kind: 'ADD_CLAUSE',
      text: 'States cooperate to stop cybercrime.',
      force: 'VOLUNTARY',
    });
    await n.open(amendment.id);
    await n.vote(a, amendment.id, 'FOR');
    await n.vote(b, amendment.id, 'AGAINST');
    await n.vote(c, amendment.id, 'FOR');
    const open = await n.amendment(amendment.id, a.representative.token);
    expect(open.ballots).toEqual([]);
    expect(open.tally).toMatchObject({ for: null, against: null, cast: 3, passed: null });
    expect((await n.close(amendment.id)).tally).toMatchObject({ for: 2, against: 1, passed: true });
    expect((await n.amendment(amendment.id)).ballots).toEqual([]);
    const ballotEvents = (await n.events()).filter((e) => e.type === 'ballot.cast');
    expect(ballotEvents).toHaveLength(3);
    for (const event of ballotEvents) {
      expect(event.payload).not.toHaveProperty('choice');
      expect(event.payload).not.toHaveProperty('explanation');
      expect(event.payload).toHaveProperty('tally');
      // Who cast it stays out of the log: with the tally after each ballot, it would tell how.
      expect(event.actorId).toBeNull();
      const logged = JSON.stringify(event);
      for (const party of setup.parties) {
        expect(logged).not.toContain(party.organizationId);
        expect(logged).not.toContain(party.representative.id);
      }
    }
  });

  it('lets weights change the outcome compared with a simple majority', async () => {
    const parties = { GOVERNMENT: 1, PRIVATE_SECTOR: 2, CIVIL_SOCIETY: 1 } as const;
    const weighted = await given.accordWithParties({
      rule: { kind: 'WEIGHTED', threshold: 0.5, weights: [{ group: 'GOVERNMENT', weight: 4 }] },
      parties,
    });
    const simple = await given.accordWithParties({ rule: { kind: 'SIMPLE_MAJORITY' }, parties });
    const outcomes: string[] = [];
    for (const setup of [weighted, simple]) {
      const n = new Negotiation(api, setup.accordId, setup.facilitator);
      const [state, firm1, firm2, ngo] = setup.parties;
      const closed = await n.decide(
        state,
        {
          kind: 'ADD_CLAUSE',
          text: 'States notify vulnerabilities responsibly.',
          force: 'VOLUNTARY',
        },
        [
          [state, 'FOR'],
          [firm1, 'AGAINST'],
          [firm2, 'AGAINST'],
          [ngo, 'AGAINST'],
        ],
      );
      outcomes.push(closed.status);
      if (setup === weighted)
        expect(closed.tally).toMatchObject({ for: 4, against: 3, passed: true });
    }
    expect(outcomes).toEqual(['ADOPTED', 'REJECTED']);
  });
});
