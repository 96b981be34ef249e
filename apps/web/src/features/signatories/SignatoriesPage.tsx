import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type {
  AccordSignatoriesQuery as SignatoriesResult,
  ImplementationStatus,
  OrganizationIdentityFragment,
} from '../../data/gql/graphql';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { OrganizationChoice, useOrganizationChoice } from '../../ui/OrganizationChoice';
import { formatDateTime, plural } from '../../ui/format';
import {
  AccordSignatoriesQuery,
  DeclareFinalMutation,
  FileImplementationReportMutation,
  PublishAccordMutation,
  SignAccordMutation,
  SignatoriesViewerQuery,
  StartNewVersionMutation,
  UnpublishAccordMutation,
  WithdrawSignatureMutation,
} from './signatories.graphql';
import {
  AdherenceTable,
  implementationLabels,
  SignatoriesByGroup,
  SignatoryCountsTable,
} from './SignatoryViews';
import './signatories.css';

type Accord = NonNullable<SignatoriesResult['accord']>;
type Organization = OrganizationIdentityFragment;

/**
 * The final text and what follows it: the facilitator declares the text final (then publishes
 * its public page or starts a new version); representatives sign for their organizations, with
 * reservations on named articles, and report on each article; everyone sees the signatories by
 * stakeholder group, their number over time and the adherence table. Live: the page is fetched
 * again when one of its events arrives.
 */
