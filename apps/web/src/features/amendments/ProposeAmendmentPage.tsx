import { useMutation, useQuery } from '@apollo/client/react';
import { diffWords } from '@plenary/text-history';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session-context';
import type { AmendmentKind, NormativeForce } from '../../data/gql/graphql';
import { useLiveAccord } from '../../data/live';
import { DiffView } from '../../ui/DiffView';
import { Empty, ErrorNotice } from '../../ui/Feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { NormsField } from '../frameworks/NormsField';
import { SourcesField } from './SourcesField';
import { kindLabels } from '../../ui/format';
import { AccordQuery, AccordViewerQuery } from '../accords/accords.graphql';
import { describeProposalWindow } from '../proposal-window/ProposalWindowNotice';
import { useProposalWindow } from '../proposal-window/useProposalWindow';
import { ProposeAmendmentMutation } from './amendments.graphql';
import { firstOtherPlace, PlacePicker } from './PlacePicker';
import './amendments.css';

const KINDS: AmendmentKind[] = ['MODIFY_CLAUSE', 'ADD_CLAUSE', 'REMOVE_CLAUSE', 'MOVE_CLAUSE'];

export function ProposeAmendmentPage() {
  const { accordId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { actingFor } = useSession();
  const { focus } = useLiveAccord();
  const { data } = useQuery(AccordQuery, {
    variables: { id: accordId },
    fetchPolicy: 'cache-first',
  });
  const viewer = useQuery(AccordViewerQuery, { variables: { id: accordId } }).data?.accord;
  const clauses = data?.accord?.clauses ?? [];
  const proposalWindow = useProposalWindow(data?.accord ?? { id: accordId });

  const initialKind = (search.get('kind') as AmendmentKind | null) ?? 'MODIFY_CLAUSE';
  const [kind, setKind] = useState<AmendmentKind>(
    clauses.length === 0
      ? 'ADD_CLAUSE'
      : KINDS.includes(initialKind)
        ? initialKind
        : 'MODIFY_CLAUSE',
  );
  const [clauseId, setClauseId] = useState(search.get('clause') ?? clauses[0]?.id ?? '');
  const clause = clauses.find((c) => c.id === clauseId);
  const [heading, setHeading] = useState(clause?.current.heading ?? '');
  const [text, setText] = useState(clause?.current.text ?? '');
  const [force, setForce] = useState<NormativeForce>(clause?.current.force ?? 'VOLUNTARY');
  const [position, setPosition] = useState(() =>
    kind === 'MOVE_CLAUSE' && clause ? firstOtherPlace(clause) : String(clauses.length + 1),
  );
  const [sources, setSources] = useState<string[]>(() =>
    kind === 'MODIFY_CLAUSE' && clause ? clause.current.sources : [],
  );
  const [normIds, setNormIds] = useState<string[]>([]);
  const citedInAccord = useMemo(
    () => [...new Set(clauses.flatMap((c) => c.current.sources))].sort(),
    [clauses],
  );
  const [rationale, setRationale] = useState('');
  const [propose, { loading, error }] = useMutation(ProposeAmendmentMutation, {
    refetchQueries: [AccordQuery],
  });

  const needsClause = kind !== 'ADD_CLAUSE';
  const diff = useMemo(
    () => (kind === 'MODIFY_CLAUSE' && clause ? diffWords(clause.current.text, text) : []),
    [kind, clause, text],
  );

  function chooseClause(id: string) {
    setClauseId(id);
    const chosen = clauses.find((c) => c.id === id);
    if (chosen && kind === 'MOVE_CLAUSE') setPosition(firstOtherPlace(chosen));
    if (chosen && kind === 'MODIFY_CLAUSE') {
      setHeading(chosen.current.heading ?? '');
      setText(chosen.current.text);
      setForce(chosen.current.force);
      setSources(chosen.current.sources);
    }
  }
  function chooseKind(next: AmendmentKind) {
    setKind(next);
    if (next === 'MODIFY_CLAUSE' && clause) {
      setHeading(clause.current.heading ?? '');
      setText(clause.current.text);
      setForce(clause.current.force);
      setSources(clause.current.sources);
    } else if (next === 'ADD_CLAUSE') {
      setHeading('');
      setText('');
      setSources([]);
      setPosition(String(clauses.length + 1));
    } else if (next === 'MOVE_CLAUSE' && clause) {
      setPosition(firstOtherPlace(clause));
    }
  }

  if (!actingFor) {
    return (
      <Empty title="You need to act for an organization to propose">
        Amendments are sponsored by an organization.{' '}
        <Link to="/organizations">Register yours or see your memberships</Link>.
      </Empty>
    );
  }

  if (proposalWindow.state !== 'OPEN') {
    return (
      <Empty
        title={
          proposalWindow.state === 'CLOSED' ? 'Proposals are closed' : 'Proposals are not open yet'
        }
      >
        {describeProposalWindow(proposalWindow, Date.now())}
      </Empty>
    );
  }

  if (viewer && !viewer.viewerCanAmend) {
    return (
      <Empty title="Only the parties propose amendments">
        Members of a verified party organization may propose; the facilitator and observers follow
        the text and the discussion.
      </Empty>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!actingFor) return;
    const positionNumber = Number.parseInt(position, 10);
    const result = await propose({
      variables: {
        input: {
          accordId,
          onBehalfOf: actingFor.organization.id,
          kind,
          rationale: rationale.trim(),
          ...(needsClause ? { clauseId } : {}),
          ...(kind === 'MODIFY_CLAUSE' && clause ? { baseVersion: clause.current.version } : {}),
          ...(kind === 'ADD_CLAUSE' || kind === 'MODIFY_CLAUSE'
            ? { heading: heading.trim() || null, text, force }
            : {}),
          ...(kind === 'ADD_CLAUSE' || kind === 'MOVE_CLAUSE' ? { position: positionNumber } : {}),
          sources,
          normIds,
        },
      },
    }).catch(() => null);
    if (result?.data)
      await navigate(`/accords/${accordId}/amendments/${result.data.proposeAmendment.id}`);
  }

  const unchanged =
    kind === 'MODIFY_CLAUSE' &&
    clause !== undefined &&
    text === clause.current.text &&
    (heading || null) === (clause.current.heading ?? null) &&
    force === clause.current.force &&
    sources.join('\n') === clause.current.sources.join('\n') &&
    normIds.length === 0;

  return (
    <form className="propose" onSubmit={(e) => void submit(e)} aria-labelledby="propose-title">
      <h2 id="propose-title" className="page-subtitle">
        Propose an amendment
      </h2>
      <p className="meta">Sponsored by {actingFor.organization.name}</p>
      <fieldset className="kind-picker">
        <legend>What do you propose?</legend>
        {KINDS.map((k) => (
          <label key={k} className="kind-option">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              disabled={k !== 'ADD_CLAUSE' && clauses.length === 0}
              onChange={() => chooseKind(k)}
            />
            {kindLabels[k]}
          </label>
        ))}
      </fieldset>

      {needsClause && (
        <SelectField
          id="propose-clause"
          label="Clause"
          value={clauseId}
          required
          onChange={(e) => chooseClause(e.target.value)}
        >
          {clauses.map((c) => (
            <option key={c.id} value={c.id}>
              Article {c.number}
              {c.current.heading ? ` — ${c.current.heading}` : ''}
            </option>
          ))}
        </SelectField>
      )}

      {kind === 'REMOVE_CLAUSE' && clause && (
        <div className="preview">
          <p className="preview__label">This text would be deleted:</p>
          <DiffView parts={[{ op: 'delete', text: clause.current.text }]} label="Deletion" />
        </div>
      )}

      {(kind === 'ADD_CLAUSE' || kind === 'MODIFY_CLAUSE') && (
        <>
          <TextField
            id="propose-heading"
            label="Heading"
            maxLength={200}
            value={heading}
            onChange={(e) => setHeading(e.target.value)}
          />
          <TextAreaField
            id="propose-text"
            label={kind === 'MODIFY_CLAUSE' ? 'Text (edit the current wording)' : 'Text'}
            className="text-editor"
            rows={6}
            required
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              focus(clauseId || null, true);
            }}
            onBlur={() => focus(clauseId || null, false)}
          />
          <fieldset className="field radio-row">
            <legend>Normative force</legend>
            <label>
              <input
                type="radio"
                name="force"
                checked={force === 'BINDING'}
                onChange={() => setForce('BINDING')}
              />{' '}
              Binding (“shall”)
            </label>
            <label>
              <input
                type="radio"
                name="force"
                checked={force === 'VOLUNTARY'}
                onChange={() => setForce('VOLUNTARY')}
              />{' '}
              Voluntary (“should”)
            </label>
          </fieldset>
        </>
      )}

      {kind === 'MODIFY_CLAUSE' && clause && (
        <div className="preview" data-testid="proposal-diff">
          <p className="preview__label">
            Your changes against the current text (version {clause.current.version})
            {force !== clause.current.force &&
              ` — and from ${clause.current.force.toLowerCase()} to ${force.toLowerCase()}`}
          </p>
          <DiffView parts={diff} label="Your changes" />
        </div>
      )}

      {(kind === 'ADD_CLAUSE' || kind === 'MOVE_CLAUSE') && (
        <PlacePicker
          accordId={accordId}
          kind={kind}
          clauses={clauses}
          movingId={kind === 'MOVE_CLAUSE' ? clauseId : null}
          position={position}
          onChange={setPosition}
        />
      )}

      <SourcesField
        sources={sources}
        suggestions={citedInAccord}
        onChange={setSources}
        hint={
          kind === 'MODIFY_CLAUSE'
            ? 'What the new wording relies on. With none given, the article keeps its sources.'
            : 'What the proposal relies on: a norm, a resolution, a report.'
        }
      />
      <NormsField
        normIds={normIds}
        onChange={setNormIds}
        hint={
          kind === 'MODIFY_CLAUSE'
            ? 'Norms of a framework the new wording follows. With none given, the article keeps the norms it cites.'
            : 'Norms of a framework it follows: the comparison with that framework counts them.'
        }
      />

      <TextAreaField
        id="propose-rationale"
        label="Rationale"
        hint="Why the parties should accept it. Shown with the amendment."
        rows={3}
        required
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
      />
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || unchanged || !rationale.trim()}
        >
          Submit amendment
        </button>
        <Link className="button button--quiet" to={`/accords/${accordId}`}>
          Cancel
        </Link>
        {unchanged && (
          <span className="hint">Change the text, heading, force or sources first.</span>
        )}
      </div>
    </form>
  );
}
