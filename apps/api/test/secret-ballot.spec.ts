import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  expectData,
  expectError,
  Given,
  type PartyCounts,
  type TestUser,
} from './support/factories.js';
import { elementAt, valueAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { downloadExport } from './support/raw-http.js';
import { eventually, TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

// Only fields the Tally had before secret ballots were sealed: the attack reads what any
// client could read then.
const TALLY = `tally { for against abstain eligible cast passed quorumMet explanation
  chambers { group for against abstain eligible voted passed quorumMet } }`;

/** Four states, three companies and one NGO (a chamber of one), and an academic observer. */
const CHAMBERS = { GOVERNMENT: 4, PRIVATE_SECTOR: 3, CIVIL_SOCIETY: 1 } as const;

// The same eight ballots, in the same order, with a different choice at every step; then the
// first state changes its ballot.
const RUN_A: Choice[] = ['FOR', 'AGAINST', 'FOR', 'ABSTAIN', 'FOR', 'AGAINST', 'FOR', 'FOR'];
const RUN_B: Choice[] = [
  'AGAINST',
  'FOR',
  'ABSTAIN',
  'FOR',
  'AGAINST',
  'FOR',
  'ABSTAIN',
  'AGAINST',
];
const CHANGE_A: Choice = 'AGAINST';
const CHANGE_B: Choice = 'ABSTAIN';

interface ChamberRead {
  group: string;
  for: number | null;
  against: number | null;
  abstain: number | null;
  voted: number;
}
interface TallyRead {
  for: number | null;
  cast: number;
  passed: boolean | null;
  chambers: ChamberRead[];
}

/**
 * Makes two runs comparable: ids (numbered in order of first appearance), times, hashes and the
 * factories' name tags ("GOVERNMENT 1 4c72") differ between any two runs and say nothing about
 * how anyone voted.
 */
class Normalizer {
  private readonly ids = new Map<string, string>();
  apply(value: unknown): string {
    return (typeof value === 'string' ? value : JSON.stringify(value))
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
        if (!this.ids.has(id)) this.ids.set(id, `id${this.ids.size}`);
        return this.ids.get(id)!;
      })
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'time')
      .replace(/\d{4}-\d{2}-\d{2}/g, 'date')
      .replace(/\b[0-9a-f]{64}\b/g, 'hash')
      .replace(/( \d+) [0-9a-f]{4}\b/g, '$1 tag');
  }
}

/**
 * The attack from issue 11: difference consecutive tallies to match each ballot to its chamber
 * and choice. Returns what it could infer, one entry per ballot it pinned down.
 */
function inferBallots(tallies: TallyRead[]): { group: string; choice: Choice }[] {
  const inferred: { group: string; choice: Choice }[] = [];
  for (let i = 1; i < tallies.length; i++) {
    for (const chamber of elementAt(tallies, i).chambers) {
      const before = elementAt(tallies, i - 1).chambers.find((c) => c.group === chamber.group)!;
      for (const [key, choice] of [
        ['for', 'FOR'],
        ['against', 'AGAINST'],
        ['abstain', 'ABSTAIN'],
      ] as const) {
        const now = chamber[key];
        const then = before[key];
        if (now !== null && then !== null && now > then)
          inferred.push({ group: chamber.group, choice });
      }
    }
  }
  return inferred;
}

