import { describe, expect, it } from '@jest/globals';
import { hitLink, hitTitle, type SearchHit } from './search-hits';

const hit = (fields: Partial<SearchHit>): SearchHit => ({
  __typename: 'SearchHit',
  kind: 'CLAUSE',
  rank: 0.1,
  heading: null,
  snippet: [],
  accord: { __typename: 'SearchAccord', id: 'a1', title: 'Tech Accord' },
  clause: null,
  amendment: null,
  comment: null,
  organization: null,
  ...fields,
});
const clause = (version: number, current: boolean, removed = false) => ({
  __typename: 'SearchClause' as const,
  id: 'c1',
  number: '5 bis',
  version,
  current,
  removed,
});

describe('search hits', () => {
  it('links a current clause to its place in the text, an earlier version to its history', () => {
    const now = hit({ heading: 'Due diligence', clause: clause(3, true) });
    expect(hitLink(now)).toBe('/accords/a1#clause-c1');
    expect(hitTitle(now)).toBe('Article 5 bis — Due diligence');
    const before = hit({ clause: clause(1, false) });
    expect(hitLink(before)).toBe('/accords/a1/history?clause=c1');
    expect(hitTitle(before)).toBe('Article 5 bis (earlier version 1)');
  });

  it('links a comment on an amendment to the amendment', () => {
    const comment = hit({
      kind: 'COMMENT',
      amendment: { __typename: 'SearchAmendment', id: 'm1', kind: 'MODIFY_CLAUSE', status: 'OPEN' },
      clause: clause(2, true),
      comment: { __typename: 'SearchComment', id: 'x', parentId: 'p' },
    });
    expect(hitLink(comment)).toBe('/accords/a1/amendments/m1');
    expect(hitTitle(comment)).toBe('Reply on an amendment to Article 5 bis');
  });

  it('gives an organization a title and no link', () => {
    const org = hit({
      kind: 'ORGANIZATION',
      accord: null,
      organization: {
        __typename: 'SearchOrganization',
        id: 'o',
        name: 'Narwhal Institute',
        group: 'CIVIL_SOCIETY',
        country: 'Norway',
      },
    });
    expect(hitLink(org)).toBeNull();
    expect(hitTitle(org)).toMatch(/^Narwhal Institute \(.+, Norway\)$/);
  });
});
