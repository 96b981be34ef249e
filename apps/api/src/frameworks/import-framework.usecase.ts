import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { FrameworkFileFormat } from '@plenary/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { sqlStateOf } from '../common/database/sql-state.js';
import { inTransaction } from '../common/database/transaction.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { FrameworkEditors } from './framework-editors.js';
import { FrameworkEntity, NormEntity } from './framework.entity.js';
import { type FrameworkDraft, FrameworkFileError, parseFrameworkFile } from './framework-file.js';
import { frameworkNotFound } from './frameworks.loaders.js';

export interface ImportFrameworkCommand {
  callerId: string;
  /** The file's content, in `format` (README, "Norm frameworks"). */
  content: string;
  format: FrameworkFileFormat;
  /**
   * A framework to replace instead of adding one: its details are overwritten and its norms
   * matched by key (a matched norm keeps its id, so what cites it still does). A norm the file
   * no longer lists is deleted, which is refused while a clause cites it.
   */
  frameworkId?: string | null;
}

/**
 * Adds a norm framework from a file, or replaces one. Frameworks belong to the platform, not to
 * an accord, so nothing goes to an accord's log; who may do it is FrameworkEditors' rule.
 */
@Injectable()
export class ImportFrameworkUseCase {
  private readonly logger = new Logger(ImportFrameworkUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly editors: FrameworkEditors,
  ) {}

  async execute(command: ImportFrameworkCommand): Promise<FrameworkEntity> {
    await this.editors.requireEditor(command.callerId);
    const draft = parseFrameworkFile(command.content, command.format);
    try {
      const framework = await inTransaction(this.dataSource, (manager) =>
        command.frameworkId
          ? this.replace(manager, command.frameworkId, draft)
          : this.create(manager, command.callerId, draft),
      );
      this.logger.log(
        `framework ${framework.shortName} ${command.frameworkId ? 'replaced' : 'imported'} (${draft.norms.length} norms)`,
      );
      return framework;
    } catch (error) {
      if (sqlStateOf(error) === '23505') throw nameTaken(draft.shortName);
      if (sqlStateOf(error) === '23503') throw normCited([]);
      throw error;
    }
  }

  private async create(
    manager: EntityManager,
    callerId: string,
    draft: FrameworkDraft,
  ): Promise<FrameworkEntity> {
    await assertNameFree(manager, draft.shortName, null);
    const framework = await manager.save(
      manager.create(FrameworkEntity, {
        id: randomUUID(),
        ...details(draft),
        createdBy: callerId,
      }),
    );
    const norms = draft.norms.map((norm, i) =>
      manager.create(NormEntity, {
        id: randomUUID(),
        frameworkId: framework.id,
        position: i + 1,
        ...normDetails(norm),
      }),
    );
    await manager.insert(NormEntity, norms);
    await linkCorrespondences(manager, draft, norms);
    return framework;
  }

  private async replace(
    manager: EntityManager,
    frameworkId: string,
    draft: FrameworkDraft,
  ): Promise<FrameworkEntity> {
    const [framework] = isUuid(frameworkId)
      ? await manager
          .getRepository(FrameworkEntity)
          .createQueryBuilder('f')
          .setLock('pessimistic_write')
          .where('f.id = :frameworkId', { frameworkId })
          .getMany()
      : [];
    if (!framework) throw frameworkNotFound();
    await assertNameFree(manager, draft.shortName, framework.id);
    const existing = await manager.find(NormEntity, { where: { frameworkId } });
    const byKey = new Map(existing.map((n) => [n.key.toLowerCase(), n]));
    const kept = new Set(draft.norms.map((n) => n.key.toLowerCase()));
    const dropped = existing.filter((n) => !kept.has(n.key.toLowerCase()));
    if (dropped.length > 0) {
      const cited = await citedAmong(
        manager,
        dropped.map((n) => n.id),
      );
      if (cited.length > 0) {
        throw normCited(dropped.filter((n) => cited.includes(n.id)).map((n) => n.key));
      }
      await manager.delete(
        NormEntity,
        dropped.map((n) => n.id),
      );
    }
    // Positions are unique per framework, checked at commit: norms may swap places.
    const norms = draft.norms.map((norm, i) =>
      manager.create(NormEntity, {
        id: byKey.get(norm.key.toLowerCase())?.id ?? randomUUID(),
        frameworkId,
        position: i + 1,
        ...normDetails(norm),
      }),
    );
    await manager.save(NormEntity, norms);
    await manager.query(
      `DELETE FROM norm_correspondence WHERE norm_id = ANY($1::uuid[]) OR other_norm_id = ANY($1::uuid[])`,
      [norms.map((n) => n.id)],
    );
    await linkCorrespondences(manager, draft, norms);
    Object.assign(framework, details(draft), { updatedAt: new Date() });
    return manager.save(framework);
  }
}

