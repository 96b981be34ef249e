import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { elementAt } from '../apps/api/test/support/lists.js';
import { eventually } from '../apps/api/test/support/socket-client.js';
import { expectData, Given, type TestUser } from '../apps/api/test/support/factories.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import type { TestApp } from '../apps/api/test/support/test-app.js';
import { PlenaryProcess } from './support/plenary-process.js';

const WRITERS = 8;
const MINUTE = 60_000;

/** What the writers saw: ids the API acknowledged, refusals, and anything else (a bug). */
interface Outcomes {
  acknowledged: string[];
  acknowledgedAfterRestart: number;
  unavailable: number;
  unexpected: string[];
}

describe('the embedded PostgreSQL killed under writes (npm start, kill -9 of the postmaster)', () => {
  let plenary: PlenaryProcess;
  beforeAll(async () => {
    plenary = await PlenaryProcess.start();
    await plenary.started();
  }, 3 * MINUTE);
  afterAll(() => plenary?.stop(), MINUTE);

  it(
    'is restarted; writes meanwhile are SERVICE_UNAVAILABLE; every acknowledged write is kept',
    async () => {
      // Given and the drivers only need gql(): the process speaks the same GraphQL over HTTP.
      const api = plenary as unknown as TestApp;
      const { accordId, facilitator, parties } = await new Given(api).accordWithParties({
        parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 2 },
      });
      const amendment = await new Negotiation(api, accordId, facilitator).propose(parties[0], {
        kind: 'ADD_CLAUSE',
        heading: 'Hospitals',
        text: 'States should not attack hospitals by ICT means.',
        force: 'VOLUNTARY',
      });
      const seen: Outcomes = {
        acknowledged: [],
        acknowledgedAfterRestart: 0,
        unavailable: 0,
        unexpected: [],
      };
      let restarted = false;
      let writing = true;

      const writer = async (author: TestUser, index: number) => {
        for (let n = 0; writing; n++) {
          const restartedBefore = restarted;
          let answer: string;
          try {
            const response = await fetch(`${plenary.url}/graphql`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${author.token}`,
              },
              body: JSON.stringify({
                query: `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
                variables: {
                  input: { accordId, amendmentId: amendment.id, body: `Point ${index}.${n}` },
                },
              }),
            });
            answer = await response.text();
            const body = JSON.parse(answer) as {
              data?: { postComment?: { id: string } } | null;
              errors?: { extensions?: { code?: string } }[];
            };
            if (body.data?.postComment?.id) {
              seen.acknowledged.push(body.data.postComment.id);
              if (restartedBefore) seen.acknowledgedAfterRestart++;
              continue;
            }
            if (
              body.errors?.length === 1 &&
              body.errors[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'
            ) {
              seen.unavailable++;
              continue;
            }
            seen.unexpected.push(`${response.status} ${answer}`);
          } catch (error) {
            seen.unexpected.push(String(error));
          }
        }
      };
      const authors = parties.map((p) => p.representative);
      const writers = Array.from({ length: WRITERS }, (_, i) =>
        writer(elementAt(authors, i % authors.length), i),
      );

      await eventually(
        () => seen.acknowledged.length,
        (n) => n >= 40,
        '40 comments before the kill',
        MINUTE,
      );
      const killed = plenary.killPostmaster();
      await eventually(
        () => seen.unavailable,
        (n) => n > 0,
        'a write refused during the outage',
        MINUTE,
      );
      await eventually(
        () => plenary.postmasterPid(),
        (pid) => pid !== null && pid !== killed,
        'a new postmaster',
        2 * MINUTE,
      );
      restarted = true;
      await eventually(
        () => seen.acknowledgedAfterRestart,
        (n) => n >= 40,
        '40 comments after the restart',
        2 * MINUTE,
      );
      writing = false;
      await Promise.all(writers);

      // Nothing but an id or SERVICE_UNAVAILABLE (and, if not, the API's log says why).
      const hidden = plenary.logged('unexpected error while resolving a GraphQL request');
      expect({ unexpected: seen.unexpected, hidden: hidden.map((line) => line.err) }).toEqual({
        unexpected: [],
        hidden: [],
      });
      expect(plenary.exited).toBe(false);
      // Every id the API acknowledged, before the kill, during the outage and after, is there.
      const { amendment: stored } = expectData(
        await plenary.gql<{ amendment: { comments: { id: string }[] } }>(
          `query($id: ID!) { amendment(id: $id) { comments { id } } }`,
          { id: amendment.id },
          elementAt(authors, 0).token,
        ),
      );
      const storedIds = new Set(stored.comments.map((c) => c.id));
      expect(seen.acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
      // The log survived the crash whole: its hash chain still verifies.
      const { verifyHistory } = expectData(
        await plenary.gql<{ verifyHistory: { ok: boolean; explanation: string } }>(
          `query($id: ID!) { verifyHistory(accordId: $id) { ok explanation } }`,
          { id: accordId },
          elementAt(authors, 0).token,
        ),
      );
      expect(verifyHistory).toMatchObject({ ok: true });
      // The supervisor said what it did, at warn, with the attempt.
      expect(plenary.logged('restarting the embedded PostgreSQL')[0]).toMatchObject({
        level: 40,
        attempt: 1,
      });
      expect(plenary.logged('the embedded PostgreSQL is running again')).toHaveLength(1);
    },
    6 * MINUTE,
  );

  it(
    'stops on SIGTERM as it should: the API first, then its PostgreSQL, and exits 0',
    async () => {
      const postmaster = plenary.postmasterPid();
      expect(postmaster).not.toBeNull();
      await plenary.stop();
      // Nest's own signal handler used to close the app and raise SIGTERM again, which killed
      // the process before it stopped PostgreSQL.
      expect(plenary.exitStatus).toEqual({ code: 0, signal: null });
      expect(() => process.kill(postmaster!, 0)).toThrow();
    },
    2 * MINUTE,
  );
});

describe('npm start stopped by a SIGTERM sent to npm (a process manager, `timeout`)', () => {
  it(
    'stops the API and its PostgreSQL, not npm alone',
    async () => {
      const plenary = await PlenaryProcess.start({ PLENARY_DEMO: 'false' }, { viaNpm: true });
      try {
        await plenary.started();
        const postmaster = plenary.postmasterPid();
        expect(postmaster).not.toBeNull();
        await plenary.stop();
        // The shell npm runs the script in used to die alone and leave the API running.
        expect(await plenary.health('/health/live')).toBeNull();
        expect(() => process.kill(postmaster!, 0)).toThrow();
      } finally {
        plenary.killNow();
      }
    },
    3 * MINUTE,
  );
});
