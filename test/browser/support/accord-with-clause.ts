import { expectData, Given } from '../../../apps/api/test/support/factories.js';
import { firstOf } from '../../../apps/api/test/support/lists.js';
import type { TestApp } from '../../../apps/api/test/support/test-app.js';

export const ORIGINAL_TEXT =
  'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.';

/**
 * An accord (simple majority) with a government and a civil-society party, and one adopted
 * clause — built through the public API as the secretariat would.
 */
export async function givenAccordWithOneClause(api: TestApp) {
  const given = new Given(api);
  const { accordId, facilitator, parties } = await given.accordWithParties({
    rule: { kind: 'SIMPLE_MAJORITY' },
    parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
  });
  const [state, ngo] = parties;
  const proposed = expectData(
    await api.gql<{ proposeAmendment: { id: string } }>(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          accordId,
          onBehalfOf: state.organizationId,
          kind: 'ADD_CLAUSE',
          heading: 'Territory',
          text: ORIGINAL_TEXT,
          force: 'VOLUNTARY',
          position: 1,
          rationale: 'UN GGE 2015 norm 13(c).',
        },
      },
      state.representative.token,
    ),
  );
  const amendmentId = proposed.proposeAmendment.id;
  expectData(
    await api.gql(
      `mutation($a: ID!) { openVoting(amendmentId: $a) { id } }`,
      { a: amendmentId },
      facilitator.token,
    ),
  );
  for (const party of parties) {
    expectData(
      await api.gql(
        `mutation($a: ID!, $o: ID!) { castBallot(amendmentId: $a, organizationId: $o, choice: FOR) { choice } }`,
        { a: amendmentId, o: party.organizationId },
        party.representative.token,
      ),
    );
  }
  const closed = expectData(
    await api.gql<{ closeVoting: { status: string } }>(
      `mutation($a: ID!) { closeVoting(amendmentId: $a) { status } }`,
      { a: amendmentId },
      facilitator.token,
    ),
  );
  if (closed.closeVoting.status !== 'ADOPTED') throw new Error('the first clause was not adopted');
  return { accordId, facilitator, state, ngo };
}

/** The clause of `givenAccordWithOneClause`, with its current version. */
export async function theClause(api: TestApp, accordId: string, token: string) {
  const data = expectData(
    await api.gql<{ accord: { clauses: { id: string; current: { version: number } }[] } }>(
      `query($id: ID!) { accord(id: $id) { clauses { id current { version } } } }`,
      { id: accordId },
      token,
    ),
  );
  const [clause] = firstOf(data.accord.clauses, 1);
  return { clauseId: clause.id, version: clause.current.version };
}

/** A party proposes to make the clause binding; the amendment stays OPEN for discussion. */
export async function givenModification(
  api: TestApp,
  accordId: string,
  party: { organizationId: string; representative: { token: string } },
) {
  const { clauseId, version } = await theClause(api, accordId, party.representative.token);
  const proposed = expectData(
    await api.gql<{ proposeAmendment: { id: string } }>(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          accordId,
          onBehalfOf: party.organizationId,
          kind: 'MODIFY_CLAUSE',
          clauseId,
          baseVersion: version,
          text: ORIGINAL_TEXT.replace('should', 'shall'),
          force: 'BINDING',
          rationale: 'Make the norm binding.',
        },
      },
      party.representative.token,
    ),
  );
  return proposed.proposeAmendment.id;
}
