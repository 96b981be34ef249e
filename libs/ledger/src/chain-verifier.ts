import type { KeyObject } from 'node:crypto';

import { GENESIS_HASH, type ChainHead, type ChainedEvent } from './chain-event.js';
import { checkpointSignatureValid, type SignedCheckpoint } from './checkpoint.js';
import { computeEventHash } from './hash-chain.js';

/** Verdict on an accord's history, as the API reports it. */
export interface HistoryVerification {
  ok: boolean;
  /** Events that passed every check before the first break (all of them when ok). */
  checked: number;
  /** The seq expected at the position where the first inconsistency was found; null when ok. */
  firstBrokenSeq: number | null;
  /** Hash of the last event that passed (GENESIS_HASH if none). */
  headHash: string;
}

/** Why the chain broke, for logs and tests; the first failing check wins. */
export type ChainBreakReason =
  | 'seq' // an event is missing, inserted or out of order
  | 'accordId' // an event of another accord
  | 'prevHash' // the link to the previous event does not match
  | 'hash' // the content does not hash to the stored hash
  | 'unhashable' // the content has no canonical form (e.g. invalid `at`)
  | 'headHash' // the event at the expected head is not the recorded one
  | 'beyondHead' // an event after the expected head
  | 'missingTail' // the log ends before the expected head or a signed checkpoint
  | 'checkpointKey' // a checkpoint signed by a key the verifier does not trust
  | 'checkpointSignature' // a checkpoint whose signature does not verify
  | 'checkpointHash' // the log does not pass through a signed (seq, hash): it was rewritten
  | 'checkpointLink' // a checkpoint does not follow the previous one: one was removed
  | 'checkpointMissing'; // a vote's close, or a stretch longer than promised, has no checkpoint

export interface ChainBreak {
  seq: number;
  reason: ChainBreakReason;
  /** The signed checkpoint the log fails, when a checkpoint is involved. */
  checkpoint?: SignedCheckpoint;
}

/**
 * Signed heads of the log. Without them a rewrite of the whole log with fresh hashes (and a new
 * recorded head) passes; with them it fails at the first checkpoint it changes, unless the
 * forger holds the signing key.
 */
export interface CheckpointOptions {
  /** The accord's checkpoints, in any order. */
  signed: readonly SignedCheckpoint[];
  /** The keys trusted to sign them, by key id (see keyRing). */
  keys: ReadonlyMap<string, KeyObject>;
  /**
   * For a log with no checkpoint at all: the deployment signs at least every `every` events, so
   * a longer log without one lost them. (Each checkpoint carries its own promise.)
   */
  every?: number;
  /** Event types that are always signed at their own seq (e.g. a vote's close). */
  signedEventTypes?: readonly string[];
}

/** Where a receipt (an entry's seq and hash, kept by whoever was given it) stands. */
export interface ReceiptVerdict {
  /** The verified log has this hash at this seq. */
  inChain: boolean;
  /** The first verified checkpoint at or after it: the entry is then under a signature. */
  coveredBy: SignedCheckpoint | null;
}

export interface ChainVerifyOptions {
  /** The accord the log must belong to; defaults to the first event's accordId. */
  accordId?: string;
  /**
   * The head recorded outside the log (e.g. on the accord). A hash chain only protects what
   * comes before its last event: without this, events cut from the end go unnoticed and the
   * last event can be rewritten along with its hash.
   */
  expectedHead?: ChainHead;
  checkpoints?: CheckpointOptions;
  /** An entry to look for on the way (see receiptVerdict). */
  receipt?: ChainHead;
}

/**
 * Verifies a log pushed event by event in stored order (ascending seq), so a large log can be
 * checked page by page. Stops at the first break; later pushes are ignored.
 */
export class ChainVerifier {
  private checked = 0;
  private headHash = GENESIS_HASH;
  private accordId: string | undefined;
  private broken: ChainBreak | null = null;
  private readonly expectedHead: ChainHead | undefined;
  private readonly checkpoints: CheckpointOptions | undefined;
  /** Checkpoints not reached yet, by seq. */
  private readonly pending = new Map<number, SignedCheckpoint[]>();
  private readonly signedTypes: ReadonlySet<string>;
  private lastCheckpoint: SignedCheckpoint | null = null;
  /** The interval promised before the first checkpoint: the first one's, else the option's. */
  private readonly firstPromise: number | undefined;
  private readonly verified: SignedCheckpoint[] = [];
  private readonly receipt: ChainHead | undefined;
  private receiptInChain = false;

  constructor(options: ChainVerifyOptions = {}) {
    this.accordId = options.accordId;
    this.expectedHead = options.expectedHead;
    this.checkpoints = options.checkpoints;
    this.receipt = options.receipt;
    for (const checkpoint of this.checkpoints?.signed ?? []) {
      const atSeq = this.pending.get(checkpoint.seq) ?? [];
      atSeq.push(checkpoint);
      this.pending.set(checkpoint.seq, atSeq);
    }
    this.signedTypes = new Set(this.checkpoints?.signedEventTypes ?? []);
    const first = this.pending.get(lowest(this.pending.keys()))?.[0];
    this.firstPromise = first ? first.every : this.checkpoints?.every;
    const every = this.checkpoints?.every;
    if (every !== undefined && (!Number.isSafeInteger(every) || every < 1)) {
      throw new RangeError(`Invalid checkpoint interval: ${every}`);
    }
    const head = this.expectedHead;
    if (head && (!Number.isSafeInteger(head.seq) || head.seq < 0)) {
      throw new RangeError(`Invalid expected head seq: ${head.seq}`);
    }
    if (head?.seq === 0 && head.hash !== GENESIS_HASH) {
      throw new RangeError('An empty log has GENESIS_HASH as its head');
    }
  }

