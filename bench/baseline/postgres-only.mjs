// The floor of scenario 7: the embedded PostgreSQL alone (initdb when the folder is empty, start,
// create the database) — what `npm start` must do before the API itself can start.
import { join } from 'node:path';

const { startEmbeddedPostgres } = await import(
  join(process.env.API_DIST, 'database', 'embedded-postgres.js')
);
const db = await startEmbeddedPostgres({
  dir: join(process.env.PLENARY_DATA_DIR, 'pg'),
  database: 'plenary',
});
process.stdout.write('postgres ready\n');
const stop = () => db.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
setInterval(() => undefined, 1 << 30);
