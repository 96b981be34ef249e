import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { inTransaction } from '../src/common/database/transaction.js';
import { DomainErrorCode } from '../src/common/errors/domain-error.js';
import { asDomainError } from '../src/common/errors/format-graphql-error.js';
import { Given, type TestUser } from './support/factories.js';
import { only } from './support/lists.js';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.js';
import { startTestAppOn, type TestApp } from './support/test-app.js';

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
}

// A bound against a hang, far above the usual (the second test takes ~3 s alone, over 60 s on a
// 2-core machine at load 12): the spec must fail when broken, not when slow.
const GENEROUS_MS = 300_000;

/** Tries `probe` every 20 ms until it answers true; fails after `attempts` tries. */
async function until(probe: () => boolean | Promise<boolean>, attempts = 10_000): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the condition never held');
}

describe('writes in flight when PostgreSQL dies', () => {
  let database: OwnPostgres;
  let api: TestApp;
  let given: Given;

  beforeAll(async () => {
    database = await startOwnPostgres();
    api = await startTestAppOn(database.url);
    given = new Given(api);
  }, GENEROUS_MS);
  afterAll(async () => {
    await api?.close();
    await database?.stop();
  }, GENEROUS_MS);

  it(
    'a transaction whose connection died between two statements is DATABASE_UNAVAILABLE',
    async () => {
      const dataSource = api.app.get(DataSource);
      const failures: unknown[] = [];
      for (const nextStatement of ['manager', 'query runner'] as const) {
        const failure = await inTransaction(dataSource, async (manager) => {
          const { pid } = only(
            await manager.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid'),
          );
          await database.admin('SELECT pg_terminate_backend($1)', [pid]);
          // pg reports the dead connection; TypeORM releases it at once, mid-transaction.
          await until(() => manager.queryRunner!.isReleased);
          if (nextStatement === 'manager') await manager.query('SELECT 1');
          else await manager.queryRunner!.query('SELECT 1');
        }).catch((error: unknown) => error);
        failures.push(failure);
      }
      expect(failures.map((f) => (f as Error).constructor.name)).toEqual([
        'QueryRunnerProviderAlreadyReleasedError',
        'QueryRunnerAlreadyReleasedError',
      ]);
      for (const failure of failures) {
        expect(asDomainError(failure)?.code).toBe(DomainErrorCode.DATABASE_UNAVAILABLE);
      }
    },
    GENEROUS_MS,
  );

  it(
    'are answered SERVICE_UNAVAILABLE, never a 5xx or INTERNAL_SERVER_ERROR, and writes resume',
    async () => {
      const facilitator: TestUser = await given.user('Facilitator');
      const accords = await Promise.all(
        Array.from({ length: 12 }, () => given.accord(facilitator)),
      );
      const answers: Answer[] = [];
      const succeeded = () => answers.filter((a) => a.codes.length === 0).length;
      let stopping = false;
      // Two kinds of write, each a transaction of several statements: creating an accord, and
      // changing an accord's rule under its lock.
      const write = async (accordId: string, round: number): Promise<Answer> => {
        const body =
          round % 3 === 0
            ? {
                query: `mutation { createAccord(title: "Draft", rule: { kind: SIMPLE_MAJORITY }) { id } }`,
              }
            : {
                query: `mutation($a: ID!, $k: DecisionRuleKind!) { setDecisionRule(accordId: $a, rule: { kind: $k }) { id } }`,
                variables: { a: accordId, k: round % 2 ? 'CONSENSUS' : 'SIMPLE_MAJORITY' },
              };
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${facilitator.token}`,
          },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as {
          errors?: { message?: string; extensions?: { code?: string } }[];
        };
        return {
          status: response.status,
          codes: (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NO CODE'),
          messages: (answer.errors ?? []).map((e) => e.message ?? ''),
        };
      };
      const writers = accords.map(async (accordId) => {
        for (let round = 0; !stopping; round++) answers.push(await write(accordId, round));
      });
      await until(() => succeeded() >= 30);
      await database.die();
      const failedWhileDown = () => answers.filter((a) => a.codes.length > 0).length;
      await until(() => failedWhileDown() >= accords.length);
      await database.restart();
      const afterRestart = succeeded();
      await until(() => succeeded() >= afterRestart + accords.length);
      stopping = true;
      await Promise.all(writers);

      const failed = answers.filter((a) => a.codes.length > 0);
      expect(answers.filter((a) => a.status >= 500)).toEqual([]);
      // Messages too, so a failure says which error slipped through.
      expect(failed.filter((a) => a.codes.some((c) => c !== 'SERVICE_UNAVAILABLE'))).toEqual([]);
      expect(failed.length).toBeGreaterThan(0);
    },
    GENEROUS_MS,
  );
});
