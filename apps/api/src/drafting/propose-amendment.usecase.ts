import { Injectable } from '@nestjs/common';
import { AmendmentKind, AmendmentStatus, proposalWindowAt } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { requireNorms } from '../frameworks/norm-references.js';
import type { AmendmentChange } from './amendment-change.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseWriter } from './clause-writer.js';
import { ClauseEntity } from './clause.entity.js';
import { newArticleIn } from './new-article-number.js';
import { recordReferences } from './cross-references.js';
import type { ProposeAmendmentInput } from './dto/drafting.args.js';
import { reexamine } from './reexamine-amendments.js';
import { RunningVote } from './running-vote.js';

const badInput = (code: DomainErrorCode, message: string) => new DomainError(code, message);

export interface ProposeAmendmentCommand {
  callerId: string;
  input: ProposeAmendmentInput;
}

/**
 * Refuses a proposal outside the facilitator's window, as read with the accord's lock: a window
 * closing at the same moment is either before or after this proposal, never beside it.
 */
function assertProposalsOpen(write: AccordWrite): void {
  const moment = proposalWindowAt(write.proposalWindow, new Date());
  if (moment.state === 'NOT_YET_OPEN') {
    throw new DomainError(
      DomainErrorCode.PROPOSALS_NOT_OPEN_YET,
      `Amendments to this accord may be proposed from ${moment.opensAt.toISOString()}`,
    );
  }
  if (moment.state === 'CLOSED') {
    throw new DomainError(
      DomainErrorCode.PROPOSALS_CLOSED,
      `Amendments to this accord could be proposed until ${moment.closedAt.toISOString()}`,
    );
  }
}

/** A member of a PARTY organization proposes a change to the text, on its behalf. */
@Injectable()
export class ProposeAmendmentUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async execute({ callerId: authorId, input }: ProposeAmendmentCommand): Promise<AmendmentEntity> {
    await this.access.requireVisibleAs(input.accordId, authorId);
    return this.events.writeToAccord(
      input.accordId,
      async (write) => {
        const db = write.manager;
        await this.access.requirePartyMember(authorId, input.onBehalfOf, input.accordId, db);
        assertProposalsOpen(write);
        const normIds = (await requireNorms(db, input.normIds ?? [])).map((n) => n.id);
        const { change, clause } = await this.proposedChange(write, input, normIds);
        const amendment = await db.save(
          db.create(AmendmentEntity, {
            accordId: input.accordId,
            status: AmendmentStatus.OPEN,
            ...columnsOf(change),
            // Any kind may cite its sources (a removal too).
            sources: cleanSources(input),
            normIds,
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
          normIds: amendment.normIds,
          position: amendment.position,
          rationale: amendment.rationale,
          onBehalfOf: amendment.onBehalfOf,
          // What the server would answer for `newArticle` now: clients need not ask for it.
          newArticle:
            amendment.kind === AmendmentKind.ADD_CLAUSE
              ? newArticleIn(
                  await new ClauseWriter(write, this.votes).heldNumbers(),
                  amendment.position,
                )
              : null,
        });
        if (
          clause &&
          change.kind === AmendmentKind.MODIFY_CLAUSE &&
          change.baseVersion < clause.currentVersion
        ) {
          // Written against an older version: examined at once, like any amendment whose base moves.
          await reexamine(write, amendment, authorId, this.votes);
          return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
        }
        return amendment;
      },
      { changesTextAs: authorId },
    );
  }

  /**
   * The change the input asks for, its fields checked against its kind and the accord as it is
   * now, with the clause it is about (none for ADD_CLAUSE).
   */
  private async proposedChange(
    write: AccordWrite,
    input: ProposeAmendmentInput,
    normIds: string[],
  ): Promise<{ change: AmendmentChange; clause: ClauseEntity | null }> {
    const db = write.manager;
    const count = await new ClauseWriter(write, this.votes).activeClauseCount();
    const proposed = {
      heading: input.heading?.trim() || null,
      force: input.force ?? null,
      sources: cleanSources(input),
      normIds,
    };
    const needsText =
      input.kind === AmendmentKind.ADD_CLAUSE || input.kind === AmendmentKind.MODIFY_CLAUSE;
    const text = input.text?.trim() ? input.text : null;
    if (needsText && text === null) {
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
      if (text === null)
        throw badInput(DomainErrorCode.INVALID_INPUT, 'ADD_CLAUSE needs the clause text');
      return {
        change: { kind: input.kind, position: input.position ?? null, ...proposed, text },
        clause: null,
      };
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
        if (text === null)
          throw badInput(DomainErrorCode.INVALID_INPUT, 'MODIFY_CLAUSE needs the clause text');
        return {
          change: {
            kind: input.kind,
            clauseId: clause.id,
            baseVersion: input.baseVersion,
            ...proposed,
            text,
          },
          clause,
        };
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
        return {
          change: { kind: input.kind, clauseId: clause.id, position: input.position },
          clause,
        };
      case AmendmentKind.REMOVE_CLAUSE:
        if (input.position != null)
          throw badInput(DomainErrorCode.INVALID_INPUT, 'REMOVE_CLAUSE takes no position');
        return { change: { kind: input.kind, clauseId: clause.id }, clause };
    }
  }
}

/** The columns of the amendment row that hold its change; the others are null. */
function columnsOf(change: AmendmentChange) {
  const none = { clauseId: null, baseVersion: null, position: null };
  const noText = { heading: null, text: null, force: null };
  switch (change.kind) {
    case AmendmentKind.ADD_CLAUSE:
      return { ...none, ...change };
    case AmendmentKind.MODIFY_CLAUSE:
      return { ...none, ...change };
    case AmendmentKind.REMOVE_CLAUSE:
      return { ...none, ...noText, ...change };
    case AmendmentKind.MOVE_CLAUSE:
      return { ...none, ...noText, ...change };
  }
}

const cleanSources = (input: ProposeAmendmentInput): string[] =>
  (input.sources ?? []).map((s) => s.trim()).filter(Boolean);
