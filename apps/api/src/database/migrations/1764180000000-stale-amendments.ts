import type { BallotChoice, DecisionRule, StakeholderGroup } from '@plenary/contracts';
import {
  applyBallotChange,
  type BallotCounts,
  computeTallyFromCounts,
  type PartiesPerGroup,
} from '@plenary/decision-rules';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Amendments re-examined when their clause changes, and votes kept as rounds.
 *
 * - `amendment.merged`: what a MODIFY amendment whose base moved would now make of its clause
 *   (merged three-way onto the current version), stored when it is re-examined, so the text the
 *   parties see is exactly the text a close applies.
 * - `voting_round`: every vote held on an amendment, with its outcome and final tally, so that no
 *   vote disappears when an amendment is suspended, rebased and voted on again. Each entry of
 *   `ballot_history` names its round.
 * - `clause_version.amendment_id` is unique: an amendment makes at most one version.
 */
export class StaleAmendments1764180000000 implements MigrationInterface {
  name = 'StaleAmendments1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE amendment ADD COLUMN merged jsonb`);
    await q.query(
      `ALTER TABLE amendment ADD CONSTRAINT amendment_merged_is_a_modification CHECK (merged IS NULL OR kind = 'MODIFY_CLAUSE')`,
    );

    await q.query(`
      CREATE TABLE voting_round (
        amendment_id uuid NOT NULL REFERENCES amendment(id) ON DELETE CASCADE,
        round integer NOT NULL CHECK (round > 0),
        opened_at timestamptz NOT NULL,
        closes_at timestamptz,
        ended_at timestamptz,
        outcome varchar(16) CHECK (outcome IN ('ADOPTED','REJECTED','SUSPENDED','WITHDRAWN')),
        final_tally jsonb,
        -- Why a suspended vote was suspended (the amendment's own conflict is cleared by a rebase).
        conflict jsonb,
        PRIMARY KEY (amendment_id, round),
        CONSTRAINT voting_round_ended CHECK (
          (ended_at IS NULL) = (outcome IS NULL) AND (outcome IS NULL) = (final_tally IS NULL)),
        CONSTRAINT voting_round_conflict_when_suspended CHECK (conflict IS NULL OR outcome = 'SUSPENDED')
      )`);
    // At most one vote runs on an amendment at a time.
    await q.query(
      `CREATE UNIQUE INDEX voting_round_one_running ON voting_round (amendment_id) WHERE outcome IS NULL`,
    );

    await q.query(`ALTER TABLE ballot_history ADD COLUMN round integer`);
    await this.recordPastVotes(q);
    await q.query(`ALTER TABLE ballot_history ALTER COLUMN round SET NOT NULL`);
    await q.query(
      `ALTER TABLE ballot_history ADD CONSTRAINT ballot_history_round
         FOREIGN KEY (amendment_id, round) REFERENCES voting_round (amendment_id, round) ON DELETE CASCADE`,
    );
    await q.query(`DROP INDEX ballot_history_amendment`);
    await q.query(
      `CREATE INDEX ballot_history_amendment ON ballot_history (amendment_id, round, organization_id, id)`,
    );

    await q.query(
      `CREATE UNIQUE INDEX clause_version_amendment ON clause_version (amendment_id) WHERE amendment_id IS NOT NULL`,
    );
  }

  /**
   * Votes held before rounds existed become round 1 of their amendment. The final tally of a vote
   * that ended without one (withdrawn, or rebased after a conflict) is recounted from the last
   * ballot of each party. Open amendments whose base already moved are re-examined at the next
   * change of their clause; until then, reads and closes merge them on the spot.
   */
  private async recordPastVotes(q: QueryRunner): Promise<void> {
    const voted = await q.manager.query<
      {
        id: string;
        status: string;
        opened_at: Date | null;
        closes_at: Date | null;
        closed_at: Date | null;
        updated_at: Date;
        final_tally: unknown;
        conflict: unknown;
        rule: DecisionRule;
        parties_per_group: PartiesPerGroup;
      }[]
    >(
      `SELECT m.id, m.status, coalesce(m.voting_opened_at, h.first_cast) AS opened_at,
              m.closes_at, m.closed_at, m.updated_at, m.final_tally, m.conflict,
              a.rule, a.parties_per_group
       FROM amendment m
       JOIN accord a ON a.id = m.accord_id
       LEFT JOIN (SELECT amendment_id, min(cast_at) AS first_cast FROM ballot_history GROUP BY amendment_id) h
         ON h.amendment_id = m.id
       WHERE m.voting_opened_at IS NOT NULL OR h.first_cast IS NOT NULL`,
    );
    for (const m of voted) {
      const outcome =
        m.status === 'VOTING'
          ? null
          : m.status === 'ADOPTED' || m.status === 'REJECTED' || m.status === 'WITHDRAWN'
            ? m.status
            : 'SUSPENDED';
      let finalTally = outcome === null ? null : m.final_tally;
      if (outcome !== null && !finalTally) {
        const last = await q.manager.query<{ group: StakeholderGroup; choice: BallotChoice }[]>(
          `SELECT DISTINCT ON (h.organization_id) o.stakeholder_group AS "group", h.choice
           FROM ballot_history h JOIN organization o ON o.id = h.organization_id
           WHERE h.amendment_id = $1 ORDER BY h.organization_id, h.id DESC`,
          [m.id],
        );
        const counts = last.reduce<Partial<BallotCounts>>(
          (sum, ballot) => applyBallotChange(sum, ballot.group, null, ballot.choice),
          {},
        );
        finalTally = computeTallyFromCounts(m.parties_per_group, counts, m.rule);
      }
      await q.query(
        `INSERT INTO voting_round (amendment_id, round, opened_at, closes_at, ended_at, outcome, final_tally, conflict)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
        [
          m.id,
          m.opened_at,
          m.closes_at,
          outcome === null ? null : (m.closed_at ?? m.updated_at),
          outcome,
          finalTally === null ? null : JSON.stringify(finalTally),
          outcome === 'SUSPENDED' && m.conflict ? JSON.stringify(m.conflict) : null,
        ],
      );
    }
    await q.query(`UPDATE ballot_history SET round = 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX clause_version_amendment`);
    await q.query(`DROP INDEX ballot_history_amendment`);
    await q.query(
      `CREATE INDEX ballot_history_amendment ON ballot_history (amendment_id, organization_id, id)`,
    );
    await q.query(`ALTER TABLE ballot_history DROP COLUMN round`);
    await q.query(`DROP TABLE voting_round`);
    await q.query(`ALTER TABLE amendment DROP COLUMN merged`);
  }
}
