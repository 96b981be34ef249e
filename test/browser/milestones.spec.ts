import { describe, expect, it } from '@jest/globals';
import { Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('milestones in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('the facilitator names the text by keyboard; a delegate sees it live, compares the whole text with it and opens the text as it stood', async () => {
    const { accordId, facilitator, parties } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);
    await n.adoptClause(state, 'States should refrain from harming hospitals.');
    const historyPath = `/accords/${accordId}/history`;

    await withScreenshots(
      'milestones',
      () => delegates,
      async () => {
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        const delegate = await openBrowser('delegate', session.api.url, state.representative.token);
        delegates.push(chair, delegate);
        await Promise.all([chair.page.goto(historyPath), delegate.page.goto(historyPath)]);
        await delegate.page.getByText('No milestone yet').waitFor();
        // Only the facilitator is offered the form.
        await chair.page.getByLabel('Name the text as it stands now').waitFor();
        await expect(
          delegate.page.getByLabel('Name the text as it stands now').count(),
        ).resolves.toBe(0);
        for (const d of [chair, delegate])
          await d.page.locator('[data-testid=live-status][data-status=live]').waitFor();

        const name = chair.page.getByLabel('Name the text as it stands now');
        await name.fill('Draft after first reading');
        await name.press('Enter');
        await chair.page.getByTestId('milestone').getByText('Draft after first reading').waitFor();

        // The delegate, who did not reload, sees it; the text changes after it.
        const milestone = delegate.page.getByTestId('milestone');
        await milestone.getByText('Draft after first reading').waitFor();
        await n.adoptClause(state, 'States should cooperate on incidents.');
        await delegate.page.getByText('States should cooperate on incidents.').first().waitFor();

        // Compared with the milestone (the default), the whole text shows the new article.
        const comparison = delegate.page.getByTestId('comparison');
        await comparison.getByText('1 of 2 articles changed.').waitFor();
        const added = comparison.getByTestId('compared-article');
        await added.getByText('Added').waitFor();
        await added.locator('ins', { hasText: 'States should cooperate on incidents.' }).waitFor();
        await added.getByRole('link', { name: /new clause by/i }).waitFor();

        // Opening the milestone shows the text as it stood: one article, not two.
        await milestone.getByRole('button', { name: /Show the text at milestone/ }).press('Enter');
        const snapshot = delegate.page.getByTestId('snapshot');
        await snapshot.getByText('States should refrain from harming hospitals.').waitFor();
        await expect(
          snapshot.getByText('States should cooperate on incidents.').count(),
        ).resolves.toBe(0);
        for (const d of delegates) expect(d.pageErrors).toEqual([]);
      },
    );
  });
});
