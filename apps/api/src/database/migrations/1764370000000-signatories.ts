import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A final text and what follows it: the declaration (on the accord row, where every write's lock
 * reads it), the link between versions, the public page, signatures (one standing signature per
 * organization: a partial unique index, so two representatives signing at once make one) and
 * implementation reports (every report kept; the latest per article and signatory counts).
 */
export class Signatories1764370000000 implements MigrationInterface {
  name = 'Signatories1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE accord
        ADD COLUMN final_seq integer,
        ADD COLUMN final_hash char(64),
        ADD COLUMN declared_final_at timestamptz,
        ADD COLUMN declared_final_by uuid REFERENCES app_user (id),
        ADD COLUMN previous_version_id uuid UNIQUE REFERENCES accord (id),
        ADD COLUMN public_slug varchar(120) UNIQUE,
        ADD COLUMN published_at timestamptz,
        ADD CONSTRAINT accord_final_whole CHECK (
          (final_seq IS NULL) = (final_hash IS NULL) AND (final_seq IS NULL) = (declared_final_at IS NULL)),
        ADD CONSTRAINT accord_published_final CHECK (published_at IS NULL OR final_seq IS NOT NULL),
        ADD CONSTRAINT accord_published_slug CHECK (published_at IS NULL OR public_slug IS NOT NULL),
        ADD CONSTRAINT accord_public_slug_form CHECK (public_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')`);
    await q.query(`
      CREATE TABLE signature (
        id uuid PRIMARY KEY,
        accord_id uuid NOT NULL REFERENCES accord (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        signed_by uuid NOT NULL REFERENCES app_user (id),
        signed_at timestamptz NOT NULL,
        signed_seq integer NOT NULL,
        statement text,
        reservations jsonb NOT NULL DEFAULT '[]',
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES app_user (id),
        withdrawn_seq integer,
        withdrawal_reason text,
        CHECK ((withdrawn_at IS NULL) = (withdrawn_seq IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX signature_standing ON signature (accord_id, organization_id)
       WHERE withdrawn_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE implementation_report (
        id uuid PRIMARY KEY,
        accord_id uuid NOT NULL REFERENCES accord (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        clause_id uuid NOT NULL REFERENCES clause (id),
        status varchar(16) NOT NULL CHECK (status IN ('DONE', 'IN_PROGRESS', 'NOT_STARTED')),
        text text NOT NULL,
        reported_by uuid NOT NULL REFERENCES app_user (id),
        reported_at timestamptz NOT NULL,
        seq integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX implementation_report_latest
       ON implementation_report (accord_id, clause_id, organization_id, seq DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE implementation_report`);
    await q.query(`DROP TABLE signature`);
    await q.query(`
      ALTER TABLE accord DROP COLUMN published_at, DROP COLUMN public_slug,
        DROP COLUMN previous_version_id, DROP COLUMN declared_final_by,
        DROP COLUMN declared_final_at, DROP COLUMN final_hash, DROP COLUMN final_seq`);
  }
}
