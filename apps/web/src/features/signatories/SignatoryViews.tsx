import type { ImplementationStatus, StakeholderGroup } from '../../data/gql/graphql';
import { formatDateTime, groupLabels, groupOrder, plural } from '../../ui/format';
import { VerifiedMark } from '../../ui/OrganizationLabel';

/** An organization as the signatories' views need it (the public page has no more than this). */
export interface SignatoryOrganization {
  id: string;
  name: string;
  group: StakeholderGroup;
  country: string | null;
  handle: string;
  verified: boolean;
}

export interface SignatoryView {
  organization: SignatoryOrganization;
  signedAt: string;
  statement: string | null;
  reservations: { clauseId: string; number: string; text: string }[];
}

export interface ArticleView {
  clauseId: string;
  number: string;
  heading: string | null;
}

export interface AdherenceCellView {
  clauseId: string;
  organizationId: string;
  status: ImplementationStatus;
  text: string;
  reportedAt: string;
}

export const implementationLabels: Record<ImplementationStatus, string> = {
  DONE: 'Done',
  IN_PROGRESS: 'In progress',
  NOT_STARTED: 'Not started',
};

/** Signatories in stakeholder-group order, each group with its count. */
export function groupSignatories<S extends { organization: { group: StakeholderGroup } }>(
  signatories: readonly S[],
): { group: StakeholderGroup; signatories: S[] }[] {
  return groupOrder
    .map((group) => ({
      group,
      signatories: signatories.filter((s) => s.organization.group === group),
    }))
    .filter((g) => g.signatories.length > 0);
}

/** The standing signatories by stakeholder group, with statements and reservations. */
export function SignatoriesByGroup({
  signatories,
  headingLevel = 3,
}: {
  signatories: readonly SignatoryView[];
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (signatories.length === 0)
    return <p className="muted">No organization has signed the accord yet.</p>;
  return (
    <div className="signatory-groups">
      {groupSignatories(signatories).map(({ group, signatories: members }) => (
        <section key={group} className="signatory-group" aria-label={groupLabels[group]}>
          <Heading className="signatory-group__title">
            {groupLabels[group]} <span className="meta">({members.length})</span>
          </Heading>
          <ul className="signatory-list">
            {members.map((s) => (
              <li key={s.organization.id} className="signatory" data-testid="signatory">
                <span className="signatory__name">
                  {s.organization.name} <VerifiedMark verified={s.organization.verified} />
                </span>
                <span className="meta">
                  {s.organization.country ? `${s.organization.country} · ` : ''}
                  {s.organization.handle} · signed {formatDateTime(s.signedAt)}
                </span>
                {s.statement && <p className="signatory__statement">{s.statement}</p>}
                {s.reservations.length > 0 && (
                  <ul className="signatory__reservations" aria-label="Reservations">
                    {s.reservations.map((r) => (
                      <li key={r.clauseId} data-testid="reservation">
                        <strong>Reservation on article {r.number}:</strong> {r.text}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Signatories over time: one row per day a signature changed, one column per group. */
export function SignatoryCountsTable({
  counts,
}: {
  counts: readonly { date: string; group: StakeholderGroup; count: number }[];
}) {
  if (counts.length === 0) return null;
  const groups = groupOrder.filter((g) => counts.some((c) => c.group === g));
  const dates = [...new Set(counts.map((c) => c.date))];
  const countOf = (date: string, group: StakeholderGroup) =>
    counts.find((c) => c.date === date && c.group === group)?.count ?? 0;
  const max = Math.max(1, ...dates.map((d) => groups.reduce((n, g) => n + countOf(d, g), 0)));
  return (
    <table className="data-table signatory-counts" data-testid="signatory-counts">
      <caption>Signatories over time, by stakeholder group (at the end of each day)</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          {groups.map((g) => (
            <th key={g} scope="col">
              {groupLabels[g]}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {dates.map((date) => {
          const total = groups.reduce((n, g) => n + countOf(date, g), 0);
          return (
            <tr key={date}>
              <th scope="row">{date}</th>
              {groups.map((g) => (
                <td key={g}>{countOf(date, g)}</td>
              ))}
              <td>
                <span className="signatory-counts__bar" aria-hidden="true">
                  <meter min={0} max={max} value={total} />
                </span>{' '}
                {total}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Articles × signatories, the latest report of each signatory on each article; signatories in
 * stakeholder-group order under their group's heading.
 */
export function AdherenceTable({
  articles,
  signatories,
  cells,
}: {
  articles: readonly ArticleView[];
  signatories: readonly SignatoryOrganization[];
  cells: readonly AdherenceCellView[];
}) {
  if (signatories.length === 0) return null;
  const grouped = groupSignatories(signatories.map((organization) => ({ organization })));
  const ordered = grouped.flatMap((g) => g.signatories.map((s) => s.organization));
  const cellOf = (clauseId: string, organizationId: string) =>
    cells.find((c) => c.clauseId === clauseId && c.organizationId === organizationId);
  const reported = cells.filter((c) => ordered.some((o) => o.id === c.organizationId)).length;
  return (
    <div className="table-scroll">
      <table className="data-table adherence" data-testid="adherence-table">
        <caption>
          Adherence: the latest implementation report of each signatory on each article (
          {plural(reported, 'report')})
        </caption>
        <thead>
          <tr>
            <td />
            {grouped.map((g) => (
              <th key={g.group} scope="colgroup" colSpan={g.signatories.length}>
                {groupLabels[g.group]}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">Article</th>
            {ordered.map((o) => (
              <th key={o.id} scope="col">
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.clauseId}>
              <th scope="row">
                {a.number}
                {a.heading ? ` · ${a.heading}` : ''}
              </th>
              {ordered.map((o) => {
                const cell = cellOf(a.clauseId, o.id);
                return (
                  <td
                    key={o.id}
                    className={
                      cell ? `adherence__cell adherence__cell--${cell.status}` : 'adherence__cell'
                    }
                  >
                    {cell ? (
                      <>
                        <span className="adherence__status">
                          {implementationLabels[cell.status]}
                        </span>
                        <span className="adherence__text">{cell.text}</span>
                        <span className="meta">{formatDateTime(cell.reportedAt)}</span>
                      </>
                    ) : (
                      <span className="muted">No report</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
