import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { firstRow } from '../common/database/first-row.js';
import { OperatorsService } from '../identity/operators.service.js';
import { DemoSeeder, type DemoCredentials } from './demo-seed.js';

/** Loads the demo accord into an empty database; returns the credentials, or null if not empty. */
export async function loadDemoIfEmpty(
  app: INestApplication,
  baseUrl: string,
  log: Logger,
): Promise<DemoCredentials | null> {
  const { users } = firstRow(
    await app
      .get(DataSource)
      .query<{ users: number }[]>(`SELECT count(*)::int AS users FROM app_user`),
    'count(*)',
  );
  if (users > 0) return null;
  const started = Date.now();
  log.info('loading the demo accord (first start; PLENARY_DEMO=false skips this)');
  const operators = app.get(OperatorsService);
  const credentials = await new DemoSeeder(`${baseUrl}/graphql`, (email) =>
    operators.bootstrap(email),
  ).run();
  log.info({ ms: Date.now() - started }, 'demo accord loaded');
  return credentials;
}

export function formatCredentials(credentials: DemoCredentials): string {
  const lines = [
    'Demo delegates (password for all: ' + credentials.password + '):',
    `  ${credentials.operator.padEnd(28)} platform operator (verifies organizations)`,
    `  ${credentials.facilitator.padEnd(28)} facilitator (secretariat)`,
    ...credentials.delegates.map(
      (d) =>
        `  ${d.email.padEnd(28)} ${d.organization}${d.role === 'OBSERVER' ? ' (observer)' : ''}`,
    ),
  ];
  return lines.join('\n');
}
