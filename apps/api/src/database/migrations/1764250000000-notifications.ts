import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications, derived from the event log (and from membership invitations, which are not in
 * an accord's log): one row per source event, recipient and kind, so a replay cannot duplicate
 * one. Per accord, a cursor says how far the log has been derived; accords that exist now start
 * at their head, so an upgrade does not notify the past. Mail goes through an outbox claimed
 * with a lease; a digest is one outbox row per user and day.
 */
export class Notifications1764250000000 implements MigrationInterface {
  name = 'Notifications1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        source varchar(120) NOT NULL,
        accord_id uuid REFERENCES accord (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        subject jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz,
        digest_pending boolean NOT NULL DEFAULT false,
        digest_id uuid,
        CONSTRAINT notification_once UNIQUE (source, recipient_id, kind)
      )`);
    await q.query(
      `CREATE INDEX notification_by_recipient ON notification (recipient_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX notification_digest_pending ON notification (recipient_id) WHERE digest_pending`,
    );
    await q.query(`
      CREATE TABLE notification_cursor (
        accord_id uuid PRIMARY KEY REFERENCES accord (id) ON DELETE CASCADE,
        derived_seq integer NOT NULL
      )`);
    await q.query(
      `INSERT INTO notification_cursor (accord_id, derived_seq) SELECT id, last_seq FROM accord`,
    );
    await q.query(`
      CREATE TABLE notification_setting (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        email varchar(16) NOT NULL CHECK (email IN ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        notification_id uuid UNIQUE REFERENCES notification (id) ON DELETE CASCADE,
        digest_day date,
        due_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        last_error text,
        CONSTRAINT mail_outbox_one_subject CHECK ((notification_id IS NULL) <> (digest_day IS NULL)),
        CONSTRAINT mail_outbox_one_digest_a_day UNIQUE (recipient_id, digest_day)
      )`);
    await q.query(`CREATE INDEX mail_outbox_due ON mail_outbox (due_at) WHERE sent_at IS NULL`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_digest FOREIGN KEY (digest_id) REFERENCES mail_outbox (id) ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_digest`);
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE notification_setting`);
    await q.query(`DROP TABLE notification_cursor`);
    await q.query(`DROP TABLE notification`);
  }
}
