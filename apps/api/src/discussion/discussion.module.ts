import { Module } from '@nestjs/common';
import { AccordsModule } from '../accords/accords.module.js';
import { EventLogModule } from '../history/event-log.module.js';
import { AmendmentCommentsResolver, ClauseCommentsResolver } from './commented-text.resolver.js';
import { CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

/** Comments and threads on amendments and clause versions. */
@Module({
  imports: [AccordsModule, EventLogModule],
  providers: [CommentsService, CommentsResolver, AmendmentCommentsResolver, ClauseCommentsResolver],
})
export class DiscussionModule {}
