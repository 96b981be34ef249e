import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { NormCoverage } from '../../data/gql/graphql';
import { ForceBadge } from '../../ui/Badges';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { clauseAnchor } from '../accords/ArticleReference';
import { FrameworkComparisonQuery, FrameworksQuery } from './frameworks.graphql';
import { SourceLinks } from './SourceLinks';
import './frameworks.css';

/** What each coverage means, in the delegates' words. */
export const coverageWords: Record<NormCoverage, { label: string; title: string }> = {
  STRONGER: {
    label: 'Accord stronger',
    title: 'A binding article covers this voluntary norm',
  },
  EQUIVALENT: { label: 'Same force', title: 'The accord covers the norm with the force it has' },
  WEAKER: {
    label: 'Accord weaker',
    title: 'Only voluntary articles cover this binding norm',
  },
  SILENT: { label: 'Accord silent', title: 'No article of the accord cites this norm' },
};

const FILTERS = [
  { value: 'all', label: 'All norms' },
  { value: 'silent', label: 'Only where the accord is silent' },
  { value: 'weaker', label: 'Only where the accord is weaker' },
] as const;
type Filter = (typeof FILTERS)[number]['value'];

/**
 * Norm frameworks laid beside the accord as it stands, one column per framework: for each norm,
 * the articles that cite it, and whether the accord is stronger, as strong, weaker or silent.
 * The frameworks and the filter are in the address, so a view can be shared.
 */
export function ComparisonPage() {
  const { accordId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const catalog = useQuery(FrameworksQuery);
  const frameworks = catalog.data?.frameworks ?? [];
  const asked = search.getAll('framework');
  // By default, the two frameworks the study compares first: the oldest ones on the platform.
  const chosen =
    asked.length > 0
      ? asked.filter((id) => frameworks.some((f) => f.id === id))
      : [...frameworks]
          .sort((a, b) => a.year - b.year)
          .slice(0, 2)
          .map((f) => f.id);
  const filter: Filter = FILTERS.some((f) => f.value === search.get('show'))
    ? (search.get('show') as Filter)
    : 'all';
  const comparison = useQuery(FrameworkComparisonQuery, {
    variables: { accordId, frameworkIds: chosen },
    skip: chosen.length === 0,
  });

  const update = (frameworkIds: string[], show: Filter) => {
    const next = new URLSearchParams();
    for (const id of frameworkIds) next.append('framework', id);
    if (show !== 'all') next.set('show', show);
    setSearch(next, { replace: true });
  };
  const toggle = (id: string, on: boolean) =>
    update(
      frameworks.map((f) => f.id).filter((f) => (f === id ? on : chosen.includes(f))),
      filter,
    );

  if (catalog.error) return <ErrorNotice error={catalog.error} />;
  if (!catalog.data) return <Loading label="Loading the norm frameworks…" />;
  if (frameworks.length === 0)
    return (
      <Empty title="No norm framework yet">
        A platform operator or a facilitator imports frameworks on the{' '}
        <Link to="/frameworks">Frameworks</Link> page.
      </Empty>
    );

  const columns = comparison.data?.frameworkComparison.frameworks ?? [];
  return (
    <section className="comparison" aria-labelledby="comparison-title">
      <h2 id="comparison-title" className="page-subtitle">
        The accord compared with norm frameworks
      </h2>
      <p className="muted">
        Each column is a framework; each norm shows the articles that cite it and how the
        accord&apos;s force compares with the norm&apos;s. Articles cite norms directly, or through
        a source linked to a norm.
      </p>
      <div className="comparison__controls">
        <fieldset className="comparison__choice">
          <legend>Frameworks</legend>
          {frameworks.map((f) => (
            <label key={f.id} className="comparison__option">
              <input
                type="checkbox"
                checked={chosen.includes(f.id)}
                onChange={(e) => toggle(f.id, e.target.checked)}
              />{' '}
              {f.shortName}
            </label>
          ))}
        </fieldset>
        <fieldset className="comparison__choice">
          <legend>Show</legend>
          {FILTERS.map((f) => (
            <label key={f.value} className="comparison__option">
              <input
                type="radio"
                name="comparison-filter"
                value={f.value}
                checked={filter === f.value}
                onChange={() => update(chosen, f.value)}
              />{' '}
              {f.label}
            </label>
          ))}
        </fieldset>
      </div>
      {chosen.length === 0 && <p className="muted">Choose at least one framework.</p>}
      {comparison.error && <ErrorNotice error={comparison.error} />}
      {chosen.length > 0 && !comparison.data && !comparison.error && <Loading label="Comparing…" />}
      {columns.length > 0 && (
        <div
          className="comparison__columns"
          style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(18rem, 1fr))` }}
          // Focusable so that a keyboard can scroll wide comparisons sideways.
          tabIndex={0}
          role="group"
          aria-label="Frameworks side by side"
        >
          {columns.map((column) => {
            const headingId = `framework-${column.framework.id}`;
            const rows = column.norms.filter(
              (row) =>
                filter === 'all' ||
                (filter === 'silent' && row.coverage === 'SILENT') ||
                (filter === 'weaker' && row.coverage === 'WEAKER'),
            );
            return (
              <section
                key={column.framework.id}
                className="comparison__column"
                aria-labelledby={headingId}
                data-testid="comparison-column"
              >
                <h3 id={headingId} className="comparison__framework">
                  {column.framework.shortName}
                  <span className="meta"> {column.framework.title}</span>
                </h3>
                <p className="meta comparison__counts">
                  {column.stronger} stronger · {column.equivalent} same force · {column.weaker}{' '}
                  weaker · {column.silent} silent
                </p>
                {rows.length === 0 && <p className="muted">No norm to show with this filter.</p>}
                <ol className="comparison__norms">
                  {rows.map((row) => (
                    <li
                      key={row.norm.id}
                      className={`norm-row norm-row--${row.coverage.toLowerCase()}`}
                      data-testid="norm-row"
                    >
                      <p className="norm-row__head">
                        <strong className="norm-row__key">{row.norm.key}</strong>{' '}
                        {row.norm.title && <span>{row.norm.title}</span>}{' '}
                        <ForceBadge force={row.norm.force} />
                      </p>
                      <p
                        className={`coverage coverage--${row.coverage.toLowerCase()}`}
                        title={coverageWords[row.coverage].title}
                      >
                        {coverageWords[row.coverage].label}
                      </p>
                      {row.clauses.length > 0 && (
                        <ul className="norm-row__clauses" aria-label="Articles citing it">
                          {row.clauses.map((c) => (
                            <li key={c.clauseId}>
                              <Link to={`/accords/${accordId}#${clauseAnchor(c.clauseId)}`}>
                                Article {c.number}
                                {c.heading ? `: ${c.heading}` : ''}
                              </Link>{' '}
                              <ForceBadge force={c.force} />
                              {c.source && <span className="meta"> via “{c.source}”</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                      {row.norm.correspondsTo.length > 0 && (
                        <p className="meta">
                          Corresponds to{' '}
                          {row.norm.correspondsTo
                            .map((n) => `${n.framework.shortName} ${n.key}`)
                            .join(', ')}
                        </p>
                      )}
                      <details className="norm-row__text">
                        <summary>Text of the norm</summary>
                        <p>{row.norm.text}</p>
                        {row.norm.sourceUrl && (
                          <a href={row.norm.sourceUrl} target="_blank" rel="noreferrer">
                            Source
                          </a>
                        )}
                      </details>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      )}
      <SourceLinks accordId={accordId} />
    </section>
  );
}
