import { groupByKeys } from '../../common/graphql/loaders.js';
import type {
  AccordEvent,
  AssessmentVerdict,
  IncidentFacts,
  AmendmentKind,
  AmendmentStatus,
  BallotChoice,
  DecisionRule,
  NormativeForce,
  StakeholderGroup,
} from '@plenary/contracts';
import { CosponsorStatus, type ImplementationStatus } from '@plenary/contracts';
import type { Tally } from '@plenary/decision-rules';
import type { PublishedKey, SignedCheckpoint } from '@plenary/ledger';
import type { EntityManager } from 'typeorm';
import { readCheckpoints } from '../../accord-log/checkpoints.js';
import {
  citationsOf,
  type NormCitation,
} from '../../drafting/citations/clause-source-link.entity.js';

export interface ExportOrganization {
  id: string;
  name: string;
  group: StakeholderGroup;
  country: string | null;
  website: string | null;
  /** Checked by a platform operator when exported: only verified organizations may be parties. */
  verified: boolean;
  role: string;
}

export interface ExportVersion {
  version: number;
  heading: string | null;
  text: string;
  force: NormativeForce;
  sources: string[];
  /** Norms cited directly (ids of `frameworks[].norms`). */
  normIds: string[];
  /** Every norm it cites: directly, then through a free-text source linked to the norm. */
  citations: NormCitation[];
  amendmentId: string | null;
  authorOrganizationId: string | null;
  createdAt: string;
  createdSeq: number;
}

/** A norm framework the text cites, with the norms it cites (in the framework's order). */
export interface ExportFramework {
  id: string;
  shortName: string;
  title: string;
  publisher: string | null;
  year: number;
  sourceUrl: string | null;
  norms: {
    id: string;
    key: string;
    title: string | null;
    text: string;
    force: NormativeForce;
    sourceUrl: string | null;
  }[];
}

export interface ExportClause {
  id: string;
  /** Its article number ("5 bis"); a removed clause's is the one it last had. */
  number: string;
  position: number | null;
  removed: boolean;
  versions: ExportVersion[];
}

/** The version a clause reads now: its last. Every clause has a first version from its creation. */
export function currentVersion(clause: ExportClause): ExportVersion {
  const version = clause.versions.at(-1);
  if (!version) throw new Error(`clause ${clause.id} has no version to export`);
  return version;
}

export interface ExportBallot {
  organizationId: string;
  choice: BallotChoice;
  explanation: string | null;
  castAt: string;
}

/** A party the author invited to co-sponsor the amendment, and its answer (null: none yet). */
export interface ExportCoSponsor {
  organizationId: string;
  status: CosponsorStatus;
  invitedAt: string;
  answeredAt: string | null;
}

/** A participant organization's "+1" (support, not a co-sponsorship). */
export interface ExportSupport {
  organizationId: string;
  supportedAt: string;
}

export interface ExportAmendment {
  id: string;
  kind: AmendmentKind;
  status: AmendmentStatus;
  clauseId: string | null;
  baseVersion: number | null;
  heading: string | null;
  text: string | null;
  force: NormativeForce | null;
  position: number | null;
  /** What the proposal cites (the adopted version then carries them). */
  sources: string[];
  /** Norms the proposal cites directly. */
  normIds: string[];
  rationale: string;
  onBehalfOf: string;
  createdAt: string;
  closedAt: string | null;
  finalTally: Tally | null;
  ballots: ExportBallot[];
  /** Invitations to co-sponsor, in the order sent, with their answers. */
  coSponsors: ExportCoSponsor[];
  /** The "+1"s it has (or had when decided), in the order given. */
  supporters: ExportSupport[];
}

/** The co-sponsors who accepted: those who stand behind the amendment with its sponsor. */
export const acceptedCoSponsors = (amendment: ExportAmendment): ExportCoSponsor[] =>
  amendment.coSponsors.filter((s) => s.status === CosponsorStatus.ACCEPTED);

/** A name the facilitator gave the text as it stood after event `seq`. */
export interface ExportMilestone {
  name: string;
  seq: number;
  markedAt: string;
}

