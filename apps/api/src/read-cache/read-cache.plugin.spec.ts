import { describe, expect, it } from '@jest/globals';
import { KeptAnswer, stringifyResult } from './read-cache.plugin.js';

describe('stringifyResult', () => {
  it("writes the same bytes as Apollo's default, errors and extensions included", () => {
    const results = [
      { data: { accord: { id: 'a', clauses: [{ text: 'é "quoted" \u2028' }] } } },
      { data: null, errors: [{ message: 'Accord not found', extensions: { code: 'NOT_FOUND' } }] },
      { data: { me: null }, extensions: { cost: 3 } },
    ];
    for (const result of results) {
      expect(stringifyResult(result)).toBe(`${JSON.stringify(result)}\n`);
    }
  });

  it('writes a kept answer as the JSON it was kept as, and as the same data elsewhere', () => {
    const data = { accord: { id: 'a', clauses: [{ text: 'é "quoted" \u2028' }] } };
    const kept = new KeptAnswer(JSON.stringify(data));
    const expected = `${JSON.stringify({ data })}\n`;
    expect(stringifyResult({ data: kept as unknown as typeof data })).toBe(expected);
    // Whatever else serializes a response (with extensions, say) still gets the data.
    expect(JSON.stringify({ data: kept })).toBe(JSON.stringify({ data }));
  });
});

describe('KeptAnswer.bytes', () => {
  it('counts what the heap holds: one byte a character, two once a character needs them', () => {
    expect(new KeptAnswer('{"a":"é"}').bytes).toBe(9);
    expect(new KeptAnswer('{"a":"’"}').bytes).toBe(18);
  });
});
