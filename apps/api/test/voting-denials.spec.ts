import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectError, Given, type TestParty, type TestUser } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('drafting and voting refuse bad requests and write nothing', () => {
  let api: TestApp;
  let given: Given;
  let n: Negotiation;
  let state: TestParty;
  let firm: TestParty;
  let observer: TestParty;
  let member: TestUser;
  let clauseId: string;

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    const setup = await given.accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1 },
      observers: 1,
    });
    n = new Negotiation(api, setup.accordId, setup.facilitator);
    [state, firm] = setup.parties;
    [observer] = setup.observers;
    member = await given.user('Junior diplomat');
    await given.member(state.representative, state.organizationId, member, 'MEMBER');
    await n.decide(
      state,
      { kind: 'ADD_CLAUSE', text: 'States respect the UN Charter.', force: 'BINDING' },
      [
        [state, 'FOR'],
        [firm, 'FOR'],
      ],
    );
    clauseId = (await n.text()).clauses[0].id;
  });
  afterAll(() => api.close());

  /** Runs a refused request and checks the accord log did not move. */
  async function refused(
    run: () => Promise<import('./support/test-app.js').GraphqlResponse>,
    code: string,
    reason?: string,
  ) {
    const before = (await n.text()).lastSeq;
    const error = expectError(await run(), code);
    if (reason) expect(error.extensions?.reason).toBe(reason);
    expect(error.message).not.toMatch(/\.ts:|\.js:|at /);
    expect((await n.text()).lastSeq).toBe(before);
  }

  it('lets only members of a PARTY organization propose, on its behalf', async () => {
    const outsider = await given.user('Outsider');
    const ownOrg = await given.organization(outsider, 'ACADEMIA');
    await refused(
      () => n.proposeRaw(observer, { kind: 'ADD_CLAUSE', text: 'x', force: 'BINDING' }),
      'FORBIDDEN',
      'NOT_A_PARTY',
    );
    await refused(
      () =>
        n.proposeRaw(
          { ...state, representative: outsider },
          { kind: 'ADD_CLAUSE', text: 'x', force: 'BINDING' },
        ),
      'NOT_FOUND',
    );
    await refused(
      () =>
        n.proposeRaw(
          { ...firm, representative: state.representative },
          { kind: 'ADD_CLAUSE', text: 'x', force: 'BINDING' },
        ),
      'FORBIDDEN',
      'NOT_A_MEMBER',
    );
    await refused(
      () =>
        n.proposeRaw(
          { ...state, organizationId: ownOrg.id, representative: state.representative },
          { kind: 'ADD_CLAUSE', text: 'x', force: 'BINDING' },
        ),
      'FORBIDDEN',
    );
    const byMember = await n.proposeRaw(
      { ...state, representative: member },
      { kind: 'ADD_CLAUSE', text: 'A member may draft.', force: 'VOLUNTARY' },
    );
    expect(byMember.errors).toBeUndefined();
  });

  it('checks the shape of each kind of amendment', async () => {
    await refused(
      () => n.proposeRaw(state, { kind: 'MODIFY_CLAUSE', clauseId, baseVersion: 1 }),
      'BAD_USER_INPUT',
    );
    await refused(
      () => n.proposeRaw(state, { kind: 'MODIFY_CLAUSE', clauseId, baseVersion: 7, text: 'New.' }),
      'BAD_USER_INPUT',
      'UNKNOWN_BASE_VERSION',
    );
    await refused(
      () => n.proposeRaw(state, { kind: 'MODIFY_CLAUSE', clauseId, text: 'New.' }),
      'BAD_USER_INPUT',
      'UNKNOWN_BASE_VERSION',
    );
    await refused(
      () =>
        n.proposeRaw(state, {
          kind: 'ADD_CLAUSE',
          text: 'Far away.',
          force: 'BINDING',
          position: 9,
        }),
      'BAD_USER_INPUT',
      'POSITION_OUT_OF_RANGE',
    );
    await refused(
      () =>
        n.proposeRaw(state, { kind: 'ADD_CLAUSE', text: 'Zero.', force: 'BINDING', position: 0 }),
      'BAD_USER_INPUT',
    );
    await refused(
      () => n.proposeRaw(state, { kind: 'MOVE_CLAUSE', clauseId, position: 2 }),
      'BAD_USER_INPUT',
      'POSITION_OUT_OF_RANGE',
    );
    await refused(
      () => n.proposeRaw(state, { kind: 'ADD_CLAUSE', text: 'No force.' }),
      'BAD_USER_INPUT',
    );
    await refused(() => n.proposeRaw(state, { kind: 'REMOVE_CLAUSE' }), 'BAD_USER_INPUT');
    await refused(
      () =>
        n.proposeRaw(state, {
          kind: 'REMOVE_CLAUSE',
          clauseId: '00000000-0000-4000-8000-000000000000',
        }),
      'NOT_FOUND',
    );
    await refused(
      () => n.proposeRaw(state, { kind: 'ADD_CLAUSE', text: 'x'.repeat(20001), force: 'BINDING' }),
      'BAD_USER_INPUT',
    );
    await refused(
      () =>
        n.proposeRaw(state, { kind: 'ADD_CLAUSE', text: 'ok', force: 'BINDING', rationale: '' }),
      'BAD_USER_INPUT',
    );
    await refused(
      () => n.proposeRaw(state, { kind: 'ADD_CLAUSE', text: '  \n ', force: 'BINDING' }),
      'BAD_USER_INPUT',
    );
    // PostgreSQL stores no NUL character: a clear refusal, not an internal error.
    await refused(
      () => n.proposeRaw(state, { kind: 'ADD_CLAUSE', text: 'Nul\u0000here.', force: 'BINDING' }),
      'BAD_USER_INPUT',
    );
    await refused(
      () =>
        n.proposeRaw(state, {
          kind: 'ADD_CLAUSE',
          text: 'Fine.',
          force: 'BINDING',
          rationale: 'Nul\u0000here.',
        }),
      'BAD_USER_INPUT',
    );
  });

  it('guards the vote: who may open, cast and close, and when', async () => {
    const amendment = await n.propose(state, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall respect the UN Charter.',
    });
    await refused(
      () => n.voteRaw(state.representative, state.organizationId, amendment.id, 'FOR'),
      'CONFLICT',
      'VOTING_CLOSED',
    );
    await refused(
      () => n.openRaw(amendment.id, undefined, state.representative.token),
      'FORBIDDEN',
      'NOT_THE_FACILITATOR',
    );
    await refused(() => n.closeRaw(amendment.id), 'CONFLICT', 'AMENDMENT_NOT_VOTING');
    await refused(() => n.openRaw(amendment.id, '2001-01-01T00:00:00Z'), 'BAD_USER_INPUT');
    await n.open(amendment.id);
    await refused(() => n.openRaw(amendment.id), 'CONFLICT', 'VOTING_ALREADY_OPENED');
    await refused(
      () =>
        api.gql(
          `mutation($id: ID!, $t: String!) { rebaseAmendment(amendmentId: $id, text: $t) { id } }`,
          { id: amendment.id, t: 'Edited after votes.' },
          state.representative.token,
        ),
      'CONFLICT',
    );
    await refused(
      () => n.voteRaw(state.representative, firm.organizationId, amendment.id, 'FOR'),
      'FORBIDDEN',
      'NOT_A_MEMBER',
    );
    await refused(
      () => n.voteRaw(observer.representative, observer.organizationId, amendment.id, 'FOR'),
      'FORBIDDEN',
      'NOT_A_PARTY',
    );
    await refused(
      () => n.voteRaw(member, state.organizationId, amendment.id, 'FOR'),
      'FORBIDDEN',
      'NOT_A_REPRESENTATIVE',
    );
    await refused(
      () =>
        n.voteRaw(
          state.representative,
          state.organizationId,
          amendment.id,
          'FOR',
          'e'.repeat(5001),
        ),
      'BAD_USER_INPUT',
    );
    const outsider = await given.user('Outsider');
    await refused(
      () => n.voteRaw(outsider, state.organizationId, amendment.id, 'FOR'),
      'NOT_FOUND',
    );

    await n.vote(state, amendment.id, 'FOR', 'We want binding language.');
    await n.vote(state, amendment.id, 'AGAINST', 'On reflection, no.');
    await n.vote(firm, amendment.id, 'AGAINST');
    const open = await n.amendment(amendment.id);
    expect(
      open.ballots.map((b: { choice: string; explanation: string | null }) => [
        b.choice,
        b.explanation,
      ]),
    ).toEqual([
      ['AGAINST', 'On reflection, no.'],
      ['AGAINST', null],
    ]);
    expect((await n.close(amendment.id)).status).toBe('REJECTED');
    await refused(
      () => n.voteRaw(state.representative, state.organizationId, amendment.id, 'FOR'),
      'CONFLICT',
      'VOTING_CLOSED',
    );
    await refused(() => n.closeRaw(amendment.id), 'CONFLICT');
  });

  it('lets only the author withdraw, and only while undecided', async () => {
    const amendment = await n.propose(state, { kind: 'REMOVE_CLAUSE', clauseId });
    const withdraw = (token: string) =>
      api.gql(
        `mutation($id: ID!) { withdrawAmendment(amendmentId: $id) { status } }`,
        { id: amendment.id },
        token,
      );
    await refused(() => withdraw(firm.representative.token), 'FORBIDDEN', 'NOT_THE_AUTHOR');
    const done = await withdraw(state.representative.token);
    expect(done.data?.withdrawAmendment.status).toBe('WITHDRAWN');
    await refused(() => withdraw(state.representative.token), 'CONFLICT');
  });

  it('hides amendments and clauses of accords the caller cannot see', async () => {
    const outsider = await given.user('Curious');
    const amendment = await n.propose(state, { kind: 'REMOVE_CLAUSE', clauseId });
    expectError(
      await api.gql(
        `query($id: ID!) { amendment(id: $id) { id } }`,
        { id: amendment.id },
        outsider.token,
      ),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(`query($id: ID!) { clause(id: $id) { id } }`, { id: clauseId }, outsider.token),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(`query($id: ID!) { clause(id: $id) { id } }`, { id: 'junk' }, outsider.token),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(`query($id: ID!) { amendment(id: $id) { id } }`, { id: amendment.id }),
      'UNAUTHENTICATED',
    );
  });
});
