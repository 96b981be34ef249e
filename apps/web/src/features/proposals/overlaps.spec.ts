import { describe, expect, it } from '@jest/globals';
import { overlappingProposals, touchedRanges } from './overlaps';

const eq = (text: string) => ({ op: 'equal', text });
const del = (text: string) => ({ op: 'delete', text });
const ins = (text: string) => ({ op: 'insert', text });

describe('proposals that change the same words', () => {
  it('measures what each touches in the current text', () => {
    expect(touchedRanges([eq('States '), del('should'), ins('shall'), eq(' refrain.')])).toEqual([
      [7, 13],
      [13, 13],
    ]);
  });

  it('pairs the proposals whose changes meet, and leaves apart those on other words', () => {
    const binding = {
      id: 'binding',
      changes: [eq('States '), del('should'), ins('shall'), eq(' not attack hospitals.')],
    };
    const exception = {
      id: 'exception',
      changes: [
        eq('States '),
        del('should not'),
        ins('may not, except in self-defence,'),
        eq(' attack hospitals.'),
      ],
    };
    const services = {
      id: 'services',
      changes: [eq('States should not attack hospitals'), ins(' or clinics'), eq('.')],
    };
    expect(overlappingProposals([binding, exception, services])).toEqual(
      new Map([
        ['binding', ['exception']],
        ['exception', ['binding']],
      ]),
    );
  });
});
