import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clauses with their versions and placements, amendments, ballots and their history. */
export class DraftingAndVoting1764130000000 implements MigrationInterface {
  name = 'DraftingAndVoting1764130000000';

  async up(q: QueryRunner): Promise<void> {
    // Parties per stakeholder group, kept with each participant change, so a tally reads in O(1).
    await q.query(
      `ALTER TABLE accord ADD COLUMN parties_per_group jsonb NOT NULL DEFAULT '{}'::jsonb`,
    );

    await q.query(`
      CREATE TABLE clause (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        accord_id uuid NOT NULL REFERENCES accord(id) ON DELETE CASCADE,
        position integer CHECK (position > 0),
        current_version integer NOT NULL CHECK (current_version > 0),
        removed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Removed clauses have no position; the others one each, checked at commit (moves shift many).
        CONSTRAINT clause_position_unique UNIQUE (accord_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT clause_removed_has_no_position CHECK ((removed_at IS NULL) = (position IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        accord_id uuid NOT NULL REFERENCES accord(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('ADD_CLAUSE','MODIFY_CLAUSE','REMOVE_CLAUSE','MOVE_CLAUSE')),
        status varchar(16) NOT NULL CHECK (status IN ('OPEN','VOTING','ADOPTED','REJECTED','WITHDRAWN','CONFLICT')),
        clause_id uuid REFERENCES clause(id),
        base_version integer,
        heading varchar(300),
        text text,
        force varchar(16) CHECK (force IN ('BINDING','VOLUNTARY')),
        sources jsonb NOT NULL DEFAULT '[]'::jsonb,
        position integer,
        rationale text NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user(id),
        on_behalf_of uuid NOT NULL REFERENCES organization(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        voting_opened_at timestamptz,
        closes_at timestamptz,
        closed_at timestamptz,
        -- Per stakeholder group FOR/AGAINST/ABSTAIN counts, updated in each ballot's transaction.
        ballot_counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        final_tally jsonb,
        conflict jsonb,
        CONSTRAINT amendment_clause_required CHECK ((kind = 'ADD_CLAUSE') = (clause_id IS NULL)),
        CONSTRAINT amendment_modify_has_base CHECK (kind <> 'MODIFY_CLAUSE' OR (base_version IS NOT NULL AND text IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX amendment_accord_status ON amendment (accord_id, status)`);
    await q.query(
      `CREATE INDEX amendment_clause ON amendment (clause_id) WHERE clause_id IS NOT NULL`,
    );
    // The deadline job looks for votes due to close.
    await q.query(
      `CREATE INDEX amendment_due ON amendment (closes_at) WHERE status = 'VOTING' AND closes_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE clause_version (
        clause_id uuid NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        heading varchar(300),
        text text NOT NULL,
        force varchar(16) NOT NULL CHECK (force IN ('BINDING','VOLUNTARY')),
        sources jsonb NOT NULL DEFAULT '[]'::jsonb,
        amendment_id uuid REFERENCES amendment(id),
        author_organization_id uuid REFERENCES organization(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_seq integer NOT NULL,
        -- Word-level attribution of this version's text: [{ "t": text, "v": version }].
        attribution jsonb NOT NULL,
        PRIMARY KEY (clause_id, version)
      )`);
    await q.query(`CREATE INDEX clause_version_seq ON clause_version (clause_id, created_seq)`);

    // Where each clause stood, and from which event to which: the accord at any seq without replay.
    await q.query(`
      CREATE TABLE clause_placement (
        clause_id uuid NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        accord_id uuid NOT NULL REFERENCES accord(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position > 0),
        from_seq integer NOT NULL,
        to_seq integer,
        PRIMARY KEY (clause_id, from_seq)
      )`);
    await q.query(`CREATE INDEX clause_placement_accord ON clause_placement (accord_id, from_seq)`);
    await q.query(
      `CREATE INDEX clause_placement_open ON clause_placement (accord_id) WHERE to_seq IS NULL`,
    );

    // The current ballot: one per organization per amendment, by the primary key.
    await q.query(`
      CREATE TABLE ballot (
        amendment_id uuid NOT NULL REFERENCES amendment(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        choice varchar(8) NOT NULL CHECK (choice IN ('FOR','AGAINST','ABSTAIN')),
        explanation text,
        cast_by uuid NOT NULL REFERENCES app_user(id),
        cast_at timestamptz NOT NULL,
        PRIMARY KEY (amendment_id, organization_id)
      )`);
    // Every ballot ever cast, changes of mind included.
    await q.query(`
      CREATE TABLE ballot_history (
        id bigserial PRIMARY KEY,
        amendment_id uuid NOT NULL REFERENCES amendment(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        choice varchar(8) NOT NULL CHECK (choice IN ('FOR','AGAINST','ABSTAIN')),
        explanation text,
        cast_by uuid NOT NULL REFERENCES app_user(id),
        cast_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX ballot_history_amendment ON ballot_history (amendment_id, organization_id, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ballot_history`);
    await q.query(`DROP TABLE ballot`);
    await q.query(`DROP TABLE clause_placement`);
    await q.query(`DROP TABLE clause_version`);
    await q.query(`DROP TABLE amendment`);
    await q.query(`DROP TABLE clause`);
    await q.query(`ALTER TABLE accord DROP COLUMN parties_per_group`);
  }
}
