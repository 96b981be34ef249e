// The public page of a final accord: the JSON document the API serves without sign-in and the web
// app reads (one type for both, so a field added on one side is a field on the other).
import type { ImplementationStatus, NormativeForce, StakeholderGroup } from './enums.js';

/** An organization as the public page names it: no people, no contact. */
export interface PublicOrganization {
  id: string;
  name: string;
  group: StakeholderGroup;
  country: string | null;
  handle: string;
  verified: boolean;
}

/**
 * The public page of a final accord (`GET /public/accords/<slug>.json`): only what the
 * facilitator chose to publish — the final text, its signatories and their reports — and nothing
 * about people (no users, emails, ballots, comments or members). A section is one field: a
 * feature adds its own (e.g. an incident matrix) by adding a field here, reading it in the API's
 * PublicAccordReader and showing it in the web's PublicAccordPage.
 */
export interface PublicAccordDocument {
  formatVersion: 1;
  slug: string;
  path: string;
  title: string;
  preamble: string | null;
  publishedAt: string;
  /** The declaration that froze the text: its seq and hash in the accord's log. */
  final: { seq: number; hash: string; textSeq: number; declaredAt: string };
  /** The log head this document was read at (its ETag). */
  head: { seq: number; hash: string };
  /** Other versions of the accord that are published too. */
  previousVersion: { title: string; path: string } | null;
  nextVersion: { title: string; path: string } | null;
  articles: {
    clauseId: string;
    number: string;
    heading: string | null;
    text: string;
    force: NormativeForce;
    sources: string[];
  }[];
  signatories: {
    organization: PublicOrganization;
    signedAt: string;
    statement: string | null;
    reservations: { clauseId: string; number: string; text: string }[];
  }[];
  /** Standing signatures per stakeholder group at the end of each day one changed. */
  signatoryCounts: { date: string; group: StakeholderGroup; count: number }[];
  /**
   * Incidents × articles, each cell the counts of the organizations' verdicts (no reasoning, no
   * person): the accord's incident matrix as the delegates see it.
   */
  incidentMatrix: {
    incidents: { id: string; name: string; startedOn: string }[];
    clauses: { id: string; number: string; heading: string | null }[];
    cells: {
      incidentId: string;
      clauseId: string;
      breached: number;
      notBreached: number;
      unclear: number;
      total: number;
      breachShare: number;
      groupsDisagree: boolean;
    }[];
  };
  /** The latest report of each standing signatory on each article. */
  adherence: {
    clauseId: string;
    organizationId: string;
    status: ImplementationStatus;
    text: string;
    reportedAt: string;
  }[];
}