/** An organization's current assessment of an incident against a clause or a norm (one of them). */
export interface ExportAssessment {
  organizationId: string;
  clauseId: string | null;
  normId: string | null;
  /** The norm assessed against, cited as its framework does ("UN GGE 2015" "13(f)"). */
  norm: { framework: string; key: string } | null;
  verdict: AssessmentVerdict;
  reasoning: string;
  /** 1 for the first; the earlier ones are in the events (`incident.assessed`). */
  revision: number;
  assessedAt: string;
  seq: number;
}

/** An incident recorded in the accord: its facts as they stand, and the current assessments. */
export interface ExportIncident extends IncidentFacts {
  id: string;
  organizationId: string;
  recordedAt: string;
  revision: number;
  assessments: ExportAssessment[];
}

/** The facilitator's declaration that froze the text: the text is the accord at `textSeq`. */
export interface ExportFinalDeclaration {
  seq: number;
  hash: string;
  textSeq: number;
  declaredAt: string;
}

/** A signature of the final text (withdrawn ones kept, with when and why). */
export interface ExportSignature {
  id: string;
  organizationId: string;
  signedAt: string;
  signedSeq: number;
  statement: string | null;
  reservations: { clauseId: string; number: string; text: string }[];
  withdrawnAt: string | null;
  withdrawnSeq: number | null;
  withdrawalReason: string | null;
}

/** A signatory's report on one article; every report, in the order filed. */
export interface ExportImplementationReport {
  id: string;
  organizationId: string;
  clauseId: string;
  status: ImplementationStatus;
  text: string;
  reportedAt: string;
  seq: number;
}

/** Omit on each member of a union (Omit on the union itself would merge them). */
type Without<E, K extends PropertyKey> = E extends unknown ? Omit<E, K> : never;

/** An event of the log as exported: the accord's id is given once, at the top. */
export type ExportEvent = Without<AccordEvent, 'accordId'>;

/**
 * Everything an export needs but the events, read in a handful of queries in one snapshot; the
 * events, which grow with the history, are read page by page (`readEventPages`).
 */
export interface AccordExportData {
  accord: {
    id: string;
    title: string;
    preamble: string | null;
    rule: DecisionRule;
    createdAt: string;
    lastSeq: number;
    headHash: string;
    /** The final accord this one is a new version of, and the one that continues it. */
    previousVersionId: string | null;
    nextVersionId: string | null;
  };
  /** Null until the text is declared final. */
  final: ExportFinalDeclaration | null;
  signatures: ExportSignature[];
  implementationReports: ExportImplementationReport[];
  organizations: ExportOrganization[];
  clauses: ExportClause[];
  amendments: ExportAmendment[];
  milestones: ExportMilestone[];
  incidents: ExportIncident[];
  /** The frameworks of the norms any version or amendment cites. */
  frameworks: ExportFramework[];
  checkpoints: SignedCheckpoint[];
}

