import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { expectData, Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../apps/api/test/fixtures/frameworks/${name}`, import.meta.url), 'utf8');
const IMPORT = `mutation($c: String!, $f: FrameworkFileFormat!) {
  importFramework(content: $c, format: $f) { id norms { id key } } }`;
const LINK = `mutation($c: ID!, $s: String!, $n: ID) { linkSourceToNorm(clauseId: $c, source: $s, normId: $n) { version } }`;

describe('the comparison with norm frameworks in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('lays the frameworks beside the accord, filters by keyboard and follows a linked source live', async () => {
    const api = session.api;
    const given = new Given(api);
    const operator = await given.operator();
    const gge = expectData(
      await api.gql(IMPORT, { c: fixture('un-gge-2015.json'), f: 'JSON' }, operator.token),
    ).importFramework as { id: string; norms: { id: string; key: string }[] };
    expectData(
      await api.gql(
        IMPORT,
        { c: fixture('digital-geneva-convention-2017.csv'), f: 'CSV' },
        operator.token,
      ),
    );
    const normOf = (f: typeof gge, key: string) => f.norms.find((x) => x.key === key)!.id;

    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    const n = new Negotiation(api, accordId, facilitator);
    await n.decide(
      state,
      {
        kind: 'ADD_CLAUSE',
        heading: 'Critical infrastructure',
        text: 'Parties shall not damage critical infrastructure that serves the public.',
        force: 'BINDING',
        position: 1,
        normIds: [normOf(gge, '13(f)')],
      },
      [[state, 'FOR']],
    );
    await n.decide(
      state,
      {
        kind: 'ADD_CLAUSE',
        text: 'Parties should keep civilian infrastructure off their target lists.',
        force: 'VOLUNTARY',
        position: 2,
        sources: ['Digital Geneva Convention principle 1', 'UN GGE 2015 norm 13(c)'],
      },
      [[state, 'FOR']],
    );
    const voluntaryClause = (await n.text()).clauses[1].id as string;

    await withScreenshots(
      'framework-comparison',
      () => delegates,
      async () => {
        const delegate = await openBrowser('delegate', api.url, state.representative.token);
        delegates.push(delegate);
        const { page } = delegate;
        await page.goto(`/accords/${accordId}`);
        await page.locator('[data-testid=live-status][data-status=live]').waitFor();
        // The Compare tab, by keyboard.
        await page.getByRole('link', { name: 'Compare' }).press('Enter');
        const columns = page.getByTestId('comparison-column');
        await page.getByRole('heading', { name: /^UN GGE 2015/ }).waitFor();
        await expect(columns.count()).resolves.toBe(2);

        const ggeColumn = columns.nth(0);
        const dgcColumn = columns.nth(1);
        const row = (column: typeof ggeColumn, key: string) =>
          column.getByTestId('norm-row').filter({ has: page.getByText(key, { exact: true }) });
        await row(dgcColumn, '1').getByText('Accord silent').waitFor();

        // The state wrote article 2: it links the article's free-text source to its norm.
        const norm = page.getByLabel('Article 2: “Digital Geneva Convention principle 1”');
        await norm.selectOption({
          label: 'DGC 2017 1 — No targeting of tech companies or critical infrastructure',
        });
        await page
          .getByRole('button', {
            name: 'Link “Digital Geneva Convention principle 1” of article 2',
          })
          .press('Enter');
        await row(ggeColumn, '13(f)').getByText('Accord stronger').waitFor();
        await row(ggeColumn, '13(f)')
          .getByRole('link', { name: 'Article 1: Critical infrastructure' })
          .waitFor();
        await row(dgcColumn, '1').getByText('Accord weaker').waitFor();
        await row(dgcColumn, '1')
          .getByText('via “Digital Geneva Convention principle 1”')
          .waitFor();
        await row(ggeColumn, '13(c)').getByText('Accord silent').waitFor();

        // Only the silent norms: arrow keys move through the filter's radio buttons.
        await page.getByRole('radio', { name: 'All norms' }).focus();
        await page.keyboard.press('ArrowDown');
        // Waited for, not read at once: the key's change shows after React renders it.
        await page
          .getByRole('radio', { name: 'Only where the accord is silent', checked: true })
          .waitFor();
        await row(ggeColumn, '13(f)').waitFor({ state: 'detached' });
        await row(ggeColumn, '13(c)').waitFor();

        // Linked by the facilitator meanwhile: 13(c) is covered now, and leaves the silent list.
        expectData(
          await api.gql(
            LINK,
            { c: voluntaryClause, s: 'UN GGE 2015 norm 13(c)', n: normOf(gge, '13(c)') },
            facilitator.token,
          ),
        );
        await row(ggeColumn, '13(c)').waitFor({ state: 'detached' });

        // Only where the accord is weaker: the Digital Geneva Convention's principle 1.
        await page.keyboard.press('ArrowDown');
        await row(dgcColumn, '1').waitFor();
        await expect(dgcColumn.getByTestId('norm-row').count()).resolves.toBe(1);
        await ggeColumn.getByText('No norm to show with this filter.').waitFor();

        // One framework only: the space bar unticks the other.
        await page.getByRole('checkbox', { name: 'DGC 2017' }).press('Space');
        await page.getByRole('heading', { name: /^DGC 2017/ }).waitFor({ state: 'detached' });
        // The comparison is asked again for one framework: its column comes back with the answer.
        await page.getByRole('heading', { name: /^UN GGE 2015/ }).waitFor();
        await expect(columns.count()).resolves.toBe(1);
        expect(delegate.pageErrors).toEqual([]);
      },
    );
  });
});