const details = (draft: FrameworkDraft) => ({
  shortName: draft.shortName,
  title: draft.title,
  publisher: draft.publisher,
  year: draft.year,
  publishedOn: draft.publishedOn,
  sourceUrl: draft.sourceUrl,
  description: draft.description,
});

const normDetails = (norm: FrameworkDraft['norms'][number]) => ({
  key: norm.key,
  title: norm.title,
  text: norm.text,
  force: norm.force,
  sourceUrl: norm.sourceUrl,
});

async function assertNameFree(manager: EntityManager, shortName: string, except: string | null) {
  const taken = await manager.query<unknown[]>(
    `SELECT 1 FROM framework WHERE lower(short_name) = lower($1) AND id IS DISTINCT FROM $2`,
    [shortName, except],
  );
  if (taken.length > 0) throw nameTaken(shortName);
}

/**
 * The ids among `normIds` that a clause version, an amendment or a linked source cites, or that
 * an incident assessment is made against.
 */
export async function citedAmong(manager: EntityManager, normIds: string[]): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT n.id FROM unnest($1::uuid[]) AS n(id)
     WHERE EXISTS (SELECT 1 FROM clause_version v WHERE v.norm_ids ? n.id::text)
        OR EXISTS (SELECT 1 FROM amendment a WHERE a.norm_ids ? n.id::text)
        OR EXISTS (SELECT 1 FROM clause_source_link l WHERE l.norm_id = n.id)
        OR EXISTS (SELECT 1 FROM incident_assessment i WHERE i.norm_id = n.id)`,
    [normIds],
  );
  return rows.map((r) => r.id);
}

/**
 * The norms' `correspondsTo` ("<short name>:<key>") resolved against the other frameworks on the
 * platform, and stored once per pair. An unknown reference says which norm named it.
 */
async function linkCorrespondences(
  manager: EntityManager,
  draft: FrameworkDraft,
  norms: NormEntity[],
): Promise<void> {
  const references = draft.norms.flatMap((norm, i) =>
    norm.correspondsTo.map((reference) => ({ index: i, reference })),
  );
  if (references.length === 0) return;
  const found = await manager.query<{ reference: string; id: string; frameworkId: string }[]>(
    `SELECT r.reference, n.id, n.framework_id AS "frameworkId"
     FROM unnest($1::text[]) AS r(reference)
     JOIN framework f ON lower(f.short_name) = lower(split_part(r.reference, ':', 1))
     JOIN norm n ON n.framework_id = f.id
       AND lower(n.key) = lower(trim(substr(r.reference, length(split_part(r.reference, ':', 1)) + 2)))`,
    [references.map((r) => r.reference)],
  );
  const idOf = new Map(found.map((f) => [f.reference, f]));
  const pairs: [string, string][] = [];
  for (const { index, reference } of references) {
    const other = idOf.get(reference);
    const own = norms[index]!;
    if (!other || other.frameworkId === own.frameworkId) {
      throw new FrameworkFileError(
        `norms[${index}].correspondsTo`,
        other
          ? `“${reference}” is a norm of this same framework`
          : `no norm “${reference}” on the platform (import that framework first)`,
        { field: 'correspondsTo' },
      );
    }
    pairs.push(own.id < other.id ? [own.id, other.id] : [other.id, own.id]);
  }
  await manager.query(
    `INSERT INTO norm_correspondence (norm_id, other_norm_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
}

const nameTaken = (shortName: string) =>
  new DomainError(
    DomainErrorCode.FRAMEWORK_NAME_TAKEN,
    `A norm framework is already cited as “${shortName}”`,
  );

const normCited = (keys: string[]) =>
  new DomainError(
    DomainErrorCode.NORM_CITED,
    keys.length > 0
      ? `Clauses or incident assessments cite ${keys.map((k) => `“${k}”`).join(', ')}: a cited norm cannot be removed from its framework`
      : 'A cited norm cannot be removed from its framework',
    keys.length > 0 ? { keys } : undefined,
  );
