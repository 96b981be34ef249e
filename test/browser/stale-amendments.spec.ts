import { describe, expect, it } from '@jest/globals';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import {
  givenAccordWithOneClause,
  ORIGINAL_TEXT,
  theClause,
} from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const SHALL = ORIGINAL_TEXT.replace('should not', 'shall not');
const OR_ALLOW = ORIGINAL_TEXT.replace(
  'using ICTs.',
  'using ICTs, nor allow their networks to be so used.',
);
const MUST_NEVER = ORIGINAL_TEXT.replace('should not knowingly', 'must never knowingly');
const MERGED =
  'States shall not knowingly allow their territory to be used for internationally wrongful acts using ICTs, nor allow their networks to be so used.';

/**
 * Article 1 at version 1, with three amendments written against it and voted on at once: a state
 * makes it binding (adopted first), the NGO adds to its end (still merges) and also rewrites
 * its start (overlaps).
 */
async function givenThreeAmendmentsOnVersion1(api: Parameters<typeof givenAccordWithOneClause>[0]) {
  const setup = await givenAccordWithOneClause(api);
  const { state, ngo } = setup;
  const n = new Negotiation(api, setup.accordId, setup.facilitator);
  const { clauseId } = await theClause(api, setup.accordId, state.representative.token);
  const modify = (by: typeof state, text: string) =>
    n.propose(by, { kind: 'MODIFY_CLAUSE', clauseId, baseVersion: 1, text });
  const shall = await modify(state, SHALL);
  const orAllow = await modify(ngo, OR_ALLOW);
  const mustNever = await modify(ngo, MUST_NEVER);
  for (const amendment of [shall, orAllow, mustNever]) await n.open(amendment.id);
  await n.vote(state, shall.id, 'FOR');
  await n.vote(ngo, shall.id, 'FOR');
  await n.vote(ngo, orAllow.id, 'FOR');
  await n.vote(ngo, mustNever.id, 'FOR', 'Never is clearer than not.');
  await n.vote(state, mustNever.id, 'AGAINST');
  return { ...setup, n, shall, orAllow, mustNever };
}

