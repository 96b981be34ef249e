import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { AmendmentStatus, PrintAccordQuery as PrintAccordData } from '../../data/gql/graphql';
import { DiffView } from '../../ui/DiffView';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';
import { PrintAccordQuery } from './print.graphql';
import './print.css';

type Accord = NonNullable<PrintAccordData['accord']>;
type Proposal = Accord['amendments'][number];

const PENDING: AmendmentStatus[] = ['OPEN', 'VOTING', 'CONFLICT'];
const statusWords: Partial<Record<AmendmentStatus, string>> = {
  OPEN: 'open for discussion',
  VOTING: 'being voted on',
  CONFLICT: 'to be rebased',
};

/**
 * The accord as a clean numbered draft to print or save as PDF: title, preamble, articles with
 * their force, optionally their sources as footnotes and the pending proposals as a redline, and
 * a footer naming the head of the log it was printed at. Only the draft is printed.
 */
export function PrintPage() {
  const { accordId = '' } = useParams();
  const { data, error } = useQuery(PrintAccordQuery, { variables: { id: accordId } });
  const [withSources, setWithSources] = useState(true);
  const [withProposals, setWithProposals] = useState(false);
  const [printedAt] = useState(() => new Date().toISOString());
  if (error) return <ErrorNotice error={error} />;
  const accord = data?.accord;
  if (!accord) return <Loading />;

  const pending = accord.amendments.filter((a) => PENDING.includes(a.status));
  const proposalsOn = (clauseId: string) => pending.filter((a) => a.clause?.id === clauseId);
  const newArticles = pending.filter((a) => a.kind === 'ADD_CLAUSE');
  const footnotes = withSources ? numberedSources(accord.clauses) : NO_FOOTNOTES;
  const { notes } = footnotes;

  return (
    <div className="print-page">
      <div className="print-toolbar" role="group" aria-label="Print options">
        <label>
          <input
            type="checkbox"
            checked={withSources}
            onChange={(e) => setWithSources(e.target.checked)}
          />{' '}
          Sources as footnotes
        </label>
        <label>
          <input
            type="checkbox"
            checked={withProposals}
            onChange={(e) => setWithProposals(e.target.checked)}
          />{' '}
          Pending proposals as a redline ({pending.length})
        </label>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print / PDF
        </button>
      </div>

      <article className="draft" data-testid="printed-draft">
        <h1 className="draft__title">{accord.title}</h1>
        <p className="draft__status">Draft text as of {formatDateTime(printedAt)}</p>
        {accord.preamble && <p className="draft__preamble">{accord.preamble}</p>}
        {accord.clauses.map((clause) => {
          const sourceMarks = footnotes.marks.get(clause.id) ?? [];
          return (
            <section key={clause.id} className="draft__article">
              <h2>
                Article {clause.number}
                {clause.current.heading ? `. ${clause.current.heading}` : ''}
                <span className="draft__force">
                  {clause.current.force === 'BINDING' ? 'binding' : 'voluntary'}
                </span>
              </h2>
              <p>
                {clause.current.text}
                {sourceMarks.map((n) => (
                  <sup key={n} className="draft__noteref">
                    {n}
                  </sup>
                ))}
              </p>
              {withProposals &&
                proposalsOn(clause.id).map((p) => <ProposalRedline key={p.id} proposal={p} />)}
            </section>
          );
        })}
        {withProposals && newArticles.length > 0 && (
          <section className="draft__article">
            <h2>Proposed new articles</h2>
            {newArticles.map((p) => (
              <ProposalRedline key={p.id} proposal={p} />
            ))}
          </section>
        )}
        {notes.length > 0 && (
          <ol className="draft__notes" aria-label="Sources">
            {notes.map((source, i) => (
              <li key={i}>{source}</li>
            ))}
          </ol>
        )}
        <footer className="draft__footer" data-testid="draft-footer">
          Plenary · {accord.title} · after event {accord.lastSeq} · log head{' '}
          <code>{accord.headHash}</code> · printed {formatDateTime(printedAt)}
        </footer>
      </article>
    </div>
  );
}

/** A pending proposal in the draft: its sponsor and status, and what it would change. */
function ProposalRedline({ proposal }: { proposal: Proposal }) {
  const who = `Proposed by ${proposal.onBehalfOf.name}, ${statusWords[proposal.status] ?? ''}`;
  let change;
  switch (proposal.kind) {
    case 'MODIFY_CLAUSE':
      change = proposal.asItWouldApply ? (
        <DiffView parts={proposal.asItWouldApply.changes} label="Proposed changes" />
      ) : (
        <p>
          <ins className="diff__ins">{proposal.text}</ins>
        </p>
      );
      break;
    case 'ADD_CLAUSE':
      change = (
        <p>
          {proposal.heading && <strong>{proposal.heading}. </strong>}
          <ins className="diff__ins">{proposal.text}</ins>
        </p>
      );
      break;
    case 'REMOVE_CLAUSE':
      change = <p>Deletes this article.</p>;
      break;
    case 'MOVE_CLAUSE':
      change = <p>Moves this article to place {proposal.position}.</p>;
      break;
  }
  return (
    <div className="draft__proposal" data-testid="printed-proposal">
      <p className="draft__proposal-who">{who}</p>
      {change}
    </div>
  );
}

/** Each clause's sources numbered in reading order, as footnote marks and the notes' list. */
export function numberedSources(
  clauses: readonly { id: string; current: { sources: readonly string[] } }[],
): { marks: Map<string, number[]>; notes: string[] } {
  const notes: string[] = [];
  const marks = new Map<string, number[]>();
  for (const clause of clauses)
    marks.set(
      clause.id,
      clause.current.sources.map((source) => notes.push(source)),
    );
  return { marks, notes };
}

const NO_FOOTNOTES = { marks: new Map<string, number[]>(), notes: [] as string[] };
