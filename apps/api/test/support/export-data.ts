import { DecisionRuleKind, NormativeForce } from '@plenary/contracts';
import type { AccordExportData, ExportClause } from '../../src/history/export/export-data.js';

/** When the export fixtures' things happened, unless a test says otherwise. */
export const EXPORTED_AT = '2026-12-01T00:00:00.000Z';

/** A clause in an export: one version, voluntary, no heading, citing what it is given. */
export function exportedClause(
  number: string,
  text: string,
  {
    sources = [],
    citations = [],
    removed = false,
    createdAt = EXPORTED_AT,
  }: {
    sources?: string[];
    citations?: { normId: string; source: string | null }[];
    removed?: boolean;
    createdAt?: string;
  } = {},
): ExportClause {
  return {
    id: `c${number}`,
    number,
    position: removed ? null : Number.parseInt(number, 10),
    removed,
    versions: [
      {
        version: 1,
        heading: null,
        text,
        force: NormativeForce.VOLUNTARY,
        sources,
        normIds: citations.filter((c) => c.source === null).map((c) => c.normId),
        citations,
        amendmentId: null,
        authorOrganizationId: null,
        createdAt,
        createdSeq: 1,
      },
    ],
  };
}

/** What an export is made from: the accord "Tech Accord" with nothing in it, then what the test gives. */
export function exportData(
  parts: Omit<Partial<AccordExportData>, 'accord'> & {
    accord?: Partial<AccordExportData['accord']>;
  } = {},
): AccordExportData {
  const { accord, ...rest } = parts;
  return {
    organizations: [],
    clauses: [],
    amendments: [],
    milestones: [],
    incidents: [],
    frameworks: [],
    checkpoints: [],
    final: null,
    signatures: [],
    implementationReports: [],
    ...rest,
    accord: {
      id: 'a1',
      title: 'Tech Accord',
      preamble: null,
      rule: { kind: DecisionRuleKind.SIMPLE_MAJORITY },
      createdAt: EXPORTED_AT,
      lastSeq: 3,
      headHash: 'f'.repeat(64),
      previousVersionId: null,
      nextVersionId: null,
      ...accord,
    },
  };
}

/** Checkpoint signing as an export describes it: the default interval, no keys yet. */
export const UNSIGNED = { every: 50, signedEventTypes: [], keys: [] };
