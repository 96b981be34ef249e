import { describe, expect, it } from '@jest/globals';
import { Discussion } from '../../apps/api/test/support/discussion.js';
import { Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('search in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a delegate searches by keyboard from the header and from the accord, and follows a hit to the clause', async () => {
    const given = new Given(session.api);
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);
    const clauseId = await n.adoptClause(state, 'States shall protect undersea cables.');
    const amendment = await n.propose(state, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall protect undersea cables and satellites.',
    });
    await new Discussion(session.api, accordId).post(state.representative, {
      amendmentId: amendment.id,
      body: 'Satellites <b>matter</b> as much as cables.',
    });
    // An accord the delegate does not take part in.
    const other = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    await new Negotiation(session.api, other.accordId, other.facilitator).adoptClause(
      other.parties[0],
      'Secret satellites of another accord.',
    );

    await withScreenshots(
      'search',
      () => delegates,
      async () => {
        const delegate = await openBrowser('delegate', session.api.url, state.representative.token);
        delegates.push(delegate);
        const { page } = delegate;
        await page.goto('/');
        const everything = page.getByRole('search').getByLabel('Search everything');
        await everything.fill('satellites');
        await everything.press('Enter');
        await page.waitForURL(/\/search\?q=satellites/);
        const results = page.getByRole('list', { name: 'Results for satellites' });
        await results.waitFor();
        // The amendment and the comment, never the other accord's clause.
        await expect(page.getByTestId('search-result').count()).resolves.toBe(2);
        await expect(page.getByText('Secret satellites').count()).resolves.toBe(0);
        // The comment's markup is text; the word found is marked.
        await results.locator('mark', { hasText: /^Satellites$/ }).waitFor();
        await expect(results.locator('b').count()).resolves.toBe(0);

        // In the accord: its own search box; the hit links to the clause.
        await page.goto(`/accords/${accordId}`);
        const inAccord = page.getByLabel('Search this accord');
        await inAccord.fill('"undersea cables"');
        await inAccord.press('Enter');
        await page.waitForURL(new RegExp(`/accords/${accordId}/search`));
        const clauseHit = page.getByRole('link', { name: 'Article 1', exact: true });
        await clauseHit.focus();
        await clauseHit.press('Enter');
        await page.waitForURL(new RegExp(`/accords/${accordId}#clause-${clauseId}`));
        await page.getByText('States shall protect undersea cables.').first().waitFor();
        expect(delegate.pageErrors).toEqual([]);
      },
    );
  });
});
