import { type ClausesRenumberedPayload, type NormativeForce } from '@plenary/contracts';
import {
  advanceAttribution,
  renumbering,
  sameVersion,
  startAttribution,
  type AttributedSpan,
  type Renumbered,
} from '@plenary/text-history';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { firstRow } from '../common/database/first-row.js';
import { ClauseVersionEntity, type StoredSpan } from './clause-version.entity.js';
import { ClauseEntity, type PlacedClause } from './clause.entity.js';
import { newArticleAt, placeOfNewClause, type HeldNumber } from './new-article-number.js';
import { reexamineAmendmentsOn } from './reexamine-amendments.js';
import type { RunningVote } from './running-vote.js';

export interface VersionContent {
  heading: string | null;
  text: string;
  force: NormativeForce;
  sources: string[];
  /** Norms cited, by id (the caller checked they exist and holds them FOR KEY SHARE). */
  normIds: string[];
}

export interface Provenance {
  amendmentId: string | null;
  authorOrganizationId: string | null;
  actorId: string | null;
}

type VersionMeta = { version: number };

const toSpans = (stored: StoredSpan[]): AttributedSpan<VersionMeta>[] =>
  stored.map((s) => ({ text: s.t, meta: { version: s.v } }));
const fromSpans = (spans: AttributedSpan<VersionMeta>[]): StoredSpan[] =>
  spans.map((s) => ({ t: s.text, v: s.meta.version }));

// UPDATE … RETURNING goes through a CTE: TypeORM's query() gives [rows, count] for a bare UPDATE.

/**
 * Changes the text of an accord inside a locked AccordWrite: every change appends its event
 * first, then records versions and placements under that event's seq (so the accord can be
 * read as it stood at any seq without replaying the log). A clause that gets a new version or is
 * removed has its pending amendments re-examined at once.
 */
export class ClauseWriter {
  constructor(
    private readonly write: AccordWrite,
    private readonly votes: RunningVote,
  ) {}

  private get db() {
    return this.write.manager;
  }

