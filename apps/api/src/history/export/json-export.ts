import { CHECKPOINT_STATEMENT } from '@plenary/ledger';
import type { AccordExportData, ExportEvent, ExportSigning } from './export-data.js';

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * The whole record, with the event log as stored and its signed checkpoints: anyone can
 * recompute the chain and check the signatures (`npm run verify -- <file>`) without trusting
 * the server, pinning the deployment's key by its fingerprint.
 *
 * Written as it is read: everything before the events at once, then the events a page at a
 * time, so an export's memory does not grow with the log. The text is exactly
 * `JSON.stringify(record, null, 2)` of the whole record.
 */
export async function* toJsonExport(
  data: AccordExportData,
  eventPages: AsyncIterable<ExportEvent[]>,
  exportedAt: Date,
  signing: ExportSigning,
): AsyncGenerator<string> {
  const secret = data.accord.rule.secretBallot === true;
  const head = JSON.stringify(
    {
      format: 'plenary.accord-export',
      formatVersion: 2,
      exportedAt: exportedAt.toISOString(),
      hashChain: {
        algorithm: 'sha256_hex(prevHash + RFC8785({accordId, seq, type, at, actorId, payload}))',
        genesisPrevHash: '0'.repeat(64),
        head: { seq: data.accord.lastSeq, hash: data.accord.headHash },
      },
      checkpoints: {
        algorithm: `Ed25519 over RFC8785({statement: "${CHECKPOINT_STATEMENT}", accordId, seq, hash, previousSeq, every, at, keyId})`,
        every: signing.every,
        signedEventTypes: signing.signedEventTypes,
        keys: signing.keys,
        signed: data.checkpoints,
      },
      accord: data.accord,
      participants: data.organizations,
      clauses: data.clauses,
      amendments: data.amendments.map((a) => (secret ? { ...a, ballots: [] } : a)),
      milestones: data.milestones,
      incidents: data.incidents,
      frameworks: data.frameworks,
      final: data.final,
      signatures: data.signatures,
      implementationReports: data.implementationReports,
    },
    null,
    2,
  );
  // The record without its closing "\n}", then the events as the last member.
  yield `${head.slice(0, -2)},\n  "events": [`;
  let first = true;
  for await (const page of eventPages) {
    if (page.length === 0) continue;
    const items = page.map(
      (e) => `\n    ${indent(JSON.stringify({ accordId: data.accord.id, ...e }, null, 2), '    ')}`,
    );
    yield (first ? '' : ',') + items.join(',');
    first = false;
  }
  yield first ? ']\n}' : '\n  ]\n}';
}
