/**
 * Why an amendment no longer applies, as a phrase ("article 1 changed (now version 2) and …"),
 * from the API's AmendmentConflict.
 */
export function conflictWords(
  conflict: { reason: string; currentVersion?: number | null },
  clauseNumber: string | undefined,
): string {
  const article = clauseNumber && clauseNumber !== '—' ? `article ${clauseNumber}` : 'its article';
  const version = conflict.currentVersion ? ` (now version ${conflict.currentVersion})` : '';
  switch (conflict.reason) {
    case 'CLAUSE_REMOVED':
      return `${article} was removed, so the amendment no longer applies`;
    case 'HEADING_OVERLAP':
      return `${article} changed${version} and the amendment no longer applies (its heading or normative force was changed differently)`;
    default:
      return `${article} changed${version} and the amendment no longer applies (the changes overlap)`;
  }
}

export const asSentence = (phrase: string) =>
  `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
