import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { givenAccordWithOneClause } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

/** Selects `word` in the clause text, as a mouse would, and lets the page read the selection. */
async function selectInClause(page: Page, word: string) {
  const text = page.locator('.clause__text');
  await text.evaluate((element, target) => {
    const node = element.firstChild!;
    const start = node.textContent!.indexOf(target);
    const range = element.ownerDocument.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + target.length);
    const selection = element.ownerDocument.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, word);
  await text.dispatchEvent('mouseup');
}

describe('discussing a clause version, live', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a comment quoting the text and its reply reach the other delegate without reload', async () => {
    const { accordId, state, ngo } = await givenAccordWithOneClause(session.api);
    await withScreenshots(
      'clause-discussion',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        const bob = await openBrowser('bob', session.api.url, ngo.representative.token);
        delegates.push(alice, bob);
        await Promise.all([
          alice.page.goto(`/accords/${accordId}`),
          bob.page.goto(`/accords/${accordId}`),
        ]);
        for (const delegate of [alice, bob])
          await delegate.page.locator('[data-testid=live-status][data-status=live]').waitFor();

        // Bob opens the (empty) discussion of the current version and keeps it open.
        const bobToggle = bob.page.getByRole('button', { name: '0 comments on article 1' });
        await bobToggle.click();
        expect(await bobToggle.getAttribute('aria-expanded')).toBe('true');
        await bob.page.getByText('No comments on this version yet.').waitFor();

        // Alice quotes a word of the clause and comments on version 1.
        await alice.page.getByRole('button', { name: '0 comments on article 1' }).click();
        await alice.page.getByRole('heading', { name: 'Discussion of version 1 (0)' }).waitFor();
        await selectInClause(alice.page, 'territory');
        await alice.page.getByRole('button', { name: 'Quote selection in a comment' }).click();
        await alice.page
          .getByLabel('Add a comment')
          .fill('Does **territory** include cloud services hosted abroad?');
        await alice.page.getByRole('button', { name: 'Post comment' }).click();
        await alice.page.getByRole('button', { name: '1 comment on article 1' }).waitFor();

        // Bob sees it without reloading: the count, the quote and the comment.
        await bob.page.getByRole('button', { name: '1 comment on article 1' }).waitFor();
        const comment = bob.page.getByTestId('comment').first();
        await comment.getByText('cloud services', { exact: false }).waitFor();
        expect(await comment.locator('blockquote').textContent()).toContain('territory');
        expect(await comment.getByTestId('comment-body').locator('strong').textContent()).toBe(
          'territory',
        );

        // Bob replies in the thread; Alice sees the reply live.
        await comment.getByRole('button', { name: 'Reply' }).click();
        await bob.page
          .getByLabel(`Reply to ${state.representative.displayName}`)
          .fill('It should.');
        await bob.page.getByRole('button', { name: 'Post reply' }).click();
        await alice.page.getByTestId('comment-body').getByText('It should.').waitFor();
        await alice.page.getByRole('button', { name: '2 comments on article 1' }).waitFor();
        await alice.page.getByRole('heading', { name: 'Discussion of version 1 (2)' }).waitFor();

        // The history shows the same thread for version 1, read only.
        await bob.page.getByRole('link', { name: 'History of article 1' }).click();
        const history = bob.page.getByTestId('version-discussion');
        await history.getByText('It should.').waitFor();
        expect(await history.getByRole('button').count()).toBe(0);
        expect([...alice.pageErrors, ...bob.pageErrors]).toEqual([]);
      },
    );
  });
});
