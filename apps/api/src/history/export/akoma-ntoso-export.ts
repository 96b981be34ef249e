import { AmendmentStatus, NormativeForce } from '@plenary/contracts';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import {
  currentVersion,
  type AccordExportData,
  acceptedCoSponsors,
  type ExportSigning,
  type ExportVersion,
} from './export-data.js';
import type { ExportComparison } from './export-comparison.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const CHECKPOINT_NAMESPACE = 'urn:plenary:checkpoint:1';
const SPONSORSHIP_NAMESPACE = 'urn:plenary:sponsorship:1';
const INCIDENTS_NAMESPACE = 'urn:plenary:incidents:1';
const SIGNATORIES_NAMESPACE = 'urn:plenary:signatories:1';

const day = (iso: string) => iso.slice(0, 10);
/** The AKN naming convention's id of an article: "5 bis A" → art_5bisa. */
const articleEid = (number: string) => `art_${number.replace(/\s+/g, '').toLowerCase()}`;
/** A file-name and URI-safe form of a title. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'accord';

/** The text's paragraphs as `<p>`s; returns the last one. */
function paragraphs(parent: XMLBuilder, text: string): XMLBuilder {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  let last!: XMLBuilder;
  for (const block of blocks.length > 0 ? blocks : ['']) last = parent.ele('p').txt(block);
  return last;
}

/** A norm cited by the text, as AKN refers to it: its URL, and its framework's TLCReference. */
interface CitedNorm {
  href: string;
  label: string;
  frameworkEid: string;
}

/** Each cited norm by id, and each framework's `TLCReference` eId (fw_1, fw_2 … in export order). */
function citedNorms(data: AccordExportData): Map<string, CitedNorm> {
  const norms = new Map<string, CitedNorm>();
  data.frameworks.forEach((framework, i) => {
    for (const norm of framework.norms)
      norms.set(norm.id, {
        href:
          norm.sourceUrl ??
          `/plenary/framework/${framework.id}/norm/${encodeURIComponent(norm.key)}`,
        label: `${framework.shortName} ${norm.key}`,
        frameworkEid: `fw_${i + 1}`,
      });
  });
  return norms;
}

/**
 * An article's sources as footnotes (AKN's `authorialNote`, an inline element, so they follow
 * its last paragraph's text), numbered through the document from `firstMarker`: each free-text
 * source (a `<ref>` to its norm when it is linked to one), then each norm cited directly. Returns
 * how many notes it wrote.
 */
function sourceNotes(
  lastParagraph: XMLBuilder,
  eId: string,
  version: ExportVersion,
  norms: Map<string, CitedNorm>,
  firstMarker: number,
): number {
  const linked = new Map(version.citations.map((c) => [c.source, norms.get(c.normId)]));
  const notes: { text: string; norm: CitedNorm | undefined; kind: string }[] = [
    ...version.sources.map((source) => ({
      text: source,
      norm: linked.get(source),
      kind: 'source',
    })),
    ...version.citations
      .filter((c) => c.source === null)
      .map((c) => ({
        text: norms.get(c.normId)?.label ?? c.normId,
        norm: norms.get(c.normId),
        kind: 'norm',
      })),
  ];
  notes.forEach(({ text, norm, kind }, i) => {
    const p = lastParagraph
      .ele('authorialNote', {
        eId: `${eId}__authorialNote_${i + 1}`,
        marker: String(firstMarker + i),
        placement: 'bottom',
        class: kind,
      })
      .ele('p');
    if (norm) p.ele('ref', { href: norm.href, refersTo: `#${norm.frameworkEid}` }).txt(text);
    else p.txt(text);
  });
  return notes.length;
}

