import { readFileSync } from 'node:fs';
import pg from 'pg';

/** What the global setup (global-setup.mjs) leaves for the spec files: where the migrated template lives. */
export interface TestDatabaseState {
  adminUrl: string;
  template: string;
  dataDir: string | null;
}

const STATE_FILE_VAR = 'PLENARY_TEST_STATE_FILE';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function readTestDatabaseState(): TestDatabaseState {
  const file = process.env[STATE_FILE_VAR];
  if (!file)
    throw new Error(
      `${STATE_FILE_VAR} is not set: run integration specs through jest's global setup`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as TestDatabaseState;
}

let counter = 0;

/** A fresh database copied from the migrated template (fast: no migrations per spec). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const state = readTestDatabaseState();
  const name = `plenary_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(state.adminUrl, `CREATE DATABASE ${name} TEMPLATE ${state.template}`);
      break;
    } catch (error) {
      // Two workers copying the template at the same instant: wait and retry (a copy can take
      // seconds on a busy machine).
      if (attempt >= 30 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * Math.min(attempt, 20)));
    }
  }
  return {
    url: withDatabase(state.adminUrl, name),
    drop: () => adminQuery(state.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
