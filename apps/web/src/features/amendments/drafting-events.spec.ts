import { describe, expect, it } from '@jest/globals';
import { type AccordEventPayloads, AmendmentKind, NormativeForce } from '@plenary/contracts';
import type { AmendmentSummaryFragment } from '../../data/gql/graphql';
import { accordEvent, givenLivePage } from '../../test/live-events';
import { AccordQuery } from '../accords/accords.graphql';
import { draftingEventHandlers } from './drafting.events';

const version = (n: number, text: string) => ({
  __typename: 'ClauseVersion' as const,
  version: n,
  heading: null,
  text,
  force: 'VOLUNTARY' as const,
  sources: [],
  createdAt: '2026-12-01T09:00:00.000Z',
});

const clause = (id: string, number: string, position: number) => ({
  __typename: 'Clause' as const,
  id,
  number,
  position,
  current: version(1, `Text of article ${number}.`),
});

/** The text page of accord a1 (articles 1 and 2), with `amendments` listed. */
function givenAccordOnScreen(amendments: AmendmentSummaryFragment[] = []) {
  const { cache, context, staleNames } = givenLivePage();
  cache.writeQuery({
    query: AccordQuery,
    variables: { id: 'a1' },
    data: {
      accord: {
        __typename: 'Accord',
        id: 'a1',
        title: 'Accord',
        preamble: null,
        facilitatorId: 'f1',
        lastSeq: 8,
        proposalsOpenFrom: null,
        proposalsCloseAt: null,
        rule: {
          __typename: 'DecisionRule',
          kind: 'SIMPLE_MAJORITY',
          threshold: null,
          quorum: null,
          secretBallot: false,
          minSponsors: null,
          minSponsorGroups: null,
          weights: [],
        },
        smallChambers: [],
        participants: [
          {
            __typename: 'Participant',
            role: 'PARTY',
            organization: {
              __typename: 'Organization',
              id: 'ngo',
              name: 'NGO',
              group: 'CIVIL_SOCIETY',
              country: null,
              website: null,
              verified: true,
              handle: 'ngo',
            },
          },
        ],
        clauses: [clause('c1', '1', 1), clause('c2', '2', 2)],
        amendments,
      },
    },
  });
  const accord = () => cache.readQuery({ query: AccordQuery, variables: { id: 'a1' } })?.accord;
  return { context, accord, staleNames };
}

const proposedNewArticle = (
  newArticle?: AccordEventPayloads['amendment.proposed']['newArticle'],
): AccordEventPayloads['amendment.proposed'] => ({
  amendmentId: 'm1',
  kind: AmendmentKind.ADD_CLAUSE,
  clauseId: null,
  baseVersion: null,
  heading: 'Capacity',
  text: 'States should help one another.',
  force: NormativeForce.VOLUNTARY,
  sources: [],
  position: 2,
  rationale: 'Means.',
  onBehalfOf: 'ngo',
  ...(newArticle !== undefined && { newArticle }),
});

describe('drafting events, from their payload', () => {
  it('lists a proposed new article with the number it carries, without asking the accord again', () => {
    const { context, accord, staleNames } = givenAccordOnScreen();
    draftingEventHandlers['amendment.proposed'](
      accordEvent('amendment.proposed', proposedNewArticle({ number: '1 bis', after: '1' })),
      context,
    );
    expect(accord()?.amendments).toEqual([
      expect.objectContaining({
        id: 'm1',
        status: 'OPEN',
        newArticle: { __typename: 'NewArticle', number: '1 bis', after: '1' },
        onBehalfOf: { __typename: 'Organization', id: 'ngo', name: 'NGO' },
        createdAt: '2026-12-01T10:00:00.000Z',
        votingRounds: [],
      }),
    ]);
    expect(staleNames()).toEqual([]);
  });

  it("asks the accord again for an older server's event, which has no new article's number", () => {
    const { context, accord, staleNames } = givenAccordOnScreen();
    draftingEventHandlers['amendment.proposed'](
      accordEvent('amendment.proposed', proposedNewArticle()),
      context,
    );
    expect(accord()?.amendments).toEqual([]);
    expect(staleNames()).toEqual(['Accord']);
  });

  it('places an adopted new article where the server did, the articles after it one down', () => {
    const { context, accord, staleNames } = givenAccordOnScreen();
    draftingEventHandlers['clause.versioned'](
      accordEvent('clause.versioned', {
        clauseId: 'c3',
        version: 1,
        position: 2,
        number: '1 bis',
        created: true,
        heading: null,
        text: 'New text.',
        force: NormativeForce.VOLUNTARY,
        sources: [],
        amendmentId: 'm1',
        authorOrganizationId: 'ngo',
      }),
      context,
    );
    expect(accord()?.clauses.map((c) => [c.id, c.number, c.position, c.current.text])).toEqual([
      ['c1', '1', 1, 'Text of article 1.'],
      ['c3', '1 bis', 2, 'New text.'],
      ['c2', '2', 3, 'Text of article 2.'],
    ]);
    // No other new article is proposed: no number to ask again.
    expect(staleNames()).toEqual([]);
  });

  it("asks the accord again when another proposed article's number may have moved", () => {
    const { context, staleNames } = givenAccordOnScreen([
      {
        __typename: 'Amendment',
        id: 'm2',
        kind: 'ADD_CLAUSE',
        status: 'OPEN',
        heading: null,
        text: 'Another.',
        force: 'VOLUNTARY',
        position: null,
        newArticle: { __typename: 'NewArticle', number: '3', after: '2' },
        rationale: 'More.',
        createdAt: '2026-12-01T09:30:00.000Z',
        baseVersion: null,
        clause: null,
        onBehalfOf: { __typename: 'Organization', id: 'ngo', name: 'NGO' },
        conflict: null,
        votingRounds: [],
      },
    ]);
    draftingEventHandlers['clause.versioned'](
      accordEvent('clause.versioned', {
        clauseId: 'c3',
        version: 1,
        position: 3,
        number: '3',
        created: true,
        heading: null,
        text: 'New text.',
        force: NormativeForce.VOLUNTARY,
        sources: [],
        amendmentId: 'm1',
        authorOrganizationId: 'ngo',
      }),
      context,
    );
    expect(staleNames()).toEqual(['Accord']);
  });
});
