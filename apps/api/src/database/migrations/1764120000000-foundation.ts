import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity, accords, participants and the hash-chained event log. */
export class Foundation1764120000000 implements MigrationInterface {
  name = 'Foundation1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(120) NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are unique whatever their case.
    await q.query(`CREATE UNIQUE INDEX app_user_email_ci ON app_user (lower(email))`);

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        stakeholder_group varchar(32) NOT NULL CHECK (stakeholder_group IN
          ('GOVERNMENT','PRIVATE_SECTOR','CIVIL_SOCIETY','TECHNICAL_COMMUNITY','ACADEMIA','INTERGOVERNMENTAL')),
        country varchar(100),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE membership (
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL CHECK (role IN ('REPRESENTATIVE','MEMBER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);
    await q.query(`CREATE INDEX membership_user ON membership (user_id)`);

    await q.query(`
      CREATE TABLE accord (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        preamble text,
        rule jsonb NOT NULL,
        facilitator_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seq integer NOT NULL DEFAULT 0,
        head_hash char(64) NOT NULL DEFAULT repeat('0', 64)
      )`);
    await q.query(`CREATE INDEX accord_facilitator ON accord (facilitator_id)`);

    await q.query(`
      CREATE TABLE participant (
        accord_id uuid NOT NULL REFERENCES accord(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        role varchar(16) NOT NULL CHECK (role IN ('PARTY','OBSERVER')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (accord_id, organization_id)
      )`);
    await q.query(`CREATE INDEX participant_organization ON participant (organization_id)`);

    await q.query(`
      CREATE TABLE accord_event (
        accord_id uuid NOT NULL REFERENCES accord(id),
        seq integer NOT NULL CHECK (seq > 0),
        type varchar(64) NOT NULL,
        at timestamptz(3) NOT NULL,
        actor_id uuid,
        payload jsonb NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (accord_id, seq)
      )`);
    await q.query(`CREATE INDEX accord_event_at ON accord_event (accord_id, at)`);

    // The log is append-only: only a database owner who disables this trigger can rewrite it,
    // and the hash chain then shows it.
    await q.query(`
      CREATE FUNCTION accord_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'accord_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER accord_event_no_rewrite BEFORE UPDATE OR DELETE ON accord_event
      FOR EACH ROW EXECUTE FUNCTION accord_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE accord_event`);
    await q.query(`DROP FUNCTION accord_event_append_only`);
    await q.query(`DROP TABLE participant`);
    await q.query(`DROP TABLE accord`);
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE organization`);
    await q.query(`DROP TABLE app_user`);
  }
}
