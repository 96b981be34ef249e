import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { StakeholderGroup } from '@plenary/contracts';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import { AccordLoaderSource } from '../accords/accords.loaders.js';
import { toAccordModel } from '../accords/models/accord.mappers.js';
import { AccordModel } from '../accords/models/accord.models.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { DeclareFinalUseCase } from './declare-final.usecase.js';
import {
  AccordIdArgs,
  FileImplementationReportArgs,
  SignAccordArgs,
  StartNewVersionArgs,
  WithdrawSignatureArgs,
} from './dto/signatories.args.js';
import { FileImplementationReportUseCase } from './file-implementation-report.usecase.js';
import {
  AccordVersionLinkModel,
  FinalDeclarationModel,
  ImplementationReportModel,
  PublicPageModel,
  SignatoryCountModel,
  SignatureModel,
  toFinalDeclarationModel,
  toImplementationReportModel,
  toSignatureModel,
} from './models/signatories.models.js';
import { PublishAccordUseCase } from './publish-accord.usecase.js';
import { SignAccordUseCase } from './sign-accord.usecase.js';
import { signatoryCounts } from './signatory-counts.js';
import { SignatoryLoaderSource } from './signatories.loaders.js';
import { StartNewVersionUseCase } from './start-new-version.usecase.js';
import { UnpublishAccordUseCase } from './unpublish-accord.usecase.js';
import { WithdrawSignatureUseCase } from './withdraw-signature.usecase.js';

/** The final text of an accord, its versions, signatures, reports and public page. */
@Resolver(() => AccordModel)
export class AccordSignatoriesResolver {
  constructor(
    private readonly declareFinalUseCase: DeclareFinalUseCase,
    private readonly startNewVersionUseCase: StartNewVersionUseCase,
    private readonly signAccordUseCase: SignAccordUseCase,
    private readonly withdrawSignatureUseCase: WithdrawSignatureUseCase,
    private readonly fileImplementationReportUseCase: FileImplementationReportUseCase,
    private readonly publishAccordUseCase: PublishAccordUseCase,
    private readonly unpublishAccordUseCase: UnpublishAccordUseCase,
    private readonly signatoryLoaders: SignatoryLoaderSource,
    private readonly accordLoaders: AccordLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
    private readonly viewerLoaders: ViewerLoaderSource,
  ) {}

