import { describe, expect, it } from '@jest/globals';
import { expectData, Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const RECORD = `mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { id } }`;
const ASSESS = `mutation($i: AssessIncidentInput!) { assessIncident(input: $i) { id } }`;
const REVISE = `mutation($i: ReviseIncidentInput!) { reviseIncident(input: $i) { revision } }`;

describe('incidents in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('an incident assessed by three stakeholder groups, one by keyboard, seen live side by side with the disagreement marked; revised by keyboard by its recorder after a concurrent revision was refused in words, seen live; the matrix leads to it', async () => {
    const { api } = session;
    const { accordId, facilitator, parties } = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1, CIVIL_SOCIETY: 1 },
    });
    const [state, company, ngo] = parties;
    // A framework whose norms the incident can be assessed against too.
    const operator = await new Given(api).operator();
    const shortName = `GGE ${Math.random().toString(36).slice(2, 8)}`;
    expectData(
      await api.gql(
        `mutation($c: String!) { importFramework(content: $c, format: JSON) { id } }`,
        {
          c: JSON.stringify({
            shortName,
            title: `${shortName} norms`,
            year: 2015,
            norms: [
              {
                key: '13(f)',
                title: 'Do not damage critical infrastructure',
                text: 'States do not damage critical infrastructure.',
                force: 'VOLUNTARY',
              },
            ],
          }),
        },
        operator.token,
      ),
    );
    const clauseId = await new Negotiation(api, accordId, facilitator).adoptClause(
      state,
      'States should not damage critical infrastructure.',
      [state, company, ngo],
    );
    const facts = {
      name: 'WannaCry',
      startedOn: '2017-05-12',
      endedOn: null,
      description: 'Ransomware with a self-spreading worm hit hospitals.',
      sources: [],
      actors: [{ name: 'Lazarus Group', attribution: 'ATTRIBUTED_OFFICIALLY', note: null }],
      responses: [
        {
          kind: 'ATTRIBUTION',
          by: 'United Kingdom',
          on: '2017-12',
          description: 'Named North Korea.',
        },
      ],
    };
    const incidentId = expectData(
      await api.gql<{ recordIncident: { id: string } }>(
        RECORD,
        {
          i: {
            accordId,
            onBehalfOf: state.organizationId,
            facts,
          },
        },
        state.representative.token,
      ),
    ).recordIncident.id;
    const assess = (by: typeof state, verdict: string, reasoning: string) =>
      api.gql(
        ASSESS,
        { i: { incidentId, onBehalfOf: by.organizationId, clauseId, verdict, reasoning } },
        by.representative.token,
      );
    expectData(await assess(company, 'BREACHED', 'Hospitals were hit.'));
    const incidentPath = `/accords/${accordId}/incidents/${incidentId}`;

    await withScreenshots(
      'incidents',
      () => delegates,
      async () => {
        const activist = await openBrowser('ngo', api.url, ngo.representative.token);
        const diplomat = await openBrowser('state', api.url, state.representative.token);
        delegates.push(activist, diplomat);
        await Promise.all([activist.page.goto(incidentPath), diplomat.page.goto(incidentPath)]);
        for (const d of delegates)
          await d.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        await diplomat.page.getByText('Attribution').first().waitFor();
        await diplomat.page.getByText(/United Kingdom, December 2017/).waitFor();

        // The NGO assesses by keyboard: the article is the only one, the verdict a radio button.
        const page = activist.page;
        await page.getByLabel('Breached', { exact: true }).focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Hospitals diverted ambulances.');
        await page.getByRole('button', { name: 'Record the assessment' }).press('Enter');
        await page.getByText('Assessment recorded: breached (article 1).').waitFor();

        // The state's delegate, who did not reload, sees it in the civil-society column.
        const columns = diplomat.page.getByTestId('group-column');
        await columns
          .and(diplomat.page.locator('[data-group=CIVIL_SOCIETY]'))
          .getByText('Hospitals diverted ambulances.')
          .waitFor();
        await columns
          .and(diplomat.page.locator('[data-group=PRIVATE_SECTOR]'))
          .getByText('Hospitals were hit.')
          .waitFor();

        // A government finds no breach: the groups now disagree, marked in words on both pages.
        expectData(await assess(state, 'NOT_BREACHED', 'No intent to damage infrastructure.'));
        for (const d of delegates) await d.page.getByTestId('groups-disagree').waitFor();
        await expect(diplomat.page.getByTestId('groups-disagree').textContent()).resolves.toMatch(
          /Governments find none; Private sector find a breach; Civil society find a breach/,
        );

        // The NGO assesses it against the norm as well (a native select: keyboard-accessible);
        // the state's delegate sees it under the framework, beside the article.
        await page
          .getByLabel('Against article or norm')
          .selectOption({ label: `${shortName} 13(f) — Do not damage critical infrastructure` });
        await page.getByLabel('Breached', { exact: true }).focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Health care is critical infrastructure.');
        await page.getByRole('button', { name: 'Record the assessment' }).press('Enter');
        await page.getByText(`Assessment recorded: breached (${shortName} 13(f)).`).waitFor();
        const normSection = diplomat.page.getByTestId('framework-assessments');
        await normSection.getByText(`Against the norms of ${shortName}`).waitFor();
        await normSection.getByText('Health care is critical infrastructure.').waitFor();

        // The state, which recorded the incident, revises it by keyboard; the NGO may not.
        expect(await page.getByRole('button', { name: 'Revise this incident' }).count()).toBe(0);
        const recorder = diplomat.page;
        await recorder.getByRole('button', { name: 'Revise this incident' }).press('Enter');
        const name = recorder.getByLabel('Name', { exact: true });
        await name.waitFor();
        expect(await name.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
        await recorder.keyboard.press('End');
        await recorder.keyboard.type(' ransomware');
        // Meanwhile the facilitator revises the facts: the state's open form says so at once.
        expectData(
          await api.gql(
            REVISE,
            {
              i: {
                incidentId,
                revision: 1,
                facts: { ...facts, description: `${facts.description} 200,000 computers.` },
              },
            },
            facilitator.token,
          ),
        );
        await recorder
          .getByRole('alert')
          .filter({ hasText: 'Someone revised this incident since you opened this form' })
          .waitFor();
        await recorder.getByRole('button', { name: 'Save the revision' }).press('Enter');
        await recorder.getByText('so your edit was not saved').waitFor();
        // Nothing overwritten: the state starts again from revision 2, and adds the indictment.
        await recorder.getByRole('button', { name: /^Start again from revision 2/ }).press('Enter');
        await recorder.getByText('Editing revision 2.').waitFor();
        expect(await name.inputValue()).toBe('WannaCry');
        await recorder.keyboard.press('End');
        await recorder.keyboard.type(' ransomware');
        await recorder.getByRole('button', { name: 'Add a response' }).press('Enter');
        const kind = recorder.getByLabel('Response 2', { exact: true });
        expect(await kind.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
        await kind.selectOption('INDICTMENT');
        await recorder.keyboard.press('Tab');
        await recorder.keyboard.type('United States');
        await recorder.keyboard.press('Tab');
        await recorder.keyboard.press('Tab');
        await recorder.keyboard.type('Charged a programmer of the Lazarus Group.');
        await recorder.getByRole('button', { name: 'Save the revision' }).press('Enter');
        await recorder.getByText('Revision 3 saved.').waitFor();
        // The NGO's page, never reloaded, shows the revision with the facilitator's words kept.
        await page.getByRole('heading', { name: 'WannaCry ransomware' }).waitFor();
        await page.getByText(/Charged a programmer of the Lazarus Group\./).waitFor();
        await page.getByText(/200,000 computers\./).waitFor();
        await page
          .getByText(/revision 3/)
          .first()
          .waitFor();

        // The matrix says it in the cell, and the cell leads to the article's assessments.
        await page
          .getByRole('navigation', { name: 'Accord' })
          .getByRole('link', { name: 'Incidents' })
          .press('Enter');
        const cell = page.getByTestId('matrix-cell');
        await cell.getByText('2 of 3 find a breach').waitFor();
        await cell.getByText('groups disagree').waitFor();
        await cell.getByRole('link').press('Enter');
        await page.waitForURL(`**${incidentPath}#assessments-${clauseId}`);
        await page.locator(`#assessments-${clauseId}`).waitFor();
        for (const d of delegates) expect(d.pageErrors).toEqual([]);
      },
    );
  });
});
