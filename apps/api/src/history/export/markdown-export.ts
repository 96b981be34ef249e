import { AmendmentStatus, NormativeForce } from '@plenary/contracts';
import { groupName } from '@plenary/decision-rules';
import { toIsoMillis } from '@plenary/ledger';
import {
  currentVersion,
  type AccordExportData,
  acceptedCoSponsors,
  type ExportAmendment,
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
