import { describe, expect, it } from '@jest/globals';
import { Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const TEXT = 'States should not attack hospitals.';

describe('the text with proposals', () => {
  const session = browserSession();
  const { delegates } = session;

  it('shows two proposals on one clause in place, their overlap, a new article, filters and a live arrival', async () => {
    const { accordId, facilitator, parties } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
    });
    const [state, ngo] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);
    const clauseId = await n.adoptClause(state, TEXT, [state, ngo]);
    const binding = await n.propose(ngo, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall not attack hospitals.',
    });
    await n.propose(state, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States may not, except in self-defence, attack hospitals.',
    });
    await n.open(binding.id);

    await withScreenshots(
      'proposals-in-text',
      () => delegates,
      async () => {
        const delegate = await openBrowser('delegate', session.api.url, state.representative.token);
        delegates.push(delegate);
        const page = delegate.page;
        await page.goto(`/accords/${accordId}`);
        await page.locator('[data-testid=live-status][data-status=live]').waitFor();
        const toggle = page.getByRole('button', { name: /With proposals/ });
        await toggle.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: /With proposals/, pressed: true }).waitFor();

        const article = page.getByTestId('redline-article').first();
        await article.getByTestId('overlap').nth(1).waitFor();
        await expect(article.getByTestId('redline').count()).resolves.toBe(2);
        await article.locator('ins', { hasText: 'shall' }).waitFor();
        await article.locator('ins', { hasText: 'except in self-defence' }).waitFor();
        // The one being voted on says where its vote stands.
        await article.getByText('0 for, 0 against, 0 abstaining (0 of 2)').waitFor();

        // Only those being voted on; then only those I have not voted on.
        await page.getByLabel('Status').selectOption('VOTING');
        await page.getByText('1 of 2 pending proposals shown').waitFor();
        await page.getByLabel('Status').selectOption('ALL');
        await page.getByLabel('Only votes I have not cast').check();
        await page.getByText('1 of 2 pending proposals shown').waitFor();
        await n.vote(state, binding.id, 'FOR');
        await page.getByText('0 of 2 pending proposals shown').waitFor();
        await page.getByLabel('Only votes I have not cast').uncheck();

        // A new article proposed meanwhile appears where it would go, without reload.
        await n.propose(ngo, {
          kind: 'ADD_CLAUSE',
          text: 'States should protect emergency response teams.',
          force: 'VOLUNTARY',
        });
        await page.getByText('New article 2').waitFor();
        await page.locator('ins', { hasText: 'protect emergency response teams' }).waitFor();
        await page.getByText('3 of 3 pending proposals shown').waitFor();
        expect(delegate.pageErrors).toEqual([]);
      },
    );
  });
});
