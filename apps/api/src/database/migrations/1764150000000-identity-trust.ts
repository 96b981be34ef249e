import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who speaks for whom: platform operators, verified organizations, and invitations that the
 * invitee accepts (nobody is enrolled in an organization without consent).
 */
export class IdentityTrust1764150000000 implements MigrationInterface {
  name = 'IdentityTrust1764150000000';

  async up(q: QueryRunner): Promise<void> {
    // Operators granted by another operator; those named in PLENARY_OPERATOR_EMAILS need no row.
    await q.query(`ALTER TABLE app_user ADD COLUMN is_operator boolean NOT NULL DEFAULT false`);

    await q.query(`ALTER TABLE organization ADD COLUMN website varchar(253)`);
    await q.query(`ALTER TABLE organization ADD COLUMN verified_at timestamptz`);
    await q.query(`ALTER TABLE organization ADD COLUMN verified_by uuid REFERENCES app_user(id)`);
    // Organizations that were already parties keep taking part: the oldest of each name and
    // group is taken as verified (verified_by stays null: "before verification existed").
    await q.query(`
      UPDATE organization o SET verified_at = now()
      WHERE EXISTS (SELECT 1 FROM participant p WHERE p.organization_id = o.id AND p.role = 'PARTY')
        AND o.id = (SELECT o2.id FROM organization o2
                    WHERE o2.stakeholder_group = o.stakeholder_group AND lower(o2.name) = lower(o.name)
                    ORDER BY o2.created_at, o2.id LIMIT 1)`);
    // Nobody can pose as a verified state: one verified name per stakeholder group.
    await q.query(`
      CREATE UNIQUE INDEX organization_verified_name
      ON organization (stakeholder_group, lower(name)) WHERE verified_at IS NOT NULL`);
    await q.query(`CREATE INDEX organization_unverified ON organization (created_at)
                   WHERE verified_at IS NULL`);

    // Every verification and revocation, with who did it and what was checked.
    await q.query(`
      CREATE TABLE organization_verification (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        action varchar(16) NOT NULL CHECK (action IN ('VERIFIED','REVOKED')),
        operator_id uuid NOT NULL REFERENCES app_user(id),
        details jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX organization_verification_org ON organization_verification (organization_id, id)`,
    );

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('REPRESENTATIVE','MEMBER')),
        invited_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        status varchar(16) NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING','ACCEPTED','DECLINED','REVOKED')),
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user(id),
        CONSTRAINT invitation_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    // One pending invitation per address and organization; found by address at sign-in.
    await q.query(`CREATE UNIQUE INDEX invitation_pending ON invitation (organization_id, lower(email))
                   WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX invitation_email ON invitation (lower(email)) WHERE status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE organization_verification`);
    await q.query(`DROP INDEX organization_unverified`);
    await q.query(`DROP INDEX organization_verified_name`);
    await q.query(
      `ALTER TABLE organization DROP COLUMN verified_by, DROP COLUMN verified_at, DROP COLUMN website`,
    );
    await q.query(`ALTER TABLE app_user DROP COLUMN is_operator`);
  }
}
