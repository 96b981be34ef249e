import { describe, expect, it } from '@jest/globals';
import { stringifyResult } from './read-cache.plugin.js';

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
});
