import { ResolveField, Resolver } from '@nestjs/graphql';
import { AmendmentKind, AmendmentStatus } from '@plenary/contracts';
import { diffWords } from '@plenary/text-history';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { changeOf } from './amendment-change.js';
import { DraftingLoaderSource } from './drafting.loaders.js';
import { mergedContent, mergeModification } from './examine-amendment.js';
import { toClauseVersionModel } from './models/drafting.mappers.js';
import {
  AmendmentModel,
  ClauseVersionModel,
  DiffPartModel,
  ProjectedClauseVersionModel,
} from './models/drafting.models.js';
import { referenced } from '../common/graphql/loaders.js';

/** What an amendment would do to the text now, and what it did once adopted. */
@Resolver(() => AmendmentModel)
export class AmendmentApplicationResolver {
  constructor(private readonly draftingLoaders: DraftingLoaderSource) {}

  @ResolveField(() => Boolean, {
    description:
      'MODIFY: the clause changed after the version this amendment was written against (for a decided one: before it was decided)',
  })
  async baseMoved(amendment: AmendmentModel, _args: NoArgs, ctx: GraphqlContext): Promise<boolean> {
    const change = changeOf(amendment);
    if (change.kind !== AmendmentKind.MODIFY_CLAUSE) return false;
    const loaders = this.draftingLoaders.of(ctx);
    switch (amendment.status) {
      case AmendmentStatus.ADOPTED: {
        const made = await loaders.versionMadeBy(amendment.id);
        return made !== null && made.version - 1 !== amendment.baseVersion;
      }
      case AmendmentStatus.REJECTED:
      case AmendmentStatus.WITHDRAWN:
        return amendment.merged !== null;
      case AmendmentStatus.OPEN:
      case AmendmentStatus.VOTING:
      case AmendmentStatus.CONFLICT: {
        const clause = await loaders.clause(change.clauseId);
        return clause!.removedAt !== null || clause!.currentVersion !== amendment.baseVersion;
      }
    }
  }

  @ResolveField(() => ProjectedClauseVersionModel, {
    nullable: true,
    description:
      'OPEN or VOTING MODIFY: the clause as it would read if adopted now (what a close applies); null otherwise, and in CONFLICT',
  })
  async asItWouldApply(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ProjectedClauseVersionModel | null> {
    const undecided =
      amendment.status === AmendmentStatus.OPEN || amendment.status === AmendmentStatus.VOTING;
    const change = changeOf(amendment);
    if (change.kind !== AmendmentKind.MODIFY_CLAUSE || !undecided) return null;
    const loaders = this.draftingLoaders.of(ctx);
    const clause = await loaders.clause(change.clauseId);
    if (!clause || clause.removedAt) return null;
    const current = referenced(
      await loaders.version(clause.id, clause.currentVersion),
      `version ${clause.currentVersion} of clause ${clause.id}`,
    );
    let content;
    if (amendment.merged?.onto === current.version) {
      content = mergedContent(amendment.merged);
    } else {
      // Not re-examined since its base moved (older data): merged here the same way.
      const base = referenced(
        await loaders.version(clause.id, change.baseVersion),
        `version ${change.baseVersion} of clause ${clause.id}`,
      );
      const merged = mergeModification(base, current, change);
      if (!merged.ok) return null;
      content = merged.content;
    }
    return Object.assign(new ProjectedClauseVersionModel(), {
      ontoVersion: current.version,
      ...content,
      changes: diffWords(current.text, content.text),
    });
  }

  @ResolveField(() => ClauseVersionModel, {
    nullable: true,
    description: 'ADOPTED ADD or MODIFY: the clause version it made (what it applied)',
  })
  async applied(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ClauseVersionModel | null> {
    if (amendment.status !== AmendmentStatus.ADOPTED) return null;
    const made = await this.draftingLoaders.of(ctx).versionMadeBy(amendment.id);
    return made ? toClauseVersionModel(made) : null;
  }

  @ResolveField(() => [DiffPartModel], {
    nullable: true,
    description:
      'ADOPTED: word diff from the text proposed to the text applied, when they differ (it was merged onto a newer version than its base); null when it applied its text as proposed',
  })
  async appliedDifference(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<DiffPartModel[] | null> {
    if (amendment.status !== AmendmentStatus.ADOPTED || amendment.text === null) return null;
    const made = await this.draftingLoaders.of(ctx).versionMadeBy(amendment.id);
    if (!made || made.text === amendment.text) return null;
    return diffWords(amendment.text, made.text);
  }
}
