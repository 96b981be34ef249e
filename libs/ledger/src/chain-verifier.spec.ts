import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { GENESIS_HASH, type ChainEventContent, type ChainedEvent } from './chain-event.js';
import { ChainVerifier, verifyChain, type ChainVerifyOptions } from './chain-verifier.js';
import { chainNext, computeEventHash } from './hash-chain.js';

/** `list[index]`; throws when the fixture is shorter (a mistake in the test, not a verdict). */
function elementAt<T>(list: readonly T[], index: number): T {
  if (index < 0 || index >= list.length)
    throw new Error(`the fixture has no element at index ${index} (it has ${list.length})`);
  return list[index] as T;
}

/** A log of `length` events of accord `accordId`, as the appender would have written it. */
function buildChain(length: number, accordId = 'a1'): ChainedEvent[] {
  const chain: ChainedEvent[] = [];
  for (let i = 0; i < length; i++) {
    chain.push(
      chainNext(chain.at(-1) ?? null, {
        accordId,
        type: i === 0 ? 'accord.created' : 'comment.posted',
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        actorId: i === 0 ? null : `u${i}`,
        payload: { n: i + 1, text: `clause ${i + 1}` },
      }),
    );
  }
  return chain;
}

/** The event with `change` applied and its hash recomputed, as a forger would. */
function forge(event: ChainedEvent, change: Partial<ChainEventContent>): ChainedEvent {
  const content = { ...event, ...change };
  return { ...content, hash: computeEventHash(content.prevHash, content) };
}

/** Rewrites the log from scratch with new seqs and links, as a thorough forger would. */
function relink(events: ChainedEvent[]): ChainedEvent[] {
  const chain: ChainedEvent[] = [];
  for (const event of events) chain.push(chainNext(chain.at(-1) ?? null, event));
  return chain;
}

/** Verdict plus the reason, to pin down which check fired. */
function verify(events: ChainedEvent[], options?: ChainVerifyOptions) {
  const verifier = new ChainVerifier(options);
  verifier.pushAll(events);
  return { ...verifier.result(), reason: verifier.firstBreak()?.reason ?? null };
}

const chain = buildChain(5);
const hashOf = (seq: number): string => (seq === 0 ? GENESIS_HASH : elementAt(chain, seq - 1).hash);
const broken = (seq: number, reason: string) => ({
  ok: false,
  checked: seq - 1,
  firstBrokenSeq: seq,
  headHash: hashOf(seq - 1),
  reason,
});
const head = { seq: 5, hash: hashOf(5) };

describe('verifyChain on an intact log', () => {
  it('accepts an empty log', () => {
    expect(verifyChain([])).toEqual({
      ok: true,
      checked: 0,
      firstBrokenSeq: null,
      headHash: GENESIS_HASH,
    });
    expect(verifyChain([], { expectedHead: { seq: 0, hash: GENESIS_HASH } }).ok).toBe(true);
  });

  it('accepts a built log and reports its head', () => {
    expect(verifyChain(chain)).toEqual({
      ok: true,
      checked: 5,
      firstBrokenSeq: null,
      headHash: hashOf(5),
    });
    expect(verifyChain(chain, { accordId: 'a1', expectedHead: head }).ok).toBe(true);
  });

  it('accepts rows as read from the database: `at` as Date, extra columns', () => {
    const rows = chain.map((event, i) => ({ ...event, id: i + 100, at: new Date(event.at) }));
    expect(verifyChain(rows).ok).toBe(true);
  });

  it('accepts another spelling of the same instant', () => {
    const at = new Date(elementAt(chain, 2).at).toISOString().replace('Z', '+00:00');
    expect(verifyChain(chain.with(2, { ...elementAt(chain, 2), at })).ok).toBe(true);
  });
});

