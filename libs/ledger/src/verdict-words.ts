import type { ChainBreak, ReceiptVerdict } from './chain-verifier.js';
import type { SignedCheckpoint } from './checkpoint.js';
import { toIsoMillis } from './event-time.js';

const signedBy = (checkpoint: SignedCheckpoint): string => {
  let at: string;
  try {
    at = toIsoMillis(checkpoint.at);
  } catch {
    at = String(checkpoint.at);
  }
  return `signed by key ${checkpoint.keyId} at ${at}`;
};

/** Why the log failed, in a sentence (for the API, the history page and `npm run verify`). */
export function describeBreak(brk: ChainBreak): string {
  const { seq, checkpoint } = brk;
  switch (brk.reason) {
    case 'seq':
      return `event ${seq} is missing, inserted or out of order`;
    case 'accordId':
      return checkpoint
        ? `the checkpoint at event ${seq} was signed for another accord`
        : `event ${seq} belongs to another accord`;
    case 'prevHash':
      return `event ${seq} does not link to the event before it (an earlier event was changed)`;
    case 'hash':
      return `event ${seq} does not match its hash (its content was changed)`;
    case 'unhashable':
      return `event ${seq} cannot be hashed (corrupt data)`;
    case 'headHash':
      return `event ${seq} is not the head recorded for the accord`;
    case 'beyondHead':
      return `event ${seq} comes after the head recorded for the accord`;
    case 'missingTail':
      return checkpoint
        ? `the log ends before event ${checkpoint.seq}, which a checkpoint ${signedBy(checkpoint)} vouches for (events were cut)`
        : `the log ends before event ${seq}, the head recorded for the accord (events were cut)`;
    case 'checkpointKey':
      return `the checkpoint at event ${seq} is signed by key ${checkpoint?.keyId ?? '?'}, which is not a trusted key`;
    case 'checkpointSignature':
      return `the checkpoint at event ${seq} has an invalid signature (it was forged or altered)`;
    case 'checkpointHash':
      return `the log does not match the checkpoint at event ${seq}, ${checkpoint ? signedBy(checkpoint) : 'signed'}: the log was rewritten`;
    case 'checkpointLink':
      return `the checkpoint at event ${seq} does not follow the previous checkpoint${
        checkpoint?.previousSeq ? ` (the one at event ${checkpoint.previousSeq} is missing)` : ''
      }: a checkpoint was removed`;
    case 'checkpointMissing':
      return `event ${seq} should carry a signed checkpoint and has none: a checkpoint was removed`;
  }
}

/** Where a receipt stands, in a sentence. `chainOk` is the verdict on the whole log. */
export function describeReceipt(
  receipt: { seq: number; hash: string },
  verdict: ReceiptVerdict,
  chainOk: boolean,
): string {
  const entry = `Entry ${receipt.seq} (${receipt.hash.slice(0, 12)}…)`;
  if (!verdict.inChain) {
    return `${entry} is not in the verified log: the record no longer holds this ballot as it was cast.`;
  }
  const covered = verdict.coveredBy
    ? `, under the checkpoint at event ${verdict.coveredBy.seq} ${signedBy(verdict.coveredBy)}`
    : ', not yet under a signed checkpoint (one is signed when the vote closes)';
  const log = chainOk ? 'the log verifies' : 'but the log fails verification after it';
  return `${entry} is in the log${covered}; ${log}.`;
}
