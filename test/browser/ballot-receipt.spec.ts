import { describe, expect, it } from '@jest/globals';
import { expectData } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { givenAccordWithOneClause, givenModification } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('a ballot receipt in the vote card', () => {
  const session = browserSession();
  const { delegates } = session;

  it('is shown after voting, copied, and checked: recorded, then confirmed under a signed checkpoint', async () => {
    const { accordId, facilitator, state, ngo } = await givenAccordWithOneClause(session.api);
    const amendmentId = await givenModification(session.api, accordId, state);
    const n = new Negotiation(session.api, accordId, facilitator);
    await n.open(amendmentId);
    const path = `/accords/${accordId}/amendments/${amendmentId}`;

    await withScreenshots(
      'ballot-receipt',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        delegates.push(alice);
        await alice.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: session.api.url,
        });
        const { page } = alice;
        await page.goto(path);
        await page.locator('[data-testid=live-status][data-status=live]').waitFor();

        const panel = page.getByTestId('vote-panel');
        await panel.getByLabel('For', { exact: true }).check();
        await panel.getByRole('button', { name: 'Cast ballot' }).click();
        const receipt = panel.getByTestId('ballot-receipt');
        await receipt.waitFor();

        // The receipt is the seq and hash of the event that recorded the ballot.
        const events = expectData(
          await session.api.gql(
            `query($a: ID!) { accordEvents(accordId: $a, first: 1000) { seq type hash payload } }`,
            { a: accordId },
            state.representative.token,
          ),
        ).accordEvents as { seq: number; type: string; hash: string; payload: any }[];
        const ballot = events.findLast(
          (e) => e.type === 'ballot.cast' && e.payload.amendmentId === amendmentId,
        )!;
        expect(await receipt.locator('.receipt__line').textContent()).toBe(
          `Your receipt: #${ballot.seq} · ${ballot.hash.slice(0, 12)}…`,
        );

        await receipt.getByRole('button', { name: 'Copy' }).click();
        await receipt.getByText('Copied').waitFor();
        const copied = await page.evaluate<string>('navigator.clipboard.readText()');
        expect(copied).toBe(`${accordId}:${ballot.seq}:${ballot.hash}`);

        // Checked from the keyboard: in the log, not yet under a signature while the vote runs.
        await receipt.getByRole('button', { name: 'Check' }).focus();
        await page.keyboard.press('Enter');
        const verdict = receipt.getByTestId('receipt-check');
        await verdict.waitFor();
        expect(await verdict.textContent()).toMatch(
          new RegExp(
            `^Recorded\\. Entry ${ballot.seq} \\(.{12}…\\) is in the log, not yet under a signed checkpoint`,
          ),
        );

        // The vote closes (signed at its close); after a reload the receipt is still there.
        await n.vote(ngo, amendmentId, 'FOR');
        await n.close(amendmentId);
        const close = (await n.events()).findLast((e) => e.type === 'voting.closed')!;
        await page.reload();
        const kept = page
          .getByRole('region', { name: 'Your ballot receipt' })
          .getByTestId('ballot-receipt');
        await kept.waitFor();
        expect(await kept.locator('.receipt__line').textContent()).toContain(`#${ballot.seq} · `);
        await kept.getByRole('button', { name: 'Check' }).click();
        const confirmed = kept.getByTestId('receipt-check');
        await confirmed.getByText('Confirmed.', { exact: false }).waitFor();
        expect(await confirmed.textContent()).toContain(
          `is in the log, under the checkpoint at event ${close.seq} signed by key`,
        );
        expect(alice.pageErrors).toEqual([]);
      },
    );
  });
});