/** FRBR work / expression / manifestation: what the document is, which version, which file. */
function identification(meta: XMLBuilder, data: AccordExportData, exportedAt: Date): void {
  const work = `/akn/un/bill/${day(data.accord.createdAt)}/${slug(data.accord.title)}`;
  const expression = `${work}/eng@${day(exportedAt.toISOString())}`;
  const id = meta.ele('identification', { source: '#plenary' });
  const w = id.ele('FRBRWork');
  w.ele('FRBRthis', { value: `${work}/!main` });
  w.ele('FRBRuri', { value: work });
  w.ele('FRBRdate', { date: day(data.accord.createdAt), name: 'creation' });
  w.ele('FRBRauthor', { href: '#secretariat' });
  w.ele('FRBRcountry', { value: 'un' });
  w.ele('FRBRname', { value: data.accord.title });
  w.ele('FRBRprescriptive', { value: 'true' });
  const e = id.ele('FRBRExpression');
  e.ele('FRBRthis', { value: `${expression}/!main` });
  e.ele('FRBRuri', { value: expression });
  e.ele('FRBRdate', {
    date: day(exportedAt.toISOString()),
    name: `after-event-${data.accord.lastSeq}`,
  });
  e.ele('FRBRauthor', { href: '#secretariat' });
  e.ele('FRBRlanguage', { language: 'eng' });
  const m = id.ele('FRBRManifestation');
  m.ele('FRBRthis', { value: `${expression}/!main.akn.xml` });
  m.ele('FRBRuri', { value: `${expression}.akn.xml` });
  m.ele('FRBRdate', { date: day(exportedAt.toISOString()), name: 'generation' });
  m.ele('FRBRauthor', { href: '#plenary' });
}

/** Adopted amendments as lifecycle events, each referring to its record. */
function lifecycleAndReferences(
  meta: XMLBuilder,
  data: AccordExportData,
  comparison: ExportComparison | undefined,
): void {
  const adopted = data.amendments.filter((a) => a.status === AmendmentStatus.ADOPTED);
  const names = new Map(data.organizations.map((o) => [o.id, o.name]));
  const lifecycle = meta.ele('lifecycle', { source: '#plenary' });
  lifecycle.ele('eventRef', {
    eId: 'evt_created',
    date: day(data.accord.createdAt),
    source: '#ref_created',
    type: 'generation',
  });
  adopted.forEach((a, i) => {
    lifecycle.ele('eventRef', {
      eId: `evt_amd_${i + 1}`,
      date: day(a.closedAt ?? a.createdAt),
      source: `#ref_amd_${i + 1}`,
      type: 'amendment',
    });
  });
  // The declaration that froze the text: the expression every signature refers to.
  if (data.final)
    lifecycle.ele('eventRef', {
      eId: 'evt_final',
      date: day(data.final.declaredAt),
      source: '#ref_final',
      type: 'generation',
    });
  if (comparison) passiveModifications(meta, comparison);
  const references = meta.ele('references', { source: '#plenary' });
  references.ele('original', {
    eId: 'ref_created',
    href: '/akn/un/bill/created',
    showAs: `${data.accord.title} (as created)`,
  });
  adopted.forEach((a, i) => {
    const t = a.finalTally;
    const outcome = t
      ? `adopted: ${t.for} for, ${t.against} against, ${t.abstain} abstaining`
      : 'adopted';
    const coSponsors = acceptedCoSponsors(a).map(
      (s) => names.get(s.organizationId) ?? s.organizationId,
    );
    const backers = coSponsors.length > 0 ? `, co-sponsored by ${coSponsors.join(', ')}` : '';
    references.ele('passiveRef', {
      eId: `ref_amd_${i + 1}`,
      href: `/plenary/amendment/${a.id}`,
      showAs: `Amendment by ${names.get(a.onBehalfOf) ?? a.onBehalfOf}${backers} (${a.kind.toLowerCase().replace('_', ' ')}), ${outcome}`,
    });
  });
  if (data.final)
    references.ele('passiveRef', {
      eId: 'ref_final',
      href: `/plenary/accord/${data.accord.id}/final/${data.final.seq}`,
      showAs: `Text declared final (event ${data.final.seq}, hash ${data.final.hash})`,
    });
  references.ele('TLCOrganization', {
    eId: 'plenary',
    href: '/ontology/organization/plenary',
    showAs: 'Plenary',
  });
  references.ele('TLCRole', {
    eId: 'secretariat',
    href: '/ontology/role/secretariat',
    showAs: 'Secretariat (facilitator)',
  });
  for (const [eId, showAs] of [
    ['sponsor', 'Sponsor of an amendment'],
    ['cosponsor', 'Co-sponsor of an amendment'],
    ['supporter', 'Supporter (+1) of an amendment'],
    ['signatory', 'Signatory of the final text'],
  ])
    references.ele('TLCRole', { eId, href: `/ontology/role/plenary/${eId}`, showAs });
  data.organizations.forEach((o, i) => {
    references.ele('TLCOrganization', {
      eId: `org_${i + 1}`,
      href: `/ontology/organization/plenary/${o.id}`,
      showAs: o.name,
    });
  });
  // The norm frameworks the text cites: its notes' <ref>s point at their norms (refersTo).
  data.frameworks.forEach((f, i) => {
    references.ele('TLCReference', {
      eId: `fw_${i + 1}`,
      href: f.sourceUrl ?? `/plenary/framework/${f.id}`,
      showAs: `${f.shortName}: ${f.title}`,
    });
  });
}

