import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import {
  type EmbeddedDatabase,
  startEmbeddedPostgres,
} from '../../apps/api/src/database/embedded-postgres.js';
import { freePort } from '../../apps/api/src/database/free-port.js';

/** A primary and a hot standby streaming from it, both from the embedded-postgres binaries. */
export interface StreamingReplica {
  primaryUrl: string;
  standbyUrl: string;
  primary<T extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  standby<T extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  /** Resolves once the standby has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params?: unknown[]) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The package ships no pg_basebackup, so the standby is made the way a base backup is when the
 * primary may stop: a clean shutdown, a copy of its data folder, `standby.signal` and
 * `primary_conninfo` (what `pg_basebackup -R` writes), then both started; the standby streams the
 * WAL from the primary over a replication connection (wal_level=replica is PostgreSQL's default,
 * and initdb's pg_hba.conf lets 127.0.0.1 replicate with a password).
 */
export async function startStreamingReplica(): Promise<StreamingReplica> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-replica-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
  const primaryDir = join(dir, 'primary');
  const standbyDir = join(dir, 'standby');
  let primary: EmbeddedDatabase | null = null;
  let standby: ChildProcess | null = null;
  const stop = async () => {
    if (standby && standby.exitCode === null && standby.signalCode === null) {
      const exited = new Promise((resolve) => standby?.once('exit', resolve));
      standby.kill('SIGINT'); // fast shutdown
      await exited;
    }
    await primary?.stop().catch(() => undefined);
    primary = null;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const first = await startEmbeddedPostgres({ dir: primaryDir, database: 'plenary' });
    const { port, url: primaryUrl } = first;
    await first.stop();
    const copied = spawnSync('cp', ['-a', primaryDir, standbyDir], { encoding: 'utf8' });
    if (copied.status !== 0) throw new Error(`cannot copy the primary: ${copied.stderr}`);
    const credentials = new URL(primaryUrl);
    const signal = join(standbyDir, 'standby.signal');
    writeFileSync(signal, '');
    appendFileSync(
      join(standbyDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${port} user=${credentials.username} password=${credentials.password} application_name=plenary_standby'\n`,
    );
    const owner = statSync(standbyDir);
    chownSync(signal, owner.uid, owner.gid);
    primary = await startEmbeddedPostgres({ dir: primaryDir, database: 'plenary', port });

    const standbyPort = await freePort();
    const require = createRequire(import.meta.url);
    const bin = join(
      dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
      '..',
      'native',
      'bin',
      'postgres',
    );
    standby = spawn(
      bin,
      [
        '-D',
        standbyDir,
        '-p',
        String(standbyPort),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=/tmp',
        // At least the primary's (embedded-postgres starts it with 300).
        '-c',
        'max_connections=300',
        '-c',
        'hot_standby=on',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], uid: owner.uid, gid: owner.gid },
    );
    let output = '';
    standby.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const standbyUrl = `postgres://${credentials.username}:${credentials.password}@127.0.0.1:${standbyPort}/plenary`;
    for (let attempt = 0; ; attempt++) {
      try {
        const [row] = await query<{ streaming: boolean }>(
          primary.url,
          `SELECT count(*) > 0 AS streaming FROM pg_stat_replication WHERE state = 'streaming'`,
        );
        if (row?.streaming) {
          await query(standbyUrl, 'SELECT 1');
          break;
        }
      } catch {
        // Not yet accepting connections.
      }
      if (standby.exitCode !== null || attempt > 600) {
        throw new Error(`the standby did not start streaming: ${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const primaryNow = primary.url;
    const replica: StreamingReplica = {
      primaryUrl: primaryNow,
      standbyUrl,
      primary: (sql, params) => query(primaryNow, sql, params),
      standby: (sql, params) => query(standbyUrl, sql, params),
      async caughtUp() {
        const [{ lsn }] = (await query<{ lsn: string }>(
          primaryNow,
          'SELECT pg_current_wal_lsn()::text AS lsn',
        )) as [{ lsn: string }];
        for (let attempt = 0; ; attempt++) {
          const [row] = await query<{ past: boolean }>(
            standbyUrl,
            'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS past',
            [lsn],
          );
          if (row?.past) return;
          if (attempt > 600) throw new Error('the standby did not catch up');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      stop,
    };
    return replica;
  } catch (error) {
    await stop();
    throw error;
  }
}
