import { Injectable } from '@nestjs/common';
import type { NormativeForce, ParticipantRole, StakeholderGroup } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { recordSourceLink, sourceLinksOf } from '../drafting/citations/source-links.js';
import { ClauseWriter } from '../drafting/clause-writer.js';
import { RunningVote } from '../drafting/running-vote.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { assertFinal, optionalText } from './final-text-rules.js';

export interface StartNewVersionCommand {
  callerId: string;
  accordId: string;
  /** The new version's title; the final accord's when absent. */
  title?: string | null;
}

/**
 * "Later changes need a new version of the accord": the facilitator of a final accord opens a
 * new accord that continues it. It starts from the final text — every live article with its
 * number, heading, force, text, sources and cited norms, as `clause.versioned` events after an
 * `accord.versionOf` that names the final declaration (seq and hash) it was seeded from, each
 * followed by a `clause.sourceLinked` per source linked to a norm (as `linkSource` writes) — under
 * the same decision rule and facilitator, and with the same participants (their organizations
 * already agreed to take part; members follow their organizations, so nobody is enrolled).
 * The final accord logs `accord.newVersionStarted`. One next version per accord (CONFLICT /
 * NEXT_VERSION_EXISTS; a unique column backs it). Signatures stay with the version signed.
 */
@Injectable()
export class StartNewVersionUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async execute({ callerId, accordId, title }: StartNewVersionCommand): Promise<AccordEntity> {
    this.access.assertFacilitator(
      await this.access.requireVisibleAs(accordId, callerId),
      'start a new version of the accord',
    );
    return this.events.writeToAccord(accordId, async (previousWrite) => {
      const db = previousWrite.manager;
      const previous = await db.findOneByOrFail(AccordEntity, { id: accordId });
      assertFinal(previous);
      const taken = await db.query<unknown[]>(
        `SELECT 1 FROM accord WHERE previous_version_id = $1`,
        [accordId],
      );
      if (taken.length > 0) {
        throw new DomainError(
          DomainErrorCode.NEXT_VERSION_EXISTS,
          'A new version of this accord has already been started',
        );
      }
      const next = await db.save(
        db.create(AccordEntity, {
          title: optionalText(title) ?? previous.title,
          preamble: previous.preamble,
          rule: previous.rule,
          facilitatorId: previous.facilitatorId,
          partiesPerGroup: previous.partiesPerGroup,
          previousVersionId: previous.id,
        }),
      );
      // The new accord is unseen by anyone else until this commits: locking it second cannot
      // deadlock with another writer.
      const write = await this.events.lockAccord(db, next.id);
      await write.append('accord.created', callerId, {
        title: next.title,
        preamble: next.preamble,
        rule: next.rule,
        facilitatorId: next.facilitatorId,
      });
      await write.append('accord.versionOf', callerId, {
        previousVersionId: previous.id,
        finalSeq: previous.finalSeq!,
        finalHash: previous.finalHash!,
      });
      const participants = await db.query<
        {
          organizationId: string;
          role: ParticipantRole;
          name: string;
          group: StakeholderGroup;
          verified: boolean;
        }[]
      >(
        `WITH copied AS (
           INSERT INTO participant (accord_id, organization_id, role)
           SELECT $2, organization_id, role FROM participant WHERE accord_id = $1
           RETURNING organization_id, role)
         SELECT c.organization_id AS "organizationId", c.role, o.name,
                o.stakeholder_group AS "group", o.verified_at IS NOT NULL AS verified
         FROM copied c JOIN organization o ON o.id = c.organization_id ORDER BY o.name`,
        [previous.id, next.id],
      );
      for (const p of participants) {
        await write.append('participant.added', callerId, {
          organizationId: p.organizationId,
          organizationName: p.name,
          group: p.group,
          role: p.role,
          verified: p.verified,
        });
      }
      const articles = await db.query<
        {
          clauseId: string;
          number: string;
          heading: string | null;
          text: string;
          force: NormativeForce;
          sources: string[];
          normIds: string[];
        }[]
      >(
        `SELECT c.id AS "clauseId", c.number, v.heading, v.text, v.force, v.sources, v.norm_ids AS "normIds"
         FROM clause c JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
         WHERE c.accord_id = $1 AND c.removed_at IS NULL ORDER BY c.position`,
        [previous.id],
      );
      const links = await sourceLinksOf(write, previous.id);
      const clauses = new ClauseWriter(write, this.votes);
      for (const a of articles) {
        const clause = await clauses.addClause(
          null,
          {
            heading: a.heading,
            text: a.text,
            force: a.force,
            sources: a.sources,
            normIds: a.normIds,
          },
          { amendmentId: null, authorOrganizationId: null, actorId: callerId },
          a.number,
        );
        // Its free-text sources stay linked to the norms they mean, in the order it cites them
        // (a link kept for a source the final version no longer carries does not come along).
        for (const source of new Set(a.sources)) {
          const link = links.find((l) => l.clauseId === a.clauseId && l.source === source);
          if (link)
            await recordSourceLink(write, callerId, {
              clauseId: clause.id,
              version: 1,
              source,
              norm: link.norm,
            });
        }
      }
      await previousWrite.append('accord.newVersionStarted', callerId, {
        nextVersionId: next.id,
        title: next.title,
      });
      // The new accord's events reach sockets through the log's NOTIFY on commit (no one is in
      // its room before it exists).
      return db.findOneByOrFail(AccordEntity, { id: next.id });
    });
  }
}
