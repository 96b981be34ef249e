// What makes every demo delegate's desk worth opening: a vote closing within the day, an
// invitation to co-sponsor (or, for the observer, to join an organization), and a comment that
// replies to him or names him. Played through the public API after the negotiation, like the rest.

type Vars = Record<string, unknown>;

/** What the seeder lends: its GraphQL call, the delegates' sessions and the first accord. */
export interface DemoTable {
  gql: <T = unknown>(query: string, variables: Vars, token?: string) => Promise<T>;
  session: (key: string) => { token: string; organizationId: string };
  accordId: string;
  facilitatorToken: string;
}

/** Borealis's clause on assisting the private sector, still under discussion after negotiate(). */
const ASSISTANCE = 'Assistance to the private sector';
const HOURS = 3600 * 1000;

interface Seen {
  amendments: {
    id: string;
    status: string;
    heading: string | null;
    comments: { id: string; parentId: string | null; author: { displayName: string } }[];
  }[];
}

export async function populateDesks(table: DemoTable): Promise<void> {
  const { gql, session, accordId, facilitatorToken } = table;
  const as = (key: string) => session(key).token;
  const { amendments } = await gql<Seen>(
    `query($a: ID!) { accord(id: $a) { amendments { id status heading
       comments { id parentId author { displayName } } } } }`,
    { a: accordId },
    facilitatorToken,
  );
  const assistance = amendments.find((a) => a.heading === ASSISTANCE);
  const vulnerabilities = amendments.find((a) => a.status === 'VOTING');
  const question = assistance?.comments.find((c) => c.parentId === null);
  if (!assistance || !vulnerabilities || !question)
    throw new Error('demo desk: the negotiation did not leave the amendments it expects');

  const invite = (by: string, amendmentId: string, invited: string[]) =>
    Promise.all(
      invited.map((key) =>
        gql(
          `mutation($a: ID!, $o: ID!) { inviteCoSponsor(amendmentId: $a, organizationId: $o) { id } }`,
          { a: amendmentId, o: session(key).organizationId },
          as(by),
        ),
      ),
    );
  const comment = (by: string, amendmentId: string, body: string, parentId?: string) =>
    gql(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      { i: { accordId, amendmentId, body, parentId: parentId ?? null } },
      as(by),
    );

  // Invitations to co-sponsor: Aurelia's new clause, and Borealis's before its vote opens.
  const { id: capacity } = await gql<{ id: string }>(
    `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }`,
    {
      i: {
        accordId,
        onBehalfOf: session('aurelia').organizationId,
        kind: 'ADD_CLAUSE',
        heading: 'Capacity building',
        text: 'States in a position to do so should help other states build the capacity to protect their ICT infrastructure.',
        force: 'VOLUNTARY',
        rationale: 'Norms mean little to states without the means to follow them.',
      },
    },
    as('aurelia'),
  );
  await invite('aurelia', capacity, ['borealis', 'caldera', 'meridian']);
  // Digital Rights Watch has one already (demo-cosponsors.ts).
  await invite('borealis', assistance.id, ['aurelia', 'northwind', 'openinternet']);

  // A vote that closes within the day, two parties in.
  await gql(
    `mutation($a: ID!, $c: DateTime) { openVoting(amendmentId: $a, closesAt: $c) { id } }`,
    { a: assistance.id, c: new Date(Date.now() + 20 * HOURS).toISOString() },
    facilitatorToken,
  );
  for (const key of ['borealis', 'meridian']) {
    await gql(
      `mutation($a: ID!, $o: ID!, $c: BallotChoice!) {
         castBallot(amendmentId: $a, organizationId: $o, choice: $c) { choice } }`,
      { a: assistance.id, o: session(key).organizationId, c: 'FOR' },
      as(key),
    );
  }

  // Replies and mentions, each in a thread its addressee has not answered yet.
  await comment(
    'borealis',
    assistance.id,
    'Yes, small and medium enterprises too. @Kwame Mensah, would the Coalition suggest the wording?',
    question.id,
  );
  await comment(
    'northwind',
    vulnerabilities.id,
    "@Rafael Okoro, would a 90-day limit meet Caldera's concern? @Sofia Haddad, could Digital Rights Watch accept it?",
  );
  await comment(
    'caldera',
    assistance.id,
    '@Elena Marsh, @Tomas Lindqvist: Caldera could support this if national emergency response teams stay in charge.',
  );
  await comment(
    'meridian',
    assistance.id,
    '@Amina Diallo, could the secretariat circulate the text to the capitals before the vote closes?',
  );
  await comment(
    'rights',
    vulnerabilities.id,
    '@Priya Raman, the 90 days @Dr. Hanna Weber cited are a fair basis for us.',
  );
}