export function SignatoriesPage() {
  const { accordId = '' } = useParams();
  const { data, error, refetch } = useQuery(AccordSignatoriesQuery, {
    variables: { id: accordId },
  });
  const viewer = useQuery(SignatoriesViewerQuery, { variables: { id: accordId } }).data?.accord;
  // Said here, not in the form: once signed, the form gives way (and would take it along).
  const [signedNotice, setSignedNotice] = useState<string | null>(null);
  if (!data) {
    if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
    return <Loading label="Loading the signatories…" />;
  }
  const accord = data.accord;
  if (!accord) return null;
  const standing = accord.signatures.filter((s) => s.withdrawnAt === null);
  const withdrawn = accord.signatures.filter((s) => s.withdrawnAt !== null);
  return (
    <div className="page signatories-page">
      <FinalTextSection accord={accord} isFacilitator={viewer?.viewerIsFacilitator ?? false} />
      {accord.finalDeclaration && (
        <>
          <section className="stack" aria-labelledby="signatories-title">
            <h2 id="signatories-title" className="page-subtitle">
              Signatories <span className="meta">({plural(standing.length, 'organization')})</span>
            </h2>
            <SignatoriesByGroup signatories={standing} />
            <SignatoryCountsTable counts={accord.signatoryCounts} />
            {withdrawn.length > 0 && (
              <details>
                <summary>Withdrawn signatures ({withdrawn.length})</summary>
                <ul>
                  {withdrawn.map((s) => (
                    <li key={s.id}>
                      {s.organization.name}: signed {formatDateTime(s.signedAt)}, withdrawn{' '}
                      {formatDateTime(s.withdrawnAt)}
                      {s.withdrawalReason ? ` (${s.withdrawalReason})` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {(viewer?.viewerSigningOrganizations.length ?? 0) > 0 && (
              <SignForm
                accord={accord}
                organizations={viewer!.viewerSigningOrganizations}
                onSigned={setSignedNotice}
              />
            )}
            {signedNotice && (
              <p className="hint" role="status">
                {signedNotice}
              </p>
            )}
          </section>
          <section className="stack" aria-labelledby="adherence-title">
            <h2 id="adherence-title" className="page-subtitle">
              Implementation
            </h2>
            {standing.length === 0 ? (
              <p className="muted">
                Signatories report here on each article, once they have signed.
              </p>
            ) : (
              <AdherenceTable
                articles={accord.clauses.map((c) => ({
                  clauseId: c.id,
                  number: c.number,
                  heading: c.current.heading,
                }))}
                signatories={standing.map((s) => s.organization)}
                cells={accord.implementationReports.map((r) => ({
                  ...r,
                  organizationId: r.organization.id,
                }))}
              />
            )}
            {(viewer?.viewerSignatoryOrganizations.length ?? 0) > 0 && (
              <>
                <ReportForm accord={accord} organizations={viewer!.viewerSignatoryOrganizations} />
                <WithdrawSignatureForm
                  accord={accord}
                  organizations={viewer!.viewerSignatoryOrganizations}
                />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** Where the text stands; the facilitator's acts on it. */
function FinalTextSection({ accord, isFacilitator }: { accord: Accord; isFacilitator: boolean }) {
  const final = accord.finalDeclaration;
  return (
    <section className="stack final-text" aria-labelledby="final-title">
      <h2 id="final-title" className="page-subtitle">
        Final text
      </h2>
      {accord.previousVersion && (
        <p>
          A new version of{' '}
          <Link to={`/accords/${accord.previousVersion.id}/signatories`}>
            {accord.previousVersion.title}
          </Link>
          , started from its final text.
        </p>
      )}
      {final ? (
        <p data-testid="final-declaration">
          The text was declared final on {formatDateTime(final.declaredAt)}: it is the accord as it
          stood at event {final.textSeq}, identified by the declaration, event {final.seq} ·{' '}
          <code title={final.hash}>{final.hash.slice(0, 12)}…</code>. It can no longer be amended;
          changes need a new version of the accord.
        </p>
      ) : (
        <p className="muted">
          The text is still being negotiated. Once the facilitator declares it final, the parties’
          representatives can sign it.
        </p>
      )}
      {accord.nextVersion && (
        <p>
          Continued in a new version:{' '}
          <Link to={`/accords/${accord.nextVersion.id}`}>{accord.nextVersion.title}</Link>.
        </p>
      )}
      {final && accord.publicPage && (
        <p>
          Public page:{' '}
          <a href={accord.publicPage.path} data-testid="public-page-link">
            {window.location.origin}
            {accord.publicPage.path}
          </a>{' '}
          <span className="meta">(readable without signing in)</span>
        </p>
      )}
      {isFacilitator && !final && <DeclareFinal accord={accord} />}
      {isFacilitator && final && (
        <div className="actions">
          <PublicationToggle accord={accord} />
          {!accord.nextVersion && <StartNewVersion accord={accord} />}
        </div>
      )}
    </section>
  );
}

function DeclareFinal({ accord }: { accord: Accord }) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const [declare, { loading, error, reset }] = useMutation(DeclareFinalMutation, {
    refetchQueries: [AccordSignatoriesQuery, SignatoriesViewerQuery],
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const running = accord.amendments.length;
  if (!confirming)
    return (
      <div className="stack">
        {running > 0 && (
          <p className="hint">
            {plural(running, 'vote')} still running: close {running === 1 ? 'it' : 'them'} before
            declaring the text final.
          </p>
        )}
        <button
          type="button"
          className="button"
          disabled={running > 0}
          onClick={() => {
            reset();
            setConfirming(true);
          }}
        >
          Declare the text final
        </button>
      </div>
    );
  return (
    <div className="confirm" role="group" aria-labelledby="final-confirm-title">
      <h3 id="final-confirm-title" ref={confirmRef} tabIndex={-1} className="confirm__title">
        Declare the text final?
      </h3>
      <p>
        The text is frozen as it stands: no amendment, vote or co-sponsoring afterwards, and
        amendments still open lapse. Organizations can then sign it. Later changes need a new
        version of the accord.
      </p>
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={loading}
          onClick={() =>
            void declare({ variables: { accordId: accord.id } })
              .then(() => setConfirming(false))
              .catch(() => null)
          }
        >
          Declare final
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function PublicationToggle({ accord }: { accord: Accord }) {
  const options = { refetchQueries: [AccordSignatoriesQuery] };
  const [publish, published] = useMutation(PublishAccordMutation, options);
  const [unpublish, unpublished] = useMutation(UnpublishAccordMutation, options);
  const variables = { accordId: accord.id };
  return (
    <div className="stack">
      {accord.publicPage ? (
        <button
          type="button"
          className="button"
          disabled={unpublished.loading}
          onClick={() => void unpublish({ variables }).catch(() => null)}
        >
          Withdraw the public page
        </button>
      ) : (
        <button
          type="button"
          className="button"
          disabled={published.loading}
          onClick={() => void publish({ variables }).catch(() => null)}
        >
          Publish a public page
        </button>
      )}
      {published.error && <ErrorNotice error={published.error} />}
      {unpublished.error && <ErrorNotice error={unpublished.error} />}
    </div>
  );
}

function StartNewVersion({ accord }: { accord: Accord }) {
  const [title, setTitle] = useState(accord.title);
  const navigate = useNavigate();
  const [start, { loading, error }] = useMutation(StartNewVersionMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await start({ variables: { accordId: accord.id, title: title.trim() } }).catch(
      () => null,
    );
    if (result?.data) await navigate(`/accords/${result.data.startNewVersion.id}`);
  }
  return (
    <form className="stack new-version-form" onSubmit={(e) => void submit(e)}>
      <TextField
        id="new-version-title"
        label="Title of a new version"
        hint="A new accord starts from this final text (its articles and numbers) and its participants."
        maxLength={200}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="button" disabled={loading || !title.trim()}>
        Start a new version
      </button>
    </form>
  );
}

interface ReservationDraft {
  key: number;
  clauseId: string;
  text: string;
}

/** A representative signs for one of his organizations, with reservations on named articles. */
function SignForm({
  accord,
  organizations,
  onSigned,
}: {
  accord: Accord;
  organizations: Organization[];
  onSigned: (notice: string) => void;
}) {
  const formId = useId();
  const { chosen, choice } = useOrganizationChoice(organizations);
  const [statement, setStatement] = useState('');
  const [reservations, setReservations] = useState<ReservationDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [sign, { loading, error }] = useMutation(SignAccordMutation, {
    refetchQueries: [AccordSignatoriesQuery, SignatoriesViewerQuery],
  });
  const lastAdded = useRef<HTMLSelectElement>(null);

  function addReservation() {
    const used = new Set(reservations.map((r) => r.clauseId));
    const clause = accord.clauses.find((c) => !used.has(c.id)) ?? accord.clauses[0];
    setReservations([...reservations, { key: nextKey, clauseId: clause?.id ?? '', text: '' }]);
    setNextKey(nextKey + 1);
    requestAnimationFrame(() => lastAdded.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const result = await sign({
      variables: {
        input: {
          accordId: accord.id,
          organizationId: chosen.id,
          statement: statement.trim() || null,
          reservations: reservations.map((r) => ({ clauseId: r.clauseId, text: r.text.trim() })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      onSigned(`${chosen.name} signed the accord.`);
      setStatement('');
      setReservations([]);
    }
  }

  return (
    <form
      className="stack sign-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={`${formId}-title`}>Sign the accord</h3>
      <OrganizationChoice
        id={`${formId}-org`}
        label="Sign for"
        {...choice}
        optionLabel={(o) => `${o.name} (${o.handle})`}
        whenOne={(o) => <p>You sign for {o.name}, as its representative.</p>}
      />
      <TextAreaField
        id={`${formId}-statement`}
        label="Statement (optional)"
        hint="Published with the signature."
        maxLength={4000}
        rows={3}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
      />
      <fieldset className="reservations">
        <legend>Reservations (optional)</legend>
        {reservations.length === 0 && (
          <p className="hint">Sign without reservation, or add one per article it concerns.</p>
        )}
        {reservations.map((r, i) => (
          <div
            key={r.key}
            className="reservation-row"
            role="group"
            aria-label={`Reservation ${i + 1}`}
          >
            <label htmlFor={`${formId}-res-${r.key}-article`}>Article</label>
            <select
              id={`${formId}-res-${r.key}-article`}
              ref={i === reservations.length - 1 ? lastAdded : undefined}
              value={r.clauseId}
              onChange={(e) =>
                setReservations(
                  reservations.map((x) =>
                    x.key === r.key ? { ...x, clauseId: e.target.value } : x,
                  ),
                )
              }
            >
              {accord.clauses.map((c) => (
                <option key={c.id} value={c.id}>
                  Article {c.number}
                  {c.current.heading ? ` · ${c.current.heading}` : ''}
                </option>
              ))}
            </select>
            <label htmlFor={`${formId}-res-${r.key}-text`}>Reservation</label>
            <textarea
              id={`${formId}-res-${r.key}-text`}
              required
              maxLength={2000}
              rows={2}
              value={r.text}
              onChange={(e) =>
                setReservations(
                  reservations.map((x) => (x.key === r.key ? { ...x, text: e.target.value } : x)),
                )
              }
            />
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setReservations(reservations.filter((x) => x.key !== r.key))}
            >
              Remove reservation {i + 1}
            </button>
          </div>
        ))}
        <button type="button" className="button button--small" onClick={addReservation}>
          Add a reservation
        </button>
      </fieldset>
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="button button--primary" disabled={loading || !chosen}>
        Sign for {chosen?.name}
      </button>
    </form>
  );
}

const STATUSES: ImplementationStatus[] = ['DONE', 'IN_PROGRESS', 'NOT_STARTED'];

/** A signatory's representative reports on one article. */
function ReportForm({ accord, organizations }: { accord: Accord; organizations: Organization[] }) {
  const formId = useId();
  const { chosen, choice } = useOrganizationChoice(organizations);
  const [clauseId, setClauseId] = useState(accord.clauses[0]?.id ?? '');
  const [status, setStatus] = useState<ImplementationStatus>('IN_PROGRESS');
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [report, { loading, error }] = useMutation(FileImplementationReportMutation, {
    refetchQueries: [AccordSignatoriesQuery],
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const result = await report({
      variables: {
        input: {
          accordId: accord.id,
          organizationId: chosen.id,
          clauseId,
          status,
          text: text.trim(),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      const number = accord.clauses.find((c) => c.id === clauseId)?.number;
      setDone(`Report on article ${number} filed: ${implementationLabels[status].toLowerCase()}.`);
      setText('');
    }
  }
  return (
    <form
      className="stack report-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={`${formId}-title`}>Report on implementation</h3>
      <OrganizationChoice id={`${formId}-org`} label="For" {...choice} />
      <SelectField
        id={`${formId}-article`}
        label="Article"
        value={clauseId}
        onChange={(e) => setClauseId(e.target.value)}
      >
        {accord.clauses.map((c) => (
          <option key={c.id} value={c.id}>
            Article {c.number}
            {c.current.heading ? ` · ${c.current.heading}` : ''}
          </option>
        ))}
      </SelectField>
      <fieldset className="status-choice">
        <legend>Where it stands</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${formId}-status`}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
            />{' '}
            {implementationLabels[s]}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id={`${formId}-text`}
        label="What was done"
        maxLength={4000}
        rows={3}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="button" disabled={loading || !text.trim()}>
        File the report
      </button>
      {done && (
        <p className="hint" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function WithdrawSignatureForm({
  accord,
  organizations,
}: {
  accord: Accord;
  organizations: Organization[];
}) {
  const formId = useId();
  const { chosen, choice } = useOrganizationChoice(organizations);
  const [reason, setReason] = useState('');
  const [withdraw, { loading, error }] = useMutation(WithdrawSignatureMutation, {
    refetchQueries: [AccordSignatoriesQuery, SignatoriesViewerQuery],
  });
  return (
    <details className="withdraw-signature">
      <summary>Withdraw a signature</summary>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen)
            void withdraw({
              variables: {
                accordId: accord.id,
                organizationId: chosen.id,
                reason: reason.trim() || null,
              },
            }).catch(() => null);
        }}
      >
        <OrganizationChoice id={`${formId}-org`} label="Signature of" {...choice} />
        <TextField
          id={`${formId}-reason`}
          label="Reason (optional, published)"
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button" disabled={loading || !chosen}>
          Withdraw the signature of {chosen?.name}
        </button>
      </form>
    </details>
  );
}