describe('amendments whose clause changes under them, in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('suspends an overlapping vote with a notice to everyone, keeps its ballots through a rebase, and shows the other as it would now apply', async () => {
    const { accordId, state, ngo, n, shall, orAllow, mustNever } =
      await givenThreeAmendmentsOnVersion1(session.api);
    const amendmentPath = (id: string) => `/accords/${accordId}/amendments/${id}`;
    await withScreenshots(
      'stale-amendments-suspended',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        const bob = await openBrowser('bob', session.api.url, ngo.representative.token);
        delegates.push(alice, bob);
        await alice.page.goto(amendmentPath(orAllow.id));
        await bob.page.goto(amendmentPath(mustNever.id));
        for (const delegate of [alice, bob])
          await delegate.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        await bob.page.getByTestId('vote-panel').waitFor();
        expect(await alice.page.getByTestId('as-it-would-apply').count()).toBe(0);

        // The facilitator adopts "shall": both pages change without a reload.
        expect((await n.close(shall.id)).status).toBe('ADOPTED');

        // Alice's amendment still merges: the text it would now apply, and that the base moved.
        const projected = alice.page.getByTestId('as-it-would-apply');
        await projected.waitFor();
        expect(await projected.getByRole('heading').textContent()).toBe(
          'As it would now apply to version 2',
        );
        expect(await alice.page.getByTestId('text-as-it-would-apply').textContent()).toBe(MERGED);
        expect(await projected.locator('.diff__text ins').allTextContents()).toEqual([
          expect.stringContaining('nor allow their networks'),
        ]);
        expect(await alice.page.getByTestId('voting-on-moved-base').textContent()).toContain(
          'as it would now apply to version 2 of article 1',
        );

        // Bob's overlaps: its vote is suspended, announced on every page of the accord.
        await bob.page.locator('.amendment-head .status').getByText('Needs rebase').waitFor();
        expect(await bob.page.getByTestId('vote-panel').count()).toBe(0);
        const notice = bob.page.getByTestId('suspended-vote');
        await notice.waitFor();
        expect(await notice.textContent()).toContain(
          'was suspended: article 1 changed and the amendment no longer applies',
        );
        expect(await bob.page.getByTestId('conflict-reason').textContent()).toContain(
          'Its vote was suspended',
        );
        const round = bob.page.getByTestId('voting-round');
        expect(await round.getByTestId('tally-outcome').textContent()).toBe('Suspended');
        expect(await round.getByTestId('suspension-reason').textContent()).toContain(
          'Article 1 changed (now version 2)',
        );
        expect(await round.getByTestId('ballot').allTextContents()).toEqual([
          expect.stringMatching(/^For.*“Never is clearer than not\.”$/),
          expect.stringMatching(/^Against/),
        ]);
        await alice.page.getByTestId('suspended-vote').waitFor();
        await alice.page.getByRole('link', { name: 'Text', exact: true }).click();
        await alice.page.getByTestId('suspended-vote').getByRole('link').waitFor();

        // Bob rebases on the current text, with the keyboard; the earlier vote stays on the page.
        const editor = bob.page.getByLabel('Your text, rewritten on the current version');
        await editor.fill(SHALL.replace('shall not knowingly', 'shall never knowingly'));
        await editor.press('Tab');
        await bob.page.keyboard.press('Enter');
        await bob.page
          .locator('.amendment-head .status')
          .getByText('Open for discussion')
          .waitFor();
        await bob.page.getByTestId('suspended-votes').getByText('was suspended').waitFor({
          state: 'detached',
        });
        expect(await bob.page.getByTestId('voting-round').getByTestId('ballot').count()).toBe(2);
        expect(
          await bob.page.getByTestId('voting-rounds').getByRole('heading').first().textContent(),
        ).toBe('Vote held');
        await alice.page.getByTestId('suspended-vote').waitFor({ state: 'detached' });
        expect([...alice.pageErrors, ...bob.pageErrors]).toEqual([]);
      },
    );
  });

  it('shows an adopted amendment’s applied text beside its proposal, with the difference', async () => {
    const { accordId, state, ngo, n, shall, orAllow } = await givenThreeAmendmentsOnVersion1(
      session.api,
    );
    await withScreenshots(
      'stale-amendments-adopted',
      () => delegates,
      async () => {
        const bob = await openBrowser('bob-adopted', session.api.url, ngo.representative.token);
        delegates.push(bob);
        await bob.page.goto(`/accords/${accordId}/amendments/${orAllow.id}`);
        await bob.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        await n.close(shall.id);
        await bob.page.getByTestId('as-it-would-apply').waitFor();
        await n.vote(state, orAllow.id, 'FOR');
        expect((await n.close(orAllow.id)).status).toBe('ADOPTED');

        const adopted = bob.page.getByTestId('what-was-adopted');
        await adopted.waitFor();
        expect(await bob.page.getByTestId('as-it-would-apply').count()).toBe(0);
        expect(await adopted.getByTestId('proposed-text').textContent()).toBe(OR_ALLOW);
        expect(await adopted.getByTestId('applied-text').textContent()).toBe(MERGED);
        expect(await adopted.textContent()).toContain('Applied: article 1, version 3');
        const difference = adopted.getByTestId('applied-difference');
        expect(await difference.locator('.diff__text del').allTextContents()).toEqual([
          expect.stringContaining('should'),
        ]);
        expect(await difference.locator('.diff__text ins').allTextContents()).toEqual([
          expect.stringContaining('shall'),
        ]);

        // The one adopted as proposed says so, without a comparison.
        await bob.page.goto(`/accords/${accordId}/amendments/${shall.id}`);
        const asProposed = bob.page.getByTestId('what-was-adopted');
        await asProposed.waitFor();
        expect(await asProposed.textContent()).toContain(
          'Applied as proposed: article 1, version 2.',
        );
        expect(await asProposed.getByTestId('applied-difference').count()).toBe(0);
        expect(bob.pageErrors).toEqual([]);
      },
    );
  });
});
