import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTestDatabaseState } from '../apps/api/test/support/test-database.js';

// `npm run bench` is not part of the tests; this runs its harness with tiny sizes so that it
// cannot rot: every scenario must come back measured or skipped with a reason, never failed.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = join(ROOT, 'bench', 'results', 'smoke.json');
// Only against a hang: about 2 minutes on a machine running other specs, over 2.5 on one also
// running two busy loops (issue 12); a deadline near the usual time fails a slow run, not a broken one.
const DEADLINE_MS = 900_000;

interface Summary {
  median: number;
  rounds: number[];
}
interface ScenarioResult {
  id: string;
  status: 'ok' | 'skipped' | 'error';
  reason?: string;
  rows?: { measure: string; figure: Summary; baseline: Summary | null; ratio: number | null }[];
}

function runHarness(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
    delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not for the harness
    const child = spawn(process.execPath, ['bench/run.mjs', '--smoke', '--output=smoke.json'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // SIGINT: the harness stops everything it started (API, servers, databases) before exiting.
    const timer = setTimeout(() => child.kill('SIGINT'), DEADLINE_MS);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('bench harness (smoke run, tiny sizes)', () => {
  it(
    'measures or skips every scenario and writes its report',
    async () => {
      rmSync(REPORT, { force: true });
      const { adminUrl } = readTestDatabaseState();
      const { code, output } = await runHarness(adminUrl);
      if (code !== 0)
        throw new Error(`bench/run.mjs --smoke exited with ${code}:\n${output.slice(-4000)}`);
      expect(existsSync(REPORT)).toBe(true);
      const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { results: ScenarioResult[] };
      // Scenarios 1 to 10, in order.
      const ids = Array.from({ length: 10 }, (_, i) => String(i + 1));
      expect(report.results.map((r) => r.id)).toEqual(ids);
      for (const result of report.results) {
        expect({ id: result.id, status: result.status, reason: result.reason }).toEqual({
          id: result.id,
          status: expect.stringMatching(/^(ok|skipped)$/),
          reason: result.status === 'ok' ? undefined : expect.any(String),
        });
        if (result.status !== 'ok') continue;
        expect(result.rows?.length).toBeGreaterThan(0);
        for (const row of result.rows ?? []) {
          expect(Number.isFinite(row.figure.median)).toBe(true);
          if (row.baseline) expect(Number.isFinite(row.baseline.median)).toBe(true);
        }
      }
    },
    DEADLINE_MS + 30_000,
  );
});
