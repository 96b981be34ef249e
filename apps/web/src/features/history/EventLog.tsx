import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../ui/Feedback';
import { EventLogRow } from './EventLogRow';
import { AccordEventsQuery } from './history.graphql';
import { EVENT_LOG_PAGE } from './history.events';
import { SigningKeyNote } from './SigningKeyNote';
import { useLogVerification } from './useLogVerification';
import { VerificationStatus } from './VerificationStatus';

/** The accord's event log, newest first, with the server's verification of its chain. */
export function EventLog({ accordId }: { accordId: string }) {
  const events = useQuery(AccordEventsQuery, {
    variables: { accordId, first: EVENT_LOG_PAGE },
  });
  const log = useLogVerification(accordId);
  const v = log.verification;
  return (
    <section className="history__block" aria-labelledby="log-title">
      <div className="history__head">
        <h2 id="log-title" className="page-subtitle">
          Event log
        </h2>
        <VerificationStatus verification={v} verificationFailed={log.verificationFailed} />
      </div>
      {v && !v.ok && <p className="hint">{v.explanation}</p>}
      <SigningKeyNote signingKey={log.signingKey} signingEvery={log.signingEvery} />
      {events.error && <ErrorNotice error={events.error} />}
      {events.data && (
        <div className="table-wrap">
          <table className="log">
            <caption className="visually-hidden">Events in order</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Hash</th>
                <th scope="col">Signed</th>
              </tr>
            </thead>
            <tbody>
              {[...events.data.accordEvents].reverse().map((event) => (
                <EventLogRow
                  key={event.seq}
                  event={event}
                  checkpoint={log.checkpointsBySeq.get(event.seq)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
