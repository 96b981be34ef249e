import { registerEnumType } from '@nestjs/graphql';

/** What a search hit is. */
export enum SearchKind {
  CLAUSE = 'CLAUSE',
  AMENDMENT = 'AMENDMENT',
  COMMENT = 'COMMENT',
  ORGANIZATION = 'ORGANIZATION',
}

registerEnumType(SearchKind, {
  name: 'SearchKind',
  valuesMap: {
    CLAUSE: { description: 'A clause: its current text, or an earlier version of it' },
    AMENDMENT: { description: 'An amendment: its heading, text and rationale' },
    COMMENT: { description: 'A comment (deleted ones are never found)' },
    ORGANIZATION: { description: 'An organization: its name, country and website' },
  },
});
