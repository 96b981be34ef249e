import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incidents are assessed against norms as well as clauses: `norm_id` beside `clause_id` on the
 * assessment, exactly one of them set, one current assessment per incident, norm and
 * organization. An assessed norm counts as cited: its foreign key refuses its deletion, and the
 * `norm_not_cited` trigger (run first) says so as `norm_cited`, as it does for clause citations,
 * so a framework re-import that would drop it is refused with NORM_CITED.
 */
export class IncidentNorms1764365000000 implements MigrationInterface {
  name = 'IncidentNorms1764365000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE incident_assessment ADD COLUMN norm_id uuid REFERENCES norm (id) ON DELETE RESTRICT`,
    );
    await q.query(
      `ALTER TABLE incident_assessment DROP CONSTRAINT incident_assessment_one_target,
       ADD CONSTRAINT incident_assessment_one_target CHECK (num_nonnulls(clause_id, norm_id) = 1)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX incident_assessment_norm ON incident_assessment (incident_id, norm_id, organization_id)
       WHERE norm_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX incident_assessment_norm_id ON incident_assessment (norm_id)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION norm_not_cited() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM clause_version WHERE norm_ids ? OLD.id::text)
           OR EXISTS (SELECT 1 FROM amendment WHERE norm_ids ? OLD.id::text)
           OR EXISTS (SELECT 1 FROM incident_assessment WHERE norm_id = OLD.id) THEN
          RAISE EXCEPTION 'norm % is cited by a clause, an amendment or an incident assessment', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'norm_cited';
        END IF;
        RETURN OLD;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION norm_not_cited() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM clause_version WHERE norm_ids ? OLD.id::text)
           OR EXISTS (SELECT 1 FROM amendment WHERE norm_ids ? OLD.id::text) THEN
          RAISE EXCEPTION 'norm % is cited by a clause or an amendment', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'norm_cited';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`DELETE FROM incident_assessment WHERE norm_id IS NOT NULL`);
    await q.query(`DROP INDEX incident_assessment_norm`);
    await q.query(
      `ALTER TABLE incident_assessment DROP CONSTRAINT incident_assessment_one_target,
       DROP COLUMN norm_id,
       ADD CONSTRAINT incident_assessment_one_target CHECK (num_nonnulls(clause_id) = 1)`,
    );
  }
}
