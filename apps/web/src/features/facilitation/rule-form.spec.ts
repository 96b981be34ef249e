import { describe, expect, it } from '@jest/globals';
import { draftFromRule, fieldText, readRuleDraft, withFieldText } from './rule-form';

describe('the rule form', () => {
  it('reads and changes a number by its field, weights included', () => {
    const draft = draftFromRule({ kind: 'WEIGHTED', quorum: 0.5 });
    expect(fieldText(draft, 'quorum')).toBe('1/2');
    expect(fieldText(draft, 'weight-GOVERNMENT')).toBe('1');
    expect(withFieldText(draft, 'minSponsors', '2')).toEqual({ minSponsors: '2' });
    const weights = withFieldText(draft, 'weight-GOVERNMENT', '2').weights;
    expect(weights).toEqual({ ...draft.weights, GOVERNMENT: '2' });
    expect(draft.weights.GOVERNMENT).toBe('1');
  });

  it('keeps the rule’s minimum of co-sponsors', () => {
    const draft = draftFromRule({ kind: 'CONSENSUS', minSponsors: 3, minSponsorGroups: 2 });
    expect(readRuleDraft(draft).rule).toMatchObject({ minSponsors: 3, minSponsorGroups: 2 });
    expect(readRuleDraft(draftFromRule({ kind: 'CONSENSUS' })).rule).not.toHaveProperty(
      'minSponsors',
    );
  });

  it('reads the minimum of sponsors and of groups as typed, empty for none', () => {
    const draft = { ...draftFromRule({ kind: 'SIMPLE_MAJORITY' }), minSponsors: ' 2 ' };
    expect(readRuleDraft({ ...draft, minSponsorGroups: '2' }).rule).toMatchObject({
      minSponsors: 2,
      minSponsorGroups: 2,
    });
    expect(readRuleDraft({ ...draft, minSponsors: '' }).rule).not.toHaveProperty('minSponsors');
  });

  it('refuses a minimum that is not a whole number in range, field by field', () => {
    const draft = draftFromRule({ kind: 'SIMPLE_MAJORITY' });
    expect(readRuleDraft({ ...draft, minSponsors: '0', minSponsorGroups: '7' }).errors).toEqual({
      minSponsors:
        'Sponsoring organizations: write a whole number from 1 to 100, or leave it empty for no minimum.',
      minSponsorGroups:
        'Stakeholder groups: write a whole number from 1 to 6, or leave it empty for no minimum.',
    });
    expect(readRuleDraft({ ...draft, minSponsors: '1.5' }).errors).toHaveProperty('minSponsors');
  });
});
