import { describe, expect, it } from '@jest/globals';
import { expectData, Given } from '../../apps/api/test/support/factories.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('the facilitator sets the decision rule in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a qualified majority is saved through the form; once a vote opened, the API refuses and the form says so', async () => {
    const given = new Given(session.api);
    const { accordId, facilitator, parties } = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY' },
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    });
    const [state] = parties;
    const amendmentId = expectData(
      await session.api.gql<{ proposeAmendment: { id: string } }>(
        `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
        {
          input: {
            accordId,
            onBehalfOf: state.organizationId,
            kind: 'ADD_CLAUSE',
            heading: 'Critical infrastructure',
            text: 'States should not conduct ICT activity that damages critical infrastructure.',
            force: 'VOLUNTARY',
            position: 1,
            rationale: 'UN GGE 2015 norm 13(f).',
          },
        },
        state.representative.token,
      ),
    ).proposeAmendment.id;
    const ruleOnServer = async () =>
      expectData(
        await session.api.gql<{ accord: { rule: Record<string, unknown> } }>(
          `query($id: ID!) { accord(id: $id) { rule { kind threshold quorum secretBallot } } }`,
          { id: accordId },
          facilitator.token,
        ),
      ).accord.rule;

    await withScreenshots(
      'decision-rule',
      () => delegates,
      async () => {
        const chair = await openBrowser('facilitator', session.api.url, facilitator.token);
        delegates.push(chair);
        const { page } = chair;
        await page.goto(`/accords/${accordId}`);
        await page.locator('[data-testid=live-status][data-status=live]').waitFor();
        const ruleInWords = page.getByRole('region', { name: 'Decision rule' });
        expect(await ruleInWords.textContent()).toContain('Needs more votes for than against.');

        await page.getByRole('button', { name: 'Change the decision rule' }).click();
        const form = page.getByTestId('rule-form');
        await form.getByLabel(/Qualified majority/).check();
        const threshold = form.getByLabel('Threshold of votes cast');
        await threshold.fill('0.6');
        await form.getByRole('button', { name: 'Save the rule' }).click();
        // The form refuses the ambiguous share itself: nothing reaches the server.
        await form.getByText('Write 60 for 60%, or a fraction.').waitFor();
        expect(await threshold.getAttribute('aria-invalid')).toBe('true');
        expect((await ruleOnServer()).kind).toBe('SIMPLE_MAJORITY');

        await threshold.fill('70');
        await form.getByLabel('Quorum of parties').fill('50');
        expect(await form.getByTestId('rule-preview').textContent()).toContain(
          'Needs 70% of votes cast in favour. Quorum: 1/2 of parties must vote.',
        );
        await form.getByRole('button', { name: 'Save the rule' }).click();
        await page.getByRole('status').getByText('Rule saved.', { exact: false }).waitFor();
        await ruleInWords
          .getByText('Needs 70% of votes cast in favour.', { exact: false })
          .waitFor();
        await page.locator('.eyebrow').getByText('Qualified majority').waitFor();
        expect(await ruleOnServer()).toEqual({
          kind: 'QUALIFIED_MAJORITY',
          threshold: 0.7,
          quorum: 0.5,
          secretBallot: false,
        });

        // The facilitator opens a vote: from then on the rule is fixed.
        await page.goto(`/accords/${accordId}/amendments/${amendmentId}`);
        await page.getByRole('button', { name: 'Open the vote' }).click();
        await page.getByTestId('voting-deadline').waitFor();
        await page.getByRole('link', { name: '← The text' }).click();

        await page.getByRole('button', { name: 'Change the decision rule' }).click();
        await form.getByText('a change will be refused', { exact: false }).waitFor();
        await form.getByLabel(/Consensus/).check();
        await form.getByRole('button', { name: 'Save the rule' }).click();
        const refusal = form.getByRole('alert');
        await refusal.waitFor();
        expect(await refusal.textContent()).toBe(
          'The decision rule cannot change once a vote has opened.',
        );
        expect((await ruleOnServer()).kind).toBe('QUALIFIED_MAJORITY');
        expect(chair.pageErrors).toEqual([]);
      },
    );
  });
});
