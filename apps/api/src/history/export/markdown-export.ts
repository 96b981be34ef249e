import {
  AmendmentStatus,
  AssessmentVerdict,
  AttributionConfidence,
  ImplementationStatus,
  IncidentResponseKind,
  NormativeForce,
} from '@plenary/contracts';
import { groupName } from '@plenary/decision-rules';
import { toIsoMillis } from '@plenary/ledger';
import {
  currentVersion,
  type AccordExportData,
  acceptedCoSponsors,
  type ExportAmendment,
  type ExportAssessment,
  type ExportIncident,
  type ExportSigning,
} from './export-data.js';
import { CHANGE_WORDS, type ExportComparison } from './export-comparison.js';

const KIND_WORDS: Record<string, string> = {
  ADD_CLAUSE: 'adds a clause',
  MODIFY_CLAUSE: 'modifies a clause',
  REMOVE_CLAUSE: 'removes a clause',
  MOVE_CLAUSE: 'moves a clause',
};

/** Keeps user text from being read as Markdown structure (headings, lists, links, HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function votes(amendment: ExportAmendment, names: Map<string, string>, secret: boolean): string[] {
  const tally = amendment.finalTally;
  const lines: string[] = [];
  if (tally)
    lines.push(
      `- Result: ${tally.for} for, ${tally.against} against, ${tally.abstain} abstaining — ${escapeMarkdown(tally.explanation)}`,
    );
  if (secret) {
    lines.push('- Secret ballot: only the totals are recorded.');
    return lines;
  }
  for (const ballot of amendment.ballots) {
    const who = escapeMarkdown(names.get(ballot.organizationId) ?? ballot.organizationId);
    lines.push(`- ${who}: ${ballot.choice.toLowerCase()}`);
    if (ballot.explanation)
      lines.push(`  - Explanation of vote: ${escapeMarkdown(ballot.explanation)}`);
  }
  return lines;
}

/** Who else stood behind it: the co-sponsors who accepted, and the organizations' "+1"s. */
function backing(amendment: ExportAmendment, names: Map<string, string>): string[] {
  const name = (id: string) => escapeMarkdown(names.get(id) ?? id);
  const coSponsors = acceptedCoSponsors(amendment).map((s) => name(s.organizationId));
  const lines: string[] = [];
  if (coSponsors.length > 0) lines.push(`- Co-sponsored by ${coSponsors.join(', ')}`);
  if (amendment.supporters.length > 0)
    lines.push(
      `- Supported (+1) by ${amendment.supporters.map((s) => name(s.organizationId)).join(', ')}`,
    );
  return lines;
}

/** A readable text of the accord, then the record of how it was adopted. */
export function toMarkdownExport(
  data: AccordExportData,
  exportedAt: Date,
  signing: ExportSigning,
  comparison?: ExportComparison,
): string {
  const names = new Map(data.organizations.map((o) => [o.id, o.name]));
  const secret = data.accord.rule.secretBallot === true;
  const out: string[] = [`# ${escapeMarkdown(data.accord.title)}`, ''];
  if (data.accord.preamble) out.push(escapeMarkdown(data.accord.preamble), '');
  const current = data.clauses.filter((c) => !c.removed);
  for (const clause of current) {
    const version = currentVersion(clause);
    const force = version.force === NormativeForce.BINDING ? 'binding' : 'voluntary';
    const heading = version.heading ? ` ${escapeMarkdown(version.heading)}` : '';
    out.push(
      `## Article ${clause.number}.${heading}`,
      '',
      `*${force}*`,
      '',
      escapeMarkdown(version.text),
      '',
    );
    if (version.sources.length > 0)
      out.push(`Sources: ${version.sources.map(escapeMarkdown).join('; ')}`, '');
  }
  const adopted = data.amendments.filter((a) => a.status === AmendmentStatus.ADOPTED);
  out.push('---', '');
  if (comparison) out.push(...changesSince(comparison, data, names));
  out.push(...signatories(data, names), ...incidents(data, names));
  if (data.milestones.length > 0) {
    out.push('## Milestones', '');
    for (const m of data.milestones)
      out.push(
        `- **${escapeMarkdown(m.name)}**: the text after event ${m.seq}, ${m.markedAt.slice(0, 10)}`,
      );
    out.push('');
  }
  out.push('## Appendix: adopted amendments', '');
  if (adopted.length === 0) out.push('No amendment has been adopted yet.', '');
  adopted.forEach((amendment, index) => {
    const sponsor = escapeMarkdown(names.get(amendment.onBehalfOf) ?? amendment.onBehalfOf);
    out.push(`### Amendment ${index + 1}, by ${sponsor} (${KIND_WORDS[amendment.kind]})`, '');
    out.push(
      `Adopted on ${amendment.closedAt?.slice(0, 10) ?? '—'}. Rationale: ${escapeMarkdown(amendment.rationale)}`,
      '',
    );
    out.push(...backing(amendment, names), ...votes(amendment, names, secret), '');
  });
  out.push('## Participants', '');
  for (const o of data.organizations)
    out.push(
      `- ${escapeMarkdown(o.name)} (${groupName(o.group)}, ${o.role.toLowerCase()}${o.verified ? '' : ', unverified'})`,
    );
  out.push(
    '',
    `Exported ${exportedAt.toISOString()} after event ${data.accord.lastSeq}, chain head \`${data.accord.headHash}\`.`,
    '',
  );
  const signed = data.checkpoints.at(-1);
  if (signed) {
    const key = signing.keys.find((k) => k.keyId === signed.keyId);
    out.push(
      `Last signed checkpoint: event ${signed.seq}, hash \`${signed.hash}\`, signed ${toIsoMillis(signed.at)} ` +
        `by key \`${signed.keyId}\`${key ? ` (Ed25519, fingerprint \`${key.fingerprint}\`)` : ''}; ` +
        `signature \`${signed.signature}\`. The JSON export carries every checkpoint.`,
      '',
    );
  }
  return out.join('\n');
}

