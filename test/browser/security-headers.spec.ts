import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { givenAccordWithOneClause } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('the web app under its Content Security Policy', () => {
  const session = browserSession();
  const { delegates } = session;

  it('works under the policy, which refuses what the app does not need', async () => {
    const { accordId, state } = await givenAccordWithOneClause(session.api);
    await withScreenshots(
      'content-security-policy',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', session.api.url, state.representative.token);
        delegates.push(alice);
        const response = await alice.page.goto(`/accords/${accordId}`);
        const headers = response!.headers();
        expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(headers['content-security-policy']).toContain("script-src 'self'");
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['x-frame-options']).toBe('DENY');
        expect(headers['x-powered-by']).toBeUndefined();
        await alice.page.getByText('Article 1', { exact: true }).waitFor();
        await alice.page.locator('[data-testid=live-status][data-status=live]').waitFor();

        // A script the page did not come with is refused, and the refusal is seen.
        await alice.page.evaluate(`{
          const script = document.createElement('script');
          script.textContent = 'window.injected = true;';
          document.head.append(script);
        }`);
        expect(await alice.page.evaluate(`'injected' in window`)).toBe(false);
        for (let i = 0; i < 250 && alice.pageErrors.length === 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // (Cleared, so that the session's check after each scenario passes.)
        const refusals = alice.pageErrors.splice(0);
        expect(refusals.length).toBeGreaterThan(0);
        for (const refusal of refusals)
          expect(refusal).toMatch(/Content Security Policy|CSP violation: script-src/);
      },
    );
  });

  it('downloads the exports from the History page, over plain HTTP', async () => {
    const { accordId, ngo } = await givenAccordWithOneClause(session.api);
    await withScreenshots(
      'export-downloads',
      () => delegates,
      async () => {
        const bob = await openBrowser('bob', session.api.url, ngo.representative.token);
        delegates.push(bob);
        const exportRequests: string[] = [];
        bob.page.on('request', (request) => {
          if (request.url().includes('/export.'))
            exportRequests.push(new URL(request.url()).pathname);
        });
        await bob.page.goto(`/accords/${accordId}/history`);
        for (const [label, file] of [
          ['JSON with event log', 'export.json'],
          ['Markdown', 'export.md'],
          ['Akoma Ntoso XML', 'export.akn.xml'],
        ] as const) {
          const [download] = await Promise.all([
            bob.page.waitForEvent('download'),
            // Exact: the comparison's "Redline since then (Markdown)" is a download too.
            bob.page.getByRole('button', { name: label, exact: true }).click(),
          ]);
          expect(download.suggestedFilename()).toBe(`tech-accord.${file.slice('export.'.length)}`);
          const text = await readFile(await download.path(), 'utf8');
          if (file === 'export.json') {
            const record = JSON.parse(text) as { format: string; events: unknown[] };
            expect(record.format).toBe('plenary.accord-export');
            expect(record.events.length).toBeGreaterThan(0);
          } else {
            expect(text).toContain('States should not knowingly allow');
          }
        }
        // The comparison's redline, from the start: every article is new.
        const [redline] = await Promise.all([
          bob.page.waitForEvent('download'),
          bob.page.getByRole('button', { name: 'Redline since then (Markdown)' }).click(),
        ]);
        expect(await readFile(await redline.path(), 'utf8')).toContain('## Changes since event 0');
        expect(exportRequests).toEqual([
          `/accords/${accordId}/export.json`,
          `/accords/${accordId}/export.md`,
          `/accords/${accordId}/export.akn.xml`,
          `/accords/${accordId}/export.md`,
        ]);
      },
    );
  });
});
