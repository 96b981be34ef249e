import { describe, expect, it } from '@jest/globals';
import { Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('the proposal window in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('the facilitator closes proposals by keyboard; a delegate sees it live and can no longer propose', async () => {
    const { accordId, facilitator, parties } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    await new Negotiation(session.api, accordId, facilitator).adoptClause(
      state,
      'States should refrain from harming hospitals.',
    );
    const textPath = `/accords/${accordId}`;

    await withScreenshots(
      'proposal-window',
      () => delegates,
      async () => {
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        const delegate = await openBrowser('delegate', session.api.url, state.representative.token);
        delegates.push(chair, delegate);
        await Promise.all([chair.page.goto(textPath), delegate.page.goto(textPath)]);
        for (const d of [chair, delegate])
          await d.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        const proposeTab = delegate.page.getByRole('link', { name: 'Propose', exact: true });
        await proposeTab.waitFor();

        const close = chair.page.getByRole('button', { name: 'Close proposals now' });
        await close.focus();
        await close.press('Enter');
        await chair.page.getByRole('status').getByText('Proposals are closed.').waitFor();

        // The delegate, who did not reload, is told, and the Propose tab goes.
        const notice = delegate.page.locator('[data-testid=proposal-window][data-state=CLOSED]');
        await notice.getByText(/^Proposals closed on/).waitFor();
        await proposeTab.waitFor({ state: 'detached' });
        await delegate.page.goto(`${textPath}/propose`);
        await delegate.page.getByText('Proposals are closed').first().waitFor();
        for (const d of delegates) expect(d.pageErrors).toEqual([]);
      },
    );
  });
});
