import type { EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';

/** What a comment is about: an amendment, or one version of a clause, and that text. */
export interface CommentTarget {
  amendmentId: string | null;
  clauseId: string | null;
  clauseVersion: number | null;
  text: string;
}

export interface TargetRef {
  amendmentId?: string | null;
  clauseId?: string | null;
  /** For a clause: this version, else the current one. */
  clauseVersion?: number | null;
}

/** Finds the commented text inside `accordId`; anything of another accord is "not found". */
export async function findCommentTarget(
  db: EntityManager,
  accordId: string,
  ref: TargetRef,
): Promise<CommentTarget> {
  const onAmendment = Boolean(ref.amendmentId);
  if (onAmendment === Boolean(ref.clauseId)) {
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      'A comment is on exactly one of amendmentId or clauseId',
    );
  }
  if (onAmendment) {
    if (ref.clauseVersion != null) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'clauseVersion applies to comments on a clause',
      );
    }
    const rows = isUuid(ref.amendmentId)
      ? await db.query<{ text: string | null }[]>(
          `SELECT text FROM amendment WHERE id = $1 AND accord_id = $2`,
          [ref.amendmentId, accordId],
        )
      : [];
    const [amendment] = rows;
    if (!amendment) throw notFound(DomainErrorCode.AMENDMENT_NOT_FOUND, 'Amendment');
    // REMOVE and MOVE amendments have no text of their own: nothing to quote.
    return {
      amendmentId: ref.amendmentId!,
      clauseId: null,
      clauseVersion: null,
      text: amendment.text ?? '',
    };
  }
  // The clause and the quoted version in one round trip (it runs under the accord's lock).
  const clauses = isUuid(ref.clauseId)
    ? await db.query<{ version: number; text: string | null }[]>(
        `SELECT coalesce($3::int, c.current_version) AS version, v.text
         FROM clause c LEFT JOIN clause_version v
           ON v.clause_id = c.id AND v.version = coalesce($3::int, c.current_version)
         WHERE c.id = $1 AND c.accord_id = $2`,
        [ref.clauseId, accordId, ref.clauseVersion ?? null],
      )
    : [];
  const [clause] = clauses;
  if (!clause) throw notFound(DomainErrorCode.CLAUSE_NOT_FOUND, 'Clause');
  const { version, text } = clause;
  if (text === null) {
    throw notFound(DomainErrorCode.CLAUSE_VERSION_NOT_FOUND, `Version ${version} of this clause`);
  }
  return {
    amendmentId: null,
    clauseId: ref.clauseId!,
    clauseVersion: version,
    text,
  };
}

/**
 * A quote is both ends or neither, with 0 ≤ start < end ≤ the text's length in UTF-16 code
 * units (what JavaScript's `String.length` and `slice` count, as the web app does).
 */
export function checkQuoteRange(
  quoteStart: number | null | undefined,
  quoteEnd: number | null | undefined,
  text: string,
): { quoteStart: number | null; quoteEnd: number | null } {
  const start = quoteStart ?? null;
  const end = quoteEnd ?? null;
  if (start === null && end === null) return { quoteStart: null, quoteEnd: null };
  if (start === null || end === null) {
    throw new DomainError(
      DomainErrorCode.INVALID_QUOTE_RANGE,
      'Give both quoteStart and quoteEnd, or neither',
    );
  }
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    end > text.length
  ) {
    throw new DomainError(
      DomainErrorCode.INVALID_QUOTE_RANGE,
      `The quoted range must satisfy 0 ≤ quoteStart < quoteEnd ≤ ${text.length} (the length of the commented text)`,
      { textLength: text.length },
    );
  }
  return { quoteStart: start, quoteEnd: end };
}
