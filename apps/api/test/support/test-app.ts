import type { INestApplication } from '@nestjs/common';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type ApiOptions } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/config.js';
import { createTestDatabase } from './test-database.js';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; reason?: string } & Record<string, unknown>;
  }[];
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  app: INestApplication;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** GraphQL over HTTP to an API at `url`, as a client sends it. */
export function graphqlClient(url: string): TestApp['gql'] {
  return async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<never>;
  };
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';
/** The platform operator of every test app (PLENARY_OPERATOR_EMAILS); see Given.operator. */
export const TEST_OPERATOR_EMAIL = 'operator@plenary.test';
/** One checkpoint signing key for every instance a test process starts (they share databases). */
export const TEST_SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

/**
 * For specs that count the SQL statements of a request: the background work of every instance
 * in the process (notifications derived from each commit, their mail, votes past their deadline,
 * shared operation counts, presence heartbeats) would be counted with it. Such an instance derives
 * no notifications at all.
 */
export const BACKGROUND_JOBS_ASLEEP: Record<string, string> = {
  PLENARY_NOTIFICATIONS_WORKER: 'false',
  PLENARY_DEADLINE_POLL_MS: '3600000',
  // The operation counts shared each second, and presence heartbeats.
  PLENARY_LIMIT_OPERATIONS_SYNC_MS: '60000',
  PLENARY_PRESENCE_TTL_SECONDS: '3600',
};

/**
 * Limits high enough for specs that register dozens of users and send hundreds of operations
 * from one address; the specs of the limits set their own (README, "Limits").
 */
export const TEST_LIMITS: Record<string, string> = {
  PLENARY_LIMIT_REGISTRATIONS: '100000',
  PLENARY_LIMIT_SIGNIN_ADDRESS: '100000',
  PLENARY_LIMIT_OPERATIONS: '100000000',
  PLENARY_LIMIT_SOCKETS_PER_USER: '10000',
};

/** What a spec may add to the app it boots (besides its environment). */
export type TestAppOptions = Pick<ApiOptions, 'logDestination'>;

/** Boots the real API on a fresh copy of the migrated database, listening on a free port. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  return bootTestApp(database.url, env, database.drop, options);
}

/** One more API instance on an existing database (instances share one); closing it keeps the database. */
export function startTestAppOn(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<TestApp> {
  return bootTestApp(databaseUrl, env, () => Promise.resolve());
}

async function bootTestApp(
  databaseUrl: string,
  env: Record<string, string>,
  dropDatabase: () => Promise<void>,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    PLENARY_SIGNING_KEY: TEST_SIGNING_KEY,
    PLENARY_DATA_DIR: mkdtempSync(join(tmpdir(), 'plenary-app-')),
    PLENARY_DEMO: 'false',
    PLENARY_OPERATOR_EMAILS: TEST_OPERATOR_EMAIL,
    PORT: '0',
    ...TEST_LIMITS,
    ...env,
  });
  let app: INestApplication;
  try {
    app = await createApi({ config, databaseUrl, ...options });
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    databaseUrl,
    app,
    gql: graphqlClient(url),
    async close() {
      await app.close();
      await dropDatabase();
    },
  };
}