  @Mutation(() => AccordModel, {
    description:
      'Facilitator; freezes the text (no amendment, vote or co-sponsoring afterwards). Refused while a vote runs (VOTES_STILL_RUNNING); open amendments lapse',
  })
  async declareFinal(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId }: AccordIdArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.declareFinalUseCase.execute({ callerId: caller.userId, accordId }),
    );
  }

  @Mutation(() => AccordModel, {
    description:
      'Facilitator of a final accord; a new accord seeded with its final text (numbers kept) and participants',
  })
  async startNewVersion(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId, title }: StartNewVersionArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.startNewVersionUseCase.execute({ callerId: caller.userId, accordId, title }),
    );
  }

  @Mutation(() => SignatureModel, {
    description: 'A representative of a party signs the final text for it (once per organization)',
  })
  async signAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: SignAccordArgs,
  ): Promise<SignatureModel> {
    return toSignatureModel(
      await this.signAccordUseCase.execute({ callerId: caller.userId, ...input }),
    );
  }

  @Mutation(() => SignatureModel, {
    description: 'A representative withdraws his organization’s signature (kept on record)',
  })
  async withdrawSignature(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: WithdrawSignatureArgs,
  ): Promise<SignatureModel> {
    return toSignatureModel(
      await this.withdrawSignatureUseCase.execute({ callerId: caller.userId, ...args }),
    );
  }

  @Mutation(() => ImplementationReportModel, {
    description: 'A representative of a signatory reports on one article',
  })
  async fileImplementationReport(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: FileImplementationReportArgs,
  ): Promise<ImplementationReportModel> {
    return toImplementationReportModel(
      await this.fileImplementationReportUseCase.execute({ callerId: caller.userId, ...input }),
    );
  }

  @Mutation(() => AccordModel, {
    description: 'Facilitator of a final accord; opens its public page (no sign-in needed to read)',
  })
  async publishAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId }: AccordIdArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.publishAccordUseCase.execute({ callerId: caller.userId, accordId }),
    );
  }

  @Mutation(() => AccordModel, { description: 'Facilitator; withdraws the public page' })
  async unpublishAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId }: AccordIdArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.unpublishAccordUseCase.execute({ callerId: caller.userId, accordId }),
    );
  }

  @ResolveField(() => FinalDeclarationModel, {
    nullable: true,
    description: 'Null until the facilitator declares the text final',
  })
  finalDeclaration(accord: AccordModel): FinalDeclarationModel | null {
    return toFinalDeclarationModel(accord);
  }

  @ResolveField(() => AccordVersionLinkModel, {
    nullable: true,
    description: 'The final accord this one is a new version of',
  })
  async previousVersion(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<AccordVersionLinkModel | null> {
    if (!accord.previousVersionId) return null;
    const previous = await this.accordLoaders.of(ctx).accordById.load(accord.previousVersionId);
    return previous && toVersionLink(previous);
  }

  @ResolveField(() => AccordVersionLinkModel, {
    nullable: true,
    description: 'The new version started from this final accord',
  })
  async nextVersion(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<AccordVersionLinkModel | null> {
    if (accord.finalSeq === null) return null;
    const next = await this.signatoryLoaders.of(ctx).nextVersionOf.load(accord.id);
    return next && toVersionLink(next);
  }

  @ResolveField(() => [SignatureModel], {
    description: 'Every signature in the order signed, withdrawn ones included (withdrawnAt)',
  })
  async signatures(accord: AccordModel, _args: NoArgs, ctx: GraphqlContext) {
    if (accord.finalSeq === null) return [];
    const rows = await this.signatoryLoaders.of(ctx).signaturesByAccord.load(accord.id);
    return rows.map(toSignatureModel);
  }

  @ResolveField(() => [SignatoryCountModel], {
    description:
      'Signatories over time: standing signatures per stakeholder group at the end of each day a signature was added or withdrawn',
  })
  async signatoryCounts(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<SignatoryCountModel[]> {
    if (accord.finalSeq === null) return [];
    const loaders = this.signatoryLoaders.of(ctx);
    const signatures = await loaders.signaturesByAccord.load(accord.id);
    const organizations = await this.identityLoaders
      .of(ctx)
      .organizationById.loadMany(signatures.map((s) => s.organizationId));
    return signatoryCounts(
      signatures.map((s, i) => ({
        group: referenced(organizationOf(organizations[i]), 'organization').group,
        signedAt: s.signedAt,
        withdrawnAt: s.withdrawnAt,
      })),
      Object.values(StakeholderGroup),
    );
  }

  @ResolveField(() => [ImplementationReportModel], {
    description:
      'The adherence table’s cells: the latest report of each signatory (withdrawn ones included) on each article',
  })
  async implementationReports(accord: AccordModel, _args: NoArgs, ctx: GraphqlContext) {
    if (accord.finalSeq === null) return [];
    const rows = await this.signatoryLoaders.of(ctx).latestReportsByAccord.load(accord.id);
    return rows.map(toImplementationReportModel);
  }

  @ResolveField(() => PublicPageModel, {
    nullable: true,
    description: 'Its public page while published (facilitator’s opt-in)',
  })
  publicPage(accord: AccordModel): PublicPageModel | null {
    if (!accord.publishedAt || !accord.publicSlug) return null;
    return Object.assign(new PublicPageModel(), {
      slug: accord.publicSlug,
      path: `/public/accords/${accord.publicSlug}`,
      jsonPath: `/public/accords/${accord.publicSlug}.json`,
      publishedAt: accord.publishedAt,
    });
  }

  @ResolveField(() => [OrganizationModel], {
    description:
      'The parties the caller may sign for now (he represents them; final text; not signed yet)',
  })
  async viewerSigningOrganizations(accord: AccordModel, _args: NoArgs, ctx: GraphqlContext) {
    if (accord.finalSeq === null) return [];
    const standing = await this.viewerLoaders.of(ctx).standingIn(accord.id);
    if (!standing) return [];
    const signed = new Set(await this.standingSignatories(accord.id, ctx));
    return this.organizations(
      ctx,
      standing.votingOrganizationIds.filter((id) => !signed.has(id)),
    );
  }

  @ResolveField(() => [OrganizationModel], {
    description:
      'The signatories the caller represents: he may report on their implementation or withdraw their signature',
  })
  async viewerSignatoryOrganizations(accord: AccordModel, _args: NoArgs, ctx: GraphqlContext) {
    if (accord.finalSeq === null) return [];
    const standing = await this.viewerLoaders.of(ctx).standingIn(accord.id);
    if (!standing) return [];
    const signed = new Set(await this.standingSignatories(accord.id, ctx));
    return this.organizations(
      ctx,
      standing.votingOrganizationIds.filter((id) => signed.has(id)),
    );
  }

  private async standingSignatories(accordId: string, ctx: GraphqlContext): Promise<string[]> {
    const rows = await this.signatoryLoaders.of(ctx).signaturesByAccord.load(accordId);
    return rows.filter((s) => s.withdrawnAt === null).map((s) => s.organizationId);
  }

  private async organizations(ctx: GraphqlContext, ids: string[]): Promise<OrganizationModel[]> {
    const rows = await this.identityLoaders.of(ctx).organizationById.loadMany(ids);
    return rows.map((o) => toOrganizationModel(referenced(organizationOf(o), 'organization')));
  }
}

@Resolver(() => SignatureModel)
export class SignatureResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => OrganizationModel)
  async organization(signature: SignatureModel, _args: NoArgs, ctx: GraphqlContext) {
    const org = await this.identityLoaders.of(ctx).organizationById.load(signature.organizationId);
    return toOrganizationModel(referenced(org, 'organization'));
  }
}

@Resolver(() => ImplementationReportModel)
export class ImplementationReportResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => OrganizationModel)
  async organization(report: ImplementationReportModel, _args: NoArgs, ctx: GraphqlContext) {
    const org = await this.identityLoaders.of(ctx).organizationById.load(report.organizationId);
    return toOrganizationModel(referenced(org, 'organization'));
  }
}

const organizationOf = <T>(row: T | Error | null | undefined): T | null =>
  row instanceof Error ? null : (row ?? null);

const toVersionLink = (accord: {
  id: string;
  title: string;
  finalSeq: number | null;
  finalHash: string | null;
  declaredFinalAt: Date | null;
}): AccordVersionLinkModel =>
  Object.assign(new AccordVersionLinkModel(), {
    id: accord.id,
    title: accord.title,
    finalDeclaration: toFinalDeclarationModel(accord),
  });
