import { describe, expect, it } from '@jest/globals';
import {
  AssessmentVerdict,
  AttributionConfidence,
  DecisionRuleKind,
  ImplementationStatus,
  IncidentResponseKind,
  NormativeForce,
} from '@plenary/contracts';
import { exportData, exportedClause, UNSIGNED } from '../../../test/support/export-data.js';
import type { ExportComparison } from './export-comparison.js';
import { toMarkdownExport } from './markdown-export.js';

const at = '2026-12-02T10:00:00.000Z';
const signing = UNSIGNED;
const clause = (number: string, text: string, removed = false) =>
  exportedClause(number, text, { removed, createdAt: at });

const data = exportData({
  accord: {
    rule: { kind: DecisionRuleKind.SIMPLE_MAJORITY, secretBallot: true },
    createdAt: at,
    lastSeq: 50,
  },
  organizations: [
    { id: 'o1', name: 'Ruritania', group: 'GOVERNMENT', role: 'PARTY', verified: true },
    { id: 'o2', name: 'Freedonia & Co', group: 'PRIVATE_SECTOR', role: 'PARTY', verified: true },
  ],
  clauses: [
    clause('1', 'States should not attack hospitals.'),
    clause('2', 'Vendors should report vulnerabilities.'),
    clause('3', 'States should protect CERTs.', true),
  ],
  amendments: [],
  milestones: [],
  incidents: [
    {
      id: 'i1',
      name: 'WannaCry',
      startedOn: '2017-05-12',
      endedOn: '2017-05-15',
      description: 'Ransomware hit hospitals.\n# not a heading',
      sources: ['https://example.org/wannacry'],
      actors: [
        {
          name: 'Lazarus Group',
          attribution: AttributionConfidence.ATTRIBUTED_OFFICIALLY,
          note: 'US and UK, December 2017',
        },
      ],
      responses: [
        {
          kind: IncidentResponseKind.ATTRIBUTION,
          by: 'United States',
          on: '2017-12-19',
          description: 'Publicly attributed.',
          source: null,
        },
      ],
      organizationId: 'o1',
      recordedAt: at,
      revision: 2,
      assessments: [
        {
          organizationId: 'o1',
          clauseId: 'c1',
          normId: null,
          norm: null,
          verdict: AssessmentVerdict.BREACHED,
          reasoning: 'Hospitals were *hit*.',
          revision: 2,
          assessedAt: at,
          seq: 30,
        },
        {
          organizationId: 'o2',
          clauseId: null,
          normId: 'n-f',
          norm: { framework: 'UN GGE 2015', key: '13(f)' },
          verdict: AssessmentVerdict.UNCLEAR,
          reasoning: 'Attribution is contested.',
          revision: 1,
          assessedAt: at,
          seq: 31,
        },
        {
          organizationId: 'o2',
          clauseId: 'c3',
          normId: null,
          norm: null,
          verdict: AssessmentVerdict.NOT_BREACHED,
          reasoning: 'No CERT was attacked.',
          revision: 1,
          assessedAt: at,
          seq: 32,
        },
      ],
    },
  ],
  frameworks: [],
  checkpoints: [],
  final: { seq: 40, hash: 'a'.repeat(64), textSeq: 39, declaredAt: at },
  signatures: [
    {
      id: 's1',
      organizationId: 'o1',
      signedAt: at,
      signedSeq: 41,
      statement: 'In good faith.',
      reservations: [{ clauseId: 'c2', number: '2', text: 'Subject to <our> law.' }],
      withdrawnAt: null,
      withdrawnSeq: null,
      withdrawalReason: null,
    },
    {
      id: 's2',
      organizationId: 'o2',
      signedAt: at,
      signedSeq: 42,
      statement: null,
      reservations: [],
      withdrawnAt: '2026-12-03T09:00:00.000Z',
      withdrawnSeq: 43,
      withdrawalReason: 'Changed our mind',
    },
  ],
  implementationReports: [
    {
      id: 'r1',
      organizationId: 'o1',
      clauseId: 'c2',
      status: ImplementationStatus.IN_PROGRESS,
      text: 'A bounty programme is being set up.',
      reportedAt: at,
      seq: 44,
    },
  ],
} as unknown as Parameters<typeof exportData>[0]);

