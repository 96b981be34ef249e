import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import { AccordEventsArgs } from './dto/history.args.js';
import { HistoryService } from './history.service.js';
import { AccordEventModel, HistoryVerificationModel } from './models/history.models.js';

@Resolver()
export class HistoryResolver {
  constructor(private readonly history: HistoryService) {}

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
