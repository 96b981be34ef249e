import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The window in which amendments may be proposed, set by the facilitator: either end may be open.
 * Proposals are checked against it under the accord's lock; the check constraint keeps a window
 * that ends before it begins out of the table.
 */
export class ProposalWindow1764280000000 implements MigrationInterface {
  name = 'ProposalWindow1764280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE accord
        ADD COLUMN proposals_open_from timestamptz,
        ADD COLUMN proposals_close_at timestamptz,
        ADD CONSTRAINT accord_proposal_window_order CHECK (
          proposals_open_from IS NULL OR proposals_close_at IS NULL
          OR proposals_open_from < proposals_close_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE accord
        DROP CONSTRAINT accord_proposal_window_order,
        DROP COLUMN proposals_close_at,
        DROP COLUMN proposals_open_from`);
  }
}
