import { CHECKPOINT_STATEMENT } from '@plenary/ledger';
import type { AccordExportData, ExportSigning } from './export-data.js';

/**
 * The whole record, with the event log as stored and its signed checkpoints: anyone can
 * recompute the chain and check the signatures (`npm run verify -- <file>`) without trusting
 * the server, pinning the deployment's key by its fingerprint.
 */
export function toJsonExport(
  data: AccordExportData,
  exportedAt: Date,
  signing: ExportSigning,
): string {
  const secret = data.accord.rule.secretBallot === true;
  return JSON.stringify(
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
      events: data.events.map((e) => ({ accordId: data.accord.id, ...e })),
    },
    null,
    2,
  );
}