const section = (markdown: string, heading: string) => {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
};

describe('the Markdown export', () => {
  it('lists the signatories in the order signed, a withdrawn signature marked withdrawn, and the reports', () => {
    const signatories = section(toMarkdownExport(data, new Date(0), signing), 'Signatories');
    expect(signatories).toContain(
      `Text declared final on 2026-12-02 (event 40, hash \`${'a'.repeat(64)}\`); it is the text after event 39.`,
    );
    expect(signatories).toContain(
      [
        '- **Ruritania**, signed on 2026-12-02 (event 41)',
        '  - Statement: In good faith.',
        '  - Reservation on article 2: Subject to \\<our\\> law.',
        '- **Freedonia & Co**, signed on 2026-12-02 (event 42) — **withdrawn** on 2026-12-03 (event 43)',
        '  - Reason for withdrawing: Changed our mind',
      ].join('\n'),
    );
    expect(signatories).toContain(
      '- Ruritania on article 2: in progress (2026-12-02, event 44) — A bounty programme is being set up.',
    );
  });

  it('describes each incident and the current assessments against articles and norms', () => {
    const incidents = section(toMarkdownExport(data, new Date(0), signing), 'Incidents');
    expect(incidents).toContain('### WannaCry (2017-05-12 to 2017-05-15)');
    expect(incidents).toContain('Recorded by Ruritania on 2026-12-02, revision 2.');
    // User text cannot make Markdown structure.
    expect(incidents).toContain('Ransomware hit hospitals.\n\\# not a heading');
    expect(incidents).toContain(
      '- Actor: Lazarus Group (attributed officially) — US and UK, December 2017',
    );
    expect(incidents).toContain(
      '- Attribution by United States (2017-12-19): Publicly attributed.',
    );
    expect(incidents).toContain('- Source: https://example.org/wannacry');
    expect(incidents).toContain(
      '- Ruritania: breached, article 1 (2026-12-02, revision 2) — Hospitals were \\*hit\\*.',
    );
    expect(incidents).toContain(
      '- Freedonia & Co: unclear whether breached, UN GGE 2015 13(f) (2026-12-02) — Attribution is contested.',
    );
    expect(incidents).toContain('- Freedonia & Co: not breached, article 3 (since removed)');
  });

  it('keeps both sections in a redline export, after the changes', () => {
    const comparison: ExportComparison = {
      from: { seq: 10, at: new Date(at) },
      to: { seq: 50, at: new Date(at) },
      articles: [
        {
          kind: 'MODIFIED',
          from: { clauseId: 'c1', number: '1', force: NormativeForce.VOLUNTARY },
          to: { clauseId: 'c1', number: '1', force: NormativeForce.VOLUNTARY },
          parts: [
            { op: 'equal', text: 'States should not attack ' },
            { op: 'insert', text: 'hospitals' },
            { op: 'delete', text: 'clinics' },
            { op: 'equal', text: '.' },
          ],
          amendmentIds: [],
        } as unknown as ExportComparison['articles'][number],
      ],
    };
    const markdown = toMarkdownExport(data, new Date(0), signing, comparison);
    expect(markdown).toContain('States should not attack <ins>hospitals</ins><del>clinics</del>.');
    const changes = markdown.indexOf('## Changes since event 10');
    expect(changes).toBeGreaterThan(-1);
    expect(markdown.indexOf('## Signatories')).toBeGreaterThan(changes);
    expect(markdown.indexOf('## Incidents')).toBeGreaterThan(markdown.indexOf('## Signatories'));
  });

  it('says nothing of signatories or incidents while there are none', () => {
    const draft = {
      ...data,
      final: null,
      signatures: [],
      implementationReports: [],
      incidents: [],
    };
    const markdown = toMarkdownExport(draft, new Date(0), signing);
    expect(markdown).not.toContain('## Signatories');
    expect(markdown).not.toContain('## Incidents');
  });
});
