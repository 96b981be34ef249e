import type { GraphQLResolveInfo } from 'graphql';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { AmendmentKind, AmendmentStatus } from '@plenary/contracts';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { toOrganizationModel, toUserModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel, UserModel } from '../identity/models/identity.models.js';
import { ReferenceLoaderSource } from './cross-references.js';
import { onlyIdentity, selectedFields } from '../common/graphql/selected-fields.js';
import { DraftingLoaderSource } from './drafting.loaders.js';
import {
  clauseIdentified,
  toClauseModel,
  toClauseReferenceModels,
} from './models/drafting.mappers.js';
import {
  AmendmentModel,
  ClauseModel,
  ClauseReferenceModel,
  NewArticleModel,
} from './models/drafting.models.js';
import { newArticleIn } from './new-article-number.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { referenced } from '../common/graphql/loaders.js';

const UNDECIDED = new Set([AmendmentStatus.OPEN, AmendmentStatus.VOTING, AmendmentStatus.CONFLICT]);

@Resolver(() => AmendmentModel)
export class AmendmentResolver {
  constructor(
    private readonly draftingLoaders: DraftingLoaderSource,
    private readonly referenceLoaders: ReferenceLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @ResolveField(() => ClauseModel, {
    nullable: true,
    description: 'The clause changed (MODIFY/REMOVE/MOVE)',
  })
  clause(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
    info: GraphQLResolveInfo,
  ): ClauseModel | null | Promise<ClauseModel | null> {
    if (!amendment.clauseId) return null;
    // Asked only which clause (a list of amendments by clause): the foreign key says it exists,
    // in the amendment's accord; nothing to read, no promise per amendment.
    if (onlyIdentity(selectedFields(info))) return clauseIdentified(amendment.clauseId);
    return this.draftingLoaders
      .of(ctx)
      .clause(amendment.clauseId)
      .then((clause) => (clause ? toClauseModel(clause) : null));
  }

  @ResolveField(() => NewArticleModel, {
    nullable: true,
    description:
      'ADD_CLAUSE, until decided: the number its article would take if adopted now, and the one it would follow',
  })
  async newArticle(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<NewArticleModel | null> {
    if (amendment.kind !== AmendmentKind.ADD_CLAUSE || !UNDECIDED.has(amendment.status))
      return null;
    return newArticleIn(
      await this.draftingLoaders.of(ctx).heldNumbersOfAccord(amendment.accordId),
      amendment.position,
    );
  }

  @ResolveField(() => [ClauseReferenceModel], {
    description: 'The articles its text and rationale cite, each with its number now',
  })
  async references(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ClauseReferenceModel[]> {
    const references = await this.referenceLoaders.of(ctx).ofAmendment(amendment.id);
    return toClauseReferenceModels(references, {
      TEXT: amendment.text,
      RATIONALE: amendment.rationale,
    });
  }

  @ResolveField(() => UserModel)
  async author(amendment: AmendmentModel, _args: NoArgs, ctx: GraphqlContext): Promise<UserModel> {
    return toUserModel(
      referenced(
        await this.identityLoaders.of(ctx).userById.load(amendment.authorId),
        `user ${amendment.authorId}`,
      ),
      {
        kind: 'accord',
        accordId: amendment.accordId,
      },
    );
  }

  @ResolveField(() => OrganizationModel)
  async onBehalfOf(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(amendment.onBehalfOfId),
        `organization ${amendment.onBehalfOfId}`,
      ),
    );
  }
}

@Resolver(() => ClauseReferenceModel)
export class ClauseReferenceResolver {
  constructor(private readonly draftingLoaders: DraftingLoaderSource) {}

  @ResolveField(() => String)
  async number(
    reference: ClauseReferenceModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<string> {
    return referenced(
      await this.draftingLoaders.of(ctx).clause(reference.clauseId),
      `clause ${reference.clauseId}`,
    ).number;
  }

  @ResolveField(() => Boolean)
  async removed(
    reference: ClauseReferenceModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const clause = await this.draftingLoaders.of(ctx).clause(reference.clauseId);
    return clause!.removedAt !== null;
  }
}
