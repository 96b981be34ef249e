import { useQuery } from '@apollo/client/react';
import type { DeepPartial } from '@apollo/client/utilities';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type {
  AccordProposalsQuery as ProposalsData,
  AccordQuery as AccordData,
  AmendmentStatus,
  StakeholderGroup,
} from '../../data/gql/graphql';
import { ForceBadge, StatusBadge } from '../../ui/Badges';
import { DiffView } from '../../ui/DiffView';
import { SelectField } from '../../ui/Field';
import { groupLabels, groupOrder, statusLabels } from '../../ui/format';
import { sponsorSpreadWords } from '../cosponsors/sponsor-words';
import { overlappingProposals } from './overlaps';
import { AccordProposalsQuery } from './proposals.graphql';
import './proposals.css';

type Accord = NonNullable<AccordData['accord']>;
type Summary = Accord['amendments'][number];
type Extra = NonNullable<ProposalsData['accord']>['amendments'][number];
type Proposal = Summary & { extra: Extra | undefined };

const PENDING: AmendmentStatus[] = ['OPEN', 'VOTING', 'CONFLICT'];

/**
 * Whether the cache holds what this query adds to an amendment (the partial answer lists one that
 * arrived live, from its event, with the text page's fields only).
 */
const isRead = (a: DeepPartial<Extra>): a is Extra =>
  a.id !== undefined &&
  a.onBehalfOf?.group !== undefined &&
  a.sponsorGroups !== undefined &&
  a.asItWouldApply !== undefined &&
  a.tally !== undefined &&
  a.viewerBallots !== undefined;

/**
 * The consolidated text with every pending proposal in place, as a redline: under each article
 * the proposals on it one after another (those that change the same words marked), proposed
 * new articles where they would go. Filters: status, the sponsor's group, not yet voted on.
 */
export function ProposalsInText({ accord }: { accord: Accord }) {
  const { data, refetch } = useQuery(AccordProposalsQuery, {
    variables: { id: accord.id },
    returnPartialData: true,
  });
  const [status, setStatus] = useState<AmendmentStatus | 'ALL'>('ALL');
  const [group, setGroup] = useState<StakeholderGroup | 'ALL'>('ALL');
  const [notVoted, setNotVoted] = useState(false);

  const extras = useMemo(() => {
    const byId = new Map<string, Extra>();
    for (const a of data?.accord?.amendments ?? []) if (isRead(a)) byId.set(a.id, a);
    return byId;
  }, [data]);
  const pending: Proposal[] = accord.amendments
    .filter((a) => PENDING.includes(a.status))
    .map((a) => ({ ...a, extra: extras.get(a.id) }));
  // A proposal that arrived live (from its event) has no redline yet: ask for them again once.
  const missing = pending
    .filter((p) => !p.extra)
    .map((p) => p.id)
    .join();
  useEffect(() => {
    if (missing && data) void refetch();
  }, [missing, data, refetch]);

  const shown = pending.filter(
    (p) =>
      (status === 'ALL' || p.status === status) &&
      (group === 'ALL' || p.extra?.onBehalfOf.group === group) &&
      (!notVoted || (p.status === 'VOTING' && p.extra?.viewerBallots.length === 0)),
  );
  const onClause = (clauseId: string) => shown.filter((p) => p.clause?.id === clauseId);
  const newArticlesAfter = (number: string | null) =>
    shown.filter((p) => p.kind === 'ADD_CLAUSE' && (p.newArticle?.after ?? null) === number);

  return (
    <div className="with-proposals">
      <div className="proposal-filters" role="group" aria-label="Which proposals">
        <FilterField
          id="proposals-status"
          label="Status"
          all="Every pending proposal"
          values={PENDING}
          words={statusLabels}
          value={status}
          onChange={setStatus}
        />
        <FilterField
          id="proposals-group"
          label="Sponsored by"
          all="Any stakeholder group"
          values={groupOrder}
          words={groupLabels}
          value={group}
          onChange={setGroup}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={notVoted}
            onChange={(e) => setNotVoted(e.target.checked)}
          />{' '}
          Only votes I have not cast
        </label>
        <p className="meta" aria-live="polite">
          {shown.length} of {pending.length} pending proposals shown
        </p>
      </div>
      <ol className="clauses">
        <NewArticles proposals={newArticlesAfter(null)} accordId={accord.id} />
        {accord.clauses.map((clause) => (
          <li key={clause.id} className="redline-article" data-testid="redline-article">
            <h2 className="clause__heading">
              Article {clause.number}
              {clause.current.heading ? ` — ${clause.current.heading}` : ''}{' '}
              <ForceBadge force={clause.current.force} />
            </h2>
            <p className="clause__text">{clause.current.text}</p>
            <ClauseProposals proposals={onClause(clause.id)} accordId={accord.id} />
            <NewArticles proposals={newArticlesAfter(clause.number)} accordId={accord.id} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A filter among `values`, each shown in its words, or all of them. */
function FilterField<V extends string>({
  all,
  values,
  words,
  value,
  onChange,
  ...field
}: {
  id: string;
  label: string;
  /** The words for "any of them". */
  all: string;
  values: readonly V[];
  words: Record<V, string>;
  value: V | 'ALL';
  onChange: (value: V | 'ALL') => void;
}) {
  return (
    <SelectField
      {...field}
      fieldClassName="field field--inline"
      value={value}
      onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? 'ALL')}
    >
      <option value="ALL">{all}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {words[v]}
        </option>
      ))}
    </SelectField>
  );
}

