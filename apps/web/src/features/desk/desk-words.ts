import type { AmendmentKind, AmendmentStatus } from '../../data/gql/graphql';
import { plural } from '../../ui/format';

const MINUTE = 60_000;

/** "closes in 3 hours 20 minutes", "closes in 2 days", "closing now" — for a deadline `ms` away. */
export function timeLeftInWords(ms: number): string {
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes <= 0) return 'closing now';
  if (minutes < 60) return `closes in ${plural(minutes, 'minute')}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return `closes in ${plural(hours, 'hour')}${rest && hours < 6 ? ` ${plural(rest, 'minute')}` : ''}`;
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return `closes in ${plural(days, 'day')}${rest && days < 3 ? ` ${plural(rest, 'hour')}` : ''}`;
}

/** "2 hours ago", "3 days ago" — for a moment `ms` in the past. */
export function agoInWords(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, 'hour')} ago`;
  return `${plural(Math.floor(hours / 24), 'day')} ago`;
}

/** What an amendment is about, in a few words: "Article 4", "New article “Capacity building”". */
export function amendmentSubject(amendment: {
  kind: AmendmentKind;
  article?: string | null;
  heading?: string | null;
}): string {
  if (amendment.article) {
    const verb =
      amendment.kind === 'REMOVE_CLAUSE'
        ? 'Deleting'
        : amendment.kind === 'MOVE_CLAUSE'
          ? 'Moving'
          : 'Amending';
    return `${verb} article ${amendment.article}`;
  }
  return amendment.heading ? `New article “${amendment.heading}”` : 'New article';
}

export const changeWords: Record<AmendmentStatus, string> = {
  ADOPTED: 'was adopted',
  REJECTED: 'was rejected',
  CONFLICT: 'needs a rebase: the text moved under it',
  WITHDRAWN: 'was withdrawn',
  OPEN: 'is open for discussion',
  VOTING: 'is being voted on',
};
