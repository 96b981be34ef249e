import { createHash } from 'node:crypto';

import { canonicalEventJson } from './canonical.js';
import { toIsoMillis } from './event-time.js';
import {
  GENESIS_HEAD,
  type ChainEventContent,
  type ChainHead,
  type ChainedEvent,
} from './chain-event.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `sha256_hex(prevHash + canonical)`, the link that ties an event to everything before it. */
export function computeEventHash(prevHash: string, content: ChainEventContent): string {
  return createHash('sha256')
    .update(prevHash + canonicalEventJson(content), 'utf8')
    .digest('hex');
}

/** What the appender supplies; the chain decides seq and the links. */
export type ChainEventDraft = Omit<ChainEventContent, 'seq'>;

/**
 * Builds the event that follows `head` (null for an empty log): seq = head.seq + 1,
 * prevHash = head.hash. `at` is returned normalised so that what is stored is what was hashed.
 * `actorId`/`payload` left undefined become null, as they are hashed. The payload is kept by
 * reference: mutating it afterwards breaks the hash.
 */
export function chainNext(head: ChainHead | null, draft: ChainEventDraft): ChainedEvent {
  const { seq: prevSeq, hash: prevHash } = head ?? GENESIS_HEAD;
  // A malformed head would silently fork the chain; fail loudly instead.
  if (!Number.isSafeInteger(prevSeq) || prevSeq < 0) {
    throw new RangeError(`Invalid head seq: ${prevSeq}`);
  }
  if (!SHA256_HEX.test(prevHash)) {
    throw new RangeError(`Invalid head hash (lower-case sha256 hex expected): ${prevHash}`);
  }
  const content: ChainEventContent = {
    accordId: draft.accordId,
    seq: prevSeq + 1,
    type: draft.type,
    at: toIsoMillis(draft.at),
    actorId: draft.actorId ?? null,
    payload: draft.payload ?? null,
  };
  return { ...content, prevHash, hash: computeEventHash(prevHash, content) };
}
