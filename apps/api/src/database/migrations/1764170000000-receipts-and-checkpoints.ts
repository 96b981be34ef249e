import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipts of the ballots cast before receipts existed. Each ballot.cast event of an amendment
 * was written under the accord's lock with one ballot_history row, so in seq order and in id
 * order they pair up (secret ballots included, whose events name no organization); the current
 * ballot takes the receipt of its organization's last row.
 */
export const BACKFILL_BALLOT_RECEIPTS = [
  `WITH events AS (
     SELECT e.seq, e.hash, e.payload->>'amendmentId' AS amendment_id,
            row_number() OVER (PARTITION BY e.payload->>'amendmentId' ORDER BY e.seq) AS n
     FROM accord_event e WHERE e.type = 'ballot.cast'),
   ballots AS (
     SELECT h.id, h.amendment_id::text AS amendment_id,
            row_number() OVER (PARTITION BY h.amendment_id ORDER BY h.id) AS n
     FROM ballot_history h)
   UPDATE ballot_history h SET receipt_seq = e.seq, receipt_hash = e.hash
   FROM ballots b JOIN events e ON e.amendment_id = b.amendment_id AND e.n = b.n
   WHERE h.id = b.id AND h.receipt_seq IS NULL`,
  `UPDATE ballot b SET receipt_seq = h.receipt_seq, receipt_hash = h.receipt_hash
   FROM (SELECT DISTINCT ON (amendment_id, organization_id) amendment_id, organization_id,
                receipt_seq, receipt_hash
         FROM ballot_history ORDER BY amendment_id, organization_id, id DESC) h
   WHERE h.amendment_id = b.amendment_id AND h.organization_id = b.organization_id
     AND b.receipt_seq IS NULL`,
];

/**
 * Signed checkpoints of each accord's log, and the receipt (the seq and hash of the event that
 * recorded it) of every ballot.
 */
export class ReceiptsAndCheckpoints1764170000000 implements MigrationInterface {
  name = 'ReceiptsAndCheckpoints1764170000000';

  async up(q: QueryRunner): Promise<void> {
    // A side table, not events in the log: an event cannot sign the head it is about to move,
    // and signing must neither move `last_seq` (which empties the read cache) nor reach every
    // socket. Each row names the event it vouches for, which must exist.
    await q.query(`
      CREATE TABLE accord_checkpoint (
        accord_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        hash char(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        previous_seq integer CHECK (previous_seq > 0 AND previous_seq < seq),
        every integer NOT NULL CHECK (every > 0),
        at timestamptz(3) NOT NULL,
        key_id varchar(64) NOT NULL,
        signature bytea NOT NULL CHECK (octet_length(signature) = 64),
        PRIMARY KEY (accord_id, seq),
        FOREIGN KEY (accord_id, seq) REFERENCES accord_event (accord_id, seq),
        -- Each checkpoint follows exactly one other: the chain of checkpoints cannot fork.
        UNIQUE (accord_id, previous_seq)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX accord_checkpoint_first ON accord_checkpoint (accord_id) WHERE previous_seq IS NULL`,
    );
    // The accord's last checkpoint (its seq and the interval it promised), kept on the row its
    // writers lock: a subquery beside `FOR UPDATE` would read it from the snapshot taken before
    // waiting for the lock.
    await q.query(`
      ALTER TABLE accord
        ADD COLUMN checkpoint_seq integer CHECK (checkpoint_seq > 0 AND checkpoint_seq <= last_seq),
        ADD COLUMN checkpoint_every integer CHECK (checkpoint_every > 0),
        ADD CONSTRAINT accord_checkpoint_whole CHECK ((checkpoint_seq IS NULL) = (checkpoint_every IS NULL))`);
    // Append-only like the log (see accord_event_append_only).
    await q.query(`
      CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER accord_checkpoint_no_rewrite BEFORE UPDATE OR DELETE ON accord_checkpoint
      FOR EACH ROW EXECUTE FUNCTION append_only()`);

    for (const table of ['ballot', 'ballot_history']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN receipt_seq integer CHECK (receipt_seq > 0),
          ADD COLUMN receipt_hash char(64) CHECK (receipt_hash ~ '^[0-9a-f]{64}$'),
          ADD CONSTRAINT ${table}_receipt_whole CHECK ((receipt_seq IS NULL) = (receipt_hash IS NULL))`);
    }
    for (const sql of BACKFILL_BALLOT_RECEIPTS) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['ballot', 'ballot_history']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN receipt_seq, DROP COLUMN receipt_hash`);
    }
    await q.query(`ALTER TABLE accord DROP COLUMN checkpoint_seq, DROP COLUMN checkpoint_every`);
    await q.query(`DROP TABLE accord_checkpoint`);
    await q.query(`DROP FUNCTION append_only`);
  }
}
