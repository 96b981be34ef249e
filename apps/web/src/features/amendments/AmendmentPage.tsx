import { useQuery } from '@apollo/client/react';
import { diffWords } from '@plenary/text-history';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session-context';
import { errorCode } from '../../data/errors';
import type { AmendmentQuery as AmendmentResult } from '../../data/gql/graphql';
import { ForceBadge, StatusBadge } from '../../ui/Badges';
import { DiffView } from '../../ui/DiffView';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { formatDateTime, groupLabels, kindLabels } from '../../ui/format';
import { newArticleWords } from '../accords/article-numbers';
import { ReferencedText, referencesIn } from '../accords/ArticleReference';
import { AccordQuery, AccordViewerQuery } from '../accords/accords.graphql';
import { AmendmentSponsors } from '../cosponsors/AmendmentSponsors';
import { AmendmentDiscussion } from '../discussion/AmendmentDiscussion';
import type { QuoteRange } from '../discussion/CommentThread';
import { useQuoteSelection } from '../discussion/useQuoteSelection';
import { BallotList } from '../voting/BallotList';
import { MyReceiptsCard } from '../voting/BallotReceipt';
import { TallyLegend, TallyPanel } from '../voting/TallyPanel';
import { VotePanel } from '../voting/VotePanel';
import { VotingDeadline } from '../voting/VotingDeadline';
import { VotingRounds } from '../voting/VotingRounds';
import { AmendmentControls } from './AmendmentControls';
import { AmendmentQuery } from './amendments.graphql';
import { AsItWouldApply } from './AsItWouldApply';
import { RebasePanel } from './RebasePanel';
import { WhatWasAdopted } from './WhatWasAdopted';

type Amendment = NonNullable<AmendmentResult['amendment']>;

export function AmendmentPage() {
  const { accordId = '', amendmentId = '' } = useParams();
  const { actingFor } = useSession();
  const accordQuery = useQuery(AccordQuery, {
    variables: { id: accordId },
    fetchPolicy: 'cache-first',
  });
  const { data, error, refetch } = useQuery(AmendmentQuery, { variables: { id: amendmentId } });
  // For whom this delegate may vote, as the server rules it (the accord's viewer fields).
  const accordViewer = useQuery(AccordViewerQuery, { variables: { id: accordId } }).data?.accord;
  const [pendingQuote, setPendingQuote] = useState<QuoteRange | null>(null);
  const accord = accordQuery.data?.accord;
  const amendment = data?.amendment;

  if (!amendment || !accord) {
    if (error)
      return errorCode(error) === 'NOT_FOUND' ? (
        <Empty title="This amendment is not available" />
      ) : (
        <ErrorNotice error={error} retry={() => void refetch()} />
      );
    if (data && !amendment) return <Empty title="This amendment is not available" />;
    return <Loading label="Loading the amendment…" />;
  }

  const voters = amendment.viewerCanVote ? (accordViewer?.viewerVotingOrganizations ?? []) : [];
  const closed = amendment.status === 'ADOPTED' || amendment.status === 'REJECTED';
  const showTally = amendment.status === 'VOTING' || closed;
  // Votes that ended without deciding it (suspended, withdrawn) or before a rebase stay shown;
  // the one that decided it is the result above them.
  const ended = amendment.votingRounds.filter((round) => round.outcome !== null);
  const pastRounds = closed ? ended.slice(0, -1) : ended;

  return (
    <div className="amendment-layout">
      <div className="amendment-main">
        <p className="breadcrumb">
          <Link to={`/accords/${accordId}`}>← The text</Link>
        </p>
        <header className="amendment-head">
          <h2 className="page-subtitle">
            {kindLabels[amendment.kind]}
            {amendment.clause ? ` to article ${amendment.clause.number}` : ''}
            {amendment.newArticle ? `: ${newArticleWords(amendment.newArticle)}` : ''}
            {amendment.heading ? ` — ${amendment.heading}` : ''}
          </h2>
          <div className="amendment-head__meta">
            <StatusBadge status={amendment.status} />
            <span className="meta">
              Sponsored by <strong>{amendment.onBehalfOf.name}</strong> (
              {groupLabels[amendment.onBehalfOf.group]}), proposed by {amendment.author.displayName}{' '}
              on {formatDateTime(amendment.createdAt)}
            </span>
          </div>
          <VotingDeadline
            status={amendment.status}
            closesAt={amendment.closesAt}
            closedAt={amendment.closedAt}
          />
        </header>

        <Proposal amendment={amendment} onQuote={setPendingQuote} />
        <AsItWouldApply amendment={amendment} />
        <WhatWasAdopted amendment={amendment} />

        <section className="rationale" aria-labelledby="rationale-title">
          <h3 id="rationale-title" className="section-title">
            Rationale
          </h3>
          <p data-testid="rationale">
            <ReferencedText
              text={amendment.rationale}
              references={referencesIn(amendment.references, 'RATIONALE')}
            />
          </p>
        </section>

        <AmendmentSponsors
          amendmentId={amendment.id}
          parties={accord.participants.filter((p) => p.role === 'PARTY').map((p) => p.organization)}
          rule={accord.rule}
        />

        {amendment.status === 'CONFLICT' && (
          <RebasePanel amendment={amendment} canRebase={amendment.viewerCanRebase} />
        )}

        <AmendmentControls amendment={amendment} />
      </div>

      <aside className="amendment-side" aria-label="Vote">
        {amendment.status === 'VOTING' && amendment.baseMoved && amendment.asItWouldApply && (
          <p className="notice notice--warn" data-testid="voting-on-moved-base">
            The base moved: you are voting on this amendment as it would now apply to version{' '}
            {amendment.asItWouldApply.ontoVersion} of article {amendment.clause?.number}.
          </p>
        )}
        {amendment.status === 'VOTING' && (
          <VotePanel
            // Made again once the server says for whom he votes (a vote opened live shows first,
            // its viewer fields follow): the form starts from the right organization's ballot.
            key={`${amendment.id}:${voters.map((v) => v.id).join()}`}
            amendmentId={amendment.id}
            closesAt={amendment.closesAt}
            voters={voters}
            defaultVoterId={actingFor?.organization.id}
            ballots={amendment.ballots.map((b) => ({
              organizationId: b.organization.id,
              choice: b.choice,
              explanation: b.explanation,
              castAt: b.castAt,
            }))}
            secret={accord.rule.secretBallot}
            onCast={() => void refetch()}
          />
        )}
        {amendment.closedAt && amendment.viewerBallots.length > 0 && (
          <MyReceiptsCard amendmentId={amendment.id} />
        )}
        {showTally ? (
          <div className="card">
            <TallyPanel tally={amendment.tally} rule={accord.rule} closed={closed} />
            <TallyLegend sealed={amendment.tally.sealed} />
            <BallotList
              ballots={amendment.ballots}
              secret={accord.rule.secretBallot}
              sealed={amendment.tally.sealed}
            />
          </div>
        ) : (
          <div className="card">
            <h2 className="section-title">Vote</h2>
            <p className="muted">
              {amendment.status === 'OPEN'
                ? 'Under discussion. The facilitator opens the vote when the parties are ready.'
                : amendment.status === 'WITHDRAWN'
                  ? 'Withdrawn by its sponsor; no vote will be held.'
                  : 'It no longer applies to the current text: no vote can be held on it until its sponsor rebases it.'}
            </p>
          </div>
        )}
        <VotingRounds
          rounds={pastRounds}
          rule={accord.rule}
          clauseNumber={amendment.clause?.number}
        />
      </aside>

      <div className="amendment-discussion">
        <AmendmentDiscussion
          accordId={accordId}
          amendmentId={amendment.id}
          sourceText={quotableText(amendment)}
          pendingQuote={pendingQuote}
          onClearQuote={() => setPendingQuote(null)}
        />
      </div>
    </div>
  );
}

