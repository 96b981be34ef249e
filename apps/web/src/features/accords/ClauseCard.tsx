import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AccordQuery as AccordResult } from '../../data/gql/graphql';
import { useLiveAccord } from '../../data/live';
import { ForceBadge, StatusBadge } from '../../ui/Badges';
import { kindLabels, plural } from '../../ui/format';
import { ClauseDiscussion } from '../discussion/ClauseDiscussion';
import { clauseAnchor } from './ArticleReference';
import { newArticleWords } from './article-numbers';
import type { QuoteRange } from '../discussion/CommentThread';
import { useQuoteSelection } from '../discussion/useQuoteSelection';
import './treaty.css';

type Accord = NonNullable<AccordResult['accord']>;
type Clause = Accord['clauses'][number];
export type AmendmentSummary = Accord['amendments'][number];

/** One article of the text: its wording, pending amendments and the discussion of its version. */
export function ClauseCard({
  accordId,
  clause,
  amendments,
  commentCounts,
  clauseCommentCount,
  canAmend,
}: {
  accordId: string;
  clause: Clause;
  amendments: AmendmentSummary[];
  commentCounts: Map<string, number>;
  /** Comments on any version of the clause; undefined until known. */
  clauseCommentCount: number | undefined;
  /** The delegate may propose amendments (as the server rules it). */
  canAmend: boolean;
}) {
  const { focus } = useLiveAccord();
  const headingId = clauseAnchor(clause.id);
  const panelId = useId();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [discussing, setDiscussing] = useState(false);
  const [pendingQuote, setPendingQuote] = useState<QuoteRange | null>(null);
  const quoting = useQuoteSelection(textRef);
  const historyPath = `/accords/${accordId}/history?clause=${clause.id}`;

  return (
    <li
      className="clause"
      aria-labelledby={headingId}
      onMouseEnter={() => focus(clause.id)}
      onFocus={() => focus(clause.id)}
      data-testid="clause"
    >
      <div className="clause__head">
        <h2 id={headingId} className="clause__heading">
          <span className="clause__number">Article {clause.number}</span>
          {clause.current.heading && (
            <span className="clause__title">{clause.current.heading}</span>
          )}
        </h2>
        <ForceBadge force={clause.current.force} />
      </div>
      <p
        ref={textRef}
        className="clause__text"
        onMouseUp={discussing ? quoting.read : undefined}
        onKeyUp={discussing ? quoting.read : undefined}
      >
        {clause.current.text}
      </p>
      {discussing && quoting.selection && (
        <p className="hint">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setPendingQuote(quoting.selection);
              quoting.clear();
            }}
          >
            Quote selection in a comment
          </button>
        </p>
      )}
      {clause.current.sources.length > 0 && (
        <p className="clause__sources">
          <span className="muted">Sources: </span>
          {clause.current.sources.join('; ')}
        </p>
      )}
      {amendments.length > 0 && (
        <div className="clause__amendments">
          <h3 className="clause__amendments-title">
            {plural(amendments.length, 'pending amendment')}
          </h3>
          <ul className="amendment-list">
            {amendments.map((amendment) => (
              <AmendmentLink
                key={amendment.id}
                accordId={accordId}
                amendment={amendment}
                comments={commentCounts.get(amendment.id)}
                clauseHeading={clause.current.heading}
              />
            ))}
          </ul>
        </div>
      )}
      <p className="clause__actions">
        <button
          type="button"
          className="discuss-toggle"
          aria-expanded={discussing}
          aria-controls={panelId}
          onClick={() => setDiscussing((open) => !open)}
          data-testid="clause-comments-toggle"
        >
          {clauseCommentCount === undefined ? 'Comments' : plural(clauseCommentCount, 'comment')}
          <span className="visually-hidden"> on article {clause.number}</span>
        </button>
        {canAmend && (
          <Link to={`/accords/${accordId}/propose?kind=MODIFY_CLAUSE&clause=${clause.id}`}>
            Amend<span className="visually-hidden"> article {clause.number}</span>
          </Link>
        )}
        <Link to={historyPath}>
          History<span className="visually-hidden"> of article {clause.number}</span>
        </Link>
        <span className="muted">version {clause.current.version}</span>
      </p>
      <div id={panelId} className="clause__discussion" hidden={!discussing}>
        {discussing && (
          <>
            <p className="hint">Select words in the text above to quote them in a comment.</p>
            <ClauseDiscussion
              accordId={accordId}
              clauseId={clause.id}
              version={clause.current.version}
              sourceText={clause.current.text}
              pendingQuote={pendingQuote}
              onClearQuote={() => setPendingQuote(null)}
              totalCount={clauseCommentCount}
              historyPath={historyPath}
            />
          </>
        )}
      </div>
    </li>
  );
}

export function AmendmentLink({
  accordId,
  amendment,
  comments,
  clauseHeading,
}: {
  accordId: string;
  amendment: AmendmentSummary;
  comments: number | undefined;
  clauseHeading?: string | null;
}) {
  return (
    <li className="amendment-link" data-testid="amendment-link">
      <Link to={`/accords/${accordId}/amendments/${amendment.id}`}>
        <span className="amendment-link__kind">{kindLabels[amendment.kind]}</span>
        {amendment.newArticle ? `: ${newArticleWords(amendment.newArticle)}` : ''}
        {amendment.heading && amendment.heading !== clauseHeading ? ` — ${amendment.heading}` : ''}
      </Link>
      <span className="amendment-link__meta">
        <StatusBadge status={amendment.status} />
        <span className="muted">by {amendment.onBehalfOf.name}</span>
        {comments !== undefined && (
          <span className="muted" data-testid="comment-count">
            {plural(comments, 'comment')}
          </span>
        )}
      </span>
    </li>
  );
}
