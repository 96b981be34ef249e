import { Link } from 'react-router';
import type { AccordQuery } from '../../data/gql/graphql';
import { kindLabels } from '../../ui/format';
import { conflictWords } from '../amendments/conflict-words';
import { voteSuspended } from './suspended-votes';

type Amendment = NonNullable<AccordQuery['accord']>['amendments'][number];

/**
 * Tells everyone in the accord, on every page of it, about a vote that was suspended: until its
 * author rebases the amendment (or withdraws it), nobody can vote on it. A live region, so the
 * notice is announced when it appears.
 */
export function SuspendedVotes({
  accordId,
  amendments,
}: {
  accordId: string;
  amendments: Amendment[];
}) {
  const suspended = amendments.filter(voteSuspended);
  return (
    <div role="status" aria-live="polite" data-testid="suspended-votes">
      {suspended.map((amendment) => (
        <p key={amendment.id} className="notice notice--warn" data-testid="suspended-vote">
          <span>
            The vote on the amendment “{amendment.heading ?? kindLabels[amendment.kind]}” of{' '}
            {amendment.onBehalfOf.name} was suspended:{' '}
            {conflictWords(
              amendment.conflict ?? { reason: 'TEXT_OVERLAP' },
              amendment.clause?.number,
            )}
            ; its author must rebase it before it can be voted on. The ballots cast are kept.{' '}
            <Link to={`/accords/${accordId}/amendments/${amendment.id}`}>See the amendment</Link>
          </span>
        </p>
      ))}
    </div>
  );
}
