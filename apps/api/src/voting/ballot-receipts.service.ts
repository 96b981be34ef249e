import { Injectable } from '@nestjs/common';
import { MembershipRole } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';

export interface BallotReceipt {
  accordId: string;
  amendmentId: string;
  organizationId: string;
  seq: number;
  hash: string;
  castAt: Date;
}

/** The receipts of the ballots a representative's organizations cast, to check them later. */
@Injectable()
export class BallotReceiptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lookup: DraftingLookupService,
  ) {}

  /**
   * Every ballot (changes included) cast on the amendment for an organization the caller
   * represents, newest first. Per caller: a root query, so never served by the read cache.
   */
  async mine(callerId: string, amendmentId: string): Promise<BallotReceipt[]> {
    const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId);
    const rows = await this.dataSource.query<Omit<BallotReceipt, 'accordId'>[]>(
      `SELECT h.amendment_id AS "amendmentId", h.organization_id AS "organizationId",
              h.receipt_seq AS seq, h.receipt_hash AS hash, h.cast_at AS "castAt"
       FROM ballot_history h
       JOIN membership m ON m.organization_id = h.organization_id AND m.user_id = $2 AND m.role = $3
       WHERE h.amendment_id = $1 AND h.receipt_seq IS NOT NULL
       ORDER BY h.id DESC`,
      [amendmentId, callerId, MembershipRole.REPRESENTATIVE],
    );
    return rows.map((row) => ({ ...row, accordId: amendment.accordId }));
  }
}
