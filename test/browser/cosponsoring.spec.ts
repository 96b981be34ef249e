import { describe, expect, it } from '@jest/globals';
import { expectData, Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('co-sponsoring in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('the author invites by keyboard; the invited delegate sees it live and accepts; the author sees the new sponsor and spread live; a third gives a +1', async () => {
    const { accordId, facilitator, parties } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1, CIVIL_SOCIETY: 1 },
    });
    const [state, company, ngo] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);
    const clauseId = await n.adoptClause(state, 'States should protect hospitals.', parties);
    const { id: amendmentId } = await n.propose(state, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall protect hospitals.',
    });
    const path = `/accords/${accordId}/amendments/${amendmentId}`;

    await withScreenshots(
      'cosponsoring',
      () => delegates,
      async () => {
        const author = await openBrowser('author', session.api.url, state.representative.token);
        const invited = await openBrowser('invited', session.api.url, company.representative.token);
        const supporter = await openBrowser('supporter', session.api.url, ngo.representative.token);
        delegates.push(author, invited, supporter);
        await Promise.all(delegates.map((d) => d.page.goto(path)));
        for (const d of delegates)
          await d.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        const sponsors = (d: typeof author) => d.page.getByTestId('sponsors');
        await sponsors(author).getByText('Sponsored by 1 government').waitFor();
        // Only the author is offered the invitation; nobody has an invitation to answer yet.
        await expect(sponsors(invited).getByLabel('Invite a co-sponsor').count()).resolves.toBe(0);
        await expect(
          sponsors(invited).getByRole('button', { name: 'Accept' }).count(),
        ).resolves.toBe(0);

        // The author picks the company by keyboard and invites it.
        const select = sponsors(author).getByLabel('Invite a co-sponsor');
        await select.focus();
        await select.selectOption({ label: `${company.name} (Private sector)` });
        await sponsors(author).getByRole('button', { name: 'Invite' }).press('Enter');
        await sponsors(author)
          .getByTestId('pending-cosponsors')
          .getByText(company.name, { exact: false })
          .waitFor();

        // The invited delegate, who did not reload, is asked and accepts.
        const invitation = sponsors(invited).getByRole('group', {
          name: `Invitation to ${company.name}`,
        });
        await invitation.getByRole('button', { name: 'Accept' }).press('Enter');
        await sponsors(invited).getByText('Sponsored by 1 government, 1 company').waitFor();
        await expect(invitation.count()).resolves.toBe(0);

        // The author's page follows live: the new co-sponsor, and the spread in words.
        await sponsors(author).getByText('Sponsored by 1 government, 1 company').waitFor();
        await sponsors(author)
          .getByRole('list', { name: 'Sponsoring organizations' })
          .getByText(company.name)
          .waitFor();
        await expect(sponsors(author).getByTestId('pending-cosponsors').count()).resolves.toBe(0);

        // A third delegate gives his organization's +1; the others see it live.
        await sponsors(supporter).getByRole('button', { name: 'Support (+1)' }).press('Enter');
        await sponsors(supporter).getByRole('button', { name: 'Withdraw support' }).waitFor();
        for (const d of [author, invited])
          await sponsors(d).getByTestId('supporters').getByText(`+1 by ${ngo.name}`).waitFor();

        // The server agrees with what the pages show.
        const { amendment } = expectData(
          await session.api.gql(
            `query($id: ID!) { amendment(id: $id) { sponsors { status organization { id } }
               supporters { id } } }`,
            { id: amendmentId },
            state.representative.token,
          ),
        );
        expect(amendment).toEqual({
          sponsors: [{ status: 'ACCEPTED', organization: { id: company.organizationId } }],
          supporters: [{ id: ngo.organizationId }],
        });
        for (const d of delegates) expect(d.pageErrors).toEqual([]);
      },
    );
  });
});
