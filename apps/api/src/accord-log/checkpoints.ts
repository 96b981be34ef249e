import type { SignedCheckpoint } from '@plenary/ledger';
import type { EntityManager } from 'typeorm';

/** The signed checkpoints of an accord's log, in seq order, as a verifier reads them. */
export async function readCheckpoints(
  db: EntityManager,
  accordId: string,
): Promise<SignedCheckpoint[]> {
  const rows = await db.query<(Omit<SignedCheckpoint, 'signature'> & { signature: Buffer })[]>(
    `SELECT accord_id AS "accordId", seq, hash, previous_seq AS "previousSeq", every, at,
            key_id AS "keyId", signature
     FROM accord_checkpoint WHERE accord_id = $1 ORDER BY seq`,
    [accordId],
  );
  return rows.map((row) => ({
    ...row,
    at: new Date(row.at).toISOString(),
    signature: row.signature.toString('base64'),
  }));
}
