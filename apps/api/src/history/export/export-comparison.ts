import type { ArticleChange } from '@plenary/text-history';

/** What an export shows of the text's changes since an earlier moment (see accordDiff). */
export interface ExportComparison {
  from: { seq: number; at: Date };
  to: { seq: number; at: Date };
  /** Every article of either moment, in the order of the later text, removed ones in place. */
  articles: (Omit<ArticleChange, 'parts'> & {
    parts: { op: string; text: string }[];
    amendmentIds: string[];
  })[];
}

export const CHANGE_WORDS: Record<ArticleChange['kind'], string> = {
  ADDED: 'added',
  REMOVED: 'removed',
  MODIFIED: 'reworded',
  MOVED: 'moved',
  UNCHANGED: 'unchanged',
};
