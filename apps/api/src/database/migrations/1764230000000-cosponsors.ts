import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-sponsors and support for amendments: other parties the author invites to put their name
 * to his amendment (INVITED, then ACCEPTED or DECLINED), and participants' visible "+1".
 */
export class Cosponsors1764230000000 implements MigrationInterface {
  name = 'Cosponsors1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE amendment_sponsor (
        amendment_id uuid NOT NULL REFERENCES amendment (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        status varchar(16) NOT NULL,
        invited_by uuid NOT NULL REFERENCES app_user (id),
        invited_at timestamptz NOT NULL,
        answered_by uuid REFERENCES app_user (id),
        answered_at timestamptz,
        PRIMARY KEY (amendment_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE amendment_support (
        amendment_id uuid NOT NULL REFERENCES amendment (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        supported_by uuid NOT NULL REFERENCES app_user (id),
        supported_at timestamptz NOT NULL,
        PRIMARY KEY (amendment_id, organization_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE amendment_support`);
    await q.query(`DROP TABLE amendment_sponsor`);
  }
}
