import { useMutation } from '@apollo/client/react';
import type { AmendmentQuery as AmendmentResult } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { AccordQuery } from '../accords/accords.graphql';
import { CloseVotingMutation, OpenVotingMutation } from '../voting/voting.graphql';
import { AmendmentQuery, WithdrawAmendmentMutation } from './amendments.graphql';
import { OpenVotingForm } from './OpenVotingForm';
import './amendments.css';

type Amendment = NonNullable<AmendmentResult['amendment']>;
/**
 * What the author (withdraw) and the facilitator (open, close the vote) may do now, as the
 * server says (its viewer fields: the rules its mutations enforce).
 */
export function AmendmentControls({ amendment }: { amendment: Amendment }) {
  const refetchQueries = [AmendmentQuery, AccordQuery];
  const [withdraw, withdrawState] = useMutation(WithdrawAmendmentMutation, { refetchQueries });
  const [openVoting, openState] = useMutation(OpenVotingMutation, { refetchQueries });
  const [closeVoting, closeState] = useMutation(CloseVotingMutation, { refetchQueries });
  const error = withdrawState.error ?? openState.error ?? closeState.error;
  const canWithdraw = amendment.viewerCanWithdraw;
  const canOpen = amendment.viewerCanOpenVoting;
  const canClose = amendment.viewerCanCloseVoting;
  if (!canWithdraw && !canOpen && !canClose) return null;
  const variables = { amendmentId: amendment.id };
  return (
    <section className="controls" aria-label="Actions">
      {error && <ErrorNotice error={error} />}
      {canOpen && (
        <OpenVotingForm
          busy={openState.loading}
          onOpen={(closesAt) =>
            void openVoting({ variables: { ...variables, closesAt } }).catch(() => undefined)
          }
        />
      )}
      {(canClose || canWithdraw) && (
        <div className="actions">
          {canClose && (
            <button
              type="button"
              className="button button--primary"
              disabled={closeState.loading}
              onClick={() => {
                if (
                  window.confirm(
                    'Close the vote now? The outcome is final and applied to the text.',
                  )
                )
                  void closeVoting({ variables }).catch(() => undefined);
              }}
            >
              Close the vote
            </button>
          )}
          {canWithdraw && (
            <button
              type="button"
              className="button button--danger"
              disabled={withdrawState.loading}
              onClick={() => {
                if (window.confirm('Withdraw this amendment? It cannot be reopened.'))
                  void withdraw({ variables }).catch(() => undefined);
              }}
            >
              Withdraw
            </button>
          )}
        </div>
      )}
    </section>
  );
}