/** How this deployment signs checkpoints, for an export to carry. */
export interface ExportSigning {
  every: number;
  signedEventTypes: readonly string[];
  keys: readonly PublishedKey[];
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function loadExportData(
  db: EntityManager,
  accordId: string,
): Promise<AccordExportData> {
  const [accord] = await db.query<
    {
      id: string;
      title: string;
      preamble: string | null;
      rule: DecisionRule;
      created_at: Date;
      last_seq: number;
      head_hash: string;
      final_seq: number | null;
      final_hash: string | null;
      declared_final_at: Date | null;
      previous_version_id: string | null;
      next_version_id: string | null;
    }[]
  >(
    `SELECT id, title, preamble, rule, created_at, last_seq, head_hash, final_seq, final_hash,
            declared_final_at, previous_version_id,
            (SELECT n.id FROM accord n WHERE n.previous_version_id = accord.id) AS next_version_id
     FROM accord WHERE id = $1`,
    [accordId],
  );
  if (!accord) throw new Error(`accord ${accordId} not found`);
  const organizations = await db.query<ExportOrganization[]>(
    `SELECT o.id, o.name, o.stakeholder_group AS "group", o.country, o.website,
            o.verified_at IS NOT NULL AS verified, p.role
     FROM participant p JOIN organization o ON o.id = p.organization_id WHERE p.accord_id = $1 ORDER BY p.added_at`,
    [accordId],
  );
  const clauseRows = await db.query<
    { id: string; number: string; position: number | null; removed: boolean }[]
  >(
    `SELECT id, number, position, removed_at IS NOT NULL AS removed FROM clause WHERE accord_id = $1
     ORDER BY position NULLS LAST, created_at`,
    [accordId],
  );
  const versionRows = await db.query<
    (Omit<ExportVersion, 'citations'> & { clauseId: string; createdAtDate: Date })[]
  >(
    `SELECT v.clause_id AS "clauseId", v.version, v.heading, v.text, v.force, v.sources,
            v.norm_ids AS "normIds",
            v.amendment_id AS "amendmentId", v.author_organization_id AS "authorOrganizationId",
            v.created_at AS "createdAtDate", v.created_seq AS "createdSeq"
     FROM clause_version v JOIN clause c ON c.id = v.clause_id WHERE c.accord_id = $1 ORDER BY v.clause_id, v.version`,
    [accordId],
  );
  const amendmentRows = await db.query<
    (Omit<ExportAmendment, 'ballots' | 'coSponsors' | 'supporters' | 'createdAt' | 'closedAt'> & {
      createdAtDate: Date;
      closedAtDate: Date | null;
    })[]
  >(
    `SELECT id, kind, status, clause_id AS "clauseId", base_version AS "baseVersion", heading, text, force, position,
            sources, norm_ids AS "normIds", rationale, on_behalf_of AS "onBehalfOf", created_at AS "createdAtDate", closed_at AS "closedAtDate",
            final_tally AS "finalTally"
     FROM amendment WHERE accord_id = $1 ORDER BY created_at`,
    [accordId],
  );
  const secret = accord.rule.secretBallot === true;
  const ballotRows = secret
    ? []
    : await db.query<(ExportBallot & { amendmentId: string; castAtDate: Date })[]>(
        `SELECT b.amendment_id AS "amendmentId", b.organization_id AS "organizationId", b.choice, b.explanation, b.cast_at AS "castAtDate"
         FROM ballot b JOIN amendment a ON a.id = b.amendment_id WHERE a.accord_id = $1 ORDER BY b.cast_at`,
        [accordId],
      );
  // Read by SQL: co-sponsors sit below history in the API's layers, but their entities are theirs.
  const coSponsorRows = await db.query<
    (Omit<ExportCoSponsor, 'invitedAt' | 'answeredAt'> & {
      amendmentId: string;
      invitedAtDate: Date;
      answeredAtDate: Date | null;
    })[]
  >(
    `SELECT s.amendment_id AS "amendmentId", s.organization_id AS "organizationId", s.status,
            s.invited_at AS "invitedAtDate", s.answered_at AS "answeredAtDate"
     FROM amendment_sponsor s JOIN amendment a ON a.id = s.amendment_id
     WHERE a.accord_id = $1 ORDER BY s.invited_at, s.organization_id`,
    [accordId],
  );
  const supportRows = await db.query<
    { amendmentId: string; organizationId: string; supportedAtDate: Date }[]
  >(
    `SELECT s.amendment_id AS "amendmentId", s.organization_id AS "organizationId",
            s.supported_at AS "supportedAtDate"
     FROM amendment_support s JOIN amendment a ON a.id = s.amendment_id
     WHERE a.accord_id = $1 ORDER BY s.supported_at, s.organization_id`,
    [accordId],
  );
  const milestoneRows = await db.query<{ name: string; seq: number; markedAtDate: Date }[]>(
    `SELECT name, seq, marked_at AS "markedAtDate" FROM milestone WHERE accord_id = $1 ORDER BY seq`,
    [accordId],
  );
  // Read by SQL like the co-sponsors: incidents sit below history, their entities are theirs.
  const incidentRows = await db.query<
    (Omit<ExportIncident, 'recordedAt' | 'assessments'> & { recordedAtDate: Date })[]
  >(
    `SELECT id, name, started_on AS "startedOn", ended_on AS "endedOn", description, sources,
            actors, responses, organization_id AS "organizationId", recorded_at AS "recordedAtDate",
            revision
     FROM incident WHERE accord_id = $1 ORDER BY recorded_seq`,
    [accordId],
  );
  const assessmentRows = await db.query<
    (Omit<ExportAssessment, 'assessedAt'> & { incidentId: string; assessedAtDate: Date })[]
  >(
    `SELECT a.incident_id AS "incidentId", a.organization_id AS "organizationId",
            a.clause_id AS "clauseId", a.norm_id AS "normId",
            CASE WHEN n.id IS NULL THEN NULL
                 ELSE jsonb_build_object('framework', f.short_name, 'key', n.key) END AS norm,
            a.verdict, a.reasoning, a.revision, a.assessed_at AS "assessedAtDate", a.seq
     FROM incident_assessment a
     LEFT JOIN norm n ON n.id = a.norm_id
     LEFT JOIN framework f ON f.id = n.framework_id
     WHERE a.accord_id = $1 ORDER BY a.seq`,
    [accordId],
  );
  // Read by SQL, as the co-sponsors: the links are drafting's, the norms the frameworks'.
  const linkRows = await db.query<{ clauseId: string; source: string; normId: string }[]>(
    `SELECT clause_id AS "clauseId", source, norm_id AS "normId" FROM clause_source_link
     WHERE accord_id = $1`,
    [accordId],
  );
  const citedNormIds = [
    ...new Set([
      ...versionRows.flatMap((v) => v.normIds),
      ...amendmentRows.flatMap((a) => a.normIds),
      ...linkRows.map((l) => l.normId),
    ]),
  ];
  const normRows = await db.query<
    (ExportFramework['norms'][number] & {
      framework: Omit<ExportFramework, 'norms'>;
    })[]
  >(
    `SELECT n.id, n.key, n.title, n.text, n.force, n.source_url AS "sourceUrl",
            json_build_object('id', f.id, 'shortName', f.short_name, 'title', f.title,
              'publisher', f.publisher, 'year', f.year, 'sourceUrl', f.source_url) AS framework
     FROM norm n JOIN framework f ON f.id = n.framework_id
     WHERE n.id = ANY($1::uuid[]) ORDER BY f.year, lower(f.short_name), n.position`,
    [citedNormIds],
  );
  const frameworks = new Map<string, ExportFramework>();
  for (const { framework, ...norm } of normRows) {
    const entry = frameworks.get(framework.id) ?? { ...framework, norms: [] };
    entry.norms.push(norm);
    frameworks.set(framework.id, entry);
  }
  const linksByClause = groupByKeys(
    clauseRows.map((c) => c.id),
    linkRows,
    (l) => l.clauseId,
  );
  // Read by SQL, like co-sponsors: signatories sit below history, their entities are theirs.
  const signatureRows = await db.query<
    (Omit<ExportSignature, 'signedAt' | 'withdrawnAt'> & {
      signedAtDate: Date;
      withdrawnAtDate: Date | null;
    })[]
  >(
    `SELECT id, organization_id AS "organizationId", signed_at AS "signedAtDate",
            signed_seq AS "signedSeq", statement, reservations, withdrawn_at AS "withdrawnAtDate",
            withdrawn_seq AS "withdrawnSeq", withdrawal_reason AS "withdrawalReason"
     FROM signature WHERE accord_id = $1 ORDER BY signed_seq`,
    [accordId],
  );
  const reportRows = await db.query<
    (Omit<ExportImplementationReport, 'reportedAt'> & { reportedAtDate: Date })[]
  >(
    `SELECT id, organization_id AS "organizationId", clause_id AS "clauseId", status, text,
            reported_at AS "reportedAtDate", seq
     FROM implementation_report WHERE accord_id = $1 ORDER BY seq`,
    [accordId],
  );
  const checkpoints = await readCheckpoints(db, accordId);
  // One pass per list, not one per clause or amendment.
  const versionsByClause = groupByKeys(
    clauseRows.map((c) => c.id),
    versionRows,
    (v) => v.clauseId,
  );
  const ballotsByAmendment = groupByKeys(
    amendmentRows.map((a) => a.id),
    ballotRows,
    (b) => b.amendmentId,
  );
  const amendmentIds = amendmentRows.map((a) => a.id);
  const coSponsorsByAmendment = groupByKeys(amendmentIds, coSponsorRows, (s) => s.amendmentId);
  const supportByAmendment = groupByKeys(amendmentIds, supportRows, (s) => s.amendmentId);
  const assessmentsByIncident = groupByKeys(
    incidentRows.map((i) => i.id),
    assessmentRows,
    (a) => a.incidentId,
  );
  return {
    accord: {
      id: accord.id,
      title: accord.title,
      preamble: accord.preamble,
      rule: accord.rule,
      createdAt: iso(accord.created_at)!,
      lastSeq: accord.last_seq,
      headHash: accord.head_hash,
      previousVersionId: accord.previous_version_id,
      nextVersionId: accord.next_version_id,
    },
    final:
      accord.final_seq === null
        ? null
        : {
            seq: accord.final_seq,
            hash: accord.final_hash!,
            textSeq: accord.final_seq - 1,
            declaredAt: iso(accord.declared_final_at)!,
          },
    signatures: signatureRows.map(({ signedAtDate, withdrawnAtDate, ...s }) => ({
      id: s.id,
      organizationId: s.organizationId,
      signedAt: iso(signedAtDate)!,
      signedSeq: s.signedSeq,
      statement: s.statement,
      reservations: s.reservations,
      withdrawnAt: iso(withdrawnAtDate),
      withdrawnSeq: s.withdrawnSeq,
      withdrawalReason: s.withdrawalReason,
    })),
    implementationReports: reportRows.map(({ reportedAtDate, ...r }) => ({
      ...r,
      reportedAt: iso(reportedAtDate)!,
    })),
    organizations,
    clauses: clauseRows.map((c, i) => ({
      ...c,
      versions: (versionsByClause[i] ?? []).map(({ clauseId: _c, createdAtDate, ...v }) => ({
        ...v,
        citations: citationsOf(v, linksByClause[i] ?? []),
        createdAt: iso(createdAtDate)!,
      })),
    })),
    amendments: amendmentRows.map(({ createdAtDate, closedAtDate, ...a }, i) => ({
      ...a,
      createdAt: iso(createdAtDate)!,
      closedAt: iso(closedAtDate),
      ballots: (ballotsByAmendment[i] ?? []).map(({ amendmentId: _a, castAtDate, ...b }) => ({
        ...b,
        castAt: iso(castAtDate)!,
      })),
      coSponsors: (coSponsorsByAmendment[i] ?? []).map(
        ({ amendmentId: _a, invitedAtDate, answeredAtDate, ...s }) => ({
          ...s,
          invitedAt: iso(invitedAtDate)!,
          answeredAt: iso(answeredAtDate),
        }),
      ),
      supporters: (supportByAmendment[i] ?? []).map(({ organizationId, supportedAtDate }) => ({
        organizationId,
        supportedAt: iso(supportedAtDate)!,
      })),
    })),
    milestones: milestoneRows.map(({ markedAtDate, ...m }) => ({
      ...m,
      markedAt: iso(markedAtDate)!,
    })),
    incidents: incidentRows.map(({ recordedAtDate, ...incident }, i) => ({
      ...incident,
      recordedAt: iso(recordedAtDate)!,
      assessments: (assessmentsByIncident[i] ?? []).map(
        ({ incidentId: _i, assessedAtDate, ...a }) => ({ ...a, assessedAt: iso(assessedAtDate)! }),
      ),
    })),
    frameworks: [...frameworks.values()],
    checkpoints,
  };
}

/**
 * The accord's events up to `throughSeq`, a page at a time, each page its own statement. No
 * transaction is held while the pages are sent: the log is append-only (a trigger refuses any
 * change), so the events up to the head read in the snapshot are the same at every page.
 */
export async function* readEventPages(
  db: EntityManager,
  accordId: string,
  throughSeq: number,
  pageSize = 200,
): AsyncGenerator<ExportEvent[]> {
  let afterSeq = 0;
  while (afterSeq < throughSeq) {
    // The log holds only what AccordWrite.append wrote, typed by its event type.
    const rows = await db.query<(Without<AccordEvent, 'accordId' | 'at'> & { atDate: Date })[]>(
      `SELECT seq, type, at AS "atDate", actor_id AS "actorId", payload, prev_hash AS "prevHash", hash
       FROM accord_event WHERE accord_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4`,
      [accordId, afterSeq, throughSeq, pageSize],
    );
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map(({ atDate, ...e }) => ({ ...e, at: iso(atDate)! }));
    afterSeq = last.seq;
  }
}
