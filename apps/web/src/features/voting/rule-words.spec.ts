import { describe, expect, it } from '@jest/globals';
import { describeRule } from './rule-words';

describe('the decision rule in words', () => {
  it('says what an amendment needs behind it before a vote, when the rule asks for co-sponsors', () => {
    expect(describeRule({ kind: 'SIMPLE_MAJORITY', minSponsors: 3, minSponsorGroups: 2 })).toBe(
      'Needs more votes for than against. Before a vote, an amendment needs 3 sponsoring organizations (its sponsor and co-sponsors) from 2 stakeholder groups.',
    );
    expect(describeRule({ kind: 'CONSENSUS', minSponsorGroups: 2 })).toMatch(
      /needs sponsors \(its sponsor and co-sponsors\) from 2 stakeholder groups\.$/,
    );
    // One organization is the sponsor alone: nothing to say.
    expect(describeRule({ kind: 'SIMPLE_MAJORITY', minSponsors: 1 })).toBe(
      'Needs more votes for than against.',
    );
  });
});
