import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectData, Given } from '../../apps/api/test/support/factories.js';
import { givenAccordWithOneClause, givenModification } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function expectNoHorizontalScroll(page: Page, where: string) {
  // A string: runs in the page, where the DOM is (this project type-checks without it).
  const { scrollWidth, innerWidth } = await page.evaluate<{
    scrollWidth: number;
    innerWidth: number;
  }>('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })');
  // document.documentElement.scrollWidth <= window.innerWidth: nothing wider than the screen.
  const overflow = Math.max(scrollWidth - innerWidth, 0);
  expect({ where, overflow }).toEqual({ where, overflow: 0 });
}

/** Whether the header's session controls sit on a row below the brand. */
async function headerWraps(page: Page): Promise<boolean> {
  const brand = await page.locator('.brand').boundingBox();
  const session = await page.locator('.topbar__session').boundingBox();
  if (!brand || !session) throw new Error('the header is missing');
  return session.y >= brand.y + brand.height;
}

describe('the accord and amendment pages on a phone', () => {
  const session = browserSession();
  const { delegates } = session;

  it('at 390 px nothing scrolls sideways and the header wraps; at 1280 px it stays on one row', async () => {
    const { accordId, facilitator, state, ngo } = await givenAccordWithOneClause(session.api);
    // Alice acts for two organizations: the header shows the longest "Acting for" choice.
    await new Given(session.api).member(
      ngo.representative,
      ngo.organizationId,
      state.representative,
    );
    const voting = await givenModification(session.api, accordId, state);
    const open = await givenModification(session.api, accordId, state);
    expectData(
      await session.api.gql(
        `mutation($a: ID!, $c: DateTime) { openVoting(amendmentId: $a, closesAt: $c) { id } }`,
        { a: voting, c: new Date(Date.now() + 3 * 3_600_000).toISOString() },
        facilitator.token,
      ),
    );

    await withScreenshots(
      'narrow-viewport',
      () => delegates,
      async () => {
        for (const viewport of [PHONE, DESKTOP]) {
          const phone = viewport === PHONE;
          const alice = await openBrowser(
            `alice-${viewport.width}`,
            session.api.url,
            state.representative.token,
            viewport,
          );
          const chair = await openBrowser(
            `chair-${viewport.width}`,
            session.api.url,
            facilitator.token,
            viewport,
          );
          delegates.push(alice, chair);

          // The text, with the clause's discussion open.
          await alice.page.goto(`/accords/${accordId}`);
          await alice.page.getByRole('button', { name: /comments? on article 1/ }).click();
          await alice.page.getByLabel('Add a comment').waitFor();
          await alice.page.getByLabel('Acting for').waitFor();
          await expectNoHorizontalScroll(alice.page, `accord page, ${viewport.width} px`);
          expect(await headerWraps(alice.page)).toBe(phone);

          // An amendment being voted on, with its countdown.
          await alice.page.goto(`/accords/${accordId}/amendments/${voting}`);
          await alice.page.getByTestId('vote-panel').getByRole('timer').waitFor();
          await expectNoHorizontalScroll(alice.page, `amendment page, ${viewport.width} px`);
          expect(await headerWraps(alice.page)).toBe(phone);

          // The facilitator's views: the rule form, and the open-vote form with its date field.
          await chair.page.goto(`/accords/${accordId}`);
          await chair.page.getByRole('button', { name: 'Change the decision rule' }).click();
          await chair.page
            .getByTestId('rule-form')
            .getByLabel(/Weighted vote/)
            .check();
          await expectNoHorizontalScroll(chair.page, `rule form, ${viewport.width} px`);
          await chair.page.goto(`/accords/${accordId}/amendments/${open}`);
          await chair.page.getByLabel('Voting closes at (optional)').waitFor();
          await expectNoHorizontalScroll(chair.page, `open-vote form, ${viewport.width} px`);
          expect([...alice.pageErrors, ...chair.pageErrors]).toEqual([]);
        }
      },
    );
  });
});
