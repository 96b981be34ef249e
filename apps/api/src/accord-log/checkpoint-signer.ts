import { Inject, Injectable } from '@nestjs/common';
import type { AccordEventType } from '@plenary/contracts';
import {
  keyRing,
  publishKey,
  signCheckpoint,
  type ChainHead,
  type CheckpointOptions,
  type PublishedKey,
  type SignedCheckpoint,
} from '@plenary/ledger';
import type { KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** Events whose own seq is always signed: a vote's close seals every ballot of that vote. */
export const SIGNED_EVENT_TYPES: readonly AccordEventType[] = ['voting.closed'];

/**
 * The deployment's signing key. It signs the head of an accord's log at each vote close and at
 * least every `every` events, in the transaction that appends the event; whoever rewrites the
 * log without this key cannot make its checkpoints match again.
 */
@Injectable()
export class CheckpointSigner {
  readonly every: number;
  /** The key that signs now. */
  readonly current: PublishedKey;
  /** Every key a checkpoint of this deployment may carry: the current one first. */
  readonly published: readonly PublishedKey[];
  private readonly trusted: ReadonlyMap<string, KeyObject>;
  private readonly privateKey: KeyObject;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.every = config.checkpointEvery;
    this.privateKey = config.signingKey;
    this.current = publishKey(config.signingKey);
    const retired = config.retiredSigningKeys
      .map(publishKey)
      .filter((key) => key.keyId !== this.current.keyId);
    this.published = [this.current, ...retired];
    this.trusted = keyRing(this.published);
  }

  /**
   * Whether the event just appended at `seq` is to be signed. The last checkpoint's promise is
   * kept even when the interval was raised since: verifiers hold the log to it.
   */
  isDue(
    type: AccordEventType,
    seq: number,
    lastCheckpointSeq: number | null,
    promised: number | null,
  ): boolean {
    const interval = Math.min(this.every, promised ?? this.every);
    return SIGNED_EVENT_TYPES.includes(type) || seq - (lastCheckpointSeq ?? 0) >= interval;
  }

  sign(accordId: string, head: ChainHead, previousSeq: number | null, at: Date): SignedCheckpoint {
    return signCheckpoint(
      {
        accordId,
        seq: head.seq,
        hash: head.hash,
        previousSeq,
        every: this.every,
        at,
        keyId: this.current.keyId,
      },
      this.privateKey,
    );
  }

  /** What a verifier of this deployment's logs checks, given an accord's checkpoints. */
  policy(signed: readonly SignedCheckpoint[]): CheckpointOptions {
    return {
      signed,
      keys: this.trusted,
      every: this.every,
      signedEventTypes: SIGNED_EVENT_TYPES,
    };
  }
}