/** The text a comment on the amendment may quote: its own, or (to move or remove) its clause's. */
const quotableText = (amendment: Amendment) =>
  amendment.text ?? amendment.clause?.current.text ?? '';

/** The proposal itself: the diff against its base, and its clean text (select to quote). */
function Proposal({
  amendment,
  onQuote,
}: {
  amendment: Amendment;
  onQuote: (range: QuoteRange) => void;
}) {
  const textRef = useRef<HTMLParagraphElement>(null);
  const { selection, read: readSelection, clear: clearSelection } = useQuoteSelection(textRef);
  const base = amendment.clause?.versions.find((v) => v.version === amendment.baseVersion);
  const parts = useMemo(() => {
    if (amendment.kind === 'MODIFY_CLAUSE' && base && amendment.text !== null)
      return diffWords(base.text, amendment.text);
    return null;
  }, [amendment.kind, amendment.text, base]);
  const sourceText = quotableText(amendment);

  return (
    <section className="proposal" aria-labelledby="proposal-title">
      <h3 id="proposal-title" className="section-title">
        {amendment.kind === 'MODIFY_CLAUSE'
          ? `${amendment.baseMoved ? 'As proposed: changes' : 'Changes'} to version ${amendment.baseVersion ?? ''}`
          : amendment.kind === 'ADD_CLAUSE'
            ? amendment.newArticle
              ? `Proposed ${newArticleWords(amendment.newArticle)}`
              : 'Proposed new article'
            : amendment.kind === 'REMOVE_CLAUSE'
              ? 'Text proposed for deletion'
              : `Move to place ${amendment.position ?? ''}`}
      </h3>
      {parts && (
        <div data-testid="amendment-diff">
          <DiffView parts={parts} label="Proposed changes" />
          {base && amendment.force && amendment.force !== base.force && (
            <p className="meta">
              Normative force: <ForceBadge force={base.force} /> →{' '}
              <ForceBadge force={amendment.force} />
            </p>
          )}
          {base && amendment.heading !== null && amendment.heading !== base.heading && (
            <p className="meta">
              Heading: <del className="diff__del">{base.heading ?? '(none)'}</del>{' '}
              <ins className="diff__ins">{amendment.heading}</ins>
            </p>
          )}
        </div>
      )}
      {amendment.kind === 'REMOVE_CLAUSE' && amendment.clause && (
        <DiffView
          parts={[{ op: 'delete', text: amendment.clause.current.text }]}
          label="Deletion"
        />
      )}
      {amendment.sources.length > 0 && (
        <p className="clause__sources" data-testid="amendment-sources">
          <span className="muted">Sources cited: </span>
          {amendment.sources.join('; ')}
        </p>
      )}
      {sourceText && amendment.kind !== 'REMOVE_CLAUSE' && (
        <div className="clean-text">
          <p className="preview__label">
            {amendment.kind === 'MODIFY_CLAUSE' ? 'Text as amended' : 'Text'}
            {amendment.force && (
              <>
                {' '}
                <ForceBadge force={amendment.force} />
              </>
            )}
          </p>
          <p
            ref={textRef}
            className="clean-text__body"
            onMouseUp={readSelection}
            onKeyUp={readSelection}
            data-testid="quote-source"
          >
            {amendment.text === null ? (
              sourceText
            ) : (
              <ReferencedText
                text={amendment.text}
                references={referencesIn(amendment.references, 'TEXT')}
              />
            )}
          </p>
          <p className="hint">
            Select words in the text to quote them in a comment.{' '}
            {selection && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  onQuote(selection);
                  clearSelection();
                }}
              >
                Quote selection in a comment
              </button>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
