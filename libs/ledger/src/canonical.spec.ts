import { describe, expect, it } from '@jest/globals';

import { canonicalEventJson } from './canonical.js';
import type { ChainEventContent } from './chain-event.js';

const base: ChainEventContent = {
  accordId: 'a1',
  seq: 1,
  type: 'accord.created',
  at: '2026-01-01T00:00:00.000Z',
  actorId: null,
  payload: { b: 1, a: [1, 'x'] },
};

const payloadJson = (payload: unknown): string => {
  const json = canonicalEventJson({ ...base, payload });
  return json.slice(json.indexOf('"payload":') + '"payload":'.length, json.indexOf(',"seq":'));
};

describe('canonicalEventJson', () => {
  it('writes the six fields with keys sorted, payload keys included', () => {
    expect(canonicalEventJson(base)).toBe(
      '{"accordId":"a1","actorId":null,"at":"2026-01-01T00:00:00.000Z",' +
        '"payload":{"a":[1,"x"],"b":1},"seq":1,"type":"accord.created"}',
    );
  });

  it('leaves out link fields and anything else on the object', () => {
    const stored = { ...base, prevHash: 'p', hash: 'h', id: 42 };
    expect(canonicalEventJson(stored)).toBe(canonicalEventJson(base));
  });

  it('turns an undefined actorId or payload into null', () => {
    const loose = {
      ...base,
      actorId: undefined,
      payload: undefined,
    } as unknown as ChainEventContent;
    expect(canonicalEventJson(loose)).toBe(canonicalEventJson({ ...base, payload: null }));
    expect(canonicalEventJson(loose)).toContain('"payload":null');
  });

  it('hashes the same text for a Date and its ISO string', () => {
    const asDate = { ...base, at: new Date(Date.UTC(2026, 0, 1)) };
    expect(canonicalEventJson(asDate)).toBe(canonicalEventJson(base));
  });

  it('does not depend on the key order of the payload', () => {
    const nested = { z: { y: 1, x: [{ b: 2, a: 1 }] }, a: null };
    const reordered = { a: null, z: { x: [{ a: 1, b: 2 }], y: 1 } };
    expect(payloadJson(nested)).toBe(payloadJson(reordered));
    expect(payloadJson(nested)).toBe('{"a":null,"z":{"x":[{"a":1,"b":2}],"y":1}}');
  });

  it('serialises numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    expect(payloadJson([1.0, -0, 1e21, 1e20, 1e-7, 0.000001, 0.1 + 0.2, -1.5e300])).toBe(
      '[1,0,1e+21,100000000000000000000,1e-7,0.000001,0.30000000000000004,-1.5e+300]',
    );
  });

  it('keeps non-ASCII text literal, escapes only what JSON must, sorts keys by UTF-16 unit', () => {
    expect(payloadJson({ text: 'Ünïcødé € 😀 "q" \\ \n \u000f' })).toBe(
      '{"text":"Ünïcødé € 😀 \\"q\\" \\\\ \\n \\u000f"}',
    );
    // By code point U+FB33 would come before U+1F600; JCS orders by UTF-16 code unit.
    expect(payloadJson({ '\ufb33': 3, '\u{1f600}': 2, '\u20ac': 1 })).toBe(
      '{"\u20ac":1,"\ud83d\ude00":2,"\ufb33":3}',
    );
  });

  it('refuses values that have no canonical form', () => {
    expect(() => canonicalEventJson({ ...base, payload: { n: Number.NaN } })).toThrow();
    expect(() => canonicalEventJson({ ...base, payload: { n: Infinity } })).toThrow();
    expect(() => canonicalEventJson({ ...base, payload: { s: '\ud800' } })).toThrow();
  });
});
