import { gql } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import { accordEvent, givenLivePage } from '../../test/live-events';
import { cosponsorEventHandlers } from './cosponsors.events';

/** The amendment's fields the co-sponsor events may drop, as a page selects them. */
const AMENDMENT_SHAPE = gql`
  query {
    amendment {
      id
      sponsors
      sponsorGroups
      supporters
      viewerCoSponsorInvitations
      viewerSupportOptions
      viewerCanOpenVoting
      viewerCanVote
    }
  }
`;

/** An amendment on screen with its sponsors, support and what the viewer may do about them. */
function givenAmendmentInCache() {
  const { cache, context } = givenLivePage();
  cache.writeQuery({
    query: AMENDMENT_SHAPE,
    data: {
      amendment: {
        __typename: 'Amendment',
        id: 'm1',
        sponsors: [],
        sponsorGroups: [],
        supporters: [],
        viewerCoSponsorInvitations: [],
        viewerSupportOptions: [],
        viewerCanOpenVoting: false,
        viewerCanVote: false,
      },
    },
  });
  const fields = () => Object.keys(cache.extract()['Amendment:m1'] ?? {}).sort();
  return { context, fields };
}

const payload = { amendmentId: 'm1', organizationId: 'o2', organizationName: 'Northwind' };

describe('the co-sponsor events', () => {
  it('an answer drops the sponsors, their groups, the invitations and whether the vote may open', () => {
    const { context, fields } = givenAmendmentInCache();
    cosponsorEventHandlers['amendment.cosponsorAnswered'](
      accordEvent('amendment.cosponsorAnswered', { ...payload, accepted: true }),
      context,
    );
    expect(fields()).toEqual([
      '__typename',
      'id',
      'supporters',
      'viewerCanVote',
      'viewerSupportOptions',
    ]);
  });

  it('a +1 drops the supporters and the viewer’s support options only', () => {
    const { context, fields } = givenAmendmentInCache();
    cosponsorEventHandlers['amendment.supported'](
      accordEvent('amendment.supported', payload),
      context,
    );
    expect(fields()).toEqual([
      '__typename',
      'id',
      'sponsorGroups',
      'sponsors',
      'viewerCanOpenVoting',
      'viewerCanVote',
      'viewerCoSponsorInvitations',
    ]);
  });
});
