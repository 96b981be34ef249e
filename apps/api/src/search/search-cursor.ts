import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/** How deep a search pages: past this many hits, refine the query instead. */
export const MAX_SEARCH_DEPTH = 500;

/** The opaque cursor after the first `offset` hits. */
export const cursorAfter = (offset: number): string =>
  Buffer.from(`search:${offset}`).toString('base64url');

/** How many hits a cursor skips (0 without one); a cursor we did not make is bad input. */
export function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^search:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(offset) || offset > MAX_SEARCH_DEPTH) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'after is not a cursor of this search');
  }
  return offset;
}
