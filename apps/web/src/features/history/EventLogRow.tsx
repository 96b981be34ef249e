import { formatDateTime } from '../../ui/format';
import { describeEvent } from './event-words';

export interface LoggedEvent {
  seq: number;
  at: string;
  type: string;
  payload: unknown;
  hash: string;
}

export interface SignedCheckpoint {
  at: string;
  keyId: string;
  signature: string;
}

/** One event of the log: its place, time, type in words, hash, and whether a checkpoint signs it. */
export function EventLogRow({
  event,
  checkpoint,
}: {
  event: LoggedEvent;
  checkpoint: SignedCheckpoint | undefined;
}) {
  const words = describeEvent(event);
  return (
    <tr>
      <td>{event.seq}</td>
      <td>{formatDateTime(event.at)}</td>
      <td>
        <code>{event.type}</code>
        {words && <p className="log__words">{words}</p>}
      </td>
      <td>
        <code className="hash" title={event.hash}>
          {event.hash.slice(0, 12)}…
        </code>
      </td>
      <td>
        {checkpoint && (
          <span
            className="signed-mark"
            title={`Checkpoint signed ${formatDateTime(checkpoint.at)} by key ${checkpoint.keyId}: ${checkpoint.signature}`}
          >
            ✓ <span className="visually-hidden">signed checkpoint</span>
          </span>
        )}
      </td>
    </tr>
  );
}