/**
 * Who stood behind each adopted amendment: its sponsor, the co-sponsors who accepted and the
 * organizations that gave it a "+1", each a reference to its `TLCOrganization` in the role of its
 * `TLCRole`. AKN has no element for an amendment's sponsors inside a bill, so they are Plenary's
 * proprietary metadata, pointing at the amendment's `passiveRef`.
 */
function sponsorships(meta: XMLBuilder, data: AccordExportData): void {
  const adopted = data.amendments.filter((a) => a.status === AmendmentStatus.ADOPTED);
  if (!adopted.some((a) => acceptedCoSponsors(a).length > 0 || a.supporters.length > 0)) return;
  const orgRef = new Map(data.organizations.map((o, i) => [o.id, `#org_${i + 1}`]));
  const proprietary = meta.ele('proprietary', { source: '#plenary' });
  adopted.forEach((a, i) => {
    const record = proprietary.ele(SPONSORSHIP_NAMESPACE, 'amendment', {
      refersTo: `#ref_amd_${i + 1}`,
    });
    const backer = (organizationId: string, as: string, date: string | null) => {
      const refersTo = orgRef.get(organizationId);
      if (refersTo)
        record.ele(SPONSORSHIP_NAMESPACE, 'organization', {
          refersTo,
          as: `#${as}`,
          ...(date ? { date: day(date) } : {}),
        });
    };
    backer(a.onBehalfOf, 'sponsor', a.createdAt);
    for (const s of acceptedCoSponsors(a)) backer(s.organizationId, 'cosponsor', s.answeredAt);
    for (const s of a.supporters) backer(s.organizationId, 'supporter', s.supportedAt);
  });
}

/**
 * The incidents recorded in the accord and each organization's current assessment of them
 * against its articles. They are not part of the text, and AKN has no element for them: they are
 * Plenary's proprietary metadata (as its sponsorships are), each assessment referring to the
 * article it assesses (`#art_4`) and to the organization that made it (its `TLCOrganization`).
 */
function incidents(meta: XMLBuilder, data: AccordExportData): void {
  if (data.incidents.length === 0) return;
  const orgRef = new Map(data.organizations.map((o, i) => [o.id, `#org_${i + 1}`]));
  const articleRef = new Map(
    data.clauses.filter((c) => !c.removed).map((c) => [c.id, `#${articleEid(c.number)}`]),
  );
  const proprietary = meta.ele('proprietary', { source: '#plenary' });
  for (const incident of data.incidents) {
    const record = proprietary.ele(INCIDENTS_NAMESPACE, 'incident', {
      id: incident.id,
      name: incident.name,
      startedOn: incident.startedOn,
      ...(incident.endedOn ? { endedOn: incident.endedOn } : {}),
      ...(orgRef.has(incident.organizationId)
        ? { recordedBy: orgRef.get(incident.organizationId)! }
        : {}),
    });
    record.ele(INCIDENTS_NAMESPACE, 'description').txt(incident.description);
    for (const source of incident.sources) record.ele(INCIDENTS_NAMESPACE, 'source').txt(source);
    for (const actor of incident.actors)
      record
        .ele(INCIDENTS_NAMESPACE, 'actor', { name: actor.name, attribution: actor.attribution })
        .txt(actor.note ?? '');
    for (const response of incident.responses)
      record
        .ele(INCIDENTS_NAMESPACE, 'response', {
          kind: response.kind,
          by: response.by,
          ...(response.on ? { on: response.on } : {}),
          ...(response.source ? { source: response.source } : {}),
        })
        .txt(response.description);
    for (const assessment of incident.assessments) {
      const article = assessment.clauseId ? articleRef.get(assessment.clauseId) : undefined;
      const target = article
        ? { article }
        : assessment.norm
          ? { framework: assessment.norm.framework, norm: assessment.norm.key }
          : undefined;
      const organization = orgRef.get(assessment.organizationId);
      if (!target || !organization) continue; // a removed article's assessments stay in the JSON
      record
        .ele(INCIDENTS_NAMESPACE, 'assessment', {
          ...target,
          by: organization,
          verdict: assessment.verdict,
          revision: String(assessment.revision),
          date: day(assessment.assessedAt),
        })
        .txt(assessment.reasoning);
    }
  }
}

