// A vote in progress and the delegates hammering it, shared by the castBallot scenarios.

export const CAST_BALLOT = `mutation($a: ID!, $o: ID!, $c: BallotChoice!) { castBallot(amendmentId: $a, organizationId: $o, choice: $c) { choice } }`;
export const CHOICES = ['FOR', 'AGAINST'];

/** An accord of `delegates` parties (one representative each) voting on an amendment. */
export async function voteInProgress(f, delegates, { title, prefix }) {
  const facilitator = await f.user('Facilitator');
  const accordId = await f.accord(facilitator, { kind: 'SIMPLE_MAJORITY' }, title);
  const parties = await f.parties(facilitator, accordId, delegates, { prefix });
  const amendmentId = await f.propose(parties[0], accordId, {
    kind: 'ADD_CLAUSE',
    heading: 'Due diligence',
    text: 'States should take reasonable steps to ensure the integrity of the supply chain.',
    force: 'VOLUNTARY',
  });
  await f.openVoting(facilitator, amendmentId);
  return { facilitator, accordId, parties, amendmentId };
}

/**
 * An autocannon `setupClient` giving each connection one delegate, who votes FOR then AGAINST
 * then FOR … through `makeRequest(party, choice)`.
 */
export function delegateClients(parties, makeRequest) {
  let next = 0;
  return (client) => {
    const party = parties[next++ % parties.length];
    client.setRequests(CHOICES.map((choice) => makeRequest(party, choice)));
  };
}

/** The same, by GraphQL castBallot. */
export function graphqlBallots(parties, amendmentId) {
  return delegateClients(parties, (party, choice) => ({
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${party.representative.token}`,
    },
    body: JSON.stringify({
      query: CAST_BALLOT,
      variables: { a: amendmentId, o: party.organizationId, c: choice },
    }),
  }));
}
