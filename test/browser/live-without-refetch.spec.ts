import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectData } from '../../apps/api/test/support/factories.js';
import { givenAccordWithOneClause, givenModification } from './support/accord-with-clause.js';
import { browserSession, type Delegate, openBrowser, withScreenshots } from './support/browser.js';

/** Counts the GraphQL requests a page sends, from the moment it is watched. */
function watchRequests(page: Page) {
  let sent = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') sent += 1;
  });
  return {
    /** Runs `step`, then lets the page settle; returns how many requests it sent meanwhile. */
    async during(step: () => Promise<void>): Promise<number> {
      const before = sent;
      await step();
      // A refetch follows its events after a short pause: give it time to show, if it comes.
      await page.waitForTimeout(1500);
      return sent - before;
    },
  };
}

const live = (delegate: Delegate) =>
  delegate.page.locator('[data-testid=live-status][data-status=live]').waitFor();

describe('live updates from the cache, without refetching', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a ballot and a comment cost the watching pages no request; an adoption one at most', async () => {
    const { api } = session;
    const { accordId, facilitator, state, ngo } = await givenAccordWithOneClause(api);
    const amendmentId = await givenModification(api, accordId, state);
    expectData(
      await api.gql(
        `mutation($a: ID!) { openVoting(amendmentId: $a) { id } }`,
        { a: amendmentId },
        facilitator.token,
      ),
    );
    const amendmentPath = `/accords/${accordId}/amendments/${amendmentId}`;
    await withScreenshots(
      'live-without-refetch',
      () => delegates,
      async () => {
        // Alice follows the amendment, the chair the text (with the votes in progress); Bob acts.
        const alice = await openBrowser('alice', api.url, state.representative.token);
        const chair = await openBrowser('chair', api.url, facilitator.token);
        const bob = await openBrowser('bob', api.url, ngo.representative.token);
        delegates.push(alice, chair, bob);
        await Promise.all([
          alice.page.goto(amendmentPath),
          chair.page.goto(`/accords/${accordId}`),
          bob.page.goto(amendmentPath),
        ]);
        for (const delegate of [alice, chair, bob]) await live(delegate);
        // One socket per tab: the page's accord, the bell and the desk share it.
        const metrics = await (await fetch(`${api.url}/metrics`)).text();
        expect(/^plenary_socket_connections (\d+)$/m.exec(metrics)?.[1]).toBe('3');
        await alice.page.getByTestId('vote-panel').waitFor();
        await bob.page.getByTestId('vote-panel').waitFor();
        await chair.page.getByRole('meter', { name: 'Parties that have voted' }).waitFor();
        // Bob is among those here on every page (comments name their author from it).
        for (const delegate of [alice, chair])
          await delegate.page.getByText('3 here', { exact: false }).first().waitFor();
        const watching = { alice: watchRequests(alice.page), chair: watchRequests(chair.page) };

        // Bob casts a ballot: Alice's tally and recorded votes, the chair's meter, follow.
        const ballot = await Promise.all([
          watching.alice.during(async () => {
            await alice.page.getByRole('img', { name: /^All parties: 1 for/ }).waitFor();
            await alice.page.getByTestId('ballot').getByText('Bob votes for.').waitFor();
          }),
          watching.chair.during(async () => {
            await chair.page.locator('[role=meter][aria-valuenow="1"]').waitFor();
          }),
          (async () => {
            await bob.page.getByLabel('For', { exact: true }).check();
            await bob.page.getByLabel(/Explanation of vote/).fill('Bob votes for.');
            await bob.page.getByRole('button', { name: 'Cast ballot' }).click();
            await bob.page.getByText('Ballot recorded: For.').waitFor();
          })(),
        ]);
        expect(ballot.slice(0, 2)).toEqual([0, 0]);

        // Bob comments on the amendment: Alice's thread and the chair's count follow.
        const comment = await Promise.all([
          watching.alice.during(async () => {
            await alice.page.getByTestId('comment-body').getByText('binding language').waitFor();
          }),
          watching.chair.during(async () => {
            await chair.page.getByTestId('comment-count').getByText('1 comment').waitFor();
          }),
          (async () => {
            await bob.page.getByLabel('Add a comment').fill('We support binding language.');
            await bob.page.getByRole('button', { name: 'Post comment' }).click();
          })(),
        ]);
        expect(comment.slice(0, 2)).toEqual([0, 0]);

        // The civil-society party proposes a new article: its summary, with the number it would
        // take, comes with the event; neither page asks the accord again.
        const newArticle = 'new article 2, after article 1';
        const proposal = await Promise.all([
          watching.chair.during(async () => {
            await chair.page.getByText(newArticle, { exact: false }).waitFor();
          }),
          // Alice's page does not list it; her requests are counted over the same time.
          watching.alice.during(async () => {
            await chair.page.getByText(newArticle, { exact: false }).waitFor();
          }),
          (async () => {
            expectData(
              await api.gql(
                `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
                {
                  input: {
                    accordId,
                    onBehalfOf: ngo.organizationId,
                    kind: 'ADD_CLAUSE',
                    heading: 'Capacity building',
                    text: 'States should help one another build capacity to secure their ICTs.',
                    force: 'VOLUNTARY',
                    rationale: 'Norms need the means to keep them.',
                  },
                },
                ngo.representative.token,
              ),
            );
          })(),
        ]);
        expect(proposal.slice(0, 2)).toEqual([0, 0]);

        // Alice votes too, then the facilitator closes (from elsewhere): the amendment is
        // adopted, and the clause's new text reaches the text page.
        await alice.page.getByLabel('For', { exact: true }).check();
        await alice.page.getByRole('button', { name: 'Cast ballot' }).click();
        await alice.page.getByText('Ballot recorded: For.').waitFor();
        await chair.page.locator('[role=meter][aria-valuenow="2"]').waitFor();
        const watchingBob = watchRequests(bob.page);
        const adoption = await Promise.all([
          watching.alice.during(async () => {
            await alice.page.getByTestId('tally-outcome').getByText('Adopted').waitFor();
          }),
          watching.chair.during(async () => {
            await chair.page.getByText('States shall not knowingly').waitFor();
            await chair.page.getByText('version 2', { exact: true }).waitFor();
          }),
          watchingBob.during(async () => {
            await bob.page.getByTestId('tally-outcome').getByText('Adopted').waitFor();
          }),
          (async () => {
            expectData(
              await api.gql(
                `mutation($a: ID!) { closeVoting(amendmentId: $a) { status } }`,
                { a: amendmentId },
                facilitator.token,
              ),
            );
          })(),
        ]);
        for (const requests of adoption.slice(0, 3)) expect(requests).toBeLessThanOrEqual(1);
        console.info(
          `GraphQL requests per watching page — ballot: alice ${ballot[0]}, chair ${ballot[1]}; ` +
            `comment: alice ${comment[0]}, chair ${comment[1]}; ` +
            `proposal: chair ${proposal[0]}, alice ${proposal[1]}; ` +
            `adoption: alice ${adoption[0]}, chair ${adoption[1]}, bob ${adoption[2]}`,
        );
      },
    );
  });
});
