import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import { SearchArgs } from './dto/search.args.js';
import { SearchResultsModel, toSearchHitModel } from './models/search.models.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultsModel, {
    description:
      'Full-text search over the clauses (every version), amendments, comments and organizations you may read, best first',
  })
  async search(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: SearchArgs,
  ): Promise<SearchResultsModel> {
    const page = await this.searchService.search({ callerId: caller.userId, ...args });
    return { ...page, hits: page.hits.map(toSearchHitModel) };
  }
}
