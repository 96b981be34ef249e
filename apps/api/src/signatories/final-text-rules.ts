import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { AccordEntity } from '../accord-log/accord.entity.js';

/** The accord's text was declared final (signing, reporting, publishing and new versions need it). */
export function assertFinal(accord: Pick<AccordEntity, 'finalSeq'>): void {
  if (accord.finalSeq === null) {
    throw new DomainError(
      DomainErrorCode.ACCORD_NOT_FINAL,
      'The text of this accord has not been declared final yet',
    );
  }
}

/**
 * The slug of an accord's public page: its title in lower-case ASCII words, and the first
 * eight hex digits of its id so that two accords of one title never share a URL. Given once and
 * kept (a page's address must not move when it is withdrawn and published again).
 */
export function publicSlugOf(accord: Pick<AccordEntity, 'id' | 'title'>): string {
  const words = accord.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '');
  const suffix = accord.id.replace(/-/g, '').slice(0, 8);
  return words ? `${words}-${suffix}` : suffix;
}

/** Trims free text; blank is null. */
export const optionalText = (text: string | null | undefined): string | null =>
  text?.trim() || null;
