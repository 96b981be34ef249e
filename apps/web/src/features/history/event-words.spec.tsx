import { describe, expect, it } from '@jest/globals';
import { MembershipRole, type AccordEventBody } from '@plenary/contracts';
import { describeEvent } from './event-words';

describe('the history in plain words', () => {
  it('says who joined, from the payload of its type', () => {
    const joined: AccordEventBody = {
      type: 'membership.joined',
      payload: {
        organizationId: 'o1',
        organizationName: 'Ministry of Digital Affairs',
        userId: 'u1',
        displayName: 'Ada',
        role: MembershipRole.REPRESENTATIVE,
        previousRole: null,
        invitationId: 'i1',
      },
    };
    expect(describeEvent(joined)).toBe('Ada joined Ministry of Digital Affairs as representative');
  });

  it('has nothing to say about types it would only repeat, or types from a newer server', () => {
    expect(describeEvent({ type: 'comment.edited', payload: {} })).toBeNull();
    expect(describeEvent({ type: 'comment.liked', payload: { commentId: 'c1' } })).toBeNull();
  });
});
