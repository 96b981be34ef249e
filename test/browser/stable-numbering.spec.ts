import { describe, expect, it } from '@jest/globals';
import { Given, type TestParty } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('article numbers in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a new article shows as "1 bis"; the facilitator renumbers by keyboard and an open amendment citing "article 2" follows, live', async () => {
    const { accordId, facilitator, parties } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
    });
    const [state] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);
    const all = (): [TestParty, string][] => parties.map((p) => [p, 'FOR']);
    for (const heading of ['Cooperation', 'Due diligence', 'Human rights'])
      await n.decide(
        state,
        { kind: 'ADD_CLAUSE', heading, text: `${heading} matters.`, force: 'VOLUNTARY' },
        all(),
      );
    const dueDiligence = (await n.text()).clauses[1].id as string;

    await withScreenshots(
      'stable-numbering',
      () => delegates,
      async () => {
        const delegate = await openBrowser('delegate', session.api.url, state.representative.token);
        delegates.push(delegate);
        const page = delegate.page;

        // Proposing a new article after article 1, the form says which number it would take.
        await page.goto(`/accords/${accordId}/propose?kind=ADD_CLAUSE`);
        await page
          .getByLabel('Place of the new article')
          .selectOption({ label: 'After article 1' });
        await page
          .getByText('If adopted now, it would be new article 1 bis, after article 1.')
          .waitFor();

        // Adopted through the API, it reads "1 bis"; articles 2 and 3 keep their numbers.
        await n.decide(
          state,
          {
            kind: 'ADD_CLAUSE',
            heading: 'Hospitals',
            text: 'Hospitals are never a target.',
            force: 'BINDING',
            position: 2,
          },
          all(),
        );
        const cites = await n.propose(state, {
          kind: 'REMOVE_CLAUSE',
          clauseId: (await n.text()).clauses[3].id,
          rationale: 'Article 2 already covers this.',
        });
        await page.goto(`/accords/${accordId}`);
        await page.locator('[data-testid=live-status][data-status=live]').waitFor();
        const numbers = () => page.locator('.clause__number').allTextContents();
        expect(await numbers()).toEqual(['Article 1', 'Article 1 bis', 'Article 2', 'Article 3']);

        // The open amendment's rationale cites article 2, linked to it.
        await page.goto(`/accords/${accordId}/amendments/${cites.id}`);
        const reference = page.getByTestId('rationale').getByTestId('article-reference');
        await reference.waitFor();
        expect(await reference.textContent()).toBe('2');
        expect(await reference.getAttribute('href')).toBe(
          `/accords/${accordId}#clause-${dueDiligence}`,
        );

        // The facilitator renumbers, with the keyboard, after reading what changes.
        const secretariat = await openBrowser('facilitator', session.api.url, facilitator.token);
        delegates.push(secretariat);
        const desk = secretariat.page;
        await desk.goto(`/accords/${accordId}`);
        await desk.locator('[data-testid=live-status][data-status=live]').waitFor();
        await desk.getByRole('button', { name: 'Renumber the text' }).focus();
        await desk.keyboard.press('Enter');
        const confirmation = desk.getByRole('heading', { name: 'Renumber 3 articles?' });
        await confirmation.waitFor();
        expect(await confirmation.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(
          true,
        );
        expect(await desk.getByTestId('renumber-changes').locator('li').allTextContents()).toEqual([
          'Article 1 bis → 2',
          'Article 2 → 3',
          'Article 3 → 4',
        ]);
        await desk.keyboard.press('Tab');
        expect(await desk.locator(':focus').textContent()).toBe('Renumber');
        await desk.keyboard.press('Enter');
        await desk.getByRole('status').getByText('Renumbered: 1 bis → 2, 2 → 3, 3 → 4.').waitFor();
        await desk.locator('.clause__number', { hasText: 'Article 4' }).waitFor();
        expect(await desk.locator('.clause__number').allTextContents()).toEqual([
          'Article 1',
          'Article 2',
          'Article 3',
          'Article 4',
        ]);
        expect(await desk.getByRole('button', { name: 'Renumber the text' }).isDisabled()).toBe(
          true,
        );

        // Without reloading, the delegate's amendment now shows the cited article as 3, the
        // words written kept on hover; its link leads to that article.
        await reference.filter({ hasText: '3' }).waitFor();
        expect(await reference.getAttribute('title')).toBe(
          'Written as article 2; that article is now numbered 3',
        );
        expect(await page.getByTestId('rationale').textContent()).toBe(
          'Article 3 (written as 2) already covers this.',
        );
        await reference.click();
        await page.waitForURL(`**/accords/${accordId}#clause-${dueDiligence}`);
        expect(await page.locator(`#clause-${dueDiligence}`).textContent()).toContain('Article 3');

        // The history says what the act did, in words.
        await desk.goto(`/accords/${accordId}/history`);
        await desk.getByText('Renumbered: 1 bis → 2, 2 → 3, 3 → 4').waitFor();
        expect(delegate.pageErrors).toEqual([]);
        expect(secretariat.pageErrors).toEqual([]);
      },
    );
  });
});
