import { describe, expect, it } from '@jest/globals';
import { MembershipRole, ParticipantRole } from '@plenary/contracts';
import { parse } from 'graphql';
import type { CallerStanding } from '../accord-log/accord-access.service.js';
import { standingKey, viewerDependence } from './viewer-standing.js';

const party = (
  organizationId: string,
  membershipRole: MembershipRole,
  { participantRole = ParticipantRole.PARTY, verified = true } = {},
) => ({ organizationId, participantRole, membershipRole, verified });

const standing = (
  parties: CallerStanding['parties'],
  { isFacilitator = false, authored = null as string[] | null } = {},
) => ({ accordId: 'a', isFacilitator, parties, authored });

describe('viewerDependence', () => {
  it('finds viewer fields anywhere in the document, and whether authorship matters', () => {
    expect(viewerDependence(parse(`{ accord(id: "a") { id title } }`))).toBeNull();
    expect(
      viewerDependence(
        parse(`{ accord(id: "a") { ...F } } fragment F on Accord { viewerCanAmend }`),
      ),
    ).toEqual({ authored: false });
    expect(
      viewerDependence(parse(`{ amendment(id: "m") { viewerCanVote viewerCanWithdraw } }`)),
    ).toEqual({ authored: true });
    // Whom he may invite depends on authorship; what he may answer or +1, on whom he represents.
    expect(viewerDependence(parse(`{ amendment(id: "m") { viewerCanInviteCoSponsor } }`))).toEqual({
      authored: true,
    });
    expect(
      viewerDependence(
        parse(
          `{ amendment(id: "m") { viewerCoSponsorInvitations { id } viewerSupportOptions { supports } } }`,
        ),
      ),
    ).toEqual({ authored: false });
  });
});

describe('standingKey', () => {
  it('is shared by delegates who stand alike, whoever they are', () => {
    // Two plain members of different parties: both may propose, neither votes nor represents.
    expect(standingKey([standing([party('o1', MembershipRole.MEMBER)])])).toBe(
      standingKey([standing([party('o2', MembershipRole.MEMBER)])]),
    );
    // Observers' members and outsiders-with-no-organization alike may do nothing.
    expect(
      standingKey([
        standing([
          party('o3', MembershipRole.MEMBER, { participantRole: ParticipantRole.OBSERVER }),
        ]),
      ]),
    ).toBe(standingKey([standing([])]));
  });

  it('tells apart what the viewer fields depend on', () => {
    const keys = [
      standingKey([standing([])]),
      standingKey([standing([], { isFacilitator: true })]),
      standingKey([standing([party('o1', MembershipRole.MEMBER)])]),
      standingKey([standing([party('o1', MembershipRole.REPRESENTATIVE)])]),
      standingKey([standing([party('o2', MembershipRole.REPRESENTATIVE)])]),
      // Still represents it (its receipts are his), but may no longer cast its vote.
      standingKey([standing([party('o2', MembershipRole.REPRESENTATIVE, { verified: false })])]),
      standingKey([standing([party('o1', MembershipRole.MEMBER)], { authored: ['m1'] })]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not depend on the order of accords or of reads of one accord', () => {
    const a = standing([party('o1', MembershipRole.REPRESENTATIVE)]);
    const b = { ...standing([], { isFacilitator: true }), accordId: 'b' };
    expect(standingKey([a, b, a])).toBe(standingKey([b, a]));
  });
});
