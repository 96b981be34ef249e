import { beforeAll, describe, expect, it } from '@jest/globals';
import { expectData } from '../../apps/api/test/support/factories.js';
import { DemoSeeder } from '../../apps/api/src/demo/demo-seed.js';
import { OperatorsService } from '../../apps/api/src/identity/operators.service.js';
import { browserSession, openBrowser, withScreenshots } from './support/browser.js';

const SIGN_IN = `mutation($e: String!) { signInAsDemoDelegate(email: $e) { token } }`;

describe('the first minute: a demo delegate in one click, on a desk that stays live', () => {
  const session = browserSession(() => ({ PLENARY_DEMO: 'true' }));
  const { delegates } = session;

  beforeAll(async () => {
    const { api } = session;
    const operators = api.app.get(OperatorsService);
    await new DemoSeeder(`${api.url}/graphql`, (email) => operators.bootstrap(email)).run();
  });

  it('signs in as Kwame Mensah with one click and shows his desk, which follows a mention and a closed vote live', async () => {
    const { api } = session;
    await withScreenshots(
      'desk',
      () => delegates,
      async () => {
        const newcomer = await openBrowser('newcomer', api.url, null);
        delegates.push(newcomer);
        const { page } = newcomer;
        await page.goto('/');
        await page.getByRole('heading', { name: 'Try the demo' }).waitFor();
        await page.getByRole('button', { name: /Kwame Mensah/ }).click();

        await page.getByRole('heading', { name: 'Your desk' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/desk');
        await page.getByRole('group', { name: 'Closing within 24 hours' }).waitFor();
        await page
          .getByRole('group', { name: /^Votes awaiting Open Internet Coalition/ })
          .waitFor();
        await page.getByRole('link', { name: /Tomas Lindqvist mentioned you/ }).waitFor();
        await page.locator('[data-testid=live-status][data-status=live]').waitFor();
        // Set in the page: still there after the update, so the page was not reloaded.
        await page.evaluate('window.deskMarker = 1');

        // Elena Marsh names him in a comment, through the API.
        const elena = expectData(await api.gql(SIGN_IN, { e: 'aurelia@plenary.demo' }))
          .signInAsDemoDelegate.token as string;
        const { accords } = expectData(
          await api.gql(`{ accords { id amendments { id heading status } } }`, {}, elena),
        );
        const accord = (
          accords as { id: string; amendments: { id: string; heading: string | null }[] }[]
        ).find((a) => a.amendments.some((m) => m.heading === 'Assistance to the private sector'));
        const amendment = accord?.amendments.find(
          (m) => m.heading === 'Assistance to the private sector',
        );
        if (!accord || !amendment) throw new Error('the demo has no assistance clause');
        expectData(
          await api.gql(
            `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
            {
              i: {
                accordId: accord.id,
                amendmentId: amendment.id,
                body: '@Kwame Mensah, Aurelia would welcome the Coalition as a co-sponsor.',
              },
            },
            elena,
          ),
        );
        await page.getByRole('link', { name: /Elena Marsh mentioned you/ }).waitFor();
        expect(await page.evaluate<number>('window.deskMarker')).toBe(1);

        // The secretariat closes the vote that was closing within the day: it leaves the desk.
        const secretariat = expectData(await api.gql(SIGN_IN, { e: 'secretariat@plenary.demo' }))
          .signInAsDemoDelegate.token as string;
        expectData(
          await api.gql(
            `mutation($a: ID!) { closeVoting(amendmentId: $a) { status } }`,
            { a: amendment.id },
            secretariat,
          ),
        );
        await page
          .getByRole('group', { name: 'Closing within 24 hours' })
          .waitFor({ state: 'detached' });
        expect(await page.evaluate<number>('window.deskMarker')).toBe(1);

        // The link takes him to the comment.
        await page.getByRole('link', { name: /Elena Marsh mentioned you/ }).click();
        await page.getByText('Aurelia would welcome the Coalition').first().waitFor();
        expect(new URL(page.url()).pathname).toBe(
          `/accords/${accord.id}/amendments/${amendment.id}`,
        );
      },
    );
  });
});
