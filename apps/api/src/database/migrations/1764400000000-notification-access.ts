import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification's mail is checked against its recipient's access when it is sent: one about an
 * accord he may no longer read (his membership ended since) is dropped, not sent, and says why.
 * A dropped outbox row is done, like a sent one; a notification left out of its digest for that
 * reason says so itself.
 */
export class NotificationAccess1764400000000 implements MigrationInterface {
  name = 'NotificationAccess1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN dropped_at timestamptz,
        ADD COLUMN dropped_reason varchar(40),
        ADD CONSTRAINT mail_outbox_dropped_why CHECK ((dropped_at IS NULL) = (dropped_reason IS NULL)),
        ADD CONSTRAINT mail_outbox_sent_or_dropped CHECK (sent_at IS NULL OR dropped_at IS NULL)`);
    await q.query(`DROP INDEX mail_outbox_due`);
    await q.query(
      `CREATE INDEX mail_outbox_due ON mail_outbox (due_at) WHERE sent_at IS NULL AND dropped_at IS NULL`,
    );
    await q.query(`ALTER TABLE notification ADD COLUMN mail_dropped_reason varchar(40)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN mail_dropped_reason`);
    await q.query(`DROP INDEX mail_outbox_due`);
    await q.query(`CREATE INDEX mail_outbox_due ON mail_outbox (due_at) WHERE sent_at IS NULL`);
    await q.query(`
      ALTER TABLE mail_outbox
        DROP CONSTRAINT mail_outbox_sent_or_dropped,
        DROP CONSTRAINT mail_outbox_dropped_why,
        DROP COLUMN dropped_reason,
        DROP COLUMN dropped_at`);
  }
}
