import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const held = globalThis.__plenaryTestDb;
  if (!held) return;
  if (held.embedded) {
    await held.embedded.stop();
  } else {
    const client = new pg.Client({ connectionString: held.adminUrl });
    await client.connect();
    await client
      .query(`DROP DATABASE IF EXISTS ${held.template} WITH (FORCE)`)
      .catch(() => undefined);
    await client.end();
  }
  rmSync(held.dataDir, { recursive: true, force: true });
}
