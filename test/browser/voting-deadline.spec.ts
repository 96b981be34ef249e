import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { givenAccordWithOneClause, givenModification } from './support/accord-with-clause.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

/** A datetime-local value `minutes` from now, in the browser's own time zone. */
function localTimeIn(page: Page, minutes: number): Promise<string> {
  return page.evaluate((offset) => {
    const date = new Date(Date.now() + offset * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, minutes);
}

describe('a vote with a deadline', () => {
  const session = browserSession();
  const { delegates } = session;

  it('refuses a past time in the form, then counts down on every page, and says when it closed', async () => {
    const { accordId, facilitator, state } = await givenAccordWithOneClause(session.api);
    const amendmentId = await givenModification(session.api, accordId, state);
    const path = `/accords/${accordId}/amendments/${amendmentId}`;

    await withScreenshots(
      'voting-deadline',
      () => delegates,
      async () => {
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        delegates.push(chair, alice);
        await Promise.all([chair.page.goto(path), alice.page.goto(path)]);
        for (const delegate of [chair, alice])
          await delegate.page.locator('[data-testid=live-status][data-status=live]').waitFor();

        const closesAt = chair.page.getByLabel('Voting closes at (optional)');
        await closesAt.fill(await localTimeIn(chair.page, -5));
        await chair.page.getByRole('button', { name: 'Open the vote' }).click();
        await chair.page.getByText('Choose a time in the future.').waitFor();
        expect(await closesAt.getAttribute('aria-invalid')).toBe('true');
        expect(await chair.page.locator('.amendment-head .status').textContent()).toBe(
          'Open for discussion',
        );

        // Whole minutes only: two minutes ahead, truncated, is one to two minutes away.
        await closesAt.fill(await localTimeIn(chair.page, 2));
        await chair.page.getByRole('button', { name: 'Open the vote' }).click();
        const countdown = /^Voting closes in [12] min \(/;
        const headerTimer = chair.page.locator('.amendment-head').getByRole('timer');
        await headerTimer.waitFor();
        expect(await headerTimer.textContent()).toMatch(countdown);

        // Alice, who did not reload, gets the ballot form with the same countdown.
        const panel = alice.page.getByTestId('vote-panel');
        await panel.waitFor();
        expect(await panel.getByRole('timer').textContent()).toMatch(countdown);
        expect(
          await alice.page.locator('.amendment-head').getByRole('timer').textContent(),
        ).toMatch(countdown);

        // The facilitator closes early: everyone reads when, and that it was before the deadline.
        await chair.page.getByRole('button', { name: 'Close the vote' }).click();
        for (const delegate of [chair, alice]) {
          const closed = delegate.page.getByTestId('voting-deadline');
          await closed.getByText('Voting closed on', { exact: false }).waitFor();
          expect(await closed.textContent()).toContain('before its deadline');
        }
        expect([...chair.pageErrors, ...alice.pageErrors]).toEqual([]);
      },
    );
  });

  it('closes by itself at the deadline, and every open page shows the outcome without reload', async () => {
    const { accordId, facilitator, state, ngo } = await givenAccordWithOneClause(session.api);
    const amendmentId = await givenModification(session.api, accordId, state);
    const path = `/accords/${accordId}/amendments/${amendmentId}`;

    await withScreenshots(
      'voting-deadline-auto',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        const bob = await openBrowser('bob', session.api.url, ngo.representative.token);
        delegates.push(alice, bob);
        await Promise.all([alice.page.goto(path), bob.page.goto(path)]);
        for (const delegate of [alice, bob])
          await delegate.page.locator('[data-testid=live-status][data-status=live]').waitFor();

        // Opened and voted through the API (so the ballots are in well before the deadline, even
        // on a busy machine), 20 seconds ahead: the deadline job closes it, not the facilitator.
        const n = new Negotiation(session.api, accordId, facilitator);
        await n.open(amendmentId, new Date(Date.now() + 20_000).toISOString());
        await n.vote(state, amendmentId, 'FOR');
        await n.vote(ngo, amendmentId, 'FOR');
        for (const delegate of [alice, bob]) {
          await delegate.page.getByRole('button', { name: 'Change ballot' }).waitFor();
          expect(
            await delegate.page.locator('.amendment-head').getByRole('timer').textContent(),
          ).toMatch(/^Voting closes in 1 min \(/);
        }

        for (const delegate of [alice, bob]) {
          const closed = delegate.page.getByTestId('voting-deadline');
          await closed.getByText('at its deadline', { exact: false }).waitFor({ timeout: 120_000 });
          expect(await delegate.page.locator('.amendment-head .status').textContent()).toMatch(
            /Adopted/i,
          );
        }
        expect([...alice.pageErrors, ...bob.pageErrors]).toEqual([]);
      },
    );
  });
});
