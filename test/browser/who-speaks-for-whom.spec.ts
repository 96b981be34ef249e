import { describe, expect, it } from '@jest/globals';
import { Given } from '../../apps/api/test/support/factories.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

describe('who speaks for whom, in the browser', () => {
  const session = browserSession();
  const { delegates } = session;

  it('a representative invites, the invitee accepts; the operator turns an impostor away and verifies the real one', async () => {
    const given = new Given(session.api);
    const representative = await given.user('Elena Marsh');
    const aurelia = await given.organization(representative, 'GOVERNMENT', 'Republic of Aurelia');
    const invitee = await given.user('Tomas Deputy');
    const impostor = await given.user('M Mallory');
    await given.organization(impostor, 'GOVERNMENT', 'Republic of Aurelia', {
      verified: false,
    });
    const operator = await given.operator();

    await withScreenshots(
      'who-speaks-for-whom',
      () => delegates,
      async () => {
        const elena = await openBrowser('elena', session.api.url, representative.token);
        delegates.push(elena);
        await elena.page.goto('/organizations');
        const card = elena.page.locator('.org-item', { hasText: aurelia.name });
        await card.locator('.verified--yes').first().waitFor();
        await card.getByLabel('Invite a delegate by email').fill(invitee.email);
        await card.getByLabel('Role').selectOption('REPRESENTATIVE');
        await card.getByRole('button', { name: 'Invite' }).press('Enter');
        await card.getByRole('status').filter({ hasText: 'Invitation sent' }).waitFor();
        await card.getByText('Invited, not yet answered').waitFor();
        await card.locator('.member-list li', { hasText: invitee.email }).waitFor();

        const tomas = await openBrowser('tomas', session.api.url, invitee.token);
        delegates.push(tomas);
        await tomas.page.goto('/');
        const nav = tomas.page.getByRole('navigation', { name: 'Main' });
        await nav.locator('.nav-count', { hasText: '1' }).waitFor();
        await nav.getByRole('link', { name: /Organizations/ }).click();
        const invitation = tomas.page.locator('.invitation', { hasText: aurelia.name });
        await invitation.getByText('as a representative').waitFor();
        await invitation.getByRole('button', { name: 'Accept' }).focus();
        await tomas.page.keyboard.press('Enter');
        const joined = tomas.page.locator('.org-item', { hasText: aurelia.name });
        await joined.getByText(/Representative \(may vote\) since/).waitFor();
        await expect(tomas.page.locator('.invitation').count()).resolves.toBe(0);
        // Elena sees her new colleague with his email (she represents his organization).
        await elena.page.reload();
        await card
          .locator('.member-list li', { hasText: 'Tomas Deputy' })
          .getByText(invitee.email)
          .waitFor();

        const jonas = await openBrowser('operator', session.api.url, operator.token);
        delegates.push(jonas);
        await jonas.page.goto('/');
        await jonas.page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Operator' })
          .click();
        const waiting = jonas.page.locator('.verify-item', { hasText: 'Republic of Aurelia' });
        await waiting.getByText('Already verified under this name').waitFor();
        await waiting.getByRole('button', { name: 'Verify' }).click();
        await waiting.getByRole('alert').getByText('impostor').waitFor();
        // Checked through its website: it is in fact a research unit, listed as such.
        await waiting.getByLabel('Name as checked').fill('Aurelia Cyber Research Unit');
        await waiting.getByLabel('Stakeholder group').selectOption('ACADEMIA');
        await waiting.getByLabel('Checked through (website or domain)').fill('acru.example');
        await waiting.getByRole('button', { name: 'Verify' }).click();
        await jonas.page
          .locator('.verify-item', { hasText: 'Republic of Aurelia' })
          .waitFor({ state: 'detached' });
        for (const d of delegates) expect(d.pageErrors).toEqual([]);
      },
    );
  }, 180_000);
});
