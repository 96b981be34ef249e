import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import type { BallotChoice } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { SelectField, TextAreaField } from '../../ui/Field';
import { choiceLabels, formatDateTime } from '../../ui/format';
import { BallotReceipt, useMyReceipts } from './BallotReceipt';
import { CastBallotMutation, MyBallotReceiptsQuery } from './voting.graphql';
import { VotingDeadline } from './VotingDeadline';

export interface VoterOrganization {
  id: string;
  name: string;
}
export interface ExistingBallot {
  organizationId: string;
  choice: BallotChoice;
  explanation: string | null;
  castAt: string;
}

/**
 * Cast or change the ballot of an organization the delegate represents, with an explanation.
 * Under a secret ballot nobody's ballot is published, his own included: the page keeps what he
 * cast (from the castBallot answer) while it stays open, and takes no explanation of vote.
 */
export function VotePanel({
  amendmentId,
  closesAt,
  voters,
  defaultVoterId,
  ballots,
  secret = false,
  onCast,
}: {
  amendmentId: string;
  /** The deadline set when the vote opened, if any. */
  closesAt: string | null;
  voters: VoterOrganization[];
  defaultVoterId: string | undefined;
  ballots: ExistingBallot[];
  secret?: boolean;
  onCast?: () => void;
}) {
  const [castBallot, { loading, error, reset }] = useMutation(CastBallotMutation, {
    // The new receipt shows at once; it is the caller's own, so it lives in his query only.
    update(cache, { data }) {
      const receipt = data?.castBallot.receipt;
      if (!receipt) return;
      cache.updateQuery({ query: MyBallotReceiptsQuery, variables: { amendmentId } }, (mine) =>
        mine ? { myBallotReceipts: [receipt, ...mine.myBallotReceipts] } : mine,
      );
    },
  });
  const receipts = useMyReceipts(amendmentId, voters.length === 0);
  const [castHere, setCastHere] = useState<ExistingBallot[]>([]);
  const [voterId, setVoterId] = useState(
    voters.find((v) => v.id === defaultVoterId)?.id ?? voters[0]?.id ?? '',
  );
  const known = (organizationId: string) =>
    ballots.find((b) => b.organizationId === organizationId) ??
    castHere.find((b) => b.organizationId === organizationId);
  const existing = known(voterId);
  const [choice, setChoice] = useState<BallotChoice | null>(existing?.choice ?? null);
  const [explanation, setExplanation] = useState(existing?.explanation ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();

  const chooseVoter = (organizationId: string) => {
    const ballot = known(organizationId);
    setVoterId(organizationId);
    setChoice(ballot?.choice ?? null);
    setExplanation(ballot?.explanation ?? '');
  };

  if (voters.length === 0) {
    return (
      <section className="vote-panel card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="section-title">
          Your vote
        </h2>
        <VotingDeadline status="VOTING" closesAt={closesAt} showNoDeadline />
        <p className="muted">
          Only representatives of party organizations vote. Observers and members follow the tally.
        </p>
      </section>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return;
    setSaved(null);
    const result = await castBallot({
      variables: {
        amendmentId,
        organizationId: voterId,
        choice,
        explanation: secret ? null : explanation.trim() || null,
      },
    }).catch(() => null);
    if (result?.data) {
      const cast = result.data.castBallot;
      setCastHere((before) => [
        ...before.filter((b) => b.organizationId !== voterId),
        { organizationId: voterId, ...cast },
      ]);
      setSaved(`Ballot recorded: ${choiceLabels[cast.choice]}.`);
      onCast?.();
    }
  }

  const voter = voters.find((v) => v.id === voterId);
  const receipt = receipts.get(voterId);
  return (
    <form
      className="vote-panel card"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      data-testid="vote-panel"
    >
      <h2 id={`${id}-title`} className="section-title">
        Your vote
      </h2>
      <VotingDeadline status="VOTING" closesAt={closesAt} showNoDeadline />
      {voters.length > 1 ? (
        <SelectField
          id={`${id}-voter`}
          label="On behalf of"
          value={voterId}
          onChange={(e) => chooseVoter(e.target.value)}
        >
          {voters.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="meta">On behalf of {voter?.name}</p>
      )}
      {secret && (
        <p className="hint" data-testid="secret-ballot-hint">
          Secret ballot: Plenary shows your organization’s choice to no one, the facilitator
          included, and this page forgets it when you leave. Casting again replaces your ballot
          until the vote closes. There is no explanation of vote: it would give the choice away.
        </p>
      )}
      {existing && (
        <p className="hint">
          {secret ? 'Your ballot' : 'Current ballot'}:{' '}
          <strong>{choiceLabels[existing.choice]}</strong>, cast {formatDateTime(existing.castAt)}.
          You may change it until the vote closes.
        </p>
      )}
      {receipt && <BallotReceipt receipt={receipt} />}
      <fieldset className="choices">
        <legend className="visually-hidden">Ballot</legend>
        {(['FOR', 'AGAINST', 'ABSTAIN'] as const).map((option) => (
          <label key={option} className={`choice choice--${option.toLowerCase()}`}>
            <input
              type="radio"
              name={`${id}-choice`}
              value={option}
              checked={choice === option}
              onChange={() => {
                reset();
                setChoice(option);
              }}
            />
            <span>{choiceLabels[option]}</span>
          </label>
        ))}
      </fieldset>
      {!secret && (
        <TextAreaField
          id={`${id}-explanation`}
          label="Explanation of vote (optional, public)"
          rows={3}
          maxLength={2000}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      )}
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="button button--primary" disabled={!choice || loading}>
        {existing ? 'Change ballot' : 'Cast ballot'}
      </button>
      {saved && (
        <p className="hint" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}
