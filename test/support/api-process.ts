import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlClient, type TestApp } from '../../apps/api/test/support/test-app.js';
import { childProcessEnv } from './process-env.js';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'api-instance.mjs');

/** An API instance running in a child process (built code), on a database of the test's. */
export class ApiProcess {
  readonly gql: TestApp['gql'];

  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    this.gql = graphqlClient(url);
  }

  static start(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
    const child = spawn(process.execPath, [ENTRY], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: childProcessEnv({
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        DATABASE_URL: databaseUrl,
        PLENARY_DATA_DIR: mkdtempSync(join(tmpdir(), 'plenary-app-')),
        PORT: '0',
        ...env,
      }),
    });
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`API process did not start in time: ${errors}`));
      }, 120_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`API process exited (${code}) before listening: ${errors}`));
      });
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('{"url"'));
        if (!line) return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(new ApiProcess((JSON.parse(line) as { url: string }).url, child));
      });
    });
  }

  /** Kills it the hard way, as a crash would: no shutdown hook runs. */
  crash(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGKILL');
    });
  }
}
