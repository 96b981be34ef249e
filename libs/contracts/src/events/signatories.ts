// Payloads of the events of a final accord: its declaration, new versions, signatures,
// implementation reports and its public page.
import type { ImplementationStatus, StakeholderGroup } from '../enums.js';

/**
 * `accord.declaredFinal`: the facilitator froze the text. The text declared final is the
 * accord as it stood at `headSeq` (whose hash is `headHash`), the head of the log just before
 * this event; open or conflicting amendments lapsed with it (`lapsedAmendmentIds`, now
 * WITHDRAWN). Refused while a vote runs.
 */
export interface AccordDeclaredFinalPayload {
  headSeq: number;
  headHash: string;
  articleCount: number;
  lapsedAmendmentIds: string[];
}

/** `accord.newVersionStarted`, in the final accord: a new accord continues it. */
export interface AccordNewVersionStartedPayload {
  nextVersionId: string;
  title: string;
}

/**
 * `accord.versionOf`, in the new version (seq 2): the final text of `previousVersionId`, as
 * identified by its declaration (`finalSeq`, `finalHash`), seeds this accord's articles with
 * their numbers; participants follow as `participant.added`.
 */
export interface AccordVersionOfPayload {
  previousVersionId: string;
  finalSeq: number;
  finalHash: string;
}

/** A reservation on one article, as signed. */
export interface SignatureReservation {
  clauseId: string;
  /** The article's number when signed (numbers are frozen with the text). */
  number: string;
  text: string;
}

/** `signature.added`: a representative signed the final text for his organization. */
export interface SignatureAddedPayload {
  signatureId: string;
  organizationId: string;
  organizationName: string;
  group: StakeholderGroup;
  statement: string | null;
  reservations: SignatureReservation[];
}

/** `signature.withdrawn`: the organization is no longer a signatory (its reports are kept). */
export interface SignatureWithdrawnPayload {
  signatureId: string;
  organizationId: string;
  reason: string | null;
}

/** `implementation.reported`: a signatory's report on one article, the latest of which counts. */
export interface ImplementationReportedPayload {
  reportId: string;
  organizationId: string;
  clauseId: string;
  number: string;
  status: ImplementationStatus;
  text: string;
}

/** `accord.published`: the facilitator opened its public page, at `/public/accords/<slug>`. */
export interface AccordPublishedPayload {
  slug: string;
}

/** `accord.unpublished`: the public page answers 404 again (its slug stays the accord's). */
export interface AccordUnpublishedPayload {
  slug: string;
}
