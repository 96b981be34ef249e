#!/usr/bin/env node
// What an accord page's lists cost as plain rows and as JSON built by PostgreSQL (json_agg of
// json_build_object, PostGraphile's way): CPU per statement of this client (pg, parsing
// included) and of PostgreSQL, on scenario 1's accord (20 clauses, 5 comments each), 4
// connections. The measurement behind keeping the loaders' plain rows (README, scenario 1).
//   node bench/tools/rows-or-json.mjs [--seconds=2.5]
import pg from 'pg';
import { startApi } from '../lib/api.mjs';
import { cpuMeter } from '../lib/cpu.mjs';
import { startDatabaseServer } from '../lib/database.mjs';
import { Fixtures } from '../lib/fixtures.mjs';
import { stopEverything } from '../lib/processes.mjs';
import { buildAccord } from '../scenarios/1-accord-read.mjs';

const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 2.5);
const log = (line) => process.stderr.write(`${line}\n`);

const CLAUSE_COLUMNS = `c.id, c.accord_id AS "accordId", c.position, c.number,
  c.holds_number AS "holdsNumber", c.current_version AS "currentVersion",
  c.removed_at AS "removedAt", c.created_at AS "createdAt"`;
const VERSION_COLUMNS = `v.heading AS "vHeading", v.text AS "vText", v.force AS "vForce",
  v.sources AS "vSources", v.norm_ids AS "vNormIds", v.created_at AS "vCreatedAt",
  v.created_seq AS "vCreatedSeq", v.amendment_id AS "vAmendmentId",
  v.author_organization_id AS "vAuthorOrganizationId"`;
const CLAUSES_FROM = `FROM clause c
  LEFT JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
  WHERE c.accord_id = ANY($1::uuid[]) AND c.removed_at IS NULL`;
/** `a AS "b", …` → json_build_object('b', a, …) */
const asJson = (columns) =>
  `json_build_object(${columns
    .split(/,\s*(?![^(]*\))/)
    .map((c) => {
      const [expression, alias] = c.trim().split(/\s+AS\s+/i);
      const name = alias ? alias.replace(/"/g, '') : expression.replace(/^\w+\./, '');
      return `'${name}', ${expression}`;
    })
    .join(', ')})`;
const AMENDMENT_COLUMNS = `m.id, m.accord_id AS "accordId", m.kind, m.status, m.clause_id AS "clauseId"`;

const STATEMENTS = {
  'clauses as rows': `SELECT ${CLAUSE_COLUMNS}, ${VERSION_COLUMNS} ${CLAUSES_FROM} ORDER BY c.position`,
  'clauses as JSON': `SELECT coalesce(json_agg(json_build_array(${asJson(CLAUSE_COLUMNS)},
    ${asJson(VERSION_COLUMNS)}) ORDER BY c.position), '[]') AS clauses ${CLAUSES_FROM}`,
  'amendments as rows': `SELECT ${AMENDMENT_COLUMNS} FROM amendment m
    WHERE m.accord_id = ANY($1::uuid[]) ORDER BY m.created_at`,
  'amendments as JSON': `SELECT coalesce(json_agg(${asJson(AMENDMENT_COLUMNS)}
    ORDER BY m.created_at), '[]') AS amendments FROM amendment m WHERE m.accord_id = ANY($1::uuid[])`,
  'a statement alone': 'SELECT $1::uuid[] AS ids',
};

try {
  const db = await startDatabaseServer({ log });
  const database = await db.createDatabase('plenary_rows_or_json');
  const api = await startApi({ databaseUrl: database.url, name: 'rows-or-json' });
  const f = new Fixtures(api.url, database.url);
  const accord = await buildAccord(f, 20, { commentsPerClause: 5, openPerClause: 2 }, true);
  await f.close();
  await api.stop();
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined); // PostgreSQL stopping at the end
  const values = [[accord.accordId]];
  for (const round of [1, 2]) {
    for (const [name, text] of Object.entries(STATEMENTS)) {
      const query = () => pool.query({ name, text, values });
      for (let i = 0; i < 100; i++) await query();
      const meter = cpuMeter({ pids: { client: process.pid }, postgresDataDir: db.dataDir });
      const until = performance.now() + seconds * 1000;
      let done = 0;
      const worker = async () => {
        while (performance.now() < until) {
          await query();
          done++;
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      const spent = meter.stop();
      process.stdout.write(
        `round ${round} ${name.padEnd(20)} client ${(spent.client / done).toFixed(3)} ms + PostgreSQL ${(spent.postgres / done).toFixed(3)} ms per statement\n`,
      );
    }
  }
  await pool.end();
} finally {
  await stopEverything();
}
