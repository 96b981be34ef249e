import canonicalize from 'canonicalize';

import type { ChainEventContent } from './chain-event.js';
import { toIsoMillis } from './event-time.js';

/**
 * RFC 8785 (JCS) JSON of exactly the six hashed fields; link fields (prevHash, hash) and any
 * other property of the argument are left out. `actorId` and `payload` that are undefined
 * become null, so the hashed object always has all six keys.
 * @throws if the payload has no JSON form (NaN, Infinity, BigInt, a cycle, a lone surrogate).
 */
export function canonicalEventJson(content: ChainEventContent): string {
  const json = canonicalize({
    accordId: content.accordId,
    seq: content.seq,
    type: content.type,
    at: toIsoMillis(content.at),
    actorId: content.actorId ?? null,
    payload: content.payload ?? null,
  });
  // Unreachable for an object literal, but the library's type admits it.
  if (json === undefined) throw new TypeError('Event has no JSON form');
  return json;
}
