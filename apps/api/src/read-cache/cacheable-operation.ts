import {
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  OperationTypeNode,
  type ValueNode,
  visit,
} from 'graphql';

/** Root fields whose whole answer is a function of one accord's event log (and nothing else). */
export type AccordScopedRoot = 'accord' | 'amendment' | 'clause';
const ACCORD_SCOPED_ROOTS: ReadonlySet<string> = new Set<AccordScopedRoot>([
  'accord',
  'amendment',
  'clause',
]);

/**
 * Fields whose value depends on who asks (a user's email, an organization's members and
 * invitations): their resolvers read the caller, and an answer that selects one is never shared.
 */
export const PER_CALLER_FIELDS: ReadonlySet<string> = new Set([
  'email',
  'members',
  'invitations',
  'isOperator',
]);

/**
 * Fields reachable from an accord whose value can change without an event in its log, or that
 * depend on the caller: an answer that selects one is never cached. (A user's memberships in the
 * accord's organizations and their verification are logged in the accord; the rest of his
 * memberships are not. User names never change once made. Norm frameworks are platform-wide.)
 */
const OUTSIDE_THE_LOG: ReadonlySet<string> = new Set([
  'memberships',
  // Norms cited: a framework replaced by its editors changes them outside any accord's log.
  'citations',
  ...PER_CALLER_FIELDS,
]);

export interface RootRead {
  kind: AccordScopedRoot;
  id: string;
}

type IdSource = { literal: string } | { variable: string };
interface Plan {
  roots: { kind: AccordScopedRoot; id: IdSource }[];
}

// Apollo keeps one parsed document per query text, so the plan is worked out once per text.
const plans = new WeakMap<DocumentNode, Map<OperationDefinitionNode, Plan | null>>();

/**
 * The accord-scoped reads an operation makes, or null when its answer may depend on something
 * else (a mutation, another root field, a field outside the log, an id that is not a string).
 */
export function accordScopedReads(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): RootRead[] | null {
  let byOperation = plans.get(document);
  if (!byOperation)
    plans.set(document, (byOperation = new Map<OperationDefinitionNode, Plan | null>()));
  let plan = byOperation.get(operation);
  if (plan === undefined) byOperation.set(operation, (plan = planOf(document, operation)));
  if (!plan) return null;
  const reads: RootRead[] = [];
  for (const root of plan.roots) {
    const id = 'literal' in root.id ? root.id.literal : variables?.[root.id.variable];
    if (typeof id !== 'string') return null;
    reads.push({ kind: root.kind, id });
  }
  return reads;
}

function planOf(document: DocumentNode, operation: OperationDefinitionNode): Plan | null {
  if (operation.operation !== OperationTypeNode.QUERY) return null;
  const roots: Plan['roots'] = [];
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root would hide which fields are read: not worth following.
    if (selection.kind !== Kind.FIELD) return null;
    const name = selection.name.value;
    if (name === '__typename') continue;
    if (!ACCORD_SCOPED_ROOTS.has(name)) return null;
    const idArgument = selection.arguments?.find((a) => a.name.value === 'id');
    const id = idArgument ? idSource(idArgument.value) : null;
    if (!id) return null;
    roots.push({ kind: name as AccordScopedRoot, id });
  }
  if (roots.length === 0) return null;
  // Any field outside the log anywhere in the document (fragments included) rules it out.
  let outside = false;
  visit(document, {
    Field(node) {
      if (OUTSIDE_THE_LOG.has(node.name.value)) outside = true;
    },
  });
  return outside ? null : { roots };
}

function idSource(value: ValueNode): IdSource | null {
  if (value.kind === Kind.STRING) return { literal: value.value };
  if (value.kind === Kind.VARIABLE) return { variable: value.name.value };
  return null;
}