describe('a secret ballot', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  /**
   * Plays one secret vote: every party votes in turn (then one changes its ballot), and after
   * each ballot an observer, a party and the facilitator read everything they may read — the
   * amendment's tally and ballots, the event log, the three exports and what their sockets
   * received. Returns what each saw (normalized), the observer's tallies, and the final tally.
   */
  async function playSecretVote(choices: Choice[], change: Choice) {
    const setup = await given.accordWithParties({
      rule: { kind: 'CHAMBERED', secretBallot: true },
      parties: CHAMBERS,
      observers: 1,
    });
    const { accordId, facilitator, parties } = setup;
    const n = new Negotiation(api, accordId, facilitator);
    const readers: Record<string, TestUser> = {
      observer: setup.observers[0].representative,
      party: parties[1].representative,
      facilitator,
    };
    const sockets: Record<string, TestSocket> = {};
    const normalizers: Record<string, Normalizer> = {};
    const seen: Record<string, Record<string, string>[]> = {};
    const observerTallies: TallyRead[] = [];
    const amendment = await n.propose(parties[0], {
      kind: 'ADD_CLAUSE',
      heading: 'Attribution',
      text: 'States should substantiate any public attribution of an ICT incident.',
      force: 'VOLUNTARY',
    });
    try {
      for (const [name, user] of Object.entries(readers)) {
        const socket = await TestSocket.connect(api.url, user.token);
        sockets[name] = socket;
        expect((await socket.join(accordId)).ok).toBe(true);
        normalizers[name] = new Normalizer();
        seen[name] = [];
      }
      await n.open(amendment.id);

      const readAll = async () => {
        const { lastSeq } = expectData(
          await api.gql(
            `query($a: ID!) { accord(id: $a) { lastSeq } }`,
            { a: accordId },
            facilitator.token,
          ),
        ).accord as { lastSeq: number };
        for (const [name, user] of Object.entries(readers)) {
          const socket = valueAt(sockets, name);
          await eventually(
            () => socket.seqs(accordId),
            (seqs) => seqs.includes(lastSeq),
            `${name}'s socket to receive event ${lastSeq}`,
          );
          const read = expectData(
            await api.gql(
              `query($m: ID!, $a: ID!) {
                 amendment(id: $m) { status ${TALLY} ballots { choice explanation organization { id } } }
                 accordEvents(accordId: $a, first: 1000) { seq type actorId payload } }`,
              { m: amendment.id, a: accordId },
              user.token,
            ),
          );
          // One export per operation at most: the three files, as the History page downloads them.
          const [json, markdown, akn] = await Promise.all(
            ['export.json', 'export.md', 'export.akn.xml'].map(
              async (file) => (await downloadExport(api, accordId, file, user.token)).text,
            ),
          );
          // The amendment alone, as the web app asks for it (and the read cache keeps it).
          const cached = expectData(
            await api.gql(
              `query($m: ID!) { amendment(id: $m) { ${TALLY} ballots { choice } } }`,
              { m: amendment.id },
              user.token,
            ),
          );
          if (name === 'observer') observerTallies.push(read.amendment.tally as TallyRead);
          const normalize = (value: unknown) => valueAt(normalizers, name).apply(value);
          valueAt(seen, name).push({
            amendment: normalize(read.amendment),
            cachedAmendment: normalize(cached.amendment),
            accordEvents: normalize(read.accordEvents),
            socketEvents: normalize(socket.events),
            json: normalize(json),
            markdown: normalize(markdown),
            akomaNtoso: normalize(akn),
          });
        }
      };

      await readAll();
      for (const [i, choice] of choices.entries()) {
        await n.vote(elementAt(parties, i), amendment.id, choice);
        await readAll();
      }
      await n.vote(parties[0], amendment.id, change);
      await readAll();

      const closed = await n.close(amendment.id);
      return { seen, observerTallies, closed, parties };
    } finally {
      for (const socket of Object.values(sockets)) socket.close();
    }
  }

  it('shows an observer, a party and the facilitator nothing but turnout until the close', async () => {
    const a = await playSecretVote(RUN_A, CHANGE_A);
    const b = await playSecretVote(RUN_B, CHANGE_B);

    // Whatever the choices, every reader saw exactly the same thing after every ballot.
    for (const reader of ['observer', 'party', 'facilitator']) {
      expect(a.seen[reader]).toHaveLength(RUN_A.length + 2);
      valueAt(a.seen, reader).forEach((read, step) => {
        expect({ reader, step, read }).toEqual({ reader, step, read: b.seen[reader]?.[step] });
      });
    }
    // Differencing the tallies after each ballot pins down no ballot at all.
    expect(inferBallots(a.observerTallies)).toEqual([]);
    // Turnout was visible throughout, per chamber too.
    expect(a.observerTallies.map((t) => t.cast)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 8]);
    expect(a.observerTallies[5]?.chambers.map((c) => [c.group, c.voted])).toEqual([
      ['GOVERNMENT', 4],
      ['PRIVATE_SECTOR', 1],
      ['CIVIL_SOCIETY', 0],
    ]);

    // At the close the counts appear, chamber by chamber, and differ as the ballots did.
    const chambersOf = (tally: TallyRead) =>
      tally.chambers.map((c) => [c.group, c.for, c.against, c.abstain]);
    expect(chambersOf(a.closed.tally)).toEqual([
      ['GOVERNMENT', 1, 2, 1],
      ['PRIVATE_SECTOR', 2, 1, 0],
      ['CIVIL_SOCIETY', 1, 0, 0],
    ]);
    expect(chambersOf(b.closed.tally)).toEqual([
      ['GOVERNMENT', 2, 0, 2],
      ['PRIVATE_SECTOR', 1, 1, 1],
      ['CIVIL_SOCIETY', 0, 1, 0],
    ]);
    expect(a.closed.tally.explanation).toMatch(/^Fails: /);
  });

  const SEALABLE = `tally { sealed for against abstain eligible cast passed quorumMet explanation
    chambers { group for against abstain eligible voted passed quorumMet revealsVotes } }`;

  /** A vote opened on a new clause; `read` gives its status and tally as `token` sees them. */
  async function openVote<const Counts extends PartyCounts>(
    parties: Counts,
    observers = 0,
    rule = { kind: 'CHAMBERED', secretBallot: true },
  ) {
    const setup = await given.accordWithParties({ rule, parties, observers });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const amendment = await n.propose(elementAt(setup.parties, 0), {
      kind: 'ADD_CLAUSE',
      text: 'States should not target the public core of the internet.',
      force: 'VOLUNTARY',
    });
    await n.open(amendment.id);
    const read = async (token = setup.facilitator.token) =>
      expectData(
        await api.gql(
          `query($m: ID!) { amendment(id: $m) { status ${SEALABLE} ballots { choice explanation } } }`,
          { m: amendment.id },
          token,
        ),
      ).amendment;
    return { ...setup, n, amendmentId: amendment.id, read };
  }

  it('says it is sealed, shows turnout and flags the small chambers, then opens at the close', async () => {
    const { n, parties, amendmentId, read, observers } = await openVote(
      { GOVERNMENT: 3, CIVIL_SOCIETY: 1 },
      1,
    );
    const [state1, state2, , ngo] = parties;
    // The caster, and only he, gets his choice back.
    expect(await n.vote(state1, amendmentId, 'AGAINST')).toMatchObject({ choice: 'AGAINST' });
    await n.vote(ngo, amendmentId, 'FOR');

    const sealed = await read(elementAt(observers, 0).representative.token);
    expect(sealed.tally).toEqual({
      sealed: true,
      for: null,
      against: null,
      abstain: null,
      eligible: 4,
      cast: 2,
      passed: null,
      quorumMet: true,
      explanation:
        'Secret ballot: 2 of 4 parties have voted; the counts are revealed when the vote closes.',
      chambers: [
        {
          group: 'GOVERNMENT',
          for: null,
          against: null,
          abstain: null,
          eligible: 3,
          voted: 1,
          passed: null,
          quorumMet: true,
          revealsVotes: false,
        },
        {
          group: 'CIVIL_SOCIETY',
          for: null,
          against: null,
          abstain: null,
          eligible: 1,
          voted: 1,
          passed: null,
          quorumMet: true,
          revealsVotes: true,
        },
      ],
    });

    await n.vote(state2, amendmentId, 'FOR');
    await n.vote(state1, amendmentId, 'FOR'); // changed: turnout stays, nothing else moves
    const closed = await n.close(amendmentId);
    expect(closed.status).toBe('ADOPTED');
    const opened = await read(elementAt(observers, 0).representative.token);
    expect(opened.tally).toMatchObject({
      sealed: false,
      for: 3,
      against: 0,
      cast: 3,
      passed: true,
    });
    expect(opened.tally.explanation).toMatch(/^Passes: /);
    expect(
      opened.tally.chambers.map((c: ChamberRead & { revealsVotes: boolean }) => [
        c.group,
        c.for,
        c.against,
        c.revealsVotes,
      ]),
    ).toEqual([
      ['GOVERNMENT', 2, 0, false],
      ['CIVIL_SOCIETY', 1, 0, true],
    ]);

    // The log: turnout per ballot, and the counts chamber by chamber at the close.
    const events = (await n.events()).filter(
      (e) => 'amendmentId' in e.payload && e.payload.amendmentId === amendmentId,
    );
    const casts = events.filter((e) => e.type === 'ballot.cast');
    expect(casts.map((e) => (e.payload.tally as TallyRead).cast)).toEqual([1, 2, 3, 3]);
    for (const cast of casts) {
      expect(cast.actorId).toBeNull();
      expect(Object.keys(cast.payload).sort()).toEqual(['amendmentId', 'secret', 'tally']);
      expect(cast.payload.tally).toMatchObject({ sealed: true, for: null, passed: null });
    }
    const close = events.find((e) => e.type === 'voting.closed')!;
    expect(close.payload).toMatchObject({
      outcome: 'ADOPTED',
      tally: {
        sealed: false,
        for: 3,
        chambers: [
          { group: 'GOVERNMENT', for: 2, against: 0, abstain: 0, revealsVotes: false },
          { group: 'CIVIL_SOCIETY', for: 1, against: 0, abstain: 0, revealsVotes: true },
        ],
      },
    });
    // Who voted what, never.
    expect((await n.amendment(amendmentId)).ballots).toEqual([]);
  });

  it('refuses an explanation of vote, which would give the choice away', async () => {
    const { n, parties, amendmentId, read } = await openVote({ GOVERNMENT: 3 });
    const before = await n.events();
    const refused = await n.voteRaw(
      parties[0].representative,
      parties[0].organizationId,
      amendmentId,
      'AGAINST',
      'We cannot accept this.',
    );
    expect(expectError(refused, 'BAD_USER_INPUT').message).toMatch(/no explanation of vote/);
    expect(await n.events()).toEqual(before);
    expect((await read()).tally.cast).toBe(0);
    // Blank is no explanation.
    await n.vote(parties[0], amendmentId, 'AGAINST', '   ');
    expect((await read()).tally.cast).toBe(1);
  });

  it('keeps the counts of a vote that ends without a close sealed for good', async () => {
    const { n, parties, amendmentId, read } = await openVote({ GOVERNMENT: 3 });
    await n.vote(parties[0], amendmentId, 'FOR');
    await n.vote(parties[1], amendmentId, 'AGAINST');
    expectData(
      await api.gql(
        `mutation($m: ID!) { withdrawAmendment(amendmentId: $m) { status } }`,
        { m: amendmentId },
        parties[0].representative.token,
      ),
    );
    const withdrawn = await read();
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.tally).toMatchObject({ sealed: true, for: null, against: null, cast: 2 });
    expect(withdrawn.tally.explanation).toBe(
      'Secret ballot: 2 of 3 parties had voted when the vote ended without a close; the counts stay sealed.',
    );
  });

  it('names the small chambers to the facilitator who sets a secret rule', async () => {
    const { accordId, facilitator } = await given.accordWithParties({
      parties: { GOVERNMENT: 3, PRIVATE_SECTOR: 2, CIVIL_SOCIETY: 1 },
    });
    const answer = expectData(
      await api.gql(
        `mutation($a: ID!, $r: DecisionRuleInput!) {
           setDecisionRule(accordId: $a, rule: $r) { rule { secretBallot } smallChambers { group parties } } }`,
        { a: accordId, r: { kind: 'SIMPLE_MAJORITY', secretBallot: true } },
        facilitator.token,
      ),
    ).setDecisionRule;
    expect(answer).toEqual({
      rule: { secretBallot: true },
      smallChambers: [
        { group: 'PRIVATE_SECTOR', parties: 2 },
        { group: 'CIVIL_SOCIETY', parties: 1 },
      ],
    });
  });

  it('leaves recorded votes as they were: counts while open, no chamber flagged', async () => {
    const { n, parties, amendmentId, read } = await openVote(
      { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
      0,
      { kind: 'CHAMBERED', secretBallot: false },
    );
    await n.vote(parties[2], amendmentId, 'AGAINST', 'Too vague.');
    const { tally, ballots } = await read();
    expect(tally).toMatchObject({ sealed: false, for: 0, against: 1, passed: false });
    expect(tally.chambers.map((c: { revealsVotes: boolean }) => c.revealsVotes)).toEqual([
      false,
      false,
    ]);
    expect(ballots).toEqual([{ choice: 'AGAINST', explanation: 'Too vague.' }]);
  });
});
