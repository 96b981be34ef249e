import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { expectData, type TestUser } from '../../apps/api/test/support/factories.js';
import { SmtpInbox } from '../../apps/api/test/support/smtp-inbox.js';
import { eventually } from '../../apps/api/test/support/socket-client.js';
import type { TestApp } from '../../apps/api/test/support/test-app.js';
import { givenAccordWithOneClause, theClause } from './support/accord-with-clause.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

/** Every event of the accord turned into notifications (the worker runs in the background). */
const derived = (api: TestApp, accordId: string) =>
  eventually(
    () =>
      api.app.get(DataSource).query<{ behind: boolean }[]>(
        `SELECT a.last_seq > coalesce(c.derived_seq, 0) AS behind FROM accord a
           LEFT JOIN notification_cursor c ON c.accord_id = a.id WHERE a.id = $1`,
        [accordId],
      ),
    ([row]) => row?.behind === false,
    'the accord derived',
  );

async function markAllRead(api: TestApp, user: TestUser) {
  const { notifications } = expectData(
    await api.gql<{ notifications: { items: { id: string }[] } }>(
      `{ notifications(first: 1) { items { id } } }`,
      {},
      user.token,
    ),
  );
  const [newest] = notifications.items;
  if (newest)
    expectData(
      await api.gql(
        `mutation($id: ID!) { markNotificationsRead(upTo: $id) }`,
        { id: newest.id },
        user.token,
      ),
    );
}

describe('notifications in the browser', () => {
  let inbox: SmtpInbox;
  beforeAll(async () => {
    inbox = await SmtpInbox.start();
  });
  const session = browserSession(() => ({
    SMTP_URL: inbox.url,
    PLENARY_NOTIFICATIONS_POLL_MS: '100',
  }));
  const { delegates } = session;
  afterAll(() => inbox?.close());

  it("A's reply rises on B's bell and desk live, opens where it was said, and B's mail arrives", async () => {
    const { api } = session;
    const { accordId, state, ngo } = await givenAccordWithOneClause(api);
    // The setup's vote notified both: Bob starts with every notification read, and no mail.
    await derived(api, accordId);
    await eventually(
      () =>
        api.app.get(DataSource).query<unknown[]>(`SELECT 1 FROM mail_outbox WHERE sent_at IS NULL`),
      (unsent) => unsent.length === 0,
      "the setup's mail sent",
    );
    inbox.forget([ngo.representative.email]);
    await markAllRead(api, ngo.representative);
    // Bob asked a question on article 1 (through the API); Alice will reply in her browser.
    const { clauseId } = await theClause(api, accordId, ngo.representative.token);
    expectData(
      await api.gql(
        `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
        {
          input: {
            accordId,
            clauseId,
            clauseVersion: 1,
            body: 'Does territory include cloud services hosted abroad?',
          },
        },
        ngo.representative.token,
      ),
    );
    await withScreenshots(
      'notifications',
      () => delegates,
      async () => {
        const alice = await openBrowser('alice', api.url, state.representative.token);
        const bob = await openBrowser('bob', api.url, ngo.representative.token);
        delegates.push(alice, bob);
        await Promise.all([alice.page.goto(`/accords/${accordId}`), bob.page.goto('/desk')]);
        const bell = bob.page.getByRole('button', { name: 'Notifications, none unread' });
        await bell.waitFor();
        await bob.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        await alice.page.locator('[data-testid=live-status][data-status=live]').waitFor();
        await alice.page.getByRole('button', { name: '1 comment on article 1' }).click();
        const comment = alice.page.getByTestId('comment').first();
        await comment.getByText('cloud services', { exact: false }).waitFor();
        await comment.getByRole('button', { name: 'Reply' }).click();
        await alice.page
          .getByLabel(`Reply to ${ngo.representative.displayName}`)
          .fill('It should, wherever the data is.');
        await alice.page.getByRole('button', { name: 'Post reply' }).click();

        // Bob's bell rises without a reload.
        const risen = bob.page.getByRole('button', { name: 'Notifications, 1 unread' });
        await risen.waitFor();
        expect(await bob.page.getByTestId('unread-count').textContent()).toBe('1');
        // And his desk, open all along, lists the reply to answer.
        await bob.page
          .getByTestId('desk-comment')
          .filter({ hasText: 'It should, wherever the data is.' })
          .waitFor();

        // With the keyboard: open the panel, close it with Escape (focus back on the bell).
        await risen.focus();
        await bob.page.keyboard.press('Enter');
        const panel = bob.page.getByRole('region', { name: 'Notifications' });
        const sentence = `${state.representative.displayName} (${state.name}) replied to your comment on Article 1 of the Tech Accord: “It should, wherever the data is.”`;
        await panel.getByRole('link', { name: sentence }).waitFor();
        await bob.page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        expect(
          await risen.evaluate((button) => button === button.ownerDocument.activeElement),
        ).toBe(true);

        // Open it again and follow the notification: the article, and nothing unread left.
        await risen.click();
        await panel.getByRole('link', { name: sentence }).click();
        await bob.page.waitForURL(new RegExp(`/accords/${accordId}#clause-`));
        await bob.page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();

        // And the mail, at the test's SMTP server, in plain words with the link.
        const [mail] = await inbox.waitFor(ngo.representative.email);
        expect(mail?.subject).toBe(
          `${state.representative.displayName} replied to your comment — Tech Accord`,
        );
        expect(mail?.text).toContain(sentence);
        expect(mail?.text).toContain(`/accords/${accordId}#clause-`);
      },
    );
  });
});
