import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTIAL_DATE = `'^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'`;

/**
 * Incidents recorded in an accord (facts, alleged actors, the response recorded) and the
 * assessments organizations make of them against its clauses. One current assessment per
 * incident, target and organization (a unique index; revisions replace it, and the log keeps each
 * one). A target is a clause for now; norms join as a second nullable column under the same
 * "exactly one target" check.
 */
export class Incidents1764360000000 implements MigrationInterface {
  name = 'Incidents1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY,
        accord_id uuid NOT NULL REFERENCES accord (id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        started_on varchar(10) NOT NULL CHECK (started_on ~ ${PARTIAL_DATE}),
        ended_on varchar(10) CHECK (ended_on ~ ${PARTIAL_DATE}),
        description text NOT NULL,
        sources jsonb NOT NULL DEFAULT '[]'::jsonb,
        actors jsonb NOT NULL DEFAULT '[]'::jsonb,
        responses jsonb NOT NULL DEFAULT '[]'::jsonb,
        organization_id uuid NOT NULL REFERENCES organization (id),
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL,
        recorded_seq integer NOT NULL,
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        revised_by uuid REFERENCES app_user (id),
        revised_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX incident_accord_name ON incident (accord_id, lower(name))`);
    await q.query(`
      CREATE TABLE incident_assessment (
        id uuid PRIMARY KEY,
        accord_id uuid NOT NULL REFERENCES accord (id) ON DELETE CASCADE,
        incident_id uuid NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
        clause_id uuid REFERENCES clause (id),
        organization_id uuid NOT NULL REFERENCES organization (id),
        verdict varchar(16) NOT NULL CHECK (verdict IN ('BREACHED', 'NOT_BREACHED', 'UNCLEAR')),
        reasoning text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        assessed_by uuid NOT NULL REFERENCES app_user (id),
        assessed_at timestamptz NOT NULL,
        seq integer NOT NULL,
        CONSTRAINT incident_assessment_one_target CHECK (num_nonnulls(clause_id) = 1)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX incident_assessment_clause ON incident_assessment (incident_id, clause_id, organization_id)
       WHERE clause_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX incident_assessment_accord ON incident_assessment (accord_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident_assessment`);
    await q.query(`DROP TABLE incident`);
  }
}
