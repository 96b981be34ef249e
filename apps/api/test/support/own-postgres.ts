import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  type EmbeddedDatabase,
  startEmbeddedPostgres,
} from '../../src/database/embedded-postgres.js';

/**
 * A PostgreSQL cluster of the spec's own, for specs that kill the database: the shared test
 * cluster serves every other spec at the same time.
 */
export interface OwnPostgres {
  url: string;
  /** Runs SQL on the cluster as its superuser, on a connection of its own. */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<T[]>;
  /**
   * Kills the server (SIGKILL to the postmaster, as a crash or the OOM killer would): each
   * backend ends its statement, tells its client "terminating connection due to unexpected
   * postmaster exit" and exits. Resolves once every process of the server is gone.
   */
  die(): Promise<void>;
  /** Starts the server again, on the same data and port (so at the same URL). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The processes whose parent is `pid` (Linux). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  return children;
}

function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-own-pg-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
  const dataDir = join(dir, 'pg');
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres({
    dir: dataDir,
    database: 'plenary',
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const { url, port } = server;
  const admin: OwnPostgres['admin'] = async (sql, params) => {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined); // the server may die under it
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  // After a crash PostgreSQL fsyncs its whole data folder before it recovers: many seconds on
  // a busy disk. A throwaway cluster does without.
  await admin('ALTER SYSTEM SET fsync = off');
  await admin('SELECT pg_reload_conf()');

  return {
    url,
    admin,
    async die() {
      if (!server) return;
      const postmaster = Number(
        readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      const processes = [postmaster, ...childrenOf(postmaster)];
      process.kill(postmaster, 'SIGKILL');
      // In the same tick, so that embedded-postgres hears its child exit (and forgets it).
      const forgotten = server.stop();
      server = null;
      await forgotten;
      for (let i = 0; processes.some(isRunning); i++) {
        if (i > 1500) throw new Error('PostgreSQL processes outlived their postmaster');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async restart() {
      server ??= await startEmbeddedPostgres({ dir: dataDir, database: 'plenary', port });
    },
    async stop() {
      await server?.stop().catch(() => undefined);
      server = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