const VERDICT_WORDS: Record<AssessmentVerdict, string> = {
  [AssessmentVerdict.BREACHED]: 'breached',
  [AssessmentVerdict.NOT_BREACHED]: 'not breached',
  [AssessmentVerdict.UNCLEAR]: 'unclear whether breached',
};

const ATTRIBUTION_WORDS: Record<AttributionConfidence, string> = {
  [AttributionConfidence.ATTRIBUTED_OFFICIALLY]: 'attributed officially',
  [AttributionConfidence.CLAIMED]: 'claimed',
  [AttributionConfidence.ALLEGED]: 'alleged',
  [AttributionConfidence.UNATTRIBUTED]: 'unattributed',
};

const RESPONSE_WORDS: Record<IncidentResponseKind, string> = {
  [IncidentResponseKind.ATTRIBUTION]: 'Attribution',
  [IncidentResponseKind.CONDEMNATION]: 'Condemnation',
  [IncidentResponseKind.SANCTIONS]: 'Sanctions',
  [IncidentResponseKind.INDICTMENT]: 'Indictment',
  [IncidentResponseKind.NONE]: 'No response',
  [IncidentResponseKind.OTHER]: 'Other response',
};

const REPORT_WORDS: Record<ImplementationStatus, string> = {
  [ImplementationStatus.DONE]: 'done',
  [ImplementationStatus.IN_PROGRESS]: 'in progress',
  [ImplementationStatus.NOT_STARTED]: 'not started',
};

/**
 * The final declaration, every signature in the order signed (a withdrawn one kept and marked
 * withdrawn, with when and why, as the JSON export keeps it) and the implementation reports.
 * Organizations only, by name: who signed or reported for them stays out, as in the JSON.
 */
function signatories(data: AccordExportData, names: Map<string, string>): string[] {
  if (!data.final && data.signatures.length === 0 && data.implementationReports.length === 0)
    return [];
  const name = (id: string) => escapeMarkdown(names.get(id) ?? id);
  const numbers = new Map(data.clauses.map((c) => [c.id, c.number]));
  const out = ['## Signatories', ''];
  if (data.final)
    out.push(
      `Text declared final on ${data.final.declaredAt.slice(0, 10)} (event ${data.final.seq}, hash \`${data.final.hash}\`); ` +
        `it is the text after event ${data.final.textSeq}.`,
      '',
    );
  if (data.signatures.length === 0) out.push('No signature yet.', '');
  for (const s of data.signatures) {
    const withdrawn = s.withdrawnAt
      ? ` — **withdrawn** on ${s.withdrawnAt.slice(0, 10)} (event ${s.withdrawnSeq})`
      : '';
    out.push(
      `- **${name(s.organizationId)}**, signed on ${s.signedAt.slice(0, 10)} (event ${s.signedSeq})${withdrawn}`,
    );
    if (s.statement) out.push(`  - Statement: ${escapeMarkdown(s.statement)}`);
    for (const r of s.reservations)
      out.push(`  - Reservation on article ${r.number}: ${escapeMarkdown(r.text)}`);
    if (s.withdrawnAt && s.withdrawalReason)
      out.push(`  - Reason for withdrawing: ${escapeMarkdown(s.withdrawalReason)}`);
  }
  if (data.signatures.length > 0) out.push('');
  if (data.implementationReports.length > 0) {
    out.push('### Implementation reports', '');
    for (const r of data.implementationReports)
      out.push(
        `- ${name(r.organizationId)} on article ${numbers.get(r.clauseId) ?? '?'}: ` +
          `${REPORT_WORDS[r.status]} (${r.reportedAt.slice(0, 10)}, event ${r.seq}) — ${escapeMarkdown(r.text)}`,
      );
    out.push('');
  }
  return out;
}

