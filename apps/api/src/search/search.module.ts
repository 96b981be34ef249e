import { Module } from '@nestjs/common';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** Full-text search over what a user may read (read-only: it owns no table). */
@Module({
  imports: [AccordLogModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
