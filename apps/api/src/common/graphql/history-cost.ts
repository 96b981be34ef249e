import {
  type ASTVisitor,
  type FieldNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';

/**
 * What a query field costs beyond its shape, for the fields whose work grows with an accord's
 * history rather than with what is selected: an export reads everything (an operation may hold
 * one: it costs more than half the budget), a verification recomputes the whole chain, a page of
 * events costs per event. The budget is graphql-armor's cost limit: armor prices the shape of the
 * operation, these prices are added to it, and the sum must stay within the same maximum.
 */
export function historyFieldCosts(maxCost: number): Record<string, (field: FieldNode) => number> {
  const perEvent = 5;
  return {
    exportAccord: () => Math.floor(maxCost / 2) + 1,
    verifyHistory: () => 2000,
    checkReceipt: () => 2000,
    accordCheckpoints: () => 500,
    accordAt: () => 200,
    clauseDiff: () => 100,
    // A literal `first` is the page size; a variable may be the largest page (1000); none, 100.
    accordEvents: (field) => perEvent * pageSize(field, 100, 1000),
  };
}

function pageSize(field: FieldNode, byDefault: number, largest: number): number {
  const first = field.arguments?.find((arg) => arg.name.value === 'first');
  if (!first) return byDefault;
  if (first.value.kind === Kind.INT) return Math.min(Number(first.value.value), largest);
  return largest;
}

/** The cost armor computed for the operation being validated (see `rememberArmorCost`). */
const armorCosts = new WeakMap<ValidationContext, number>();

/** graphql-armor's `onAccept` callback: keeps the cost it computed for this validation. */
export function rememberArmorCost(context: ValidationContext | null, details: unknown): void {
  const n = (details as { n?: unknown } | null)?.n;
  if (context && typeof n === 'number') armorCosts.set(context, n);
}

/**
 * A validation rule: armor's cost of the operation plus the history fields' costs must stay
 * within `maxCost`. The refusal is a `BAD_USER_INPUT` with reason `QUERY_TOO_EXPENSIVE`, the cost
 * and the maximum, and says what to do instead.
 */
export function historyCostRule(maxCost: number) {
  const costs = historyFieldCosts(maxCost);
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition: {
      leave(operation: OperationDefinitionNode) {
        if (operation.operation !== OperationTypeNode.QUERY) return;
        const fields = rootFields(context, operation.selectionSet, new Set());
        const priced = fields.filter((field) => costs[field.name.value]);
        if (priced.length === 0) return;
        const extra = priced.reduce(
          (sum, field) => sum + (costs[field.name.value]?.(field) ?? 0),
          0,
        );
        const total = (armorCosts.get(context) ?? 0) + extra;
        if (total <= maxCost) return;
        const exports = priced.filter((field) => field.name.value === 'exportAccord').length;
        const advice =
          exports > 1
            ? `an operation may hold one exportAccord (this one holds ${exports}); ` +
              'send one request per export, or download it from GET /accords/:id/export.json'
            : 'ask for less history in one operation (a smaller `first`), or split it';
        const refusal = new DomainError(
          DomainErrorCode.QUERY_TOO_EXPENSIVE,
          `Query cost ${Math.ceil(total)} exceeds the limit of ${maxCost}: ${advice}`,
          { cost: Math.ceil(total), maxCost },
        );
        context.reportError(
          new GraphQLError(refusal.message, { nodes: priced, originalError: refusal }),
        );
      },
    },
  });
}

/** The top-level fields an operation selects, through its fragments (each counted once). */
function rootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  seenFragments: Set<string>,
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return rootFields(context, selection.selectionSet, seenFragments);
    }
    const name = selection.name.value;
    const fragment = context.getFragment(name);
    if (!fragment || seenFragments.has(name)) return [];
    seenFragments.add(name);
    return rootFields(context, fragment.selectionSet, seenFragments);
  });
}
