import { Injectable } from '@nestjs/common';
import { AmendmentKind, AmendmentStatus } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseWriter } from './clause-writer.js';
import { ClauseEntity } from './clause.entity.js';
import { recordReferences } from './cross-references.js';
import type { ProposeAmendmentInput } from './dto/drafting.args.js';
import { reexamine } from './reexamine-amendments.js';
import { RunningVote } from './running-vote.js';

const badInput = (code: DomainErrorCode, message: string) => new DomainError(code, message);

/** A member of a PARTY organization proposes a change to the text, on its behalf. */
@Injectable()
export class ProposeAmendmentUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async execute(authorId: string, input: ProposeAmendmentInput): Promise<AmendmentEntity> {
    await this.access.requireVisible(authorId, input.accordId);
    return this.events.writeToAccord(input.accordId, async (write) => {
      const db = write.manager;
      await this.access.requirePartyMember(
        authorId,
        input.accordId,
        input.onBehalfOf,
        { asRepresentative: false },
        db,
      );
      const clause = await this.checkShape(write, input);
      const amendment = await db.save(
        db.create(AmendmentEntity, {
          accordId: input.accordId,
          kind: input.kind,
          status: AmendmentStatus.OPEN,
          clauseId: clause?.id ?? null,
          baseVersion: input.kind === AmendmentKind.MODIFY_CLAUSE ? input.baseVersion! : null,
          heading: input.heading?.trim() || null,
          text: input.text ?? null,
          force: input.force ?? null,
          sources: (input.sources ?? []).map((s) => s.trim()).filter(Boolean),
          position: input.position ?? null,
          rationale: input.rationale.trim(),
          authorId,
          onBehalfOf: input.onBehalfOf,
          ballotCounts: {},
        }),
      );
      const cites = { amendmentId: amendment.id };
      await recordReferences(db, input.accordId, { ...cites, field: 'TEXT' }, amendment.text);
      await recordReferences(
        db,
        input.accordId,
        { ...cites, field: 'RATIONALE' },
        amendment.rationale,
      );
      await write.append('amendment.proposed', authorId, {
        amendmentId: amendment.id,
        kind: amendment.kind,
        clauseId: amendment.clauseId,
        baseVersion: amendment.baseVersion,
        heading: amendment.heading,
        text: amendment.text,
        force: amendment.force,
        sources: amendment.sources,
        position: amendment.position,
        rationale: amendment.rationale,
        onBehalfOf: amendment.onBehalfOf,
      });
      if (
        clause &&
        amendment.baseVersion !== null &&
        amendment.baseVersion < clause.currentVersion
      ) {
        // Written against an older version: examined at once, like any amendment whose base moves.
        await reexamine(write, amendment, authorId, this.votes);
        return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
      }
      return amendment;
    });
  }

  /** Checks the fields each kind needs against the accord as it is now. */
  private async checkShape(
    write: AccordWrite,
    input: ProposeAmendmentInput,
  ): Promise<ClauseEntity | null> {
    const db = write.manager;
    const count = await new ClauseWriter(write, this.votes).activeClauseCount();
    const needsText =
      input.kind === AmendmentKind.ADD_CLAUSE || input.kind === AmendmentKind.MODIFY_CLAUSE;
    if (needsText && !input.text?.trim()) {
      throw badInput(DomainErrorCode.INVALID_INPUT, `${input.kind} needs the clause text`);
    }
    if (!needsText && (input.text != null || input.heading != null || input.force != null)) {
      throw badInput(
        DomainErrorCode.INVALID_INPUT,
        `${input.kind} takes no heading, text or force`,
      );
    }
    if (input.kind === AmendmentKind.ADD_CLAUSE) {
      if (input.clauseId)
        throw badInput(DomainErrorCode.INVALID_INPUT, 'ADD_CLAUSE takes no clauseId');
      if (!input.force)
        throw badInput(DomainErrorCode.INVALID_INPUT, 'ADD_CLAUSE needs a normative force');
      if (input.position != null && input.position > count + 1) {
        throw badInput(
          DomainErrorCode.POSITION_OUT_OF_RANGE,
          `position must be between 1 and ${count + 1}`,
        );
      }
      return null;
    }
    if (!input.clauseId)
      throw badInput(DomainErrorCode.INVALID_INPUT, `${input.kind} needs a clauseId`);
    const clause = isUuid(input.clauseId)
      ? await db.findOneBy(ClauseEntity, { id: input.clauseId })
      : null;
    if (!clause || clause.accordId !== input.accordId) {
      throw new DomainError(DomainErrorCode.CLAUSE_NOT_FOUND, 'Clause not found in this accord');
    }
    if (clause.removedAt)
      throw new DomainError(DomainErrorCode.CLAUSE_REMOVED, 'This clause has been removed');
    switch (input.kind) {
      case AmendmentKind.MODIFY_CLAUSE:
        if (input.baseVersion == null) {
          throw badInput(
            DomainErrorCode.UNKNOWN_BASE_VERSION,
            'MODIFY_CLAUSE needs the baseVersion it was written against',
          );
        }
        if (input.baseVersion > clause.currentVersion) {
          throw badInput(
            DomainErrorCode.UNKNOWN_BASE_VERSION,
            `Clause has no version ${input.baseVersion} (current is ${clause.currentVersion})`,
          );
        }
        if (input.position != null)
          throw badInput(DomainErrorCode.INVALID_INPUT, 'MODIFY_CLAUSE takes no position');
        break;
      case AmendmentKind.MOVE_CLAUSE:
        if (input.position == null || input.position > count) {
          throw badInput(
            DomainErrorCode.POSITION_OUT_OF_RANGE,
            `position must be between 1 and ${count}`,
          );
        }
        if (input.position === clause.position) {
          throw badInput(
            DomainErrorCode.POSITION_OUT_OF_RANGE,
            `The clause is already at position ${input.position}`,
          );
        }
        break;
      case AmendmentKind.REMOVE_CLAUSE:
        if (input.position != null)
          throw badInput(DomainErrorCode.INVALID_INPUT, 'REMOVE_CLAUSE takes no position');
        break;
    }
    return clause;
  }
}
