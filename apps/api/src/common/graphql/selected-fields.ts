import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Worked out once per field of a parsed document (documents are parsed once, then reused). */
const known = new WeakMap<FieldNode, ReadonlySet<string>>();

/**
 * The names of the fields a query selects below the field being resolved, fragments included.
 * A superset on purpose: fields under `@skip`/`@include` and under any type condition count, so
 * a reader of this never leaves out something the answer may need.
 */
export function selectedFields(info: SelectionInfo): ReadonlySet<string> {
  const [only, ...others] = info.fieldNodes;
  if (only && others.length === 0) {
    let names = known.get(only);
    if (!names) known.set(only, (names = collect(info)));
    return names;
  }
  return collect(info);
}

function collect(info: SelectionInfo): ReadonlySet<string> {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** The selection asks only which object it is (its id, its type name). */
export function onlyIdentity(fields: ReadonlySet<string>): boolean {
  for (const field of fields) if (field !== 'id' && field !== '__typename') return false;
  return true;
}
