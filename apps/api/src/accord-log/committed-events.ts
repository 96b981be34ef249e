import { Injectable, Logger } from '@nestjs/common';
import type { AccordEventEntity } from './accord-event.entity.js';

/** Told the events of a write once its transaction committed, in their seq order. */
export type CommittedEventsListener = (
  accordId: string,
  events: readonly AccordEventEntity[],
) => void;

/**
 * The events this instance just committed, handed to whoever sends them on (realtime, which
 * sits above this layer and subscribes here). The instance that wrote them has them already:
 * it need not wait for the commit notification and read them back from the log. Other
 * instances still learn of them by the notification, and the log stays the only record.
 */
@Injectable()
export class CommittedEvents {
  private readonly logger = new Logger(CommittedEvents.name);
  private listener: CommittedEventsListener | null = null;

  listen(listener: CommittedEventsListener): void {
    this.listener = listener;
  }

  /** After the commit: a listener's failure must not turn a committed write into an error. */
  committed(accordId: string, events: readonly AccordEventEntity[]): void {
    if (events.length === 0 || !this.listener) return;
    try {
      this.listener(accordId, events);
    } catch (error) {
      this.logger.warn({ err: error, accordId }, 'handing over committed events failed');
    }
  }
}
