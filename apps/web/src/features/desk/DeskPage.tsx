import { clauseAnchor } from '../accords/ArticleReference';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useDeskChanges } from '../../data/desk-changes';
import type { DeskQuery as DeskData } from '../../data/gql/graphql';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { groupLabels } from '../../ui/format';
import { DeskQuery } from './desk.graphql';
import { agoInWords, amendmentSubject, changeWords, timeLeftInWords } from './desk-words';
import './desk.css';

type Desk = DeskData['desk'];
type DeskOrganization = Desk['organizations'][number];
type DeskVote = DeskOrganization['votesAwaitingUs'][number];
type DeskAmendment = DeskVote['amendment'];
type DeskComment = Desk['replies'][number];

const amendmentPath = (a: { accordId: string; id: string }) =>
  `/accords/${a.accordId}/amendments/${a.id}`;

const commentPath = (c: DeskComment) =>
  c.amendmentId
    ? `/accords/${c.accordId}/amendments/${c.amendmentId}#comment-${c.id}`
    : c.clauseId
      ? `/accords/${c.accordId}#${clauseAnchor(c.clauseId)}`
      : `/accords/${c.accordId}`;

/** The clock the times left are counted against, moved on every minute. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const itemsOf = (organization: DeskOrganization) =>
  organization.votesAwaitingUs.length +
  organization.closingSoon.length +
  organization.cosponsorInvitations.length +
  organization.myAmendments.length;

/**
 * The first page after sign-in: what needs the user now, for each organization he acts for, and
 * what is addressed to him. It reads one query, and reads it again when the server says the desk
 * may have changed.
 */
export function DeskPage() {
  const { data, error, loading, refetch } = useQuery(DeskQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const live = useDeskChanges(() => refetch());
  const now = useNow();
  const desk = data?.desk;
  const personal = desk ? desk.invitations.length + desk.replies.length + desk.mentions.length : 0;
  const total = desk ? personal + desk.organizations.reduce((n, o) => n + itemsOf(o), 0) : 0;
  return (
    <div className="page desk">
      <div className="page-head">
        <h1>Your desk</h1>
        <span className="muted desk__live" data-testid="live-status" data-status={live}>
          {live === 'live' ? 'Up to date' : live === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
        </span>
      </div>
      <p className="lede">
        What needs you now: votes waiting for your organization, invitations, your amendments that
        moved, and what others said to you.
      </p>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {loading && !desk && <Loading label="Reading your desk…" />}
      {desk && total === 0 && (
        <Empty title="Nothing needs you now">
          Your accords are <Link to="/">listed here</Link>.
        </Empty>
      )}
      {desk && personal > 0 && <ForYou desk={desk} now={now} />}
      {desk?.organizations
        .filter((organization) => itemsOf(organization) > 0)
        .map((organization) => (
          <OrganizationSection key={organization.id} organization={organization} now={now} />
        ))}
    </div>
  );
}

function Section({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="card desk__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {subtitle && <p className="muted desk__subtitle">{subtitle}</p>}
      {children}
    </section>
  );
}

function Group({ title, children }: { title: string; children: ReactNode[] }) {
  const id = useId();
  if (children.length === 0) return null;
  return (
    <div className="desk__group" role="group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="desk__items">{children}</ul>
    </div>
  );
}

function ForYou({ desk, now }: { desk: Desk; now: number }) {
  return (
    <Section title="For you">
      <Group title="Invitations to join an organization">
        {desk.invitations.map((invitation) => (
          <li key={invitation.id} className="desk__item">
            <Link to="/organizations">
              {invitation.invitedBy} invites you to act for {invitation.organizationName}
              {invitation.role === 'REPRESENTATIVE' ? ' as its representative' : ''}
            </Link>
            <span className="muted"> · {agoInWords(now - Date.parse(invitation.invitedAt))}</span>
          </li>
        ))}
      </Group>
      <Group title="Replies to your comments">
        {desk.replies.map((comment) => (
          <CommentItem key={comment.id} comment={comment} verb="replied" now={now} />
        ))}
      </Group>
      <Group title="Mentions of you">
        {desk.mentions.map((comment) => (
          <CommentItem key={comment.id} comment={comment} verb="mentioned you" now={now} />
        ))}
      </Group>
    </Section>
  );
}

function CommentItem({ comment, verb, now }: { comment: DeskComment; verb: string; now: number }) {
  return (
    <li className="desk__item" data-testid="desk-comment">
      <Link to={commentPath(comment)}>
        {comment.author} {verb} in {comment.accordTitle}
      </Link>
      <span className="muted"> · {agoInWords(now - Date.parse(comment.postedAt))}</span>
      <blockquote className="desk__excerpt">{comment.excerpt}</blockquote>
    </li>
  );
}

function OrganizationSection({
  organization,
  now,
}: {
  organization: DeskOrganization;
  now: number;
}) {
  const representative = organization.role === 'REPRESENTATIVE';
  // A vote closing soon is shown there only (with whether the ballot is in).
  const closingSoon = new Set(organization.closingSoon.map((vote) => vote.amendment.id));
  return (
    <Section
      title={organization.name}
      subtitle={`${groupLabels[organization.group]} · ${
        representative ? 'you are its representative' : 'you are a member (representatives vote)'
      }`}
    >
      <Group title="Closing within 24 hours">
        {organization.closingSoon.map((vote) => (
          <VoteItem key={vote.amendment.id} vote={vote} now={now} />
        ))}
      </Group>
      <Group title={`Votes awaiting ${organization.name}`}>
        {organization.votesAwaitingUs
          .filter((vote) => !closingSoon.has(vote.amendment.id))
          .map((vote) => (
            <VoteItem key={vote.amendment.id} vote={vote} now={now} />
          ))}
      </Group>
      <Group title="Invitations to co-sponsor">
        {organization.cosponsorInvitations.map((invitation) => (
          <li key={invitation.amendment.id} className="desk__item">
            <AmendmentLink amendment={invitation.amendment} />
            <span className="muted">
              {' '}
              · {invitation.invitedBy} invites {organization.name} to co-sponsor it
            </span>
          </li>
        ))}
      </Group>
      <Group title="Your amendments">
        {organization.myAmendments.map((change) => (
          <li key={change.amendment.id} className="desk__item">
            <AmendmentLink amendment={change.amendment} />{' '}
            <span className={`desk__change desk__change--${change.status.toLowerCase()}`}>
              {changeWords[change.status]}
            </span>
            <span className="muted"> · {agoInWords(now - Date.parse(change.changedAt))}</span>
          </li>
        ))}
      </Group>
    </Section>
  );
}

function AmendmentLink({ amendment }: { amendment: DeskAmendment }) {
  return (
    <Link to={amendmentPath(amendment)}>
      {amendmentSubject(amendment)}{' '}
      <span className="desk__where">
        ({amendment.accordTitle}, proposed by {amendment.proposedBy})
      </span>
    </Link>
  );
}

function VoteItem({ vote, now }: { vote: DeskVote; now: number }) {
  return (
    <li className="desk__item" data-testid="desk-vote">
      <AmendmentLink amendment={vote.amendment} />
      <span className="muted">
        {' '}
        ·{' '}
        {vote.closesAt
          ? timeLeftInWords(Date.parse(vote.closesAt) - now)
          : 'no deadline: closes when the facilitator closes it'}
        {vote.weVoted ? ' · your ballot is in' : ' · not voted yet'}
      </span>
    </li>
  );
}
