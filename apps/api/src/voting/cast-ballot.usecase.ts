import { Injectable } from '@nestjs/common';
import { AmendmentStatus, BallotChoice } from '@plenary/contracts';
import { applyBallotChange } from '@plenary/decision-rules';
import { AccordAccessService } from '../accords/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { AmendmentEntity } from '../drafting/amendment.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { EventLogService } from '../history/event-log.service.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { BallotEntity } from './ballot.entity.js';
import { tallyOf, tallySummary } from './tally.js';
import { votingContext } from './voting-lock.js';

export interface CastBallotCommand {
  callerId: string;
  amendmentId: string;
  organizationId: string;
  choice: BallotChoice;
  explanation: string | null;
}

/**
 * A representative casts (or changes) his organization's ballot. Under the accord lock: one
 * current ballot per organization (also the primary key), every change kept in the history,
 * and the tally counts updated in the same transaction.
 */
@Injectable()
export class CastBallotUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: CastBallotCommand): Promise<BallotEntity> {
    const { callerId, amendmentId, organizationId, choice } = command;
    const explanation = command.explanation?.trim() || null;
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, db);
      if (!isUuid(organizationId))
        throw new DomainError(
          DomainErrorCode.NOT_A_MEMBER,
          'You do not act for this organization in this accord',
        );
      await this.access.requirePartyMember(
        callerId,
        accordId,
        organizationId,
        { asRepresentative: true },
        db,
      );
      if (amendment.status !== AmendmentStatus.VOTING) {
        throw new DomainError(
          DomainErrorCode.VOTING_CLOSED,
          'This amendment is not being voted on',
        );
      }
      if (amendment.closesAt && amendment.closesAt.getTime() <= Date.now()) {
        throw new DomainError(DomainErrorCode.VOTING_CLOSED, 'The vote has closed');
      }
      const organization = await db.findOneByOrFail(OrganizationEntity, { id: organizationId });
      const previous = await db.findOneBy(BallotEntity, { amendmentId, organizationId });
      const castAt = new Date();
      const ballot = Object.assign(new BallotEntity(), {
        amendmentId,
        organizationId,
        choice,
        explanation,
        castBy: callerId,
        castAt,
      });
      await db.upsert(BallotEntity, ballot, ['amendmentId', 'organizationId']);
      await db.query(
        `INSERT INTO ballot_history (amendment_id, organization_id, choice, explanation, cast_by, cast_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [amendmentId, organizationId, choice, explanation, callerId, castAt],
      );
      const ballotCounts = applyBallotChange(
        amendment.ballotCounts,
        organization.group,
        previous?.choice ?? null,
        choice,
      );
      await db.update(AmendmentEntity, { id: amendmentId }, { ballotCounts });
      const context = await votingContext(db, accordId);
      const tally = tallyOf({ ...amendment, ballotCounts }, context.partiesPerGroup, context.rule);
      const secret = context.rule.secretBallot === true;
      await write.append('ballot.cast', callerId, {
        amendmentId,
        organizationId,
        organizationName: organization.name,
        group: organization.group,
        changed: previous !== null,
        // A secret ballot records that the organization voted, never how.
        ...(secret ? {} : { choice, explanation }),
        tally: tallySummary(tally),
      });
      return ballot;
    });
  }
}
