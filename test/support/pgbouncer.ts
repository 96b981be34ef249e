import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../apps/api/src/database/free-port.js';

/** Debian's PgBouncer binary, or null with the reason it cannot be used. */
export function findPgBouncer(): { binary: string | null; reason: string | null } {
  const binary = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'].find(
    (path) => existsSync(path),
  );
  if (!binary)
    return { binary: null, reason: 'pgbouncer is not installed (apt-get install pgbouncer)' };
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0)
    return { binary: null, reason: `${binary} --version failed: ${probe.stderr}` };
  return { binary, reason: null };
}

export interface PgBouncer {
  /** DATABASE_URL for the API: the database `plenary` of the pooler. */
  url: string;
  /** Runs a command of PgBouncer's admin console (SHOW POOLS, SHOW STATS…). */
  admin(command: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

/**
 * PgBouncer in transaction mode in front of the database at `directUrl`, as README's
 * "Deploying" configures it: its own configuration in a temporary folder, in the foreground,
 * stopped by pid.
 */
export async function startPgBouncer(
  binary: string,
  directUrl: string,
  { poolSize = 4, statementTimeoutMs = 30_000 } = {},
): Promise<PgBouncer> {
  const target = new URL(directUrl);
  const dir = mkdtempSync(join(tmpdir(), 'plenary-pgbouncer-'));
  chmodSync(dir, 0o755); // as root, PgBouncer runs as the OS user postgres (`user` below)
  const port = await freePort();
  const server = [
    `host=${target.hostname === 'localhost' ? '127.0.0.1' : target.hostname}`,
    `port=${target.port || 5432}`,
    `dbname=${target.pathname.slice(1)}`,
    `user=${decodeURIComponent(target.username)}`,
    `password=${decodeURIComponent(target.password)}`,
    // The session settings the API cannot send through it (no `options` startup parameter).
    `connect_query='SET statement_timeout = ${statementTimeoutMs}'`,
  ].join(' ');
  const ini = join(dir, 'pgbouncer.ini');
  writeFileSync(
    ini,
    [
      '[databases]',
      `plenary = ${server}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      // The test's clients are trusted; in production use scram-sha-256 with an auth_file.
      'auth_type = any',
      'admin_users = plenary',
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 500',
      'server_reset_query =',
      ...(process.getuid?.() === 0 ? ['user = postgres'] : []),
    ].join('\n') + '\n',
    { mode: 0o644 },
  );
  const child: ChildProcess = spawn(binary, [ini], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `postgres://plenary:unused@127.0.0.1:${port}/plenary`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // PgBouncer's immediate shutdown
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const query = async (database: string, sql: string) => {
    const client = new pg.Client({
      connectionString: `postgres://plenary@127.0.0.1:${port}/${database}`,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await query('plenary', 'SELECT 1');
      break;
    } catch (error) {
      if (child.exitCode !== null || attempt > 200) {
        await stop();
        throw new Error(`PgBouncer did not start: ${String(error)}\n${output}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { url, admin: (command) => query('pgbouncer', command), stop };
}
