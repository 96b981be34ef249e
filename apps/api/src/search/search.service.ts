import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { ReadReplica } from '../database/read-replica.js';
import { cursorAfter, MAX_SEARCH_DEPTH, offsetOf } from './search-cursor.js';
import { SearchKind } from './search-kind.js';
import { SEARCH_SQL, searchParameters, type SearchHitRow } from './search-query.js';

export interface SearchRequest {
  callerId: string;
  query: string;
  accordId?: string | null;
  kinds?: SearchKind[] | null;
  first: number;
  after?: string | null;
}

export interface SearchPage {
  hits: SearchHitRow[];
  hasMore: boolean;
  endCursor: string | null;
}

const EVERY_KIND = Object.values(SearchKind);

/** Full-text search over what the caller may read, a page at a time. */
@Injectable()
export class SearchService {
  constructor(
    private readonly access: AccordAccessService,
    private readonly replica: ReadReplica,
  ) {}

  async search(request: SearchRequest): Promise<SearchPage> {
    const offset = offsetOf(request.after);
    // An accord he may not see is not found, exactly as everywhere else.
    if (request.accordId) await this.access.requireVisibleAs(request.accordId, request.callerId);
    const kinds = request.kinds?.length ? [...new Set(request.kinds)] : EVERY_KIND;
    const limit = Math.min(request.first, MAX_SEARCH_DEPTH - offset);
    if (limit <= 0) return { hits: [], hasMore: false, endCursor: null };
    // One more than the page says whether another follows.
    // The read replica may answer (the caller's own writes included, see ReadReplica).
    const source = await this.replica.sourceFor(request.callerId);
    const rows = await source.query<SearchHitRow[]>(
      SEARCH_SQL,
      searchParameters({
        callerId: request.callerId,
        query: request.query,
        accordId: request.accordId ?? null,
        kinds,
        limit: limit + 1,
        offset,
      }),
    );
    const hits = rows.slice(0, limit);
    const hasMore = rows.length > limit && offset + limit < MAX_SEARCH_DEPTH;
    return { hits, hasMore, endCursor: hits.length ? cursorAfter(offset + hits.length) : null };
  }
}
