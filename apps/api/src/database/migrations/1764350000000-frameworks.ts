import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Norm frameworks: platform-wide, citable sets of norms (the UN GGE 2015 report, the Digital
 * Geneva Convention…), each norm with a key stable within its framework ("13(a)") and the force
 * its authors gave it. Norms may correspond to norms of other frameworks (stored once per pair).
 *
 * Clauses cite norms: an amendment and the clause version it makes carry `norm_ids` beside their
 * free-text `sources`, and a free-text source of a clause may be linked to a norm afterwards
 * (`clause_source_link`, written with its `clause.sourceLinked` event). A norm that is cited or
 * linked cannot be deleted: the link by its foreign key, the jsonb citations by a trigger that
 * raises a foreign-key violation (the citing transaction holds the norm's row `FOR KEY SHARE`,
 * so a citation and a deletion cannot cross).
 */
export class Frameworks1764350000000 implements MigrationInterface {
  name = 'Frameworks1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE framework (
        id uuid PRIMARY KEY,
        short_name varchar(40) NOT NULL,
        title varchar(300) NOT NULL,
        publisher varchar(200),
        year integer NOT NULL CHECK (year BETWEEN 1800 AND 2200),
        published_on date,
        source_url varchar(2000),
        description text CHECK (length(description) <= 4000),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX framework_short_name ON framework (lower(short_name))`);
    await q.query(`
      CREATE TABLE norm (
        id uuid PRIMARY KEY,
        framework_id uuid NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
        key varchar(40) NOT NULL,
        position integer NOT NULL CHECK (position > 0),
        title varchar(200),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        force varchar(16) NOT NULL CHECK (force IN ('BINDING','VOLUNTARY')),
        source_url varchar(2000),
        CONSTRAINT norm_framework_key UNIQUE (framework_id, key),
        CONSTRAINT norm_framework_position UNIQUE (framework_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`
      CREATE TABLE norm_correspondence (
        norm_id uuid NOT NULL REFERENCES norm (id) ON DELETE CASCADE,
        other_norm_id uuid NOT NULL REFERENCES norm (id) ON DELETE CASCADE,
        PRIMARY KEY (norm_id, other_norm_id),
        CONSTRAINT norm_correspondence_once CHECK (norm_id < other_norm_id)
      )`);
    await q.query(`CREATE INDEX norm_correspondence_other ON norm_correspondence (other_norm_id)`);

    await q.query(`ALTER TABLE amendment ADD COLUMN norm_ids jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(
      `ALTER TABLE clause_version ADD COLUMN norm_ids jsonb NOT NULL DEFAULT '[]'::jsonb`,
    );
    await q.query(`CREATE INDEX amendment_norm_ids ON amendment USING gin (norm_ids)`);
    await q.query(`CREATE INDEX clause_version_norm_ids ON clause_version USING gin (norm_ids)`);
    await q.query(`
      CREATE TABLE clause_source_link (
        clause_id uuid NOT NULL REFERENCES clause (id) ON DELETE CASCADE,
        source varchar(500) NOT NULL,
        norm_id uuid NOT NULL REFERENCES norm (id) ON DELETE RESTRICT,
        accord_id uuid NOT NULL REFERENCES accord (id) ON DELETE CASCADE,
        linked_seq integer NOT NULL,
        linked_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        PRIMARY KEY (clause_id, source)
      )`);
    await q.query(`CREATE INDEX clause_source_link_norm ON clause_source_link (norm_id)`);
    await q.query(`CREATE INDEX clause_source_link_accord ON clause_source_link (accord_id)`);

    await q.query(`
      CREATE FUNCTION norm_not_cited() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM clause_version WHERE norm_ids ? OLD.id::text)
           OR EXISTS (SELECT 1 FROM amendment WHERE norm_ids ? OLD.id::text) THEN
          RAISE EXCEPTION 'norm % is cited by a clause or an amendment', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'norm_cited';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER norm_not_cited BEFORE DELETE ON norm
        FOR EACH ROW EXECUTE FUNCTION norm_not_cited()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE clause_source_link`);
    await q.query(`ALTER TABLE clause_version DROP COLUMN norm_ids`);
    await q.query(`ALTER TABLE amendment DROP COLUMN norm_ids`);
    await q.query(`DROP TABLE norm_correspondence`);
    await q.query(`DROP TABLE norm`);
    await q.query(`DROP FUNCTION norm_not_cited`);
    await q.query(`DROP TABLE framework`);
  }
}
