import { describe, expect, it } from '@jest/globals';
import { givenAccordWithOneClause } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const AMENDED_TEXT =
  'States shall not knowingly allow their territory to be used for internationally wrongful acts using ICTs, and shall cooperate to stop them.';

describe('negotiating in the browser, live', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a proposal, its discussion, the vote and the new version reach everyone without reload', async () => {
    const { accordId, facilitator, state, ngo } = await givenAccordWithOneClause(session.api);
    const accordPath = `/accords/${accordId}`;
    await withScreenshots(
      'negotiation',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        const bob = await openBrowser('bob', session.api.url, ngo.representative.token);
        delegates.push(alice, bob);
        await Promise.all([alice.page.goto(accordPath), bob.page.goto(accordPath)]);
        await alice.page.getByText('Article 1', { exact: true }).waitFor();
        for (const delegate of [alice, bob])
          await delegate.page.locator('[data-testid=live-status][data-status=live]').waitFor();

        // Alice amends the clause and sees her word diff before submitting.
        await alice.page.getByRole('link', { name: 'Amend article 1' }).click();
        const editor = alice.page.getByLabel('Text (edit the current wording)');
        await editor.fill(AMENDED_TEXT);
        const preview = alice.page.getByTestId('proposal-diff');
        await expect(preview.locator('del').first().textContent()).resolves.toContain('should');
        await expect(preview.locator('ins').first().textContent()).resolves.toContain('shall');
        await alice.page.getByLabel('Rationale').fill('Make the norm binding and add cooperation.');
        // She cites a source, by keyboard: Enter adds it rather than submitting.
        await alice.page.getByLabel('Sources').fill('UN GGE 2015 norm 13(c)');
        await alice.page.getByLabel('Sources').press('Enter');
        await alice.page
          .getByRole('list', { name: 'Sources cited' })
          .getByText('UN GGE 2015 norm 13(c)')
          .waitFor();
        await alice.page.getByRole('button', { name: 'Submit amendment' }).click();
        await alice.page.getByRole('heading', { name: /Amend text to article 1/ }).waitFor();
        await alice.page.getByTestId('amendment-sources').getByText('norm 13(c)').waitFor();
        const amendmentUrl = alice.page.url();

        // Bob, who did not reload, sees it appear under the clause and opens it.
        const link = bob.page.getByTestId('amendment-link');
        await link.waitFor();
        expect(await link.textContent()).toContain('Open for discussion');
        await link.getByRole('link').click();
        await bob.page.getByTestId('amendment-diff').waitFor();

        // Bob comments; Alice sees it without reload.
        await bob.page
          .getByLabel('Add a comment')
          .fill('Civil society supports **binding** language.');
        await bob.page.getByRole('button', { name: 'Post comment' }).click();
        await alice.page.getByTestId('comment-body').getByText('binding').waitFor();
        expect(await alice.page.getByTestId('comment-body').locator('strong').textContent()).toBe(
          'binding',
        );

        // The facilitator opens the vote; both delegates get the ballot form live.
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        delegates.push(chair);
        // The accord list says whom he facilitates for (the server's viewer field).
        await chair.page.goto('/');
        await chair.page.locator('.accord-item').getByText('you facilitate').waitFor();
        await chair.page.goto(new URL(amendmentUrl).pathname);
        await chair.page.getByRole('button', { name: 'Open the vote' }).click();
        for (const delegate of [alice, bob]) {
          await delegate.page.getByTestId('vote-panel').waitFor();
          await delegate.page.getByLabel('For', { exact: true }).check();
          await delegate.page.getByLabel(/Explanation of vote/).fill(`${delegate.name} votes for.`);
          await delegate.page.getByRole('button', { name: 'Cast ballot' }).click();
          await delegate.page.getByText('Ballot recorded: For.').waitFor();
        }
        // Bob changes his ballot; Alice sees the change kept in the recorded votes, live.
        await bob.page.getByLabel('Abstain', { exact: true }).check();
        await bob.page.getByRole('button', { name: 'Change ballot' }).click();
        await bob.page.getByText('Ballot recorded: Abstain.').waitFor();
        const changes = alice.page.getByTestId('ballot-changes');
        await changes.getByText('Changed once').click();
        await changes.getByText(/For on .*, then Abstain/).waitFor();
        await chair.page.getByText('2 of 2 parties have voted', { exact: false }).waitFor();
        await chair.page.getByTestId('tally-outcome').getByText('Would pass now').waitFor();

        // The facilitator closes; both delegates see the outcome, then the new version in history.
        await chair.page.getByRole('button', { name: 'Close the vote' }).click();
        for (const delegate of [alice, bob]) {
          await delegate.page.getByTestId('tally-outcome').getByText('Adopted').waitFor();
          await delegate.page.getByRole('link', { name: 'History' }).click();
          await delegate.page.getByTestId('timeline').getByText('v2').waitFor();
          const diff = delegate.page.getByTestId('version-diff');
          await diff.locator('ins').first().waitFor();
          expect(await diff.locator('ins').allTextContents()).toEqual(
            expect.arrayContaining([expect.stringContaining('shall')]),
          );
          expect(await diff.locator('del').allTextContents()).toEqual(
            expect.arrayContaining([expect.stringContaining('should')]),
          );
        }
        expect([...alice.pageErrors, ...bob.pageErrors, ...chair.pageErrors]).toEqual([]);
      },
    );
  });
});
