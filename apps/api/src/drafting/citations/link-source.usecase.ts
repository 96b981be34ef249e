import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../../accord-log/accord-access.service.js';
import { EventLogService } from '../../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { FrameworkEntity } from '../../frameworks/framework.entity.js';
import { requireNorms } from '../../frameworks/norm-references.js';
import { ClauseVersionEntity } from '../clause-version.entity.js';
import { ClauseEntity } from '../clause.entity.js';
import { DraftingLookupService } from '../drafting-lookup.service.js';
import { ClauseSourceLinkEntity } from './clause-source-link.entity.js';
import { recordSourceLink } from './source-links.js';

export interface LinkSourceCommand {
  callerId: string;
  clauseId: string;
  /** A free-text source of the clause's current version, exactly as it stands there. */
  source: string;
  /** The norm it refers to; null removes the link. */
  normId: string | null;
}

/**
 * Links a free-text source of a clause ("UN GGE 2015 norm 13(c)") to the norm it means, so the
 * clause counts as covering that norm in comparisons; or removes the link. The text is not
 * changed (no amendment): the facilitator, or a member of the party organization whose amendment
 * wrote the clause's current version, records what the source already says, as a
 * `clause.sourceLinked` event in the accord's log.
 */
@Injectable()
export class LinkSourceUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    clauseId,
    source,
    normId,
  }: LinkSourceCommand): Promise<ClauseVersionEntity> {
    const { accordId } = await this.lookup.clauseFor(callerId, clauseId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const standing = await this.access.requireVisibleAs(accordId, callerId, { manager: db });
      const clause = await db.findOneByOrFail(ClauseEntity, { id: clauseId });
      if (clause.removedAt)
        throw new DomainError(DomainErrorCode.CLAUSE_REMOVED, 'This clause has been removed');
      const current = await db.findOneByOrFail(ClauseVersionEntity, {
        clauseId,
        version: clause.currentVersion,
      });
      if (!standing.isFacilitator) {
        if (!current.authorOrganizationId) {
          throw new DomainError(
            DomainErrorCode.NOT_THE_AUTHOR,
            'Only the facilitator or the organization that drafted this clause can link its sources',
          );
        }
        await this.access.requirePartyMember(callerId, current.authorOrganizationId, accordId, db);
      }
      if (!current.sources.includes(source)) {
        throw new DomainError(
          DomainErrorCode.INVALID_INPUT,
          `“${source}” is not a source of the clause as it stands (version ${current.version})`,
        );
      }
      const existing = await db.findOneBy(ClauseSourceLinkEntity, { clauseId, source });
      if ((existing?.normId ?? null) === normId) return current; // nothing changes: no event
      if (normId === null) {
        await db.delete(ClauseSourceLinkEntity, { clauseId, source });
        await write.append('clause.sourceLinked', callerId, {
          clauseId,
          version: current.version,
          source,
          norm: null,
        });
        return current;
      }
      const [norm] = await requireNorms(db, [normId]);
      const framework = await db.findOneByOrFail(FrameworkEntity, { id: norm!.frameworkId });
      await recordSourceLink(write, callerId, {
        clauseId,
        version: current.version,
        source,
        norm: {
          normId: norm!.id,
          frameworkId: framework.id,
          frameworkShortName: framework.shortName,
          key: norm!.key,
        },
      });
      return current;
    });
  }
}
