import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../apps/api/src/database/free-port.js';
import { graphqlClient, type TestApp } from '../../apps/api/test/support/test-app.js';
import { childProcessEnv } from './process-env.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');
const running = new Set<PlenaryProcess>();

// If the test process goes away, so do Plenary and its PostgreSQL (no orphan servers).
process.once('exit', () => {
  for (const plenary of running) plenary.killNow();
});

export interface HealthAnswer {
  status: number;
  body: { status?: string; error?: Record<string, Record<string, unknown>> } | null;
}

/**
 * `npm start` as a user runs it (the built main.js, embedded PostgreSQL in its own data
 * directory), in a child process: the only way to kill its postmaster without killing the
 * PostgreSQL every other spec shares.
 */
export class PlenaryProcess {
  output = '';
  readonly gql: TestApp['gql'];

  private constructor(
    readonly url: string,
    readonly dataDir: string,
    private readonly child: ChildProcess,
  ) {
    this.gql = graphqlClient(url);
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Starts it; it listens a little later (poll `health`), and is ready when `started()` resolves. */
  static async start(
    env: Record<string, string> = {},
    { viaNpm = false }: { viaNpm?: boolean } = {},
  ): Promise<PlenaryProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), 'plenary-process-'));
    chmodSync(dataDir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
    const port = await freePort();
    // `viaNpm`: the very command a user types, npm and its shell between him and the API.
    const [command, args] = viaNpm ? ['npm', ['start']] : [process.execPath, [MAIN]];
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childProcessEnv({
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        PLENARY_DATA_DIR: dataDir,
        ...env,
      }),
    });
    const plenary = new PlenaryProcess(`http://127.0.0.1:${port}`, dataDir, child);
    running.add(plenary);
    return plenary;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** How it ended: its exit code, or the signal that killed it. */
  get exitStatus(): { code: number | null; signal: NodeJS.Signals | null } {
    return { code: this.child.exitCode, signal: this.child.signalCode };
  }

  /** Resolves when it prints that it is ready (after the demo, if it loads one). */
  started(): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.output.includes('Plenary is ready')) return done(resolve);
        if (this.exited) return done(() => reject(new Error(`Plenary exited:\n${this.output}`)));
      };
      const done = (settle: () => void) => {
        this.child.stdout?.off('data', check);
        this.child.off('exit', check);
        settle();
      };
      this.child.stdout?.on('data', check);
      this.child.on('exit', check);
      check();
    });
  }

  async health(path: '/health' | '/health/live' | '/health/ready'): Promise<HealthAnswer | null> {
    try {
      const response = await fetch(`${this.url}${path}`);
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as HealthAnswer['body']) : null,
      };
    } catch {
      return null; // not listening (yet)
    }
  }

  /** The running postmaster's pid, from its lock file (null while there is none). */
  postmasterPid(): number | null {
    try {
      const pid = Number(
        readFileSync(join(this.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  /** kill -9 of the postmaster, as the OOM killer would; returns the pid it had. */
  killPostmaster(): number {
    const pid = this.postmasterPid();
    if (pid === null) throw new Error('no postmaster.pid: is PostgreSQL running?');
    process.kill(pid, 'SIGKILL');
    return pid;
  }

  /**
   * Rewrites the dead postmaster's lock file to name `pid`, a live process: as when, in a
   * container, another process gets the dead postmaster's pid before the restart.
   */
  pidFileNames(pid: number): void {
    const file = join(this.dataDir, 'pg', 'postmaster.pid');
    const [, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [String(pid), ...rest].join('\n'));
  }

  /** The JSON log lines it wrote that match `message`. */
  logged(message: string): Record<string, unknown>[] {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes(message))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === message);
  }

  /** Stops it as Ctrl-C would (it stops its PostgreSQL), the hard way if it does not. */
  async stop(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.killNow(), 60_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(this);
    rmSync(this.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }

  killNow(): void {
    const postmaster = this.postmasterPid();
    this.child.kill('SIGKILL');
    if (postmaster !== null) {
      try {
        process.kill(postmaster, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
}
