import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Milestones: names a facilitator gives the text as it stands ("Draft after first reading"),
 * each at the seq of its own `milestone.marked` event. Names are unique per accord whatever
 * their case; the check runs under the accord's lock, the index is the backstop.
 */
export class Milestones1764220000000 implements MigrationInterface {
  name = 'Milestones1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE milestone (
        id uuid PRIMARY KEY,
        accord_id uuid NOT NULL REFERENCES accord (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        name varchar(120) NOT NULL,
        marked_by uuid NOT NULL REFERENCES app_user (id),
        marked_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX milestone_accord_seq ON milestone (accord_id, seq)`);
    await q.query(
      `CREATE UNIQUE INDEX milestone_accord_name ON milestone (accord_id, lower(name))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE milestone`);
  }
}
