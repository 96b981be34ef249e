/** What the co-sponsor demo needs of the seeder: the accord, and GraphQL as each delegate. */
export interface DemoDelegations {
  accordId: string;
  /** Runs one operation as the demo delegate `key`, returning its single root field. */
  as<T = unknown>(key: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  organizationId(key: string): string;
}

const CLAUSES = `query($a: ID!) { accord(id: $a) { clauses { id number current { version text } } } }`;
const PROPOSE = `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }`;
const INVITE = `mutation($a: ID!, $o: ID!) { inviteCoSponsor(amendmentId: $a, organizationId: $o) { id } }`;
const ANSWER = `mutation($a: ID!, $o: ID!, $y: Boolean!) {
  answerCoSponsorship(amendmentId: $a, organizationId: $o, accept: $y) { id } }`;
const SUPPORT = `mutation($a: ID!, $o: ID!) { supportAmendment(amendmentId: $a, organizationId: $o) { id } }`;

/**
 * Two amendments under discussion with co-sponsors, through the public API as the delegates
 * would: one backed across three stakeholder groups (2 governments, 1 company, 1 NGO) with "+1"s,
 * and one whose invitation to Digital Rights Watch awaits its answer (sign in as
 * rights@plenary.demo to accept or decline it).
 */
export async function seedCoSponsoredAmendments(demo: DemoDelegations): Promise<void> {
  const { clauses } = await demo.as<{
    clauses: { id: string; number: string; current: { version: number; text: string } }[];
  }>('aurelia', CLAUSES, { a: demo.accordId });
  const article = (number: string) => {
    const clause = clauses.find((c) => c.number === number);
    if (!clause) throw new Error(`demo seed: the demo accord has no article ${number}`);
    return clause;
  };
  const propose = async (
    by: string,
    number: string,
    amend: (current: string) => string,
    rationale: string,
  ) => {
    const clause = article(number);
    const { id } = await demo.as<{ id: string }>(by, PROPOSE, {
      i: {
        accordId: demo.accordId,
        onBehalfOf: demo.organizationId(by),
        kind: 'MODIFY_CLAUSE',
        clauseId: clause.id,
        baseVersion: clause.current.version,
        text: amend(clause.current.text),
        rationale,
      },
    });
    return id;
  };
  const invite = (amendmentId: string, by: string, invited: string) =>
    demo.as(by, INVITE, { a: amendmentId, o: demo.organizationId(invited) });
  const answer = (amendmentId: string, by: string, accept: boolean) =>
    demo.as(by, ANSWER, { a: amendmentId, o: demo.organizationId(by), y: accept });
  const support = (amendmentId: string, by: string) =>
    demo.as(by, SUPPORT, { a: amendmentId, o: demo.organizationId(by) });

  // Article 7: backed by governments, a company and an NGO alike.
  const supplyChain = await propose(
    'aurelia',
    '7',
    (text) =>
      `${text} Vendors should be held to secure-by-design practices for the products they supply.`,
    'Supply chains are only as strong as their least secure product.',
  );
  for (const invited of ['borealis', 'northwind', 'rights']) {
    await invite(supplyChain, 'aurelia', invited);
    await answer(supplyChain, invited, true);
  }
  for (const supporter of ['openinternet', 'institute']) await support(supplyChain, supporter);

  // Article 3: one co-sponsor accepted, one declined, one invitation still open.
  const encryption = await propose(
    'northwind',
    '3',
    (text) => `${text} States should not require the weakening of encryption.`,
    'Weakened encryption endangers the privacy it is meant to serve.',
  );
  await invite(encryption, 'northwind', 'meridian');
  await answer(encryption, 'meridian', true);
  await invite(encryption, 'northwind', 'caldera');
  await answer(encryption, 'caldera', false);
  await invite(encryption, 'northwind', 'rights');
  await support(encryption, 'openinternet');
}
