import { sign, verify, type KeyObject } from 'node:crypto';

import canonicalize from 'canonicalize';

import { toIsoMillis } from './event-time.js';

/**
 * Names what is signed. A signature over a checkpoint then means nothing as any other statement
 * the same key might ever sign.
 */
export const CHECKPOINT_STATEMENT = 'plenary.checkpoint/1';

/** What a deployment vouches for: the log of `accordId` had `hash` at `seq`. */
export interface CheckpointStatement {
  accordId: string;
  seq: number;
  hash: string;
  /**
   * The seq of the accord's previous checkpoint, null for its first. Checkpoints are linked, so
   * deleting one is seen at the next.
   */
  previousSeq: number | null;
  /**
   * The signer's promise: the accord's next checkpoint comes within this many events. A
   * verifier then needs no outside knowledge to see that checkpoints were removed.
   */
  every: number;
  at: string | Date;
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointStatement {
  /** Ed25519 over the UTF-8 of canonicalCheckpointJson, base64. */
  signature: string;
}

/** Exactly the signed fields (nothing else the argument carries), `at` normalised. */
function signedFields(statement: CheckpointStatement): CheckpointStatement & { at: string } {
  return {
    accordId: statement.accordId,
    seq: statement.seq,
    hash: statement.hash,
    previousSeq: statement.previousSeq,
    every: statement.every,
    at: toIsoMillis(statement.at),
    keyId: statement.keyId,
  };
}

/** RFC 8785 (JCS) JSON of the statement, `at` as UTC ISO-8601 with milliseconds. */
export function canonicalCheckpointJson(statement: CheckpointStatement): string {
  const json = canonicalize({ statement: CHECKPOINT_STATEMENT, ...signedFields(statement) });
  if (json === undefined) throw new TypeError('Checkpoint has no JSON form');
  return json;
}

/** Signs the statement with an Ed25519 private key; `at` is returned normalised. */
export function signCheckpoint(
  statement: CheckpointStatement,
  privateKey: KeyObject,
): SignedCheckpoint {
  const json = canonicalCheckpointJson(statement);
  return {
    ...signedFields(statement),
    signature: sign(null, Buffer.from(json, 'utf8'), privateKey).toString('base64'),
  };
}

/** Whether `publicKey` signed this checkpoint; false (never a throw) for malformed input. */
export function checkpointSignatureValid(
  checkpoint: SignedCheckpoint,
  publicKey: KeyObject,
): boolean {
  try {
    const signature = Buffer.from(checkpoint.signature, 'base64');
    if (signature.length !== 64) return false;
    const json = canonicalCheckpointJson(checkpoint);
    return verify(null, Buffer.from(json, 'utf8'), publicKey, signature);
  } catch {
    return false;
  }
}
