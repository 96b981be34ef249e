import { describe, expect, it } from '@jest/globals';
import { EXPORTED_AT, exportData, UNSIGNED } from '../../../test/support/export-data.js';
import type { ExportEvent } from './export-data.js';
import { toJsonExport } from './json-export.js';

const data = exportData({ accord: { title: 'Tech "Accord"\n' } });

const event = (seq: number): ExportEvent => ({
  seq,
  type: 'clauses.renumbered',
  at: EXPORTED_AT,
  actorId: null,
  payload: { changes: [{ clauseId: 'c1', from: `"5 bis"\n`, to: String(seq) }] },
  prevHash: '0'.repeat(64),
  hash: String(seq).repeat(64).slice(0, 64),
});

async function* pages(...lists: ExportEvent[][]) {
  for (const list of lists) yield await Promise.resolve(list);
}

async function written(...lists: ExportEvent[][]) {
  let text = '';
  for await (const chunk of toJsonExport(data, pages(...lists), new Date(0), UNSIGNED))
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
