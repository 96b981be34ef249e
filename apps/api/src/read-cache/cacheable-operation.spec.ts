import { describe, expect, it } from '@jest/globals';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { accordScopedReads } from './cacheable-operation.js';

function reads(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return accordScopedReads(document, operation, variables);
}

describe('accordScopedReads', () => {
  it('finds the accord, amendment and clause reads, from literals or variables', () => {
    expect(reads(`query($id: ID!) { accord(id: $id) { id } }`, { id: 'a1' })).toEqual([
      { kind: 'accord', id: 'a1' },
    ]);
    expect(reads(`{ __typename x: amendment(id: "m1") { id } clause(id: "c1") { id } }`)).toEqual([
      { kind: 'amendment', id: 'm1' },
      { kind: 'clause', id: 'c1' },
    ]);
  });

  it('refuses what may depend on more than the accord log', () => {
    expect(reads(`mutation { createAccord(title: "x") { id } }`)).toBeNull();
    expect(reads(`{ accords { id } }`)).toBeNull();
    expect(reads(`{ me { id } accord(id: "a") { id } }`)).toBeNull();
    // A caller's own ballot receipts, beside the amendment they are on.
    expect(
      reads(`{ amendment(id: "m") { id } myBallotReceipts(amendmentId: "m") { seq } }`),
    ).toBeNull();
    expect(reads(`{ __typename }`)).toBeNull();
    expect(reads(`{ ...F } fragment F on Query { accord(id: "a") { id } }`)).toBeNull();
    expect(
      reads(
        `{ accord(id: "a") { ...P } } fragment P on Accord { clauses { comments { author { memberships { role } } } } }`,
      ),
    ).toBeNull();
  });

  it('refuses ids that are missing or not strings', () => {
    expect(reads(`query($id: ID) { accord(id: $id) { id } }`, {})).toBeNull();
    expect(reads(`{ accord(id: 7) { id } }`)).toBeNull();
  });

  it('works the plan out once per document and applies each request its variables', () => {
    const document = parse(`query($id: ID!) { accord(id: $id) { id } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(accordScopedReads(document, operation, { id: 'one' })).toEqual([
      { kind: 'accord', id: 'one' },
    ]);
    expect(accordScopedReads(document, operation, { id: 'two' })).toEqual([
      { kind: 'accord', id: 'two' },
    ]);
  });
});
