import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { StakeholderGroup } from '../../data/gql/graphql';
import { SelectField } from '../../ui/Field';
import { ErrorNotice } from '../../ui/Feedback';
import { groupLabels } from '../../ui/format';
import {
  AmendmentSponsorsQuery,
  AnswerCoSponsorshipMutation,
  InviteCoSponsorMutation,
  SupportAmendmentMutation,
  WithdrawSupportMutation,
} from './cosponsors.graphql';
import { describeSponsorMinimum, type RuleView } from '../voting/rule-words';
import { namesInWords, sponsorSpreadWords } from './sponsor-words';
import './cosponsors.css';

interface Party {
  id: string;
  name: string;
  group: StakeholderGroup;
}

/**
 * Who stands behind an amendment: its sponsor and the co-sponsors who accepted, their spread over
 * the stakeholder groups, the invitations not yet answered and the organizations' "+1"; and what
 * the delegate may do about them, as the server rules it (invite, accept or decline, support).
 */
export function AmendmentSponsors({
  amendmentId,
  parties,
  rule,
}: {
  amendmentId: string;
  /** The accord's rule: its minimum of sponsors before a vote, if it has one. */
  rule: RuleView;
  /** The accord's parties: whom the author may invite. */
  parties: readonly Party[];
}) {
  const { data, error } = useQuery(AmendmentSponsorsQuery, { variables: { id: amendmentId } });
  const [invite, inviteState] = useMutation(InviteCoSponsorMutation);
  const [answer, answerState] = useMutation(AnswerCoSponsorshipMutation);
  const [support, supportState] = useMutation(SupportAmendmentMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawSupportMutation);
  const [invitee, setInvitee] = useState('');
  const amendment = data?.amendment;
  if (!amendment) return error ? <ErrorNotice error={error} /> : null;

  const accepted = amendment.sponsors.filter((s) => s.status === 'ACCEPTED');
  const pending = amendment.sponsors.filter((s) => s.status === 'INVITED');
  const declined = amendment.sponsors.filter((s) => s.status === 'DECLINED');
  const asked = new Set([
    amendment.onBehalfOf.id,
    ...amendment.sponsors.map((s) => s.organization.id),
  ]);
  const invitable = parties.filter((p) => !asked.has(p.id));
  const chosen = invitable.some((p) => p.id === invitee) ? invitee : (invitable[0]?.id ?? '');
  const mutationError =
    inviteState.error ?? answerState.error ?? supportState.error ?? withdrawState.error;
  const busy =
    inviteState.loading || answerState.loading || supportState.loading || withdrawState.loading;
  const many = amendment.viewerSupportOptions.length > 1;
  const ignore = () => undefined;

  return (
    <section className="sponsors" aria-labelledby="sponsors-title" data-testid="sponsors">
      <h3 id="sponsors-title" className="section-title">
        Sponsors
      </h3>
      <p className="sponsors__spread" data-testid="sponsor-spread">
        Sponsored by {sponsorSpreadWords(amendment.sponsorGroups)}
      </p>
      <ul className="sponsors__list" aria-label="Sponsoring organizations">
        <li>
          <strong>{amendment.onBehalfOf.name}</strong>{' '}
          <span className="muted">({groupLabels[amendment.onBehalfOf.group]}) — sponsor</span>
        </li>
        {accepted.map(({ organization }) => (
          <li key={organization.id}>
            <strong>{organization.name}</strong>{' '}
            <span className="muted">({groupLabels[organization.group]}) — co-sponsor</span>
          </li>
        ))}
      </ul>
      {describeSponsorMinimum(rule) && (
        <p className="hint" data-testid="sponsor-minimum">
          {describeSponsorMinimum(rule).trim()}
        </p>
      )}
      {pending.length > 0 && (
        <p className="meta" data-testid="pending-cosponsors">
          Invited to co-sponsor, not yet answered:{' '}
          {namesInWords(pending.map((s) => s.organization.name))}
        </p>
      )}
      {declined.length > 0 && (
        <p className="meta muted">
          Declined to co-sponsor: {namesInWords(declined.map((s) => s.organization.name))}
        </p>
      )}
      <p className="meta" data-testid="supporters">
        {amendment.supporters.length > 0
          ? `+1 by ${namesInWords(amendment.supporters.map((o) => o.name))}`
          : 'No organization has given it a +1 yet.'}
      </p>

      {mutationError && <ErrorNotice error={mutationError} />}

      {amendment.viewerCoSponsorInvitations.map((organization) => (
        <div
          key={organization.id}
          className="sponsors__invitation notice"
          role="group"
          aria-label={`Invitation to ${organization.name}`}
        >
          <p>
            <strong>{organization.name}</strong> is invited to co-sponsor this amendment.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                void answer({
                  variables: { amendmentId, organizationId: organization.id, accept: true },
                }).catch(ignore)
              }
            >
              Accept
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void answer({
                  variables: { amendmentId, organizationId: organization.id, accept: false },
                }).catch(ignore)
              }
            >
              Decline
            </button>
          </div>
        </div>
      ))}

      {amendment.viewerSupportOptions.length > 0 && (
        <div className="actions" aria-label="Support">
          {amendment.viewerSupportOptions.map(({ organization, supports }) => {
            const variables = { amendmentId, organizationId: organization.id };
            const forWhom = many ? ` for ${organization.name}` : '';
            return supports ? (
              <button
                key={organization.id}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void withdraw({ variables }).catch(ignore)}
              >
                Withdraw support{forWhom}
              </button>
            ) : (
              <button
                key={organization.id}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void support({ variables }).catch(ignore)}
              >
                Support (+1){forWhom}
              </button>
            );
          })}
        </div>
      )}

      {amendment.viewerCanInviteCoSponsor && (
        <form
          className="sponsors__invite"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen)
              void invite({ variables: { amendmentId, organizationId: chosen } }).catch(ignore);
          }}
        >
          {invitable.length === 0 ? (
            <p className="muted">Every party of the accord has been invited.</p>
          ) : (
            <>
              <SelectField
                id={`invite-cosponsor-${amendmentId}`}
                label="Invite a co-sponsor"
                hint="A representative of the party accepts or declines."
                value={chosen}
                onChange={(e) => setInvitee(e.target.value)}
              >
                {invitable.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({groupLabels[p.group]})
                  </option>
                ))}
              </SelectField>
              <button type="submit" className="button button--primary" disabled={busy}>
                Invite
              </button>
            </>
          )}
        </form>
      )}
    </section>
  );
}
