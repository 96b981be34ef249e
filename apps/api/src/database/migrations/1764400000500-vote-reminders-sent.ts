import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which reminders were sent: one row per vote, round and lead, written with the reminder's
 * notifications. A pass finds a reminder done in the row (even one nobody needed, every party
 * having voted), so it never prepares the same reminder twice, and instances running at once
 * write it once.
 */
export class VoteRemindersSent1764400000500 implements MigrationInterface {
  name = 'VoteRemindersSent1764400000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vote_reminder (
        amendment_id uuid NOT NULL,
        round integer NOT NULL,
        lead_hours integer NOT NULL CHECK (lead_hours > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (amendment_id, round, lead_hours),
        FOREIGN KEY (amendment_id, round) REFERENCES voting_round (amendment_id, round) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vote_reminder`);
  }
}
