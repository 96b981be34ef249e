import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Given } from '../../apps/api/test/support/factories.js';
import { Negotiation } from '../../apps/api/test/support/negotiation.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

/** The text of a PDF, as poppler's pdftotext reads it (what a reader of the printout sees). */
async function pdfText(pdf: Buffer): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'plenary-print-')), 'draft.pdf');
  writeFileSync(file, pdf);
  const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

describe('printing the draft', () => {
  const session = browserSession();
  const { delegates } = session;

  it('prints a clean numbered draft with its sources, the pending proposals on request and the head of its log', async () => {
    const { accordId, facilitator, parties } = await new Given(session.api).accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    const n = new Negotiation(session.api, accordId, facilitator);
    await n.decide(
      state,
      {
        kind: 'ADD_CLAUSE',
        heading: 'Health care',
        text: 'States should not attack hospitals.',
        force: 'BINDING',
        sources: ['Oxford Statement on the health-care sector'],
      },
      [[state, 'FOR']],
    );
    const [clause] = (await n.text()).clauses as { id: string }[];
    await n.propose(state, {
      kind: 'MODIFY_CLAUSE',
      clauseId: clause!.id,
      baseVersion: 1,
      text: 'States shall not attack hospitals or their suppliers.',
    });
    const { lastSeq } = await n.text();

    await withScreenshots(
      'print',
      () => delegates,
      async () => {
        const delegate = await openBrowser('delegate', session.api.url, state.representative.token);
        delegates.push(delegate);
        const page = delegate.page;
        await page.goto(`/accords/${accordId}`);
        await page
          .getByRole('navigation', { name: 'Accord' })
          .getByRole('link', { name: 'Print' })
          .click();
        await page.getByRole('button', { name: 'Print / PDF' }).waitFor();
        await page.getByTestId('draft-footer').getByText(`after event ${lastSeq}`).waitFor();

        const plain = await pdfText(await page.pdf({ format: 'A4' }));
        expect(plain).toContain('Article 1. Health care binding');
        expect(plain).toContain('States should not attack hospitals.');
        expect(plain).toContain('Oxford Statement on the health-care sector');
        expect(plain).toMatch(/log head [0-9a-f]{64}/);
        // No app chrome: no navigation, no options, no live status.
        for (const chrome of [
          'Your accords',
          'History',
          'Print / PDF',
          'Live',
          'Sources as footnotes',
        ])
          expect(plain).not.toContain(chrome);
        expect(plain).not.toContain('or their suppliers');

        // The pending proposals, by keyboard: the redline joins the draft.
        await page.getByLabel(/Pending proposals as a redline/).focus();
        await page.keyboard.press('Space');
        await page.getByTestId('printed-proposal').waitFor();
        const withProposals = await pdfText(await page.pdf({ format: 'A4' }));
        expect(withProposals).toContain('or their suppliers');
        expect(withProposals).toContain(`Proposed by ${state.name}`);
        expect(delegate.pageErrors).toEqual([]);
      },
    );
  });
});
