import type { AccordExportData } from './export-data.js';

/**
 * The whole record, with the event log as stored: anyone can recompute the chain
 * (`npm run verify -- <file>`) without trusting the server.
 */
export function toJsonExport(data: AccordExportData, exportedAt: Date): string {
  const secret = data.accord.rule.secretBallot === true;
  return JSON.stringify(
    {
      format: 'plenary.accord-export',
      formatVersion: 1,
      exportedAt: exportedAt.toISOString(),
      hashChain: {
        algorithm: 'sha256_hex(prevHash + RFC8785({accordId, seq, type, at, actorId, payload}))',
        genesisPrevHash: '0'.repeat(64),
        head: { seq: data.accord.lastSeq, hash: data.accord.headHash },
      },
      accord: data.accord,
      participants: data.organizations,
      clauses: data.clauses,
      amendments: data.amendments.map((a) => (secret ? { ...a, ballots: [] } : a)),
      events: data.events.map((e) => ({ accordId: data.accord.id, ...e })),
    },
    null,
    2,
  );
}