describe('verifyChain on a tampered log', () => {
  it.each<[string, Partial<ChainEventContent>]>([
    ['payload', { payload: { n: 3, text: 'clause 3, amended' } }],
    ['payload number', { payload: { n: 3.000001, text: 'clause 3' } }],
    ['type', { type: 'comment.deleted' }],
    ['at', { at: '2026-01-01T00:00:02.001Z' }],
    ['actorId', { actorId: 'mallory' }],
    ['actorId to null', { actorId: null }],
  ])('finds an edited %s at its seq', (_field, change) => {
    expect(verify(chain.with(2, { ...elementAt(chain, 2), ...change }))).toEqual(broken(3, 'hash'));
  });

  it('finds an edited hash or link at its seq', () => {
    expect(verify(chain.with(2, { ...elementAt(chain, 2), hash: 'f'.repeat(64) }))).toEqual(
      broken(3, 'hash'),
    );
    expect(verify(chain.with(2, { ...elementAt(chain, 2), prevHash: 'f'.repeat(64) }))).toEqual(
      broken(3, 'prevHash'),
    );
  });

  it('reports content that cannot be hashed instead of throwing', () => {
    expect(verify(chain.with(2, { ...elementAt(chain, 2), at: 'not a date' }))).toEqual(
      broken(3, 'unhashable'),
    );
    expect(verify(chain.with(2, { ...elementAt(chain, 2), payload: { n: Number.NaN } }))).toEqual(
      broken(3, 'unhashable'),
    );
  });

  it('finds two events swapped at the first of them', () => {
    const swapped = [0, 2, 1, 3, 4].map((i) => elementAt(chain, i));
    expect(verify(swapped)).toEqual(broken(2, 'seq'));
    // Swapped with their seqs relabelled: the link to event 1 no longer matches.
    const relabelled = [
      elementAt(chain, 0),
      { ...elementAt(chain, 2), seq: 2 },
      { ...elementAt(chain, 1), seq: 3 },
      ...chain.slice(3),
    ];
    expect(verify(relabelled)).toEqual(broken(2, 'prevHash'));
  });

  it('finds a deleted event at the seq expected in its place', () => {
    expect(verify(chain.toSpliced(2, 1))).toEqual(broken(3, 'seq'));
    expect(verify(chain.slice(1))).toEqual(broken(1, 'seq'));
    // Renumbering what follows does not help: event 4 links to event 3.
    const renumbered = chain.toSpliced(2, 1).map((event, i) => ({ ...event, seq: i + 1 }));
    expect(verify(renumbered)).toEqual(broken(3, 'prevHash'));
  });

  it('cannot see a deleted last event without the expected head', () => {
    const truncated = chain.slice(0, 4);
    expect(verify(truncated)).toEqual({
      ok: true,
      checked: 4,
      firstBrokenSeq: null,
      headHash: hashOf(4),
      reason: null,
    });
    expect(verify(truncated, { expectedHead: head })).toEqual(broken(5, 'missingTail'));
    expect(verify([], { expectedHead: head })).toEqual(broken(1, 'missingTail'));
  });

  it('finds an inserted event after it, where the original follows', () => {
    const forged = forge(elementAt(chain, 2), { payload: { n: 99, text: 'slipped in' } });
    // Duplicate seq: the original event 3 then sits where 4 is expected.
    expect(verify(chain.toSpliced(2, 0, forged))).toEqual({
      ...broken(4, 'seq'),
      headHash: forged.hash,
    });
    // Renumbered and relinked from the forgery on: the original 3 no longer links to it.
    const inserted = [
      ...chain.slice(0, 2),
      forged,
      ...chain.slice(2).map((e) => ({ ...e, seq: e.seq + 1 })),
    ];
    expect(verify(inserted)).toEqual({ ...broken(4, 'prevHash'), headHash: forged.hash });
  });

  it('finds a forged event with a recomputed hash at the next event', () => {
    const forged = forge(elementAt(chain, 2), {
      payload: { n: 3, text: 'clause 3, quietly changed' },
    });
    expect(verify(chain.with(2, forged))).toEqual({
      ...broken(4, 'prevHash'),
      headHash: forged.hash,
    });
  });

  it('finds a forged last event only against the expected head', () => {
    const tampered = chain.with(4, forge(elementAt(chain, 4), { actorId: 'mallory' }));
    expect(verify(tampered).ok).toBe(true);
    expect(verify(tampered, { expectedHead: head })).toEqual(broken(5, 'headHash'));
  });

  it('finds a wholly rewritten log only against the expected head, at that head', () => {
    const rewritten = relink(
      chain.with(1, { ...elementAt(chain, 1), payload: { n: 2, text: 'rewritten' } }),
    );
    expect(verify(rewritten).ok).toBe(true);
    expect(verify(rewritten, { expectedHead: head })).toEqual({
      ...broken(5, 'headHash'),
      headHash: elementAt(rewritten, 3).hash,
    });
  });

  it('finds events appended past the expected head', () => {
    const longer = buildChain(6);
    expect(verify(longer, { expectedHead: head })).toEqual(broken(6, 'beyondHead'));
  });

  it("finds another accord's events", () => {
    const other = buildChain(5, 'a2');
    expect(verify(other, { accordId: 'a1' })).toEqual({
      ...broken(1, 'accordId'),
      headHash: GENESIS_HASH,
    });
    // Relinked into this log, the foreign event has a valid hash but the wrong accord.
    const spliced = relink([...chain.slice(0, 2), elementAt(other, 2)]);
    expect(verify(spliced)).toEqual(broken(3, 'accordId'));
  });

  it('finds any single edited payload at its seq', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        fc.jsonValue(),
        (length, at, payload) => {
          const log = buildChain(length);
          const index = at % length;
          fc.pre(JSON.stringify(payload) !== JSON.stringify(elementAt(log, index).payload));
          const result = verifyChain(log.with(index, { ...elementAt(log, index), payload }));
          expect(result.firstBrokenSeq).toBe(index + 1);
          expect(result.checked).toBe(index);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('ChainVerifier', () => {
  it('verifies page by page like verifyChain', () => {
    const long = buildChain(25);
    const verifier = new ChainVerifier({
      expectedHead: { seq: 25, hash: elementAt(long, 24).hash },
    });
    for (let from = 0; from < long.length; from += 10) {
      expect(verifier.pushAll(long.slice(from, from + 10))).toBe(true);
    }
    expect(verifier.result()).toEqual(verifyChain(long));
    expect(verifier.firstBreak()).toBeNull();
  });

  it('stops at the first break and ignores what follows', () => {
    const verifier = new ChainVerifier();
    expect(verifier.push(elementAt(chain, 0))).toBe(true);
    expect(verifier.push(elementAt(chain, 2))).toBe(false);
    expect(verifier.push(elementAt(chain, 1))).toBe(false);
    expect(verifier.result()).toEqual({
      ok: false,
      checked: 1,
      firstBrokenSeq: 2,
      headHash: hashOf(1),
    });
    expect(verifier.firstBreak()).toEqual({ seq: 2, reason: 'seq' });
  });

  it('refuses an impossible expected head', () => {
    expect(() => new ChainVerifier({ expectedHead: { seq: -1, hash: GENESIS_HASH } })).toThrow(
      RangeError,
    );
    expect(() => new ChainVerifier({ expectedHead: { seq: 0, hash: 'f'.repeat(64) } })).toThrow(
      RangeError,
    );
  });
});
