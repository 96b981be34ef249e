import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AmendmentSponsorsFieldsFragment } from '../../data/gql/graphql';
import { AmendmentSponsors } from './AmendmentSponsors';
import { AmendmentSponsorsQuery, AnswerCoSponsorshipMutation } from './cosponsors.graphql';

const org = (
  id: string,
  name: string,
  group: 'GOVERNMENT' | 'PRIVATE_SECTOR' | 'CIVIL_SOCIETY',
) => ({
  __typename: 'Organization' as const,
  id,
  name,
  group,
});
const aurelia = org('o1', 'Aurelia', 'GOVERNMENT');
const northwind = org('o2', 'Northwind', 'PRIVATE_SECTOR');
const rights = org('o3', 'Rights Watch', 'CIVIL_SOCIETY');
const open = org('o4', 'Open Internet', 'CIVIL_SOCIETY');
const borealis = org('o5', 'Borealis', 'GOVERNMENT');

const invitation = (organization: typeof aurelia, status: 'INVITED' | 'ACCEPTED') => ({
  __typename: 'AmendmentSponsor' as const,
  status,
  invitedAt: '2026-12-01T10:00:00.000Z',
  answeredAt: status === 'INVITED' ? null : '2026-12-01T11:00:00.000Z',
  organization,
});

/** Seen by Rights Watch's representative: invited, not yet answered, able to give a +1. */
const amendment = (rightsAnswered: boolean): AmendmentSponsorsFieldsFragment => ({
  __typename: 'Amendment',
  id: 'm1',
  status: 'OPEN',
  onBehalfOf: aurelia,
  sponsors: [
    invitation(northwind, 'ACCEPTED'),
    invitation(rights, rightsAnswered ? 'ACCEPTED' : 'INVITED'),
  ],
  sponsorGroups: [
    { __typename: 'GroupCount', group: 'GOVERNMENT', count: 1 },
    { __typename: 'GroupCount', group: 'PRIVATE_SECTOR', count: 1 },
    ...(rightsAnswered
      ? [{ __typename: 'GroupCount' as const, group: 'CIVIL_SOCIETY' as const, count: 1 }]
      : []),
  ],
  supporters: [open],
  viewerCanInviteCoSponsor: false,
  viewerCoSponsorInvitations: rightsAnswered
    ? []
    : [{ __typename: 'Organization', id: 'o3', name: 'Rights Watch' }],
  viewerSupportOptions: [
    {
      __typename: 'ViewerSupportOption',
      supports: false,
      organization: { __typename: 'Organization', id: 'o3', name: 'Rights Watch' },
    },
  ],
});

function renderSponsors(viewer: Partial<AmendmentSponsorsFieldsFragment> = {}) {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: AmendmentSponsorsQuery, variables: { id: 'm1' } },
          result: { data: { amendment: { ...amendment(false), ...viewer } } },
        },
        {
          request: {
            query: AnswerCoSponsorshipMutation,
            variables: { amendmentId: 'm1', organizationId: 'o3', accept: true },
          },
          result: { data: { answerCoSponsorship: amendment(true) } },
        },
      ]}
    >
      <AmendmentSponsors
        amendmentId="m1"
        parties={[aurelia, northwind, rights, open, borealis]}
        rule={{ kind: 'SIMPLE_MAJORITY', minSponsors: 3, minSponsorGroups: 3 }}
      />
    </MockedProvider>,
  );
  return userEvent.setup();
}

describe('AmendmentSponsors', () => {
  it('lists the sponsors, their spread, the pending invitations, the +1s and the rule’s minimum', async () => {
    renderSponsors();
    await screen.findByText('Sponsored by 1 government, 1 company');
    const list = screen.getByRole('list', { name: 'Sponsoring organizations' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Aurelia (Governments) — sponsor', 'Northwind (Private sector) — co-sponsor']);
    expect(screen.getByTestId('pending-cosponsors').textContent).toBe(
      'Invited to co-sponsor, not yet answered: Rights Watch',
    );
    expect(screen.getByTestId('supporters').textContent).toBe('+1 by Open Internet');
    expect(screen.getByTestId('sponsor-minimum').textContent).toMatch(
      /^Before a vote, an amendment needs 3 sponsoring organizations .* from 3 stakeholder groups\.$/,
    );
    // Not the author: no invitation to send.
    expect(screen.queryByLabelText('Invite a co-sponsor')).toBeNull();
    expect(screen.getByRole('button', { name: 'Support (+1)' })).toBeTruthy();
  });

  it('offers the invited representative Accept and Decline, and shows the answer', async () => {
    const user = renderSponsors();
    const invitation = await screen.findByRole('group', { name: 'Invitation to Rights Watch' });
    await user.click(within(invitation).getByRole('button', { name: 'Accept' }));
    await screen.findByText('Sponsored by 1 government, 1 company, 1 NGO');
    expect(screen.queryByRole('group', { name: 'Invitation to Rights Watch' })).toBeNull();
    expect(screen.queryByTestId('pending-cosponsors')).toBeNull();
  });

  it('offers the author only the parties not yet sponsoring or invited', async () => {
    renderSponsors({ viewerCanInviteCoSponsor: true, viewerCoSponsorInvitations: [] });
    const select = await screen.findByLabelText('Invite a co-sponsor');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Open Internet (Civil society)', 'Borealis (Governments)']);
    expect(screen.getByRole('button', { name: 'Invite' })).toBeTruthy();
  });
});
