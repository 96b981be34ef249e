import { createHash } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';

import { canonicalEventJson } from './canonical.js';
import { GENESIS_HASH, GENESIS_HEAD, type ChainEventContent } from './chain-event.js';
import { chainNext, computeEventHash } from './hash-chain.js';

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const created: ChainEventContent = {
  accordId: 'a1',
  seq: 1,
  type: 'accord.created',
  at: '2026-01-01T00:00:00.000Z',
  actorId: null,
  payload: { b: 1, a: [1, 'x'] },
};
// Written by hand: top-level and payload keys sorted, `at` with milliseconds.
const createdJson =
  '{"accordId":"a1","actorId":null,"at":"2026-01-01T00:00:00.000Z",' +
  '"payload":{"a":[1,"x"],"b":1},"seq":1,"type":"accord.created"}';
// Pinned from `printf '%s' "$GENESIS$JSON" | sha256sum`, independent of this code.
const createdHash = 'e6e20e43197bb41d5ad3acfef4188c161123f9fb684e76f9f35843deff2cb39d';

const posted: ChainEventContent = {
  accordId: 'a1',
  seq: 2,
  type: 'comment.posted',
  at: new Date(Date.UTC(2026, 10, 26, 1, 2, 3, 4)),
  actorId: 'u1',
  payload: { text: 'Ünïcødé € 😀' },
};
const postedJson =
  '{"accordId":"a1","actorId":"u1","at":"2026-11-26T01:02:03.004Z",' +
  '"payload":{"text":"Ünïcødé € 😀"},"seq":2,"type":"comment.posted"}';
const postedHash = 'f8753a7d86c52cc8a73781fcbe60dcbc8ebcad7c963d23f9cedaec863751861a';

describe('computeEventHash', () => {
  it('is sha256 hex of GENESIS_HASH + canonical JSON for the first event', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(canonicalEventJson(created)).toBe(createdJson);
    expect(computeEventHash(GENESIS_HASH, created)).toBe(sha256Hex(GENESIS_HASH + createdJson));
    expect(computeEventHash(GENESIS_HASH, created)).toBe(createdHash);
  });

  it('chains on the previous hash, with non-ASCII text hashed as UTF-8', () => {
    expect(canonicalEventJson(posted)).toBe(postedJson);
    expect(computeEventHash(createdHash, posted)).toBe(sha256Hex(createdHash + postedJson));
    expect(computeEventHash(createdHash, posted)).toBe(postedHash);
  });

  it('does not depend on the key order of the payload', () => {
    const reordered = { ...created, payload: { a: [1, 'x'], b: 1 } };
    expect(computeEventHash(GENESIS_HASH, reordered)).toBe(createdHash);
  });

  it('changes when any hashed field or the previous hash changes', () => {
    const variants: ChainEventContent[] = [
      { ...created, accordId: 'a2' },
      { ...created, seq: 2 },
      { ...created, type: 'accord.ruleChanged' },
      { ...created, at: '2026-01-01T00:00:00.001Z' },
      { ...created, actorId: 'u1' },
      { ...created, payload: { b: 1, a: [1, 'y'] } },
      { ...created, payload: { b: 1.5, a: [1, 'x'] } },
    ];
    for (const variant of variants) {
      expect(computeEventHash(GENESIS_HASH, variant)).not.toBe(createdHash);
    }
    expect(computeEventHash('f'.repeat(64), created)).not.toBe(createdHash);
  });
});

describe('chainNext', () => {
  const draft = { accordId: 'a1', type: 'accord.created', at: created.at, actorId: null };

  it('starts an empty log at seq 1 linked to GENESIS_HASH', () => {
    const first = chainNext(null, { ...draft, payload: { a: [1, 'x'], b: 1 } });
    expect(first).toEqual({ ...created, prevHash: GENESIS_HASH, hash: createdHash });
    expect(chainNext(GENESIS_HEAD, { ...draft, payload: created.payload })).toEqual(first);
  });

  it('follows the head, normalising `at` to what was hashed', () => {
    const first = chainNext(null, { ...draft, payload: created.payload });
    const { seq: _seq, ...postedDraft } = posted;
    const second = chainNext(first, postedDraft);
    expect(second).toEqual({
      ...posted,
      at: '2026-11-26T01:02:03.004Z',
      prevHash: createdHash,
      hash: postedHash,
    });
  });

  it('refuses a malformed head rather than fork the chain', () => {
    const payload = {};
    expect(() => chainNext({ seq: -1, hash: GENESIS_HASH }, { ...draft, payload })).toThrow(
      RangeError,
    );
    expect(() => chainNext({ seq: 1.5, hash: GENESIS_HASH }, { ...draft, payload })).toThrow(
      RangeError,
    );
    expect(() => chainNext({ seq: 1, hash: 'F'.repeat(64) }, { ...draft, payload })).toThrow(
      RangeError,
    );
    expect(() => chainNext({ seq: 1, hash: 'abc' }, { ...draft, payload })).toThrow(RangeError);
  });
});
