import type { MigrationInterface, QueryRunner } from 'typeorm';

// The canonical form of an article number (see @plenary/text-history article-number.ts).
const LATIN =
  'bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies|duodecies|terdecies|quaterdecies|quindecies|sexdecies|septdecies|octodecies|novodecies|vicies|unvicies|duovicies|tervicies|quatervicies|quinvicies|sexvicies|septvicies|octovicies|novovicies|tricies';
const NUMBER_FORM = `'^[1-9][0-9]{0,8}( (${LATIN}|[A-Z]+))*$'`;

/**
 * Article numbers are stored, not computed from the position: a clause keeps its number once
 * given ("5 bis" for one inserted after article 5) until the facilitator renumbers the text.
 * Placements record the number a clause had from seq to seq. Cross-references in amendments
 * and comments record the clause each "article 6" named when it was written.
 */
export class StableNumbering1764190000000 implements MigrationInterface {
  name = 'StableNumbering1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clause ADD COLUMN number varchar(60)`);
    // Whether the number is still taken: live clauses, and removed ones until the next
    // renumbering (a removed article leaves a gap; its number is not given to another).
    await q.query(`ALTER TABLE clause ADD COLUMN holds_number boolean NOT NULL DEFAULT true`);
    // Until now numbers followed positions: a live clause's number is its position, and a
    // removed one's is the position it last had (which others have taken since: not held).
    await q.query(`UPDATE clause SET number = position::text WHERE position IS NOT NULL`);
    await q.query(`
      UPDATE clause c SET holds_number = false, number = COALESCE(
        (SELECT p.position::text FROM clause_placement p WHERE p.clause_id = c.id ORDER BY p.from_seq DESC LIMIT 1),
        '1')
      WHERE c.position IS NULL`);
    await q.query(`ALTER TABLE clause ALTER COLUMN number SET NOT NULL`);
    await q.query(
      `ALTER TABLE clause ADD CONSTRAINT clause_number_form CHECK (number ~ ${NUMBER_FORM})`,
    );
    await q.query(
      `ALTER TABLE clause ADD CONSTRAINT clause_live_holds_number CHECK (removed_at IS NOT NULL OR holds_number)`,
    );
    // One clause per number held in an accord, checked at commit (a renumbering moves many).
    await q.query(`
      ALTER TABLE clause ADD CONSTRAINT clause_number_unique
        EXCLUDE USING btree (accord_id WITH =, number WITH =) WHERE (holds_number)
        DEFERRABLE INITIALLY DEFERRED`);
    // Lets a cross-reference name a clause of its own accord only.
    await q.query(`ALTER TABLE clause ADD CONSTRAINT clause_in_accord UNIQUE (accord_id, id)`);

    await q.query(`ALTER TABLE clause_placement ADD COLUMN number varchar(60)`);
    await q.query(`UPDATE clause_placement SET number = position::text`);
    await q.query(`ALTER TABLE clause_placement ALTER COLUMN number SET NOT NULL`);

    await q.query(`
      CREATE TABLE cross_reference (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        accord_id uuid NOT NULL,
        amendment_id uuid REFERENCES amendment(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comment(id) ON DELETE CASCADE,
        -- Where the words are: an amendment's TEXT or RATIONALE, a comment's BODY.
        field varchar(16) NOT NULL,
        -- The number as written ("6" in "article 6"), in UTF-16 code units of that field.
        start_offset integer NOT NULL CHECK (start_offset >= 0),
        end_offset integer NOT NULL,
        -- The clause the number named when it was written; it follows any renumbering.
        clause_id uuid NOT NULL,
        CONSTRAINT cross_reference_span CHECK (end_offset > start_offset),
        CONSTRAINT cross_reference_source CHECK (CASE field
          WHEN 'BODY' THEN comment_id IS NOT NULL AND amendment_id IS NULL
          WHEN 'TEXT' THEN amendment_id IS NOT NULL AND comment_id IS NULL
          WHEN 'RATIONALE' THEN amendment_id IS NOT NULL AND comment_id IS NULL
          ELSE false END),
        CONSTRAINT cross_reference_clause FOREIGN KEY (accord_id, clause_id)
          REFERENCES clause (accord_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE UNIQUE INDEX cross_reference_in_amendment ON cross_reference (amendment_id, field, start_offset) WHERE amendment_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX cross_reference_in_comment ON cross_reference (comment_id, start_offset) WHERE comment_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX cross_reference_clause ON cross_reference (clause_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cross_reference`);
    await q.query(`ALTER TABLE clause_placement DROP COLUMN number`);
    await q.query(`ALTER TABLE clause DROP CONSTRAINT clause_in_accord`);
    await q.query(`ALTER TABLE clause DROP CONSTRAINT clause_number_unique`);
    await q.query(`ALTER TABLE clause DROP COLUMN holds_number`);
    await q.query(`ALTER TABLE clause DROP COLUMN number`);
  }
}
