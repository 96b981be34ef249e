import type { AccordEventBody, AccordEventRecord } from '@plenary/contracts';
import { expectData, Given, type TestParty, type TestUser } from './factories.js';
import { elementAt } from './lists.js';
import type { GraphqlResponse, TestApp } from './test-app.js';

export const AMENDMENT_FIELDS = `id kind status baseVersion text heading position
  conflict { reason currentVersion ranges { base { start end } current { start end } proposal { start end } } }
  tally { for against abstain eligible cast passed quorumMet explanation
          chambers { group for against abstain eligible voted passed quorumMet } }`;

export const ACCORD_TEXT = `query($id: ID!) { accord(id: $id) { lastSeq clauses { id number position current { version heading text force sources } } } }`;

export interface ProposalInput {
  kind: string;
  clauseId?: string;
  baseVersion?: number;
  heading?: string;
  text?: string;
  force?: string;
  position?: number;
  sources?: string[];
  normIds?: string[];
  rationale?: string;
}

/** Drives a negotiation through the public GraphQL API, as delegates would. */
export class Negotiation {
  constructor(
    private readonly api: Pick<TestApp, 'gql'>,
    readonly accordId: string,
    readonly facilitator: TestUser,
  ) {}

  proposeRaw(by: TestParty, input: ProposalInput): Promise<GraphqlResponse> {
    return this.api.gql(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { ${AMENDMENT_FIELDS} } }`,
      {
        input: {
          accordId: this.accordId,
          onBehalfOf: by.organizationId,
          rationale: 'Because it matters.',
          ...input,
        },
      },
      by.representative.token,
    );
  }

  async propose(by: TestParty, input: ProposalInput): Promise<{ id: string; status: string }> {
    return expectData(await this.proposeRaw(by, input)).proposeAmendment;
  }

  openRaw(amendmentId: string, closesAt?: string, token = this.facilitator.token) {
    return this.api.gql(
      `mutation($id: ID!, $at: DateTime) { openVoting(amendmentId: $id, closesAt: $at) { id status closesAt } }`,
      { id: amendmentId, at: closesAt ?? null },
      token,
    );
  }

  async open(amendmentId: string, closesAt?: string) {
    return expectData(await this.openRaw(amendmentId, closesAt)).openVoting;
  }

  voteRaw(
    voter: TestUser,
    organizationId: string,
    amendmentId: string,
    choice: string,
    explanation?: string,
  ) {
    return this.api.gql(
      `mutation($a: ID!, $o: ID!, $c: BallotChoice!, $e: String) {
         castBallot(amendmentId: $a, organizationId: $o, choice: $c, explanation: $e) { choice explanation organization { id } } }`,
      { a: amendmentId, o: organizationId, c: choice, e: explanation ?? null },
      voter.token,
    );
  }

  async vote(party: TestParty, amendmentId: string, choice: string, explanation?: string) {
    return expectData(
      await this.voteRaw(
        party.representative,
        party.organizationId,
        amendmentId,
        choice,
        explanation,
      ),
    ).castBallot;
  }

  closeRaw(amendmentId: string, token = this.facilitator.token) {
    return this.api.gql(
      `mutation($id: ID!) { closeVoting(amendmentId: $id) { ${AMENDMENT_FIELDS} } }`,
      { id: amendmentId },
      token,
    );
  }

  async close(amendmentId: string) {
    return expectData(await this.closeRaw(amendmentId)).closeVoting;
  }

  /** Proposes, opens, lets every party vote as given, and closes. */
  async decide(by: TestParty, input: ProposalInput, votes: [TestParty, string][]) {
    const amendment = await this.propose(by, input);
    await this.open(amendment.id);
    for (const [party, choice] of votes) await this.vote(party, amendment.id, choice);
    return this.close(amendment.id);
  }

  /** A new clause adopted with every one of `voters` for it; returns its id. */
  async adoptClause(by: TestParty, text: string, voters: TestParty[] = [by]): Promise<string> {
    const before = (await this.text()).clauses.length as number;
    await this.decide(
      by,
      { kind: 'ADD_CLAUSE', text, force: 'VOLUNTARY', position: before + 1 },
      voters.map((party) => [party, 'FOR']),
    );
    return (await this.text()).clauses[before].id as string;
  }

  async amendment(id: string, token = this.facilitator.token) {
    return expectData(
      await this.api.gql(
        `query($id: ID!) { amendment(id: $id) { ${AMENDMENT_FIELDS} ballots { choice explanation organization { id } castBy { id } } } }`,
        { id },
        token,
      ),
    ).amendment;
  }

  async text(token = this.facilitator.token) {
    return expectData(await this.api.gql(ACCORD_TEXT, { id: this.accordId }, token)).accord;
  }

  async events(afterSeq = 0) {
    return expectData(
      await this.api.gql(
        `query($a: ID!, $after: Int) { accordEvents(accordId: $a, afterSeq: $after, first: 1000) { seq type actorId payload } }`,
        { a: this.accordId, after: afterSeq },
        this.facilitator.token,
      ),
    ).accordEvents as (Pick<AccordEventRecord, 'seq' | 'actorId'> & AccordEventBody)[];
  }
}

/** What most specs of one feature start from: one state's negotiation, and someone outside it. */
export interface OneStateNegotiation {
  accordId: string;
  facilitator: TestUser;
  party: TestParty;
  outsider: TestUser;
  n: Negotiation;
}

export async function oneStateNegotiation(api: TestApp): Promise<OneStateNegotiation> {
  const given = new Given(api);
  const { accordId, facilitator, parties } = await given.accordWithParties({
    parties: { GOVERNMENT: 1 },
  });
  return {
    accordId,
    facilitator,
    party: elementAt(parties, 0),
    outsider: await given.user('Outsider'),
    n: new Negotiation(api, accordId, facilitator),
  };
}
