import { formatPartialDate } from '@plenary/contracts';
import type {
  AssessmentVerdict,
  AttributionConfidence,
  IncidentResponseKind,
} from '../../data/gql/graphql';
import { plural } from '../../ui/format';

export const verdictLabels: Record<AssessmentVerdict, string> = {
  BREACHED: 'Breached',
  NOT_BREACHED: 'Not breached',
  UNCLEAR: 'Unclear',
};

export const attributionLabels: Record<AttributionConfidence, string> = {
  ATTRIBUTED_OFFICIALLY: 'Attributed officially',
  CLAIMED: 'Claimed by itself',
  ALLEGED: 'Alleged',
  UNATTRIBUTED: 'Unattributed',
};

export const attributionHints: Record<AttributionConfidence, string> = {
  ATTRIBUTED_OFFICIALLY: 'A government named it in an official act or statement',
  CLAIMED: 'The actor claimed the operation itself',
  ALLEGED: 'Named by credible reporting or researchers, never officially',
  UNATTRIBUTED: 'Suspected, with nothing public to tie it to the incident',
};

export const responseLabels: Record<IncidentResponseKind, string> = {
  ATTRIBUTION: 'Attribution',
  CONDEMNATION: 'Condemnation',
  SANCTIONS: 'Sanctions',
  INDICTMENT: 'Indictment',
  NONE: 'No response',
  OTHER: 'Other',
};

/** "2010", "24 November 2014 – December 2014", "12 May 2017 – ongoing or unknown". */
export function incidentDates(startedOn: string, endedOn: string | null): string {
  if (!endedOn || endedOn === startedOn) return formatPartialDate(startedOn);
  return `${formatPartialDate(startedOn)} – ${formatPartialDate(endedOn)}`;
}

/** A matrix cell in words: "2 of 3 find a breach", "Not assessed". */
export function cellWords(cell: { breached: number; total: number }): string {
  if (cell.total === 0) return 'Not assessed';
  return `${cell.breached} of ${cell.total} ${cell.total === 1 ? 'finds' : 'find'} a breach`;
}

/** The colour band of a cell (its words say the same): none, low, some, most, all. */
export function breachBand(cell: { breachShare: number; total: number }): string {
  if (cell.total === 0) return 'none';
  if (cell.breachShare === 0) return 'zero';
  if (cell.breachShare < 0.5) return 'low';
  if (cell.breachShare < 1) return 'most';
  return 'all';
}

export const revisionWords = (revision: number) =>
  revision > 1 ? `revised ${plural(revision - 1, 'time')}` : null;

/** Whether a string is a web address worth a link. */
export const isUrl = (text: string) => /^https?:\/\/\S+$/i.test(text);
