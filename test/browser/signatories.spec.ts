import { describe, expect, it } from '@jest/globals';
import { expectData, Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('a final text in the browser', () => {
  const session = browserSession();
  const { delegates } = session;
  let accordId: string;
  let facilitatorToken: string;
  let stateName: string;
  let stateToken: string;
  let stateOrganizationId: string;
  let secondArticle: string;

  it('a representative signs with a reservation by keyboard; the facilitator sees it live', async () => {
    const {
      accordId: id,
      facilitator,
      parties,
    } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1 },
    });
    accordId = id;
    facilitatorToken = facilitator.token;
    const [state, company] = parties;
    stateName = state.name;
    stateToken = state.representative.token;
    stateOrganizationId = state.organizationId;
    const n = new Negotiation(session.api, accordId, facilitator);
    await n.adoptClause(state, 'States should not damage critical infrastructure.', [
      state,
      company,
    ]);
    secondArticle = await n.adoptClause(company, 'Vendors should report vulnerabilities.', [
      state,
      company,
    ]);
    expectData(
      await session.api.gql(
        `mutation($a: ID!) { declareFinal(accordId: $a) { id } }`,
        { a: accordId },
        facilitator.token,
      ),
    );
    const path = `/accords/${accordId}/signatories`;

    await withScreenshots(
      'signing with a reservation',
      () => delegates,
      async () => {
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        const delegate = await openBrowser('state', session.api.url, state.representative.token);
        delegates.push(chair, delegate);
        await Promise.all([chair.page.goto(path), delegate.page.goto(path)]);
        await delegate.page.getByTestId('final-declaration').waitFor();
        for (const d of [chair, delegate])
          await d.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        // The facilitator represents no party: he is offered no signature.
        await chair.page.getByText('No organization has signed the accord yet.').waitFor();
        await expect(chair.page.getByRole('button', { name: /^Sign for/ }).count()).resolves.toBe(
          0,
        );

        const page = delegate.page;
        await page.getByLabel('Statement (optional)').focus();
        await page.keyboard.type('We sign in good faith.');
        await page.getByRole('button', { name: 'Add a reservation' }).focus();
        await page.keyboard.press('Enter');
        // Focus moves to the new reservation's article; the arrow picks article 2.
        const article = page.getByLabel('Article', { exact: true });
        await expect(article.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(
          true,
        );
        await page.keyboard.press('ArrowDown');
        await expect(article.inputValue()).resolves.toBe(secondArticle);
        await page.keyboard.press('Tab');
        await page.keyboard.type('Subject to our national disclosure law.');
        await page.getByRole('button', { name: `Sign for ${state.name}` }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('status').getByText(`${state.name} signed the accord.`).waitFor();

        // Both pages show it, by stakeholder group, with the reservation and the count by date.
        for (const d of [delegate, chair]) {
          const signatory = d.page.getByTestId('signatory');
          await signatory.getByText(state.name).waitFor();
          await signatory.getByText('Subject to our national disclosure law.').waitFor();
          await d.page.getByRole('region', { name: 'Governments' }).waitFor();
          await d.page
            .getByTestId('signatory-counts')
            .getByRole('cell', { name: '1' })
            .first()
            .waitFor();
        }
        // Signed: the form gives way to reporting.
        await page.getByRole('heading', { name: 'Report on implementation' }).waitFor();
        for (const d of delegates) expect(d.pageErrors).toEqual([]);
      },
    );
  });

  it('the public page opens in a fresh browser without a session, and goes when withdrawn', async () => {
    const published = expectData(
      await session.api.gql(
        `mutation($a: ID!) { publishAccord(accordId: $a) { publicPage { path } } }`,
        { a: accordId },
        facilitatorToken,
      ),
    ).publishAccord.publicPage.path as string;
    expectData(
      await session.api.gql(
        `mutation($i: ImplementationReportInput!) { fileImplementationReport(input: $i) { id } }`,
        {
          i: {
            accordId,
            organizationId: stateOrganizationId,
            clauseId: secondArticle,
            status: 'IN_PROGRESS',
            text: 'A disclosure office is being set up.',
          },
        },
        stateToken,
      ),
    );

    await withScreenshots(
      'the public page',
      () => delegates,
      async () => {
        const visitor = await openBrowser('visitor', session.api.url, null);
        delegates.push(visitor);
        await visitor.page.goto(published);
        await visitor.page.getByRole('heading', { name: 'Tech Accord', level: 1 }).waitFor();
        // Not sent to sign in: the page is for everyone.
        expect(new URL(visitor.page.url()).pathname).toBe(published);
        await expect(
          visitor.page.evaluate(`localStorage.getItem('plenary.token')`),
        ).resolves.toBeNull();
        await visitor.page.getByText('States should not damage critical infrastructure.').waitFor();
        const signatory = visitor.page.getByTestId('signatory');
        await signatory.getByText(stateName).waitFor();
        await signatory.getByText('Subject to our national disclosure law.').waitFor();
        const table = visitor.page.getByTestId('adherence-table');
        await table.getByText('In progress').waitFor();
        await table.getByText('A disclosure office is being set up.').waitFor();
        await expect(visitor.page.getByText(/@/).count()).resolves.toBe(0);

        expectData(
          await session.api.gql(
            `mutation($a: ID!) { unpublishAccord(accordId: $a) { id } }`,
            { a: accordId },
            facilitatorToken,
          ),
        );
        await visitor.page.reload();
        await visitor.page.getByText('This page is not available').waitFor();
        expect(visitor.pageErrors).toEqual([]);
      },
    );
  });
});
