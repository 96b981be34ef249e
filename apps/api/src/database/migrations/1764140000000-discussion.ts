import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments and their edit history; presence; the socket.io Postgres adapter's table. */
export class Discussion1764140000000 implements MigrationInterface {
  name = 'Discussion1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        accord_id uuid NOT NULL REFERENCES accord(id) ON DELETE CASCADE,
        amendment_id uuid REFERENCES amendment(id) ON DELETE CASCADE,
        clause_id uuid REFERENCES clause(id) ON DELETE CASCADE,
        clause_version integer,
        parent_id uuid REFERENCES comment(id),
        author_id uuid NOT NULL REFERENCES app_user(id),
        -- The current body, plain text; kept after deletion (the API hides it), like the history.
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
        quote_start integer,
        quote_end integer,
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES app_user(id),
        CONSTRAINT comment_one_target CHECK ((amendment_id IS NULL) <> (clause_id IS NULL)),
        CONSTRAINT comment_clause_has_version CHECK ((clause_id IS NULL) = (clause_version IS NULL)),
        CONSTRAINT comment_clause_version FOREIGN KEY (clause_id, clause_version)
          REFERENCES clause_version (clause_id, version) ON DELETE CASCADE,
        CONSTRAINT comment_quote_range CHECK (
          (quote_start IS NULL AND quote_end IS NULL)
          OR (quote_start >= 0 AND quote_end > quote_start)),
        CONSTRAINT comment_deleted_by CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
      )`);
    await q.query(
      `CREATE INDEX comment_amendment ON comment (amendment_id, created_at) WHERE amendment_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX comment_clause ON comment (clause_id, created_at) WHERE clause_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX comment_parent ON comment (parent_id, created_at) WHERE parent_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX comment_accord ON comment (accord_id)`);

    // Every body a comment ever had, the first included: edits and deletions never lose text.
    await q.query(`
      CREATE TABLE comment_revision (
        comment_id uuid NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision > 0),
        body text NOT NULL,
        written_at timestamptz NOT NULL,
        PRIMARY KEY (comment_id, revision)
      )`);

    // Who is in which accord, per socket. Rows of a live instance are refreshed by its
    // heartbeat; those of a dead one expire and any instance sweeps them. Unlogged: presence
    // is worth nothing after a database crash.
    await q.query(`
      CREATE UNLOGGED TABLE accord_presence (
        accord_id uuid NOT NULL REFERENCES accord(id) ON DELETE CASCADE,
        socket_id varchar(64) NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        instance_id uuid NOT NULL,
        clause_id uuid,
        typing boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (accord_id, socket_id)
      )`);
    await q.query(`CREATE INDEX accord_presence_instance ON accord_presence (instance_id)`);
    await q.query(`CREATE INDEX accord_presence_expiry ON accord_presence (expires_at)`);
    // Orders presence snapshots: clients keep the newest whatever instance sent it.
    await q.query(`CREATE SEQUENCE accord_presence_version`);

    // @socket.io/postgres-adapter: packets too large for NOTIFY (over 8000 bytes) go through here.
    await q.query(`
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socket_io_attachments`);
    await q.query(`DROP SEQUENCE accord_presence_version`);
    await q.query(`DROP TABLE accord_presence`);
    await q.query(`DROP TABLE comment_revision`);
    await q.query(`DROP TABLE comment`);
  }
}
