import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

/** Words that would give a choice away in the tally panel. */
const COUNTS = /\d+ (for|against|abstain)|would (not )?pass|adopted/i;

async function tallyText(page: Page): Promise<string> {
  return (await page.getByTestId('tally').textContent()) ?? '';
}

describe('a secret ballot in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('is set with a warning about the chamber of one, shows only turnout live on every page, and the counts once closed', async () => {
    const given = new Given(session.api);
    const { accordId, facilitator, parties, observers } = await given.accordWithParties({
      rule: { kind: 'CHAMBERED' },
      parties: { GOVERNMENT: 3, CIVIL_SOCIETY: 1 },
      observers: 1,
    });
    const [state, state2, , ngo] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);

    await withScreenshots(
      'secret-ballot',
      () => delegates,
      async () => {
        // The facilitator makes the ballot secret and is told what the chamber of one gives away.
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        delegates.push(chair);
        await chair.page.goto(`/accords/${accordId}`);
        await chair.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        await chair.page.getByRole('button', { name: 'Change the decision rule' }).click();
        const form = chair.page.getByTestId('rule-form');
        await form.getByLabel(/Secret ballot/).check();
        expect(await form.getByTestId('small-chambers-warning').textContent()).toContain(
          'civil society (1 party)',
        );
        await form.getByRole('button', { name: 'Save the rule' }).click();
        await chair.page.getByText('Rule saved.', { exact: false }).waitFor();
        // Still in view beside the rule once the form has closed.
        await chair.page.getByTestId('small-chambers-warning').waitFor();

        const amendment = await n.propose(state, {
          kind: 'ADD_CLAUSE',
          heading: 'Attribution',
          text: 'States should substantiate any public attribution of an ICT incident.',
          force: 'VOLUNTARY',
        });
        await n.open(amendment.id);
        const path = `/accords/${accordId}/amendments/${amendment.id}`;
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        const observer = await openBrowser(
          'observer',
          session.api.url,
          observers[0].representative.token,
        );
        delegates.push(alice, observer);
        const everyone = [chair, alice, observer];
        await Promise.all(everyone.map((d) => d.page.goto(path)));
        for (const { page } of everyone) {
          await page.locator('[data-testid=live-status][data-status=live]').waitFor();
          await page.locator('[data-testid=tally][data-sealed=true]').waitFor();
          expect(await page.getByTestId('tally-outcome').textContent()).toBe(
            'Sealed until the close',
          );
          await page.getByText('0 of 4 parties have voted', { exact: false }).first().waitFor();
          await page
            .getByTestId('chamber-CIVIL_SOCIETY')
            .getByTestId('small-chamber-notice')
            .waitFor();
        }

        // Alice votes in her page: she alone sees her choice, and there is no explanation field.
        expect(await alice.page.getByLabel(/Explanation of vote/).count()).toBe(0);
        await alice.page.getByTestId('vote-panel').getByText('Against', { exact: true }).click();
        await alice.page.getByRole('button', { name: 'Cast ballot' }).click();
        await alice.page.getByText('Your ballot:', { exact: false }).waitFor();
        expect(await alice.page.getByTestId('vote-panel').textContent()).toContain(
          'Your ballot: Against',
        );

        // The others see turnout move, without reloading, and nothing else.
        await n.vote(ngo, amendment.id, 'FOR');
        await n.vote(state2, amendment.id, 'FOR');
        for (const { page } of everyone) {
          await page
            .getByTestId('tally-explanation')
            .getByText('Secret ballot: 3 of 4 parties have voted', { exact: false })
            .waitFor();
          await page
            .getByTestId('chamber-GOVERNMENT')
            .getByRole('img', { name: 'Governments: 2 of 3 voted' })
            .waitFor();
          await page
            .getByTestId('chamber-CIVIL_SOCIETY')
            .getByText('1 of 1 voted', { exact: false })
            .waitFor();
          expect(await tallyText(page)).not.toMatch(COUNTS);
          expect(await page.getByTestId('ballot').count()).toBe(0);
        }

        // The facilitator closes: every page shows the counts, the notice stays by the NGO's.
        await chair.page.getByRole('button', { name: 'Close the vote' }).click();
        for (const { page } of everyone) {
          await page.locator('[data-testid=tally]:not([data-sealed])').waitFor();
          expect(await page.getByTestId('tally-outcome').textContent()).toBe('Not adopted');
          const civil = page.getByTestId('chamber-CIVIL_SOCIETY');
          expect(await civil.textContent()).toContain('1 for · 0 against · 0 abstain');
          expect(await civil.getByTestId('small-chamber-notice').textContent()).toBe(
            'Fewer than three parties: this count shows how its parties voted.',
          );
          expect(await page.getByTestId('chamber-GOVERNMENT').textContent()).toContain(
            '1 for · 1 against · 0 abstain',
          );
          expect(await page.getByTestId('ballot').count()).toBe(0);
        }
        expect(everyone.flatMap((d) => d.pageErrors)).toEqual([]);
      },
    );
    // Three browsers and a dozen live updates: generous on a loaded machine.
  }, 180_000);
});
