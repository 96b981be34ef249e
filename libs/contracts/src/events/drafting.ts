// Payloads of the drafting events: amendments and the text of the accord.
import type { AmendmentKind, AmendmentStatus, NormativeForce } from '../enums.js';

export interface AmendmentProposedPayload {
  amendmentId: string;
  kind: AmendmentKind;
  /** Null for ADD_CLAUSE. */
  clauseId: string | null;
  /** MODIFY_CLAUSE only: the clause version it was written against. */
  baseVersion: number | null;
  heading: string | null;
  text: string | null;
  force: NormativeForce | null;
  sources: string[];
  /** Norms cited (ids), beside the free-text sources. Absent from events before norm frameworks. */
  normIds?: string[];
  position: number | null;
  rationale: string;
  /** The PARTY organization it is proposed for. */
  onBehalfOf: string;
  /**
   * ADD_CLAUSE: the number its article would take if adopted, and the one it would follow, as
   * the text stood at this event (later changes to the text come with their own events); null
   * for other kinds. Absent from events written before it was carried.
   */
  newArticle?: { number: string; after: string | null } | null;
}

export interface AmendmentWithdrawnPayload {
  amendmentId: string;
  previousStatus: AmendmentStatus;
}

/** The author put new text on the current version of the clause; the amendment is OPEN again. */
export interface AmendmentRebasedPayload {
  amendmentId: string;
  baseVersion: number;
  text: string;
  previousStatus: AmendmentStatus;
}

/** Why an amendment no longer applies to the current text of its clause. */
export type AmendmentConflictReason = 'TEXT_OVERLAP' | 'HEADING_OVERLAP' | 'CLAUSE_REMOVED';

/** Character offsets in a text (UTF-16 code units), end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * `amendment.conflicted`: no longer written (see `amendment.reexamined`), but logs from before
 * December 2026 hold it and must keep verifying.
 */
export interface AmendmentConflictedPayload {
  amendmentId: string;
  reason: AmendmentConflictReason;
  currentVersion: number | null;
  ranges: { base: TextRange; current: TextRange; proposal: TextRange }[];
}

/**
 * `amendment.reexamined`: the clause of an undecided amendment changed. Either it still applies
 * (a MODIFY then carries the clause as it would now leave it, merged onto version `onto`), or it
 * went into CONFLICT.
 */
export type AmendmentReexaminedPayload = {
  amendmentId: string;
  clauseId: string;
  /** The clause version it was examined against; null when the clause was removed. */
  onto: number | null;
} & (
  | {
      outcome: 'APPLIES';
      merged: { heading: string | null; text: string; force: NormativeForce } | null;
    }
  | { outcome: 'CONFLICT'; reason: AmendmentConflictReason }
);

/** Who changed the text: an adopted amendment and its organization, or neither. */
interface ClauseChangeProvenance {
  amendmentId: string | null;
  authorOrganizationId: string | null;
}

/** `clause.versioned`: a new clause (version 1, with its new number) or a new version of one. */
export type ClauseVersionedPayload = {
  clauseId: string;
  version: number;
  position: number | null;
  heading: string | null;
  text: string;
  force: NormativeForce;
  sources: string[];
  /** Norms cited (ids), beside the free-text sources. Absent from events before norm frameworks. */
  normIds?: string[];
} & ({ created: true; number: string } | { created: false }) &
  ClauseChangeProvenance;

export interface ClauseRemovedPayload extends ClauseChangeProvenance {
  clauseId: string;
  previousPosition: number;
  /** It keeps its number until the next renumbering. */
  number: string;
}

export interface ClauseMovedPayload extends ClauseChangeProvenance {
  clauseId: string;
  from: number;
  to: number;
  number: string;
}

/** Payload of `clauses.renumbered`: every number that changed, in the order of the text. */
export interface ClausesRenumberedPayload {
  changes: { clauseId: string; from: string; to: string }[];
}

/** `amendment.cosponsorInvited`: the author asks another party to co-sponsor his amendment. */
export interface AmendmentCosponsorInvitedPayload {
  amendmentId: string;
  organizationId: string;
  organizationName: string;
}

/** `amendment.cosponsorAnswered`: the invited party accepts or declines. */
export interface AmendmentCosponsorAnsweredPayload {
  amendmentId: string;
  organizationId: string;
  organizationName: string;
  accepted: boolean;
}

/** `amendment.supported` / `amendment.supportWithdrawn`: a participant's visible "+1", not a co-sponsorship. */
export interface AmendmentSupportPayload {
  amendmentId: string;
  organizationId: string;
  organizationName: string;
}

/**
 * `clause.sourceLinked`: a free-text source of a clause's current version is linked to a norm of
 * a framework (or unlinked, `norm` null) by the facilitator or the clause's drafting organization.
 * The link holds for every version of the clause that keeps that source.
 */
export interface ClauseSourceLinkedPayload {
  clauseId: string;
  /** The clause version whose source was linked (the current one then). */
  version: number;
  source: string;
  /** The norm, with how it is cited, as it was when linked; null when the link was removed. */
  norm: { normId: string; frameworkId: string; frameworkShortName: string; key: string } | null;
}
