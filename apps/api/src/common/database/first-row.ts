/**
 * The row of a query that always returns one (an aggregate, `nextval`, an INSERT ... RETURNING,
 * a row the transaction holds locked): none is a bug, said as such rather than as "cannot read
 * properties of undefined" further on.
 */
export function firstRow<T>(rows: readonly T[], query: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`no row returned by ${query}`);
  return row;
}
