import { GENESIS_HASH, type ChainHead, type ChainedEvent } from './chain-event.js';
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
  | 'missingTail'; // the log ends before the expected head

export interface ChainBreak {
  seq: number;
  reason: ChainBreakReason;
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

  constructor(options: ChainVerifyOptions = {}) {
    this.accordId = options.accordId;
    this.expectedHead = options.expectedHead;
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
