import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given, type TestUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation($title: String!, $rule: DecisionRuleInput!) {
  createAccord(title: $title, rule: $rule) { id title lastSeq rule { kind threshold quorum secretBallot weights { group weight } } } }`;
const ACCORD = `query($id: ID!) { accord(id: $id) { id title participants { role organization { id name } } } }`;
const SET_RULE = `mutation($id: ID!, $rule: DecisionRuleInput!) { setDecisionRule(accordId: $id, rule: $rule) { rule { kind threshold } } }`;
const ADD_PARTICIPANT = `mutation($a: ID!, $o: ID!) { addParticipant(accordId: $a, organizationId: $o, role: PARTY) { role organization { id } } }`;

describe('accords and participants', () => {
  let api: TestApp;
  let given: Given;
  let facilitator: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    facilitator = await given.user('Facilitator');
  });
  afterAll(() => api.close());

  it('creates an accord whose creator facilitates it, with its rule stored', async () => {
    const rule = {
      kind: 'WEIGHTED',
      threshold: 0.6,
      quorum: 0.5,
      weights: [{ group: 'GOVERNMENT', weight: 2 }],
    };
    const created = expectData(
      await api.gql(CREATE, { title: '  Tech Accord  ', rule }, facilitator.token),
    );
    expect(created.createAccord).toMatchObject({
      title: 'Tech Accord',
      lastSeq: 1,
      rule: {
        kind: 'WEIGHTED',
        threshold: 0.6,
        quorum: 0.5,
        secretBallot: false,
        weights: [{ group: 'GOVERNMENT', weight: 2 }],
      },
    });
    const listed = expectData(await api.gql(`{ accords { id } }`, {}, facilitator.token));
    expect(listed.accords.map((a: { id: string }) => a.id)).toContain(created.createAccord.id);
  });

  it.each([
    ['threshold 0', { kind: 'QUALIFIED_MAJORITY', threshold: 0 }],
    ['threshold above 1', { kind: 'QUALIFIED_MAJORITY', threshold: 1.5 }],
    ['negative quorum', { kind: 'SIMPLE_MAJORITY', quorum: -0.1 }],
    ['quorum above 1', { kind: 'CHAMBERED', quorum: 1.01 }],
    [
      'weights outside WEIGHTED',
      { kind: 'CHAMBERED', weights: [{ group: 'GOVERNMENT', weight: 2 }] },
    ],
    ['a zero weight', { kind: 'WEIGHTED', weights: [{ group: 'GOVERNMENT', weight: 0 }] }],
    ['a negative weight', { kind: 'WEIGHTED', weights: [{ group: 'CIVIL_SOCIETY', weight: -1 }] }],
    [
      'a group weighted twice',
      {
        kind: 'WEIGHTED',
        weights: [
          { group: 'ACADEMIA', weight: 1 },
          { group: 'ACADEMIA', weight: 2 },
        ],
      },
    ],
  ])('refuses a rule with %s', async (_label, rule) => {
    expectError(
      await api.gql(CREATE, { title: 'Bad rule', rule }, facilitator.token),
      'BAD_USER_INPUT',
    );
  });

  it('refuses over-long titles and preambles', async () => {
    expectError(
      await api.gql(
        CREATE,
        { title: 't'.repeat(201), rule: { kind: 'CONSENSUS' } },
        facilitator.token,
      ),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(CREATE, { title: '', rule: { kind: 'CONSENSUS' } }, facilitator.token),
      'BAD_USER_INPUT',
    );
    const blank = expectError(
      await api.gql(CREATE, { title: '   ', rule: { kind: 'CONSENSUS' } }, facilitator.token),
      'BAD_USER_INPUT',
    );
    expect(blank.message).toBe('title must not be blank');
    const longPreamble = await api.gql(
      `mutation($p: String) { createAccord(title: "T", preamble: $p, rule: { kind: CONSENSUS }) { id } }`,
      { p: 'p'.repeat(20001) },
      facilitator.token,
    );
    expectError(longPreamble, 'BAD_USER_INPUT');
  });

  it('shows an accord to its participants and answers NOT_FOUND to anyone else', async () => {
    const { accordId, parties } = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const seen = expectData(
      await api.gql(ACCORD, { id: accordId }, parties[0].representative.token),
    );
    expect(seen.accord.participants).toEqual([
      { role: 'PARTY', organization: { id: parties[0].organizationId, name: parties[0].name } },
    ]);

    const outsider = await given.user('Outsider');
    const hidden = expectError(
      await api.gql(ACCORD, { id: accordId }, outsider.token),
      'NOT_FOUND',
    );
    const missing = expectError(
      await api.gql(ACCORD, { id: '00000000-0000-4000-8000-000000000000' }, outsider.token),
      'NOT_FOUND',
    );
    expect(hidden.message).toBe(missing.message);
    expectError(await api.gql(ACCORD, { id: 'nonsense' }, outsider.token), 'NOT_FOUND');
    const outsiderList = expectData(await api.gql(`{ accords { id } }`, {}, outsider.token));
    expect(outsiderList.accords).toEqual([]);
    expectError(
      await api.gql(
        `query($id: ID!) { accordEvents(accordId: $id) { seq } }`,
        { id: accordId },
        outsider.token,
      ),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(
        `query($id: ID!) { verifyHistory(accordId: $id) { ok } }`,
        { id: accordId },
        outsider.token,
      ),
      'NOT_FOUND',
    );
  });

  it('lets only the facilitator add participants and change the rule', async () => {
    const {
      accordId,
      parties,
      facilitator: owner,
    } = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const party = parties[0].representative;
    const newcomer = await given.user('Newcomer');
    const newOrganization = await given.organization(newcomer, 'ACADEMIA');

    const byParty = await api.gql(
      ADD_PARTICIPANT,
      { a: accordId, o: newOrganization.id },
      party.token,
    );
    expect(expectError(byParty, 'FORBIDDEN').extensions?.reason).toBe('NOT_THE_FACILITATOR');
    expectError(
      await api.gql(ADD_PARTICIPANT, { a: accordId, o: newOrganization.id }, newcomer.token),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(SET_RULE, { id: accordId, rule: { kind: 'CONSENSUS' } }, party.token),
      'FORBIDDEN',
    );

    expectError(
      await api.gql(ADD_PARTICIPANT, { a: accordId, o: parties[0].organizationId }, owner.token),
      'CONFLICT',
    );
    expectError(
      await api.gql(
        ADD_PARTICIPANT,
        { a: accordId, o: '00000000-0000-4000-8000-000000000000' },
        owner.token,
      ),
      'NOT_FOUND',
    );
    const changed = expectData(
      await api.gql(
        SET_RULE,
        { id: accordId, rule: { kind: 'QUALIFIED_MAJORITY', threshold: 0.75 } },
        owner.token,
      ),
    );
    expect(changed.setDecisionRule.rule).toEqual({ kind: 'QUALIFIED_MAJORITY', threshold: 0.75 });
    expectError(
      await api.gql(
        SET_RULE,
        { id: accordId, rule: { kind: 'SIMPLE_MAJORITY', threshold: 0.5 } },
        owner.token,
      ),
      'BAD_USER_INPUT',
    );
  });
});
