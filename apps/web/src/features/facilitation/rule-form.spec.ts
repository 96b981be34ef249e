import { describe, expect, it } from '@jest/globals';
import { draftFromRule, readRuleDraft } from './rule-form';

describe('the rule form', () => {
  it('keeps the rule’s minimum of co-sponsors, which it has no field for yet', () => {
    const draft = draftFromRule({ kind: 'CONSENSUS', minSponsors: 3, minSponsorGroups: 2 });
    expect(readRuleDraft(draft).rule).toMatchObject({ minSponsors: 3, minSponsorGroups: 2 });
    expect(readRuleDraft(draftFromRule({ kind: 'CONSENSUS' })).rule).not.toHaveProperty(
      'minSponsors',
    );
  });
});
