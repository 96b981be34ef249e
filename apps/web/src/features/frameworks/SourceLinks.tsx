import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { friendlyError } from '../../data/errors';
import { MeQuery } from '../auth/auth.graphql';
import { AccordViewerQuery } from '../accords/accords.graphql';
import {
  AccordSourcesQuery,
  FrameworksQuery,
  LinkSourceToNormMutation,
} from './frameworks.graphql';

/**
 * The free-text sources of the accord's articles that the viewer may link to a norm (as the
 * facilitator, or for the party whose amendment wrote the article), each with a norm to choose.
 * Linking does not change the text: it is logged, and the comparison counts the article.
 */
export function SourceLinks({ accordId }: { accordId: string }) {
  const sources = useQuery(AccordSourcesQuery, { variables: { id: accordId } });
  const viewer = useQuery(AccordViewerQuery, { variables: { id: accordId } }).data?.accord;
  const me = useQuery(MeQuery).data?.me;
  const frameworks = useQuery(FrameworksQuery).data?.frameworks ?? [];
  const mine = new Set(me?.memberships.map((m) => m.organization.id) ?? []);
  const unlinked = (sources.data?.accord?.clauses ?? []).flatMap((clause) => {
    const linked = new Set(clause.current.citations.map((c) => c.source));
    const mayLink =
      viewer?.viewerIsFacilitator === true ||
      (clause.current.author !== null &&
        clause.current.author !== undefined &&
        mine.has(clause.current.author.id));
    return mayLink
      ? clause.current.sources
          .filter((s) => !linked.has(s))
          .map((source) => ({ clauseId: clause.id, number: clause.number, source }))
      : [];
  });
  if (unlinked.length === 0 || frameworks.length === 0) return null;
  return (
    <section className="source-links" aria-labelledby="source-links-title">
      <h3 id="source-links-title" className="page-subtitle">
        Sources not linked to a norm
      </h3>
      <p className="muted">
        Link a source to the norm it names: the article then counts as citing it.
      </p>
      <ul className="source-links__list">
        {unlinked.map((u) => (
          <SourceLinkForm key={`${u.clauseId}:${u.source}`} accordId={accordId} {...u} />
        ))}
      </ul>
    </section>
  );
}

function SourceLinkForm({
  accordId,
  clauseId,
  number,
  source,
}: {
  accordId: string;
  clauseId: string;
  number: string;
  source: string;
}) {
  const frameworks = useQuery(FrameworksQuery).data?.frameworks ?? [];
  const [normId, setNormId] = useState('');
  const [link, { loading, error }] = useMutation(LinkSourceToNormMutation, {
    refetchQueries: [
      { query: AccordSourcesQuery, variables: { id: accordId } },
      'FrameworkComparison',
    ],
  });
  const id = `link-${clauseId}-${source.replace(/\W+/g, '-')}`;
  return (
    <li className="source-links__item">
      <label htmlFor={id}>
        Article {number}: “{source}”
      </label>{' '}
      <select id={id} value={normId} onChange={(e) => setNormId(e.target.value)}>
        <option value="">Choose its norm…</option>
        {frameworks.map((f) => (
          <optgroup key={f.id} label={f.shortName}>
            {f.norms.map((n) => (
              <option key={n.id} value={n.id}>
                {f.shortName} {n.key}
                {n.title ? ` — ${n.title}` : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button button--small"
        disabled={!normId || loading}
        onClick={() => void link({ variables: { clauseId, source, normId } }).catch(() => null)}
      >
        Link
        <span className="visually-hidden">
          {' '}
          “{source}” of article {number}
        </span>
      </button>
      {error && (
        <span className="notice notice--error" role="alert">
          {friendlyError(error)}
        </span>
      )}
    </li>
  );
}
