import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DecisionRuleKind } from '../../data/gql/graphql';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { formatDateTime, plural, ruleLabels } from '../../ui/format';
import { AccordListQuery, CreateAccordMutation } from './accords.graphql';
import './accord-list.css';

export function AccordListPage() {
  const { data, error, refetch } = useQuery(AccordListQuery);
  return (
    <div className="page page--wide">
      <div className="page-head">
        <div>
          <h1>Your accords</h1>
          <p className="lede">
            The texts your organizations are negotiating, and those you facilitate.
          </p>
        </div>
      </div>
      {!data && !error && <Loading />}
      {error && !data && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data &&
        (data.accords.length === 0 ? (
          <Empty title="No accords yet">
            When a facilitator adds your organization to an accord, it appears here. You can also
            start one below and invite the parties.
          </Empty>
        ) : (
          <ul className="accord-list">
            {data.accords.map((accord) => (
              <li key={accord.id} className="card accord-item">
                <h2>
                  <Link to={`/accords/${accord.id}`}>{accord.title}</Link>
                </h2>
                {accord.preamble && <p className="accord-item__preamble">{accord.preamble}</p>}
                <p className="meta">
                  {ruleLabels[accord.rule.kind]} · {plural(accord.clauses.length, 'clause')} ·{' '}
                  {plural(accord.amendments.length, 'open amendment')} ·{' '}
                  {plural(
                    accord.participants.filter((p) => p.role === 'PARTY').length,
                    'party',
                    'parties',
                  )}
                  {accord.viewerIsFacilitator && ' · you facilitate'} · opened{' '}
                  {formatDateTime(accord.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        ))}
      <NewAccordForm />
    </div>
  );
}

function NewAccordForm() {
  const navigate = useNavigate();
  const [createAccord, { loading, error }] = useMutation(CreateAccordMutation, {
    refetchQueries: [AccordListQuery],
  });
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [preamble, setPreamble] = useState('');
  const [kind, setKind] = useState<DecisionRuleKind>('SIMPLE_MAJORITY');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createAccord({
      variables: { title, preamble: preamble || null, rule: { kind } },
    }).catch(() => null);
    if (result?.data) await navigate(`/accords/${result.data.createAccord.id}`);
  }

  if (!open)
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Start a new accord
        </button>
      </p>
    );
  return (
    <form className="card form-card" onSubmit={(e) => void submit(e)} aria-labelledby="new-accord">
      <h2 id="new-accord">Start a new accord</h2>
      <p className="hint">You will facilitate it: invite the parties and run the votes.</p>
      {error && <ErrorNotice error={error} />}
      <TextField
        id="accord-title"
        label="Title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id="accord-preamble"
        label="Preamble"
        rows={3}
        value={preamble}
        onChange={(e) => setPreamble(e.target.value)}
      />
      <SelectField
        id="accord-rule"
        label="Decision rule"
        value={kind}
        onChange={(e) => setKind(e.target.value as DecisionRuleKind)}
      >
        {(Object.keys(ruleLabels) as DecisionRuleKind[]).map((k) => (
          <option key={k} value={k}>
            {ruleLabels[k]}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Create accord
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
