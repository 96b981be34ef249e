import { describe, expect, it } from '@jest/globals';
import { expectData } from '../../apps/api/test/support/factories.js';
import { elementAt } from '../../apps/api/test/support/lists.js';
import { givenAccordWithOneClause } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('comments cannot run code in another delegate’s browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('renders an HTML payload and a javascript: link inert', async () => {
    const { accordId, state, ngo } = await givenAccordWithOneClause(session.api);
    const clauseId = elementAt(
      expectData(
        await session.api.gql<{
          accord: { clauses: { id: string; current: { version: number } }[] };
        }>(
          `query($id: ID!) { accord(id: $id) { clauses { id current { version } } } }`,
          { id: accordId },
          state.representative.token,
        ),
      ).accord.clauses,
      0,
    );
    const amendmentId = expectData(
      await session.api.gql<{ proposeAmendment: { id: string } }>(
        `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
        {
          input: {
            accordId,
            onBehalfOf: state.organizationId,
            kind: 'MODIFY_CLAUSE',
            clauseId: clauseId.id,
            baseVersion: clauseId.current.version,
            text: 'States shall cooperate.',
            force: 'BINDING',
            rationale: 'Shorter.',
          },
        },
        state.representative.token,
      ),
    ).proposeAmendment.id;

    await withScreenshots(
      'comment-safety',
      () => delegates,
      async () => {
        const attacker = await openBrowser('attacker', session.api.url, ngo.representative.token);
        const reader = await openBrowser('reader', session.api.url, state.representative.token);
        delegates.push(attacker, reader);
        const path = `/accords/${accordId}/amendments/${amendmentId}`;
        await Promise.all([attacker.page.goto(path), reader.page.goto(path)]);

        const payloads = [
          '<img src=x onerror=alert(1)>',
          '[read the annex](javascript:alert(document.domain))',
          '<a href="javascript:alert(2)">raw link</a> <script>alert(3)</script>',
        ];
        for (const [index, body] of payloads.entries()) {
          await attacker.page.getByLabel('Add a comment').fill(body);
          await attacker.page.getByRole('button', { name: 'Post comment' }).click();
          await attacker.page.getByTestId('comment').nth(index).waitFor();
        }
        await reader.page.getByTestId('comment').nth(2).waitFor();
        await reader.page.waitForTimeout(500);

        for (const delegate of [attacker, reader]) {
          const thread = delegate.page.getByTestId('comment-thread');
          expect(await thread.locator('img, script, iframe, [onerror]').count()).toBe(0);
          expect(await delegate.page.locator('a[href^="javascript" i]').count()).toBe(0);
          // The words survive as text: nothing a delegate wrote disappears silently.
          await thread.getByText('read the annex').waitFor();
          await delegate.page.getByText('read the annex').click();
          expect(delegate.dialogs).toEqual([]);
          expect(delegate.pageErrors).toEqual([]);
        }
      },
    );
  });
});
