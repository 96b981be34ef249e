import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource, orderByKeys } from '../common/graphql/loaders.js';
import { BallotEntity } from './ballot.entity.js';
import { type SponsorCounts, sponsorCounts } from './sponsor-minimum.js';
import { VotingRoundEntity } from './voting-round.entity.js';

/** A ballot as an ended round counted it. */
export type RoundBallot = BallotEntity & { round: number };

/** The ballots and rounds read by one request, per amendment. */
export class VotingLoaders {
  readonly ballotsByAmendment: DataLoader<string, BallotEntity[]>;
  readonly roundsByAmendment: DataLoader<string, VotingRoundEntity[]>;
  /** The last ballot of each party in each ended round of an amendment: what that round counted. */
  readonly roundBallotsByAmendment: DataLoader<string, RoundBallot[]>;
  /** Every ballot ever cast on an amendment, changes included, in the order they were cast. */
  readonly ballotHistoryByAmendment: DataLoader<string, RoundBallot[]>;
  /** The organizations behind each amendment and their groups, for the rule's minimum. */
  readonly sponsorCountsByAmendment: DataLoader<string, SponsorCounts | null>;

  constructor(db: DataSource) {
    this.sponsorCountsByAmendment = new DataLoader(async (ids) =>
      orderByKeys(ids, await sponsorCounts(db, ids), (c) => c.amendmentId),
    );
    this.ballotsByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          BallotEntity,
          'WHERE t.amendment_id = ANY($1::uuid[]) ORDER BY t.cast_at',
          [ids],
        ),
        (b) => b.amendmentId,
      ),
    );
    this.roundsByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          VotingRoundEntity,
          'WHERE t.amendment_id = ANY($1::uuid[]) ORDER BY t.round',
          [ids],
        ),
        (r) => r.amendmentId,
      ),
    );
    this.roundBallotsByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await readQuery<RoundBallot>(
          db,
          `SELECT * FROM (
             SELECT DISTINCT ON (h.amendment_id, h.round, h.organization_id)
                    h.amendment_id AS "amendmentId", h.round, h.organization_id AS "organizationId",
                    h.choice, h.explanation, h.cast_by AS "castBy", h.cast_at AS "castAt",
                    h.receipt_seq AS "receiptSeq", h.receipt_hash AS "receiptHash"
             FROM ballot_history h
             JOIN voting_round r ON r.amendment_id = h.amendment_id AND r.round = h.round
             WHERE h.amendment_id = ANY($1::uuid[]) AND r.outcome IS NOT NULL
             ORDER BY h.amendment_id, h.round, h.organization_id, h.id DESC) last
           ORDER BY "castAt"`,
          [ids],
        ),
        (b) => b.amendmentId,
      ),
    );
    this.ballotHistoryByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await readQuery<RoundBallot>(
          db,
          `SELECT h.amendment_id AS "amendmentId", h.round, h.organization_id AS "organizationId",
                  h.choice, h.explanation, h.cast_by AS "castBy", h.cast_at AS "castAt",
                  h.receipt_seq AS "receiptSeq", h.receipt_hash AS "receiptHash"
           FROM ballot_history h WHERE h.amendment_id = ANY($1::uuid[]) ORDER BY h.id`,
          [ids],
        ),
        (b) => b.amendmentId,
      ),
    );
  }
}

@Injectable()
export class VotingLoaderSource extends LoaderSource<VotingLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): VotingLoaders {
    return new VotingLoaders(this.db);
  }
}
