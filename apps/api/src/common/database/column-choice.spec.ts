import { describe, expect, it } from '@jest/globals';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { ColumnChoice } from './column-choice.js';

interface Row {
  id: string;
  status: string;
  text: string;
  tally: object;
}

const choice = new ColumnChoice<Row>(['id', 'status'], { id: [], status: [], text: ['text'] });

/** The resolve info graphql gives the resolver of the query's first field below its root. */
function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [root], fragments };
}

describe('ColumnChoice', () => {
  it('reads the columns always read and those of the fields asked', () => {
    expect(choice.forSelection(infoOf('{ list { id __typename } }')).properties).toEqual([
      'id',
      'status',
    ]);
    expect(choice.forSelection(infoOf('{ list { text } }')).properties).toEqual([
      'id',
      'status',
      'text',
    ]);
  });

  it('follows fragments, inline or named, and fields under @skip', () => {
    const info = infoOf(
      'query { list { ...F ... on Item { id } } } fragment F on Item { status @skip(if: true) text }',
    );
    expect(choice.forSelection(info).properties).toContain('text');
  });

  it('reads the whole row when a field asked declares nothing', () => {
    expect(choice.forSelection(infoOf('{ list { id tally } }'))).toBe(ColumnChoice.WHOLE_ROW);
    expect(choice.forFields(['constructor'])).toBe(ColumnChoice.WHOLE_ROW);
  });

  it('gives equal choices one key, and a union that serves both', () => {
    const a = choice.forFields(['text', 'id']);
    expect(choice.forFields(['id', 'text'])).toBe(a);
    const narrow = choice.forFields(['id']);
    expect(choice.union(narrow, a)).toBe(a);
    expect(choice.union(narrow, ColumnChoice.WHOLE_ROW)).toBe(ColumnChoice.WHOLE_ROW);
    // A loader's keys carry the choice's key; the choice gives it back.
    expect(choice.ofKey(a.key)).toBe(a);
    expect(choice.ofKey('*')).toBe(ColumnChoice.WHOLE_ROW);
  });
});
