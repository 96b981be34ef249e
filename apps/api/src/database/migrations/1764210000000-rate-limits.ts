import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Limits that hold across API instances (see rate-limits/). `rate_limit` holds
 * rate-limiter-flexible's counters, in the schema its PostgreSQL store reads and writes (it never
 * creates the table itself); `socket_lease` holds one row per connected socket, renewed by the
 * instance that holds it, so that a user's sockets can be counted on every instance.
 */
export class RateLimits1764210000000 implements MigrationInterface {
  name = 'RateLimits1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX rate_limit_expire ON rate_limit (expire)`);
    await q.query(`
      CREATE TABLE socket_lease (
        socket_id varchar(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        instance_id uuid NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX socket_lease_user ON socket_lease (user_id, expires_at)`);
    await q.query(`CREATE INDEX socket_lease_instance ON socket_lease (instance_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socket_lease`);
    await q.query(`DROP TABLE rate_limit`);
  }
}