  async activeClauseCount(): Promise<number> {
    const rows = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM clause WHERE accord_id = $1 AND removed_at IS NULL`,
      [this.write.accordId],
    );
    return firstRow(rows, 'count(*)').n;
  }

  /**
   * `keepNumber`: the number the article already bears elsewhere (a new version of a final
   * accord keeps its articles' numbers); otherwise the rule of new article numbers gives it one.
   */
  async addClause(
    position: number | null,
    content: VersionContent,
    by: Provenance,
    keepNumber?: string,
  ): Promise<ClauseEntity> {
    const count = await this.activeClauseCount();
    const at = placeOfNewClause(position, count);
    const number = keepNumber ?? newArticleAt(at, await this.heldNumbers()).number;
    const shifted = await this.db.query<{ id: string }[]>(
      `WITH shifted AS (UPDATE clause SET position = position + 1 WHERE accord_id = $1 AND position >= $2 RETURNING id)
       SELECT id FROM shifted`,
      [this.write.accordId, at],
    );
    const clause = await this.db.save(
      this.db.create(ClauseEntity, {
        accordId: this.write.accordId,
        position: at,
        number,
        holdsNumber: true,
        currentVersion: 1,
        removedAt: null,
      }),
    );
    const event = await this.write.append('clause.versioned', by.actorId, {
      clauseId: clause.id,
      version: 1,
      position: at,
      number,
      created: true,
      ...content,
      amendmentId: by.amendmentId,
      authorOrganizationId: by.authorOrganizationId,
    });
    await this.insertVersion(
      clause.id,
      1,
      content,
      by,
      event.seq,
      fromSpans(startAttribution(content.text, { version: 1 })),
    );
    await this.replacePlacements([clause.id, ...shifted.map((r) => r.id)], event.seq);
    return clause;
  }

  async addVersion(clause: ClauseEntity, content: VersionContent, by: Provenance): Promise<number> {
    const previous = await this.db.findOneByOrFail(ClauseVersionEntity, {
      clauseId: clause.id,
      version: clause.currentVersion,
    });
    const version = clause.currentVersion + 1;
    const event = await this.write.append('clause.versioned', by.actorId, {
      clauseId: clause.id,
      version,
      position: clause.position,
      created: false,
      ...content,
      amendmentId: by.amendmentId,
      authorOrganizationId: by.authorOrganizationId,
    });
    const spans = advanceAttribution(
      toSpans(previous.attribution),
      content.text,
      { version },
      { sameMeta: sameVersion },
    );
    await this.insertVersion(clause.id, version, content, by, event.seq, fromSpans(spans));
    await this.db.update(ClauseEntity, { id: clause.id }, { currentVersion: version });
    await reexamineAmendmentsOn(this.write, clause.id, by, this.votes);
    return version;
  }

  async removeClause(clause: PlacedClause, by: Provenance): Promise<void> {
    const from = clause.position;
    await this.db.update(
      ClauseEntity,
      { id: clause.id },
      { position: null, removedAt: new Date() },
    );
    const shifted = await this.db.query<{ id: string }[]>(
      `WITH shifted AS (UPDATE clause SET position = position - 1 WHERE accord_id = $1 AND position > $2 RETURNING id)
       SELECT id FROM shifted`,
      [this.write.accordId, from],
    );
    const event = await this.write.append('clause.removed', by.actorId, {
      clauseId: clause.id,
      previousPosition: from,
      number: clause.number,
      amendmentId: by.amendmentId,
      authorOrganizationId: by.authorOrganizationId,
    });
    await this.closePlacements([clause.id], event.seq);
    await this.replacePlacements(
      shifted.map((r) => r.id),
      event.seq,
    );
    await reexamineAmendmentsOn(this.write, clause.id, by, this.votes);
  }

  async moveClause(clause: PlacedClause, position: number, by: Provenance): Promise<void> {
    const from = clause.position;
    const to = Math.min(Math.max(position, 1), await this.activeClauseCount());
    const shifted =
      to === from
        ? []
        : await this.db.query<{ id: string }[]>(
            from < to
              ? `WITH shifted AS (UPDATE clause SET position = position - 1 WHERE accord_id = $1 AND position > $2 AND position <= $3 RETURNING id)
               SELECT id FROM shifted`
              : `WITH shifted AS (UPDATE clause SET position = position + 1 WHERE accord_id = $1 AND position >= $3 AND position < $2 RETURNING id)
               SELECT id FROM shifted`,
            [this.write.accordId, from, to],
          );
    await this.db.update(ClauseEntity, { id: clause.id }, { position: to });
    const event = await this.write.append('clause.moved', by.actorId, {
      clauseId: clause.id,
      from,
      to,
      number: clause.number,
      amendmentId: by.amendmentId,
      authorOrganizationId: by.authorOrganizationId,
    });
    await this.replacePlacements([clause.id, ...shifted.map((r) => r.id)], event.seq);
  }

  /** Numbers taken: live clauses, and removed ones until the next renumbering. */
  heldNumbers(): Promise<HeldNumber[]> {
    return this.db.query<HeldNumber[]>(
      `SELECT number, position FROM clause WHERE accord_id = $1 AND holds_number`,
      [this.write.accordId],
    );
  }

  /**
   * The facilitator's act: the live text numbered 1, 2, 3 … in its order, as one event, and
   * the numbers of removed clauses freed. Null when no number would change (nothing is done).
   */
  async renumber(actorId: string): Promise<{ seq: number; changes: Renumbered<string>[] } | null> {
    const live = await this.db.query<{ id: string; number: string }[]>(
      `SELECT id, number FROM clause WHERE accord_id = $1 AND removed_at IS NULL ORDER BY position`,
      [this.write.accordId],
    );
    const changes = renumbering(live);
    if (changes.length === 0) return null;
    await this.db.query(
      `UPDATE clause c SET number = r.number FROM unnest($1::uuid[], $2::text[]) AS r(id, number)
       WHERE c.id = r.id`,
      [changes.map((c) => c.id), changes.map((c) => c.to)],
    );
    await this.db.query(
      `UPDATE clause SET holds_number = false WHERE accord_id = $1 AND removed_at IS NOT NULL AND holds_number`,
      [this.write.accordId],
    );
    const payload: ClausesRenumberedPayload = {
      changes: changes.map(({ id, from, to }) => ({ clauseId: id, from, to })),
    };
    const event = await this.write.append('clauses.renumbered', actorId, payload);
    await this.replacePlacements(
      changes.map((c) => c.id),
      event.seq,
    );
    return { seq: event.seq, changes };
  }

  private async insertVersion(
    clauseId: string,
    version: number,
    content: VersionContent,
    by: Provenance,
    seq: number,
    attribution: StoredSpan[],
  ): Promise<void> {
    await this.db.insert(ClauseVersionEntity, {
      clauseId,
      version,
      heading: content.heading,
      text: content.text,
      force: content.force,
      sources: content.sources,
      normIds: content.normIds,
      amendmentId: by.amendmentId,
      authorOrganizationId: by.authorOrganizationId,
      createdSeq: seq,
      attribution,
    });
  }

  private async closePlacements(clauseIds: string[], seq: number): Promise<void> {
    if (clauseIds.length === 0) return;
    await this.db.query(
      `UPDATE clause_placement SET to_seq = $2 WHERE clause_id = ANY($1) AND to_seq IS NULL`,
      [clauseIds, seq],
    );
  }

  /** Closes the clauses' current placements and opens new ones at their positions and numbers now. */
  private async replacePlacements(clauseIds: string[], seq: number): Promise<void> {
    if (clauseIds.length === 0) return;
    await this.closePlacements(clauseIds, seq);
    await this.db.query(
      `INSERT INTO clause_placement (clause_id, accord_id, position, number, from_seq)
       SELECT id, accord_id, position, number, $2 FROM clause WHERE id = ANY($1) AND position IS NOT NULL`,
      [clauseIds, seq],
    );
  }
}
