import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ResponseCache } from '../common/caching/response-cache.js';
import { Metrics } from '../common/metrics/metrics.js';
import { PublicAccordReader, type PublishedAccordHead } from './public-accord.reader.js';

/** How many public documents an instance keeps, and how many bytes of JSON at most. */
export const PUBLIC_PAGES_KEPT = 64;
export const PUBLIC_PAGE_BYTES_KEPT = 8 * 1024 * 1024;

/** What a page is read at: the log head, and the links to its other published versions. */
export function pageVersion(head: PublishedAccordHead): string {
  return `${head.lastSeq}:${head.headHash}:${head.versions}`;
}

/**
 * The page's ETag: its log head (`"<seq>-<32 hex>"`), folded with its version links when it has
 * any, so a client's copy is revalidated when another version is published too.
 */
export function pageEtag(head: PublishedAccordHead): string {
  const tag =
    head.versions === ''
      ? head.headHash.slice(0, 32)
      : createHash('sha256').update(pageVersion(head)).digest('hex').slice(0, 32);
  return `"${head.lastSeq}-${tag}"`;
}

/**
 * The public documents as sent (their JSON), kept per accord with the head they were read at:
 * a read at an unchanged head costs only the head check, which runs on every request, so a
 * withdrawn page is refused at once on every instance. A document read while the log moved is
 * kept under the older head, which is never asked again (heads only grow). Requests that miss at
 * the same head together share one reading.
 */
@Injectable()
export class PublicPages {
  private readonly kept = new ResponseCache<string>(PUBLIC_PAGES_KEPT, PUBLIC_PAGE_BYTES_KEPT);

  constructor(
    private readonly reader: PublicAccordReader,
    metrics: Metrics,
  ) {
    metrics.counterFrom(
      'plenary_public_page_cache_hits_total',
      'Public pages answered from the documents kept in memory',
      () => this.kept.hits,
    );
    metrics.counterFrom(
      'plenary_public_page_cache_misses_total',
      'Public pages read from the tables (none kept, or the accord changed)',
      () => this.kept.misses,
    );
  }

  async json(head: PublishedAccordHead): Promise<string> {
    const version = pageVersion(head);
    // Null when no reading is under way for this head, undefined when the one waited on failed.
    const kept =
      this.kept.get(head.id, version) ?? (await this.kept.awaitComputation(head.id, version));
    if (typeof kept === 'string') return kept;
    const finish = this.kept.beginComputation(head.id, version);
    let json: string | undefined;
    try {
      json = JSON.stringify(await this.reader.read(head));
      return json;
    } finally {
      finish(json, json === undefined ? 0 : Buffer.byteLength(json));
    }
  }
}
