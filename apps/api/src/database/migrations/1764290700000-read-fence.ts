import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each user's last write stood in the primary's WAL, written after the write committed
 * when a read replica is configured (DATABASE_READ_URL): that user's reads go to the primary
 * until the replica has replayed past it. One row per user, kept up to date, on the primary.
 */
export class ReadFence1764290700000 implements MigrationInterface {
  name = 'ReadFence1764290700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE read_fence (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        lsn pg_lsn NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE read_fence`);
  }
}
