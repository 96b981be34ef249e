// Incidents recorded in an accord and assessed against its clauses (and norms): the vocabulary
// the API, the web app and the exports share, and the few rules with no framework in them.
import { StakeholderGroup } from './enums.js';

/**
 * How firmly an actor is tied to an incident, as the record stands:
 * - ATTRIBUTED_OFFICIALLY: a government named it in an official act or statement (the FBI on Sony,
 *   the US and UK on WannaCry);
 * - CLAIMED: the actor claimed the operation itself (a group signing its defacement);
 * - ALLEGED: named by credible reporting or researchers, never officially (Stuxnet and the NYT);
 * - UNATTRIBUTED: suspected, with nothing public to tie it to the incident.
 */
export enum AttributionConfidence {
  ATTRIBUTED_OFFICIALLY = 'ATTRIBUTED_OFFICIALLY',
  CLAIMED = 'CLAIMED',
  ALLEGED = 'ALLEGED',
  UNATTRIBUTED = 'UNATTRIBUTED',
}

/** What the international community did about an incident, one entry per act. */
export enum IncidentResponseKind {
  /** A state or body publicly named who was responsible. */
  ATTRIBUTION = 'ATTRIBUTION',
  CONDEMNATION = 'CONDEMNATION',
  SANCTIONS = 'SANCTIONS',
  /** Criminal charges against named people. */
  INDICTMENT = 'INDICTMENT',
  /** Recorded on purpose: nobody responded (or nobody publicly). */
  NONE = 'NONE',
  OTHER = 'OTHER',
}

/** An organization's view of whether an incident would have breached a clause (or a norm). */
export enum AssessmentVerdict {
  BREACHED = 'BREACHED',
  NOT_BREACHED = 'NOT_BREACHED',
  UNCLEAR = 'UNCLEAR',
}

export interface IncidentActor {
  name: string;
  attribution: AttributionConfidence;
  /** Who attributed it, on what evidence (free text, optional). */
  note: string | null;
}

export interface IncidentResponse {
  kind: IncidentResponseKind;
  /** Who responded ("United States (FBI)", "UK, Australia, Canada, New Zealand, Japan"). */
  by: string;
  /** A partial date (see PartialDate), null when unknown. */
  on: string | null;
  description: string;
  /** A URL or a citation. */
  source: string | null;
}

/** The facts of an incident as recorded (and as its events carry them, whole, each time). */
export interface IncidentFacts {
  name: string;
  /** Partial dates: "2010", "2014-11" or "2017-05-12"; `endedOn` null while unknown or ongoing. */
  startedOn: string;
  endedOn: string | null;
  description: string;
  /** URLs or citations, in the order given. */
  sources: string[];
  actors: IncidentActor[];
  responses: IncidentResponse[];
}

// ---------------------------------------------------------------------------------------------
// Partial dates: an incident is often known by its year only ("Stuxnet, 2010").

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `text` is a real year, month or day in ISO form: "2010", "2014-11", "2017-05-12". */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The first and last days a partial date may mean, as full ISO dates. */
function span(date: string): { first: string; last: string } {
  const [year, month, day] = date.split('-');
  if (day) return { first: date, last: date };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}

/**
 * Whether an incident may have ended on `end` having started on `start`: false only when every
 * day `end` may mean is before every day `start` may mean ("2010" then "2010-06" is fine).
 */
export function mayEndAfter(start: string, end: string): boolean {
  return span(end).last >= span(start).first;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2010", "November 2014", "12 May 2017". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

// ---------------------------------------------------------------------------------------------
// Where stakeholder groups disagree: the point of assessing incidents by organization.

export interface VerdictCounts {
  breached: number;
  notBreached: number;
  unclear: number;
}

export interface GroupVerdicts extends VerdictCounts {
  group: `${StakeholderGroup}`;
  /** Which way the group leans: the verdict more of its organizations gave; null when tied or only unclear. */
  leaning: 'BREACHED' | 'NOT_BREACHED' | null;
}

export interface VerdictSummary extends VerdictCounts {
  total: number;
  /** Share of assessments that find a breach (0 when there are none). */
  breachShare: number;
  byGroup: GroupVerdicts[];
  /** One stakeholder group leans to a breach where another leans to none. */
  groupsDisagree: boolean;
}

/**
 * The assessments of one incident against one target, counted overall and per stakeholder group
 * (groups in the enum's order, only those that assessed). UNCLEAR counts in the total but leans
 * no way, so a group that finds it unclear never "disagrees".
 */
export function summarizeVerdicts(
  assessments: readonly { verdict: `${AssessmentVerdict}`; group: `${StakeholderGroup}` }[],
): VerdictSummary {
  const count = (of: readonly { verdict: `${AssessmentVerdict}` }[]): VerdictCounts => ({
    breached: of.filter((a) => a.verdict === 'BREACHED').length,
    notBreached: of.filter((a) => a.verdict === 'NOT_BREACHED').length,
    unclear: of.filter((a) => a.verdict === 'UNCLEAR').length,
  });
  const byGroup: GroupVerdicts[] = [];
  const groups: `${StakeholderGroup}`[] = Object.values(StakeholderGroup);
  for (const group of groups) {
    const ofGroup = assessments.filter((a) => a.group === group);
    if (ofGroup.length === 0) continue;
    const counts = count(ofGroup);
    const leaning =
      counts.breached > counts.notBreached
        ? 'BREACHED'
        : counts.notBreached > counts.breached
          ? 'NOT_BREACHED'
          : null;
    byGroup.push({ group, ...counts, leaning });
  }
  const overall = count(assessments);
  const total = assessments.length;
  const leanings = new Set(byGroup.map((g) => g.leaning).filter((l) => l !== null));
  return {
    ...overall,
    total,
    breachShare: total === 0 ? 0 : overall.breached / total,
    byGroup,
    groupsDisagree: leanings.size > 1,
  };
}