/** What an assessment is against: an article (a removed one said so) or a norm of a framework. */
function assessedAgainst(assessment: ExportAssessment, data: AccordExportData): string {
  const clause = assessment.clauseId
    ? data.clauses.find((c) => c.id === assessment.clauseId)
    : undefined;
  if (clause) return `article ${clause.number}${clause.removed ? ' (since removed)' : ''}`;
  if (assessment.norm)
    return `${escapeMarkdown(assessment.norm.framework)} ${escapeMarkdown(assessment.norm.key)}`;
  return 'a norm';
}

/**
 * The incidents recorded in the accord, their facts as they stand, and each organization's
 * current assessment against the articles and norms (earlier ones are in the JSON's events).
 */
function incidents(data: AccordExportData, names: Map<string, string>): string[] {
  if (data.incidents.length === 0) return [];
  const name = (id: string) => escapeMarkdown(names.get(id) ?? id);
  const out = ['## Incidents', ''];
  for (const incident of data.incidents) out.push(...incidentSection(incident, data, name));
  return out;
}

function incidentSection(
  incident: ExportIncident,
  data: AccordExportData,
  name: (organizationId: string) => string,
): string[] {
  const period = incident.endedOn
    ? `${incident.startedOn} to ${incident.endedOn}`
    : `from ${incident.startedOn}`;
  const revised = incident.revision > 1 ? `, revision ${incident.revision}` : '';
  const out = [
    `### ${escapeMarkdown(incident.name)} (${period})`,
    '',
    `Recorded by ${name(incident.organizationId)} on ${incident.recordedAt.slice(0, 10)}${revised}.`,
    '',
    escapeMarkdown(incident.description),
    '',
  ];
  const facts: string[] = [];
  for (const actor of incident.actors)
    facts.push(
      `- Actor: ${escapeMarkdown(actor.name)} (${ATTRIBUTION_WORDS[actor.attribution]})` +
        (actor.note ? ` — ${escapeMarkdown(actor.note)}` : ''),
    );
  for (const r of incident.responses)
    facts.push(
      `- ${RESPONSE_WORDS[r.kind]} by ${escapeMarkdown(r.by)}${r.on ? ` (${r.on})` : ''}: ${escapeMarkdown(r.description)}` +
        (r.source ? ` Source: ${escapeMarkdown(r.source)}` : ''),
    );
  for (const source of incident.sources) facts.push(`- Source: ${escapeMarkdown(source)}`);
  if (facts.length > 0) out.push(...facts, '');
  out.push('Assessments:', '');
  if (incident.assessments.length === 0) out.push('- None yet.');
  for (const a of incident.assessments)
    out.push(
      `- ${name(a.organizationId)}: ${VERDICT_WORDS[a.verdict]}, ${assessedAgainst(a, data)} ` +
        `(${a.assessedAt.slice(0, 10)}${a.revision > 1 ? `, revision ${a.revision}` : ''}) — ${escapeMarkdown(a.reasoning)}`,
    );
  out.push('');
  return out;
}

/**
 * The redline since an earlier moment: each changed article, its words struck (`<del>`) and
 * inserted (`<ins>`), and the amendments that changed it.
 */
function changesSince(
  comparison: ExportComparison,
  data: AccordExportData,
  names: Map<string, string>,
): string[] {
  const changed = comparison.articles.filter((a) => a.kind !== 'UNCHANGED');
  const sponsors = new Map(
    data.amendments.map((a) => [a.id, names.get(a.onBehalfOf) ?? a.onBehalfOf]),
  );
  const out = [
    `## Changes since event ${comparison.from.seq} (${comparison.from.at.toISOString().slice(0, 10)})`,
    '',
  ];
  if (changed.length === 0) out.push('No article has changed since.', '');
  for (const article of changed) {
    const now = article.to ?? article.from;
    const was =
      article.from && article.to && article.from.number !== article.to.number
        ? ` (was ${article.from.number})`
        : '';
    out.push(`### Article ${now?.number ?? ''}${was}: ${CHANGE_WORDS[article.kind]}`, '');
    if (article.from && article.to && article.from.force !== article.to.force)
      out.push(`*${article.from.force.toLowerCase()} → ${article.to.force.toLowerCase()}*`, '');
    out.push(
      article.parts
        .map((part) =>
          part.op === 'insert'
            ? `<ins>${escapeMarkdown(part.text)}</ins>`
            : part.op === 'delete'
              ? `<del>${escapeMarkdown(part.text)}</del>`
              : escapeMarkdown(part.text),
        )
        .join(''),
      '',
    );
    if (article.amendmentIds.length > 0)
      out.push(
        `By the amendment${article.amendmentIds.length > 1 ? 's' : ''} of ${article.amendmentIds
          .map((id) => escapeMarkdown(sponsors.get(id) ?? id))
          .join(', ')}.`,
        '',
      );
  }
  return out;
}
