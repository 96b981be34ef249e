import { describe, expect, it } from '@jest/globals';
import { inJsonbOrder } from './jsonb-order.js';

describe('inJsonbOrder', () => {
  it('orders keys as jsonb does: by length, then by their UTF-8 bytes, at every depth', () => {
    const ordered = inJsonbOrder({
      amendmentId: 'a',
      closesAt: null,
      round: 1,
      nested: [{ zz: 1, b: 2, é: 3, aa: 4 }],
    });
    expect(JSON.stringify(ordered)).toBe(
      '{"round":1,"nested":[{"b":2,"aa":4,"zz":1,"é":3}],"closesAt":null,"amendmentId":"a"}',
    );
  });

  it('leaves scalars and arrays in place', () => {
    expect(inJsonbOrder([3, 'x', null, true])).toEqual([3, 'x', null, true]);
    expect(inJsonbOrder('text')).toBe('text');
  });
});
