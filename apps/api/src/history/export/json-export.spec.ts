import { describe, expect, it } from '@jest/globals';
import type { AccordExportData, ExportEvent } from './export-data.js';
import { toJsonExport } from './json-export.js';

const data = {
  accord: {
    id: 'a1',
    title: 'Tech "Accord"\n',
    preamble: null,
    rule: { kind: 'SIMPLE_MAJORITY' },
    createdAt: '2026-12-01T00:00:00.000Z',
    lastSeq: 3,
    headHash: 'f'.repeat(64),
  },
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
} as unknown as AccordExportData;

const event = (seq: number): ExportEvent => ({
  seq,
  type: 'clauses.renumbered',
  at: '2026-12-01T00:00:00.000Z',
  actorId: null,
  payload: { changes: [{ clauseId: 'c1', from: `"5 bis"\n`, to: String(seq) }] },
  prevHash: '0'.repeat(64),
  hash: String(seq).repeat(64).slice(0, 64),
});

async function* pages(...lists: ExportEvent[][]) {
  for (const list of lists) yield await Promise.resolve(list);
}

async function written(...lists: ExportEvent[][]) {
  const signing = { every: 50, signedEventTypes: [], keys: [] };
  let text = '';
  for await (const chunk of toJsonExport(data, pages(...lists), new Date(0), signing))
    text += chunk;
  return text;
}

describe('the JSON export, written a page of events at a time', () => {
  it('is exactly JSON.stringify(record, null, 2), whatever the pages', async () => {
    const events = [event(1), event(2), event(3)];
    const text = await written([event(1)], [], [event(2), event(3)]);
    const record = JSON.parse(text) as { events: unknown[] };
    expect(record.events).toEqual(events.map((e) => ({ accordId: 'a1', ...e })));
    expect(text).toBe(JSON.stringify(record, null, 2));
    expect(await written(events)).toBe(text);
  });

  it('writes an empty log as an empty list', async () => {
    const text = await written();
    expect(JSON.parse(text)).toMatchObject({ events: [] });
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });
});