  /** Checks the next event; returns false once the chain is broken (further input is moot). */
  push(event: ChainedEvent): boolean {
    if (this.broken) return false;
    const seq = this.checked + 1;
    const reason = this.check(event, seq);
    if (reason) {
      this.broken = { seq, reason };
      return false;
    }
    this.accordId ??= event.accordId;
    const failed = this.checkpoints ? this.checkCheckpoints(event, seq, this.checkpoints) : null;
    if (failed) {
      this.broken = failed;
      return false;
    }
    if (seq === this.receipt?.seq) this.receiptInChain = event.hash === this.receipt.hash;
    this.checked = seq;
    this.headHash = event.hash;
    return true;
  }

  /** Pushes a page of events; returns false once the chain is broken. */
  pushAll(events: Iterable<ChainedEvent>): boolean {
    for (const event of events) {
      if (!this.push(event)) return false;
    }
    return !this.broken;
  }

  /** The first break, treating what was pushed so far as the whole log; null if none. */
  firstBreak(): ChainBreak | null {
    if (this.broken) return this.broken;
    if (this.expectedHead && this.checked < this.expectedHead.seq) {
      return { seq: this.checked + 1, reason: 'missingTail' };
    }
    if (!this.checkpoints) return null;
    // Signed heads past the end: the log was cut back.
    const beyond = lowest(this.pending.keys());
    if (Number.isFinite(beyond)) {
      return {
        seq: this.checked + 1,
        reason: 'missingTail',
        checkpoint: this.pending.get(beyond)![0],
      };
    }
    return null;
  }

  /** The verdict, treating what was pushed so far as the whole log. */
  result(): HistoryVerification {
    const broken = this.firstBreak();
    return {
      ok: broken === null,
      checked: this.checked,
      firstBrokenSeq: broken?.seq ?? null,
      headHash: this.headHash,
    };
  }
  /** The checkpoints the log passed through, in seq order. */
  verifiedCheckpoints(): readonly SignedCheckpoint[] {
    return this.verified;
  }

  /** Where `options.receipt` stands in what was pushed so far. */
  receiptVerdict(): ReceiptVerdict {
    const receipt = this.receipt;
    if (!receipt) throw new Error('No receipt was given to this verifier');
    const inChain = this.receiptInChain && this.checked >= receipt.seq;
    return {
      inChain,
      coveredBy: inChain ? (this.verified.find((c) => c.seq >= receipt.seq) ?? null) : null,
    };
  }

  private check(event: ChainedEvent, seq: number): ChainBreakReason | null {
    if (event.seq !== seq) return 'seq';
    if (this.accordId !== undefined && event.accordId !== this.accordId) return 'accordId';
    if (event.prevHash !== this.headHash) return 'prevHash';
    let recomputed: string;
    try {
      recomputed = computeEventHash(this.headHash, event);
    } catch {
      // Stored data that cannot be canonicalised is corrupt, not a reason to crash the check.
      return 'unhashable';
    }
    if (event.hash !== recomputed) return 'hash';
    if (this.expectedHead) {
      if (seq > this.expectedHead.seq) return 'beyondHead';
      if (seq === this.expectedHead.seq && event.hash !== this.expectedHead.hash) return 'headHash';
    }
    return null;
  }
  /**
   * The checkpoints at `seq`, once the event there passed: signed by a trusted key for this
   * accord, through this event, following the previous checkpoint. A vote's close must have
   * one, and so must the event at which the interval promised by the previous checkpoint runs
   * out (by the first checkpoint's promise before any: every log is signed from its start, so
   * a log stripped of its checkpoints cannot start again with a "first" one signed later).
   */
  private checkCheckpoints(
    event: ChainedEvent,
    seq: number,
    options: CheckpointOptions,
  ): ChainBreak | null {
    const atSeq = this.pending.get(seq) ?? [];
    const previous = this.lastCheckpoint;
    for (const checkpoint of atSeq) {
      const fail = (reason: ChainBreakReason): ChainBreak => ({ seq, reason, checkpoint });
      const key = options.keys.get(checkpoint.keyId);
      if (!key) return fail('checkpointKey');
      if (checkpoint.accordId !== this.accordId) return fail('accordId');
      if (!checkpointSignatureValid(checkpoint, key)) return fail('checkpointSignature');
      if (checkpoint.hash !== event.hash) return fail('checkpointHash');
      if (checkpoint.previousSeq !== (previous?.seq ?? null)) return fail('checkpointLink');
    }
    const [first] = atSeq;
    if (first) {
      this.pending.delete(seq);
      this.lastCheckpoint = first;
      this.verified.push(first);
      return null;
    }
    const promise = previous ? previous.every : this.firstPromise;
    const due = promise !== undefined && seq - (previous?.seq ?? 0) >= promise;
    if (due || this.signedTypes.has(event.type)) return { seq, reason: 'checkpointMissing' };
    return null;
  }
}

/** The lowest number, Infinity for none (no spread: a long list would overflow the stack). */
function lowest(numbers: Iterable<number>): number {
  let min = Infinity;
  for (const n of numbers) if (n < min) min = n;
  return min;
}

/** Verifies a whole log given in stored order; see ChainVerifier for the conventions. */
export function verifyChain(
  events: Iterable<ChainedEvent>,
  options?: ChainVerifyOptions,
): HistoryVerification {
  const verifier = new ChainVerifier(options);
  verifier.pushAll(events);
  return verifier.result();
}
