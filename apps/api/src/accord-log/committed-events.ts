import { Injectable, Logger } from '@nestjs/common';
import type { AccordEventEntity } from './accord-event.entity.js';

/**
 * Told of a write's events around its COMMIT: `committing` just before it is sent (the events
 * up to `lastSeq` are this instance's unless it fails), then `committed` with the events, in
 * seq order, or `abandoned` when the COMMIT failed or its attempt was retried.
 */
export interface CommittedEventsListener {
  committing(accordId: string, lastSeq: number): void;
  committed(accordId: string, events: readonly AccordEventEntity[]): void;
  abandoned(accordId: string, lastSeq: number): void;
}

/**
 * The events this instance just committed, handed to whoever sends them on (realtime, which
 * sits above this layer and subscribes here). The instance that wrote them has them already:
 * it need not wait for the commit notification and read them back from the log. Other
 * instances still learn of them by the notification, and the log stays the only record.
 *
 * The notification of a commit can reach this instance before the COMMIT's own answer does
 * (they come on different connections): `committing` says, before it is sent, which seqs are
 * on their way here, so that their notification need not be acted on.
 */
@Injectable()
export class CommittedEvents {
  private readonly logger = new Logger(CommittedEvents.name);
  private listener: CommittedEventsListener | null = null;

  listen(listener: CommittedEventsListener): void {
    this.listener = listener;
  }

  committing(accordId: string, lastSeq: number): void {
    this.tell(accordId, (listener) => listener.committing(accordId, lastSeq));
  }

  /** After the commit: a listener's failure must not turn a committed write into an error. */
  committed(accordId: string, events: readonly AccordEventEntity[]): void {
    if (events.length === 0) return;
    this.tell(accordId, (listener) => listener.committed(accordId, events));
  }

  abandoned(accordId: string, lastSeq: number): void {
    this.tell(accordId, (listener) => listener.abandoned(accordId, lastSeq));
  }

  private tell(accordId: string, call: (listener: CommittedEventsListener) => void): void {
    if (!this.listener) return;
    try {
      call(this.listener);
    } catch (error) {
      this.logger.warn({ err: error, accordId }, 'handing over committed events failed');
    }
  }
}
