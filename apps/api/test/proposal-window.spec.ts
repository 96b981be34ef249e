import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, type TestParty, type TestUser } from './support/factories.js';
import { type Negotiation, oneStateNegotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SET = `mutation($a: ID!, $o: DateTime, $c: DateTime) {
  setProposalWindow(accordId: $a, opensAt: $o, closesAt: $c) { id proposalsOpenFrom proposalsCloseAt } }`;
const WINDOW = `query($a: ID!) { accord(id: $a) { proposalsOpenFrom proposalsCloseAt viewerCanAmend } }`;
const EVENTS = `query($a: ID!, $after: Int) { accordEvents(accordId: $a, afterSeq: $after) { type payload } }`;

const HOUR = 3_600_000;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('the proposal window', () => {
  let api: TestApp;
  let accordId: string;
  let facilitator: TestUser;
  let party: TestParty;
  let outsider: TestUser;
  let n: Negotiation;
  let clauseId: string;

  const setWindow = (opensAt: string | null, closesAt: string | null, token = facilitator.token) =>
    api.gql(SET, { a: accordId, o: opensAt, c: closesAt }, token);
  const proposeRemoval = () => n.proposeRaw(party, { kind: 'REMOVE_CLAUSE', clauseId });

  beforeAll(async () => {
    api = await startTestApp();
    ({ accordId, facilitator, party, outsider, n } = await oneStateNegotiation(api));
    clauseId = await n.adoptClause(party, 'States should refrain.');
  });

  afterAll(() => api?.close());

  it('is open without limit until the facilitator sets one', async () => {
    const { accord } = expectData(
      await api.gql(WINDOW, { a: accordId }, party.representative.token),
    );
    expect(accord).toEqual({
      proposalsOpenFrom: null,
      proposalsCloseAt: null,
      viewerCanAmend: true,
    });
    expectData(await proposeRemoval());
  });

  it('refuses proposals once closed, says when, and logs the window', async () => {
    const closesAt = fromNow(-60_000);
    const set = expectData(await setWindow(null, closesAt)).setProposalWindow;
    expect(set).toEqual({ id: accordId, proposalsOpenFrom: null, proposalsCloseAt: closesAt });

    const refused = expectError(await proposeRemoval(), 'CONFLICT');
    expect(refused.extensions?.reason).toBe('PROPOSALS_CLOSED');
    expect(refused.message).toContain(closesAt);
    const { accord } = expectData(
      await api.gql(WINDOW, { a: accordId }, party.representative.token),
    );
    expect(accord.viewerCanAmend).toBe(false);

    const { accordEvents } = expectData(
      await api.gql(EVENTS, { a: accordId }, party.representative.token),
    );
    expect(accordEvents.at(-1)).toEqual({
      type: 'accord.proposalWindowSet',
      payload: { opensAt: null, closesAt },
    });
  });

  it('refuses proposals before it opens, and takes them inside it', async () => {
    expectData(await setWindow(fromNow(HOUR), fromNow(2 * HOUR)));
    const early = expectError(await proposeRemoval(), 'CONFLICT');
    expect(early.extensions?.reason).toBe('PROPOSALS_NOT_OPEN_YET');

    expectData(await setWindow(fromNow(-HOUR), fromNow(HOUR)));
    expectData(await proposeRemoval());
    const { accord } = expectData(
      await api.gql(WINDOW, { a: accordId }, party.representative.token),
    );
    expect(accord.viewerCanAmend).toBe(true);
  });

  it('is the facilitator’s to set; refused to parties, strangers and anonymous callers', async () => {
    const variables = { a: accordId, o: null, c: fromNow(HOUR) };
    expectError(await api.gql(SET, variables, party.representative.token), 'FORBIDDEN');
    expectError(await api.gql(SET, variables, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(SET, variables), 'UNAUTHENTICATED');
    expectError(await api.gql(WINDOW, { a: accordId }, outsider.token), 'NOT_FOUND');
  });

  it('refuses a window that closes before it opens, or a time that is not one', async () => {
    const backwards = expectError(await setWindow(fromNow(HOUR), fromNow(-HOUR)), 'BAD_USER_INPUT');
    expect(backwards.message).toMatch(/close after it opens/);
    const inAnHour = fromNow(HOUR);
    expectError(await setWindow(inAnHour, inAnHour), 'BAD_USER_INPUT');
    expectError(
      await api.gql(SET, { a: accordId, o: 'next tuesday', c: null }, facilitator.token),
      'BAD_USER_INPUT',
    );
  });

  it('closing and proposing at once: each proposal lands before the close or is refused', async () => {
    expectData(await setWindow(null, null));
    const { accord: before } = expectData(
      await api.gql(
        `query($a: ID!) { accord(id: $a) { lastSeq } }`,
        { a: accordId },
        facilitator.token,
      ),
    );
    const closesAt = fromNow(-1);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => proposeRemoval()),
      setWindow(null, closesAt),
      ...Array.from({ length: 4 }, () => proposeRemoval()),
    ]);
    const { accordEvents } = expectData(await api.gql(EVENTS, { a: accordId }, facilitator.token));
    const after = (accordEvents as { type: string }[]).slice(before.lastSeq);
    const closedAt = after.findIndex((e) => e.type === 'accord.proposalWindowSet');
    // Every accepted proposal is logged before the window closed; every later one was refused.
    const accepted = results.filter((r) => !r.errors).length - 1;
    expect(after.slice(0, closedAt).filter((e) => e.type === 'amendment.proposed')).toHaveLength(
      accepted,
    );
    expect(after.slice(closedAt).some((e) => e.type === 'amendment.proposed')).toBe(false);
    for (const refused of results.filter((r) => r.errors))
      expect(refused.errors?.[0]?.extensions?.reason).toBe('PROPOSALS_CLOSED');
  });

  it("closes now by the server's clock, whatever the facilitator's computer says", async () => {
    const CLOSE_NOW = `mutation($a: ID!, $c: DateTime) {
      setProposalWindow(accordId: $a, closeNow: true, closesAt: $c) { proposalsCloseAt } }`;
    expectData(await setWindow(null, null));
    const before = Date.now();
    const { setProposalWindow } = expectData(
      await api.gql(CLOSE_NOW, { a: accordId }, facilitator.token),
    );
    const closedAt = Date.parse(setProposalWindow.proposalsCloseAt);
    expect(closedAt).toBeGreaterThanOrEqual(before);
    expect(closedAt).toBeLessThanOrEqual(Date.now());
    expect(expectError(await proposeRemoval(), 'CONFLICT').extensions?.reason).toBe(
      'PROPOSALS_CLOSED',
    );
    const both = expectError(
      await api.gql(CLOSE_NOW, { a: accordId, c: fromNow(HOUR) }, facilitator.token),
      'BAD_USER_INPUT',
    );
    expect(both.message).toMatch(/not both/);
    expectError(await api.gql(CLOSE_NOW, { a: accordId }, party.representative.token), 'FORBIDDEN');
  });
});
