import { type ReactNode, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { PublicAccordDocument } from '@plenary/contracts';
import { ForceBadge } from '../../ui/Badges';
import { Empty, Loading } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';
import { IncidentMatrixTable } from '../incidents/IncidentMatrix';
import '../incidents/incidents.css';
import { AdherenceTable, SignatoriesByGroup, SignatoryCountsTable } from './SignatoryViews';
import './signatories.css';

/**
 * The sections of the public page, in order. A feature adds its own here (and its field in
 * PublicAccordDocument, in libs/contracts): an incident matrix, for instance.
 */
const SECTIONS: {
  id: string;
  title: string;
  render: (accord: PublicAccordDocument) => ReactNode;
}[] = [
  { id: 'text', title: 'The text', render: (accord) => <PublicText accord={accord} /> },
  {
    id: 'signatories',
    title: 'Signatories',
    render: (accord) => (
      <>
        <SignatoriesByGroup signatories={accord.signatories} />
        <SignatoryCountsTable counts={accord.signatoryCounts} />
      </>
    ),
  },
  {
    id: 'adherence',
    title: 'Implementation',
    render: (accord) =>
      accord.signatories.length === 0 ? (
        <p className="muted">No signatory yet.</p>
      ) : (
        <AdherenceTable
          articles={accord.articles}
          signatories={accord.signatories.map((s) => s.organization)}
          cells={accord.adherence}
        />
      ),
  },
  {
    id: 'incidents',
    title: 'Incidents assessed against the text',
    render: (accord) => <IncidentMatrixTable matrix={accord.incidentMatrix} />,
  },
];

type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed' }
  | { state: 'ready'; accord: PublicAccordDocument };

/**
 * The public page of a final accord, readable without signing in: its text, signatories and
 * adherence, read from the API's public JSON (a PublicAccordDocument; cacheable, no token sent).
 */
export function PublicAccordPage() {
  const { slug = '' } = useParams();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetch(`/public/accords/${encodeURIComponent(slug)}.json`, {
      signal: controller.signal,
      credentials: 'omit',
      // Revalidated on every visit (a 304 while the log head stays put), so a signature just
      // made, or a page just withdrawn, shows at once (the server asks shared caches the same).
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    })
      .then(async (response) => {
        if (response.status === 404) return setLoad({ state: 'missing' });
        if (!response.ok) return setLoad({ state: 'failed' });
        setLoad({ state: 'ready', accord: (await response.json()) as PublicAccordDocument });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ state: 'failed' });
      });
    return () => controller.abort();
  }, [slug]);

  useEffect(() => {
    if (load.state === 'ready') document.title = `${load.accord.title} · Plenary`;
  }, [load]);

  return (
    <main className="public-page" id="main">
      <p className="eyebrow">Plenary · public page</p>
      {load.state === 'loading' && <Loading label="Loading the accord…" />}
      {load.state === 'missing' && (
        <Empty title="This page is not available">
          No accord is published at this address: it may have been withdrawn.
        </Empty>
      )}
      {load.state === 'failed' && (
        <Empty title="The accord could not be loaded">Try again in a moment.</Empty>
      )}
      {load.state === 'ready' && <PublicAccordView accord={load.accord} />}
    </main>
  );
}

function PublicAccordView({ accord }: { accord: PublicAccordDocument }) {
  return (
    <article aria-labelledby="public-title">
      <h1 id="public-title">{accord.title}</h1>
      <p className="meta" data-testid="public-final">
        Final text, declared on {formatDateTime(accord.final.declaredAt)} (event {accord.final.seq}{' '}
        · <code title={accord.final.hash}>{accord.final.hash.slice(0, 12)}…</code>) ·{' '}
        {accord.signatories.length} {accord.signatories.length === 1 ? 'signatory' : 'signatories'}
      </p>
      {accord.previousVersion && (
        <p>
          A new version of <a href={accord.previousVersion.path}>{accord.previousVersion.title}</a>.
        </p>
      )}
      {accord.nextVersion && (
        <p>
          Continued in <a href={accord.nextVersion.path}>{accord.nextVersion.title}</a>.
        </p>
      )}
      <nav aria-label="On this page">
        <ul className="inline-list">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="stack">
          <h2 id={`${s.id}-title`} className="page-subtitle">
            {s.title}
          </h2>
          {s.render(accord)}
        </section>
      ))}
    </article>
  );
}

function PublicText({ accord }: { accord: PublicAccordDocument }) {
  return (
    <div className="treaty">
      {accord.preamble && <p className="treaty__preamble">{accord.preamble}</p>}
      {accord.articles.map((a) => (
        <section
          key={a.clauseId}
          className="public-page__article"
          aria-labelledby={`public-art-${a.clauseId}`}
        >
          <h3 id={`public-art-${a.clauseId}`}>
            Article {a.number}
            {a.heading ? ` · ${a.heading}` : ''} <ForceBadge force={a.force} />
          </h3>
          {a.text.split(/\n\s*\n/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {a.sources.length > 0 && <p className="meta">Sources: {a.sources.join('; ')}</p>}
        </section>
      ))}
    </div>
  );
}
