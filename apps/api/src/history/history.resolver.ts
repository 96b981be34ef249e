import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import {
  AccordAtArgs,
  AccordEventsArgs,
  ClauseDiffArgs,
  ExportAccordArgs,
} from './dto/history.args.js';
import { ExportService } from './export/export.service.js';
import { TextHistoryService } from './text-history.service.js';
import { HistoryService } from './history.service.js';
import {
  AccordEventModel,
  AccordSnapshotModel,
  ClauseDiffModel,
  HistoryVerificationModel,
} from './models/history.models.js';

@Resolver()
export class HistoryResolver {
  constructor(
    private readonly history: HistoryService,
    private readonly textHistory: TextHistoryService,
    private readonly exports: ExportService,
  ) {}

  @Query(() => ClauseDiffModel, {
    description: 'Word-level diff between any two versions, in either direction',
  })
  clauseDiff(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: ClauseDiffArgs,
  ): Promise<ClauseDiffModel> {
    return this.textHistory.clauseDiff(
      caller.userId,
      args.clauseId,
      args.fromVersion,
      args.toVersion,
    );
  }

  @Query(() => AccordSnapshotModel, {
    description: 'The text as it stood at a moment or after an event',
  })
  accordAt(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: AccordAtArgs,
  ): Promise<AccordSnapshotModel> {
    return this.textHistory.accordAt(
      caller.userId,
      args.accordId,
      args.at ?? null,
      args.seq ?? null,
    );
  }

  @Query(() => String, {
    description: 'The accord as MARKDOWN, JSON (with the verifiable event log) or AKOMA_NTOSO XML',
  })
  exportAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: ExportAccordArgs,
  ): Promise<string> {
    return this.exports.exportAccord(caller.userId, args.accordId, args.format);
  }

  @Query(() => [AccordEventModel], { description: 'The accord log in seq order, after `afterSeq`' })
  accordEvents(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: AccordEventsArgs,
  ): Promise<AccordEventModel[]> {
    return this.history.events(caller.userId, args.accordId, args.afterSeq ?? 0, args.first ?? 100);
  }

  @Query(() => HistoryVerificationModel, {
    description: 'Recomputes the hash chain of the accord log',
  })
  verifyHistory(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('accordId', { type: () => ID }) accordId: string,
  ): Promise<HistoryVerificationModel> {
    return this.history.verify(caller.userId, accordId);
  }
}
