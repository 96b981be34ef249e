import { Injectable } from '@nestjs/common';
import {
  AmendmentStatus,
  BallotChoice,
  type DecisionRule,
  type StakeholderGroup,
} from '@plenary/contracts';
import {
  applyBallotChange,
  type BallotCounts,
  computeTallyFromCounts,
  type PartiesPerGroup,
  sealedTally,
} from '@plenary/decision-rules';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { firstRow } from '../common/database/first-row.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { BallotEntity } from './ballot.entity.js';
import { tallySummary } from './tally.js';
import { ballotRefusal } from './voting-actions.js';

export interface CastBallotCommand {
  callerId: string;
  amendmentId: string;
  organizationId: string;
  choice: BallotChoice;
  explanation: string | null;
}

/** A ballot just cast, with the accord its receipt belongs to. */
export type RecordedBallot = BallotEntity & { accordId: string };

/** What a ballot depends on, read under the accord's lock. */
interface VoteState {
  status: AmendmentStatus;
  closesAt: Date | null;
  ballotCounts: Partial<BallotCounts>;
  previous: BallotChoice | null;
  organizationName: string;
  group: StakeholderGroup;
  rule: DecisionRule;
  partiesPerGroup: PartiesPerGroup;
}

/**
 * A representative casts (or changes) his organization's ballot. Under the accord lock: one
 * current ballot per organization (also the primary key), every change kept in the history,
 * and the tally counts updated in the same transaction.
 *
 * A whole assembly may vote at once and every ballot holds the accord's lock, so the lock is
 * held for as few statements as possible: who may vote is checked before it is taken (that does
 * not change under a vote), and the ballot's reads and writes are one statement each.
 */
@Injectable()
export class CastBallotUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: CastBallotCommand): Promise<RecordedBallot> {
    const { callerId, amendmentId, organizationId, choice } = command;
    const explanation = command.explanation?.trim() || null;
    // Who may vote does not change under a vote: checked before the lock is taken.
    const accordId = await this.access.requireRepresentativeOnAmendment(
      callerId,
      organizationId,
      amendmentId,
    );
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const db = write.manager;
        const votes = await db.query<VoteState[]>(
          `SELECT m.status, m.closes_at AS "closesAt", m.ballot_counts AS "ballotCounts",
                b.choice AS previous, o.name AS "organizationName", o.stakeholder_group AS "group",
                a.rule, a.parties_per_group AS "partiesPerGroup"
         FROM amendment m
         JOIN accord a ON a.id = m.accord_id
         JOIN organization o ON o.id = $2
         LEFT JOIN ballot b ON b.amendment_id = m.id AND b.organization_id = o.id
         WHERE m.id = $1`,
          [amendmentId, organizationId],
        );
        // requireRepresentativeOnAmendment found both, and neither is ever deleted.
        const vote = firstRow(votes, 'the vote state of the amendment');
        const closed = ballotRefusal(vote, new Date());
        if (closed) throw closed;
        const secret = vote.rule.secretBallot === true;
        if (secret && explanation) {
          // Published, it would give the choice away; kept, it would be an explanation nobody reads.
          throw new DomainError(
            DomainErrorCode.INVALID_INPUT,
            'A secret ballot takes no explanation of vote: it would give the choice away. Explain your position in the discussion instead.',
          );
        }
        const castAt = new Date();
        const ballotCounts = applyBallotChange(
          vote.ballotCounts,
          vote.group,
          vote.previous,
          choice,
        );
        // Still voting, so no final tally yet: the tally is that of the counts.
        const tally = computeTallyFromCounts(vote.partiesPerGroup, ballotCounts, vote.rule);
        // The ballot, its history row and the counts commit in the event's own statement, each
        // ballot row with its receipt: the seq and hash of that event.
        const recorded = await write.append(
          'ballot.cast',
          // A secret ballot is logged with turnout only, and without who cast it: counts after each
          // ballot would give its choice away by difference, and the caster would name its chamber.
          secret ? null : callerId,
          secret
            ? { amendmentId, secret: true, tally: sealedTally(tally) }
            : {
                amendmentId,
                organizationId,
                organizationName: vote.organizationName,
                group: vote.group,
                changed: vote.previous !== null,
                choice,
                explanation,
                tally: tallySummary(tally),
              },
          (event) => ({
            statements: [
              `INSERT INTO ballot (amendment_id, organization_id, choice, explanation, cast_by, cast_at, receipt_seq, receipt_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $8, $9)
             ON CONFLICT (amendment_id, organization_id) DO UPDATE SET choice = EXCLUDED.choice,
               explanation = EXCLUDED.explanation, cast_by = EXCLUDED.cast_by, cast_at = EXCLUDED.cast_at,
               receipt_seq = EXCLUDED.receipt_seq, receipt_hash = EXCLUDED.receipt_hash`,
              `INSERT INTO ballot_history (amendment_id, organization_id, choice, explanation, cast_by, cast_at,
               receipt_seq, receipt_hash, round)
             VALUES ($1, $2, $3, $4, $5, $6, $8, $9,
               (SELECT round FROM voting_round WHERE amendment_id = $1 AND outcome IS NULL))`,
              `UPDATE amendment SET ballot_counts = $7, updated_at = now() WHERE id = $1`,
            ],
            parameters: [
              amendmentId,
              organizationId,
              choice,
              explanation,
              callerId,
              castAt,
              JSON.stringify(ballotCounts),
              event.seq,
              event.hash,
            ],
          }),
        );
        return Object.assign(new BallotEntity(), {
          accordId,
          amendmentId,
          organizationId,
          choice,
          explanation,
          castBy: callerId,
          castAt,
          receiptSeq: recorded.seq,
          receiptHash: recorded.hash,
        });
      },
      { changesTextAs: callerId },
    );
  }
}
