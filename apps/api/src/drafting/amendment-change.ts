import { AmendmentKind, type NormativeForce } from '@plenary/contracts';
import type { AmendmentEntity } from './amendment.entity.js';

/** The clause an ADD_CLAUSE amendment would write. */
export interface ProposedClause {
  heading: string | null;
  text: string;
  /** None given: the clause is VOLUNTARY when it is added. */
  force: NormativeForce | null;
  sources: string[];
  /** Norms cited, by id. */
  normIds: string[];
}

/**
 * What an amendment changes in the text, one shape per kind: each carries exactly the fields its
 * kind needs, so code that switches on `kind` never asserts that a column is set.
 */
export type AmendmentChange =
  | ({ kind: AmendmentKind.ADD_CLAUSE; position: number | null } & ProposedClause)
  | ({
      kind: AmendmentKind.MODIFY_CLAUSE;
      clauseId: string;
      baseVersion: number;
    } & ProposedClause)
  | { kind: AmendmentKind.REMOVE_CLAUSE; clauseId: string }
  | { kind: AmendmentKind.MOVE_CLAUSE; clauseId: string; position: number };

export type ModifyChange = Extract<AmendmentChange, { kind: AmendmentKind.MODIFY_CLAUSE }>;
/** A change to a clause that exists: every kind but ADD_CLAUSE. */
export type ClauseChange = Exclude<AmendmentChange, { kind: AmendmentKind.ADD_CLAUSE }>;

/** The columns that say what an amendment changes. */
export type StoredAmendment = Pick<
  AmendmentEntity,
  | 'id'
  | 'kind'
  | 'clauseId'
  | 'baseVersion'
  | 'heading'
  | 'text'
  | 'force'
  | 'sources'
  | 'normIds'
  | 'position'
>;

/**
 * The change a stored amendment makes. Proposing checked its fields against its kind (and the
 * columns only ever hold such a row), so a row that does not fit is a bug, not bad input.
 */
export function changeOf(amendment: StoredAmendment): AmendmentChange {
  const { kind, clauseId, baseVersion, heading, text, force, sources, normIds, position } =
    amendment;
  const broken = (field: string) =>
    new Error(`amendment ${amendment.id}: a ${kind} amendment without its ${field}`);
  switch (kind) {
    case AmendmentKind.ADD_CLAUSE:
      if (text === null) throw broken('text');
      return { kind, position, heading, text, force, sources, normIds };
    case AmendmentKind.MODIFY_CLAUSE:
      if (clauseId === null) throw broken('clause');
      if (baseVersion === null) throw broken('base version');
      if (text === null) throw broken('text');
      return { kind, clauseId, baseVersion, heading, text, force, sources, normIds };
    case AmendmentKind.REMOVE_CLAUSE:
      if (clauseId === null) throw broken('clause');
      return { kind, clauseId };
    case AmendmentKind.MOVE_CLAUSE:
      if (clauseId === null) throw broken('clause');
      if (position === null) throw broken('position');
      return { kind, clauseId, position };
  }
}

/** The clause a change is about, or null for ADD_CLAUSE (a clause that does not exist yet). */
export const clauseIdOf = (change: AmendmentChange): string | null =>
  change.kind === AmendmentKind.ADD_CLAUSE ? null : change.clauseId;