/**
 * Who signed the final text (with statements and reservations on named articles), who withdrew
 * and the implementation reports: Plenary's proprietary metadata, each organization a reference
 * to its `TLCOrganization` and each article to its `eId`. (AKN's `<signature>` names people
 * who sign a document's conclusions; organizations signing an accord after it was declared final,
 * each with reservations, have no element of their own.) Readable signatories follow the body
 * in the `conclusions`.
 */
function signatories(meta: XMLBuilder, data: AccordExportData): void {
  if (data.signatures.length === 0 && data.implementationReports.length === 0) return;
  const orgRef = new Map(data.organizations.map((o, i) => [o.id, `#org_${i + 1}`]));
  const numbers = new Map(data.clauses.map((c) => [c.id, c.number]));
  const proprietary = meta.ele('proprietary', { source: '#plenary' });
  const list = proprietary.ele(SIGNATORIES_NAMESPACE, 'signatures', {
    refersTo: '#ref_final',
  });
  for (const s of data.signatures) {
    const signature = list.ele(SIGNATORIES_NAMESPACE, 'signature', {
      refersTo:
        orgRef.get(s.organizationId) ?? `/ontology/organization/plenary/${s.organizationId}`,
      as: '#signatory',
      date: day(s.signedAt),
      seq: String(s.signedSeq),
      ...(s.withdrawnAt
        ? { withdrawn: day(s.withdrawnAt), withdrawnSeq: String(s.withdrawnSeq) }
        : {}),
    });
    if (s.statement) signature.ele(SIGNATORIES_NAMESPACE, 'statement').txt(s.statement);
    for (const r of s.reservations)
      signature
        .ele(SIGNATORIES_NAMESPACE, 'reservation', {
          article: `#${articleEid(r.number)}`,
          number: r.number,
        })
        .txt(r.text);
    if (s.withdrawalReason)
      signature.ele(SIGNATORIES_NAMESPACE, 'withdrawal').txt(s.withdrawalReason);
  }
  if (data.implementationReports.length === 0) return;
  const reports = proprietary.ele(SIGNATORIES_NAMESPACE, 'implementationReports');
  for (const r of data.implementationReports) {
    const number = numbers.get(r.clauseId) ?? '';
    reports
      .ele(SIGNATORIES_NAMESPACE, 'report', {
        refersTo:
          orgRef.get(r.organizationId) ?? `/ontology/organization/plenary/${r.organizationId}`,
        article: `#${articleEid(number)}`,
        status: r.status,
        date: day(r.reportedAt),
        seq: String(r.seq),
      })
      .txt(r.text);
  }
}

/** The standing signatories, readably, after the body. */
function conclusions(bill: XMLBuilder, data: AccordExportData): void {
  if (!data.final) return;
  const names = new Map(data.organizations.map((o) => [o.id, o.name]));
  const standing = data.signatures.filter((s) => s.withdrawnAt === null);
  const container = bill
    .ele('conclusions')
    .ele('container', { eId: 'signatories', name: 'signatories' });
  container
    .ele('p')
    .txt(
      `Text declared final on ${day(data.final.declaredAt)} (event ${data.final.seq}).` +
        (standing.length === 0 ? ' No signature yet.' : ' Signed by:'),
    );
  for (const s of standing) {
    const reservations = s.reservations
      .map((r) => `reservation on article ${r.number}: ${r.text}`)
      .join('; ');
    container
      .ele('p')
      .txt(
        `${names.get(s.organizationId) ?? s.organizationId}, ${day(s.signedAt)}` +
          (s.statement ? ` — ${s.statement}` : '') +
          (reservations ? ` (${reservations})` : ''),
      );
  }
}

/** The last signed checkpoint of the log, in the document's proprietary metadata. */
function signedHead(meta: XMLBuilder, data: AccordExportData, signing: ExportSigning): void {
  const signed = data.checkpoints.at(-1);
  if (!signed) return;
  const key = signing.keys.find((k) => k.keyId === signed.keyId);
  meta.ele('proprietary', { source: '#plenary' }).ele(CHECKPOINT_NAMESPACE, 'checkpoint', {
    accordId: signed.accordId,
    seq: String(signed.seq),
    hash: signed.hash,
    at: String(signed.at),
    keyId: signed.keyId,
    algorithm: 'Ed25519',
    ...(key ? { fingerprint: key.fingerprint } : {}),
    signature: signed.signature,
  });
}