function ClauseProposals({ proposals, accordId }: { proposals: Proposal[]; accordId: string }) {
  const overlaps = overlappingProposals(
    proposals.flatMap((p) =>
      p.extra?.asItWouldApply ? [{ id: p.id, changes: p.extra.asItWouldApply.changes }] : [],
    ),
  );
  const sponsor = new Map(proposals.map((p) => [p.id, p.onBehalfOf.name]));
  return proposals.map((p) => (
    <ProposalCard key={p.id} proposal={p} accordId={accordId}>
      {(overlaps.get(p.id) ?? []).length > 0 && (
        <p className="notice notice--warn redline__overlap" data-testid="overlap">
          Changes the same words as the proposal by{' '}
          {(overlaps.get(p.id) ?? []).map((id) => sponsor.get(id)).join(' and ')}: adopting one
          changes what the other applies to.
        </p>
      )}
    </ProposalCard>
  ));
}

function NewArticles({ proposals, accordId }: { proposals: Proposal[]; accordId: string }) {
  return proposals.map((p) => (
    <li key={p.id} className="redline-article redline-article--new">
      <ProposalCard proposal={p} accordId={accordId} />
    </li>
  ));
}

function ProposalCard({
  proposal: p,
  accordId,
  children,
}: {
  proposal: Proposal;
  accordId: string;
  children?: React.ReactNode;
}) {
  const tally = p.extra?.tally;
  return (
    <section
      className="redline"
      data-testid="redline"
      aria-label={`Proposal by ${p.onBehalfOf.name}`}
    >
      <p className="redline__head">
        <StatusBadge status={p.status} /> <strong>{p.onBehalfOf.name}</strong>
        {p.extra && <span className="muted"> ({groupLabels[p.extra.onBehalfOf.group]})</span>}
        {p.extra && coSponsored(p.extra.sponsorGroups) && (
          <span className="muted" data-testid="redline-sponsors">
            {' '}
            · sponsored by {sponsorSpreadWords(p.extra.sponsorGroups)}
          </span>
        )}
        {p.status === 'VOTING' && tally && !tally.sealed && (
          <span className="redline__tally">
            {' '}
            · {tally.for} for, {tally.against} against, {tally.abstain} abstaining ({tally.cast} of{' '}
            {tally.eligible})
          </span>
        )}
      </p>
      {children}
      <ProposedChange proposal={p} />
      <p className="redline__links">
        <Link to={`/accords/${accordId}/amendments/${p.id}`}>Discussion and vote</Link>
      </p>
    </section>
  );
}

function ProposedChange({ proposal: p }: { proposal: Proposal }) {
  switch (p.kind) {
    case 'MODIFY_CLAUSE': {
      const applied = p.extra?.asItWouldApply;
      if (!applied)
        return (
          <p className="muted">
            It no longer applies to the current text: its author must rebase it.
          </p>
        );
      return (
        <>
          <DiffView parts={applied.changes} label={`Proposal by ${p.onBehalfOf.name}`} />
          {p.force && applied.force && (
            <p className="meta">
              Force as proposed: <ForceBadge force={applied.force} />
            </p>
          )}
        </>
      );
    }
    case 'ADD_CLAUSE':
      return (
        <>
          <p className="redline__new-title">
            New article{p.newArticle ? ` ${p.newArticle.number}` : ''}
            {p.heading ? ` — ${p.heading}` : ''}
          </p>
          <DiffView parts={[{ op: 'insert', text: p.text ?? '' }]} label="New article" />
        </>
      );
    case 'REMOVE_CLAUSE':
      return <p className="redline__remove">Deletes this article.</p>;
    case 'MOVE_CLAUSE':
      return <p className="redline__move">Moves this article to place {p.position}.</p>;
  }
}

/** More than its sponsor alone stands behind it. */
const coSponsored = (groups: readonly { count: number }[]) =>
  groups.reduce((sum, g) => sum + g.count, 0) > 1;