/** An Akoma Ntoso 3.0 `bill`: the current text, its identification and how it came to be. */
export function toAkomaNtosoExport(
  data: AccordExportData,
  exportedAt: Date,
  signing: ExportSigning,
  comparison?: ExportComparison,
): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN_NAMESPACE, 'akomaNtoso');
  const bill = root.ele('bill', { name: slug(data.accord.title) });
  const meta = bill.ele('meta');
  identification(meta, data, exportedAt);
  lifecycleAndReferences(meta, data, comparison);
  signedHead(meta, data, signing);
  sponsorships(meta, data);
  incidents(meta, data);
  signatories(meta, data);

  bill
    .ele('preface')
    .ele('longTitle', { eId: 'longTitle' })
    .ele('p')
    .ele('docTitle')
    .txt(data.accord.title);
  if (data.accord.preamble)
    paragraphs(
      bill.ele('preamble').ele('container', { eId: 'preamble_1', name: 'preamble' }),
      data.accord.preamble,
    );

  const body = bill.ele('body');
  const current = data.clauses.filter((c) => !c.removed);
  if (current.length === 0) {
    body.ele('article', { eId: 'art_0' }).ele('content').ele('p').txt('(No clause adopted yet.)');
  }
  let notes = 0;
  const norms = citedNorms(data);
  const changes = new Map(comparison?.articles.map((a) => [a.clauseId, a]));
  for (const clause of current) {
    const version = currentVersion(clause);
    const eId = articleEid(clause.number);
    const article = body.ele('article', {
      eId,
      class: version.force === NormativeForce.BINDING ? 'binding' : 'voluntary',
    });
    article.ele('num').txt(clause.number);
    if (version.heading) article.ele('heading').txt(version.heading);
    const change = changes.get(clause.id);
    const last =
      change && change.reworded
        ? redline(article.ele('content'), change.parts)
        : paragraphs(article.ele('content'), version.text);
    notes += sourceNotes(last, eId, version, norms, notes + 1);
  }
  // Compared with an earlier moment, the articles removed since stay, struck through.
  for (const removed of comparison?.articles.filter((a) => a.kind === 'REMOVED') ?? []) {
    if (!removed.from) continue;
    const article = body.ele('article', {
      eId: `${articleEid(removed.from.number)}_removed`,
      status: 'removed',
    });
    article.ele('num').txt(removed.from.number);
    redline(article.ele('content'), removed.parts);
  }
  conclusions(bill, data);
  return root.end({ prettyPrint: true });
}

/** A text with its changes marked: AKN's inline `<ins>` and `<del>`. Returns its paragraph. */
function redline(content: XMLBuilder, parts: readonly { op: string; text: string }[]): XMLBuilder {
  const p = content.ele('p');
  for (const part of parts) {
    if (part.op === 'insert') p.ele('ins').txt(part.text);
    else if (part.op === 'delete') p.ele('del').txt(part.text);
    else p.txt(part.text);
  }
  return p;
}

const MOD_TYPES = {
  ADDED: 'insertion',
  REMOVED: 'repeal',
  MODIFIED: 'substitution',
  MOVED: 'renumbering',
} as const;

/**
 * The changes since the compared moment, as AKN records the modifications a text underwent:
 * one `textualMod` per changed article, its source the amendment that made it.
 */
function passiveModifications(meta: XMLBuilder, comparison: ExportComparison): void {
  const mods = meta.ele('analysis', { source: '#plenary' }).ele('passiveModifications');
  let n = 0;
  for (const change of comparison.articles) {
    if (change.kind === 'UNCHANGED') continue;
    const number = (change.to ?? change.from)?.number ?? '';
    const destination =
      change.kind === 'REMOVED' ? `#${articleEid(number)}_removed` : `#${articleEid(number)}`;
    const mod = mods.ele('textualMod', { eId: `pmod_${++n}`, type: MOD_TYPES[change.kind] });
    for (const id of change.amendmentIds.length > 0 ? change.amendmentIds : [null])
      mod.ele('source', { href: id ? `/plenary/amendment/${id}` : '#plenary' });
    mod.ele('destination', { href: destination });
  }
}
