import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../common/database/transaction.js';
import { DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { mayRead } from './accord-access.service.js';
import { AccordWrite, type LockedAccord, type LockedProposalWindow } from './accord-write.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { CommittedEvents } from './committed-events.js';
import { textFrozen } from './final-text.js';

/** Opens the writes to an accord: each one a transaction holding the accord's row lock. */
@Injectable()
export class EventLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
    private readonly committedEvents: CommittedEvents,
  ) {}

  /**
   * Locks the accord and runs `work` in one transaction (retried on serialization failures);
   * once it committed, its events are handed to this instance's sockets (CommittedEvents). (The
   * caller's next reads wait for the read replica after any mutation: ReadYourWritesInterceptor.)
   */
  async writeToAccord<T>(
    accordId: string,
    work: (write: AccordWrite) => Promise<T>,
    {
      visibleTo,
      changesTextAs,
    }: {
      visibleTo?: string;
      /**
       * The write drafts, votes or co-sponsors, for this caller (null: the system). Once the
       * text is final it is refused at the lock, before anything else is looked at — unless the
       * caller may not see the accord, whose work then answers "not found" as it always does
       * (AccordWrite.append refuses the events of a final text in any case).
       */
      changesTextAs?: string | null;
    } = {},
  ): Promise<T> {
    let write: AccordWrite | undefined; // the last attempt's: earlier ones rolled back
    let committing: { accordId: string; lastSeq: number } | null = null;
    const abandon = () => {
      if (committing) this.committedEvents.abandoned(committing.accordId, committing.lastSeq);
      committing = null;
    };
    let result: T;
    try {
      result = await inTransaction(this.dataSource, async (manager) => {
        abandon(); // an attempt whose COMMIT failed and is tried again
        write = await this.lockAccord(manager, accordId, visibleTo);
        if (changesTextAs !== undefined && write.finalSeq !== null) {
          const seen =
            changesTextAs === null ||
            (
              await manager.query<unknown[]>(
                `SELECT 1 FROM accord WHERE id = $1 AND ${mayRead('accord', '$2')}`,
                [accordId, changesTextAs],
              )
            ).length > 0;
          if (seen) throw textFrozen();
        }
        const done = await work(write);
        // Nothing runs between this and the COMMIT that TypeORM sends next.
        const last = write.appended.at(-1);
        if (last) {
          committing = { accordId: write.accordId, lastSeq: last.seq };
          this.committedEvents.committing(write.accordId, last.seq);
        }
        return done;
      });
    } catch (error) {
      abandon();
      throw error;
    }
    if (write) this.committedEvents.committed(write.accordId, write.appended);
    return result;
  }

  /**
   * For use inside a transaction that already exists (e.g. the one creating the accord). With
   * `visibleTo`, an accord that user may not see is not found (AccordAccessService's rule,
   * checked in the locking statement: one round trip less than asking first).
   */
  async lockAccord(
    manager: EntityManager,
    accordId: string,
    visibleTo?: string,
  ): Promise<AccordWrite> {
    if (visibleTo !== undefined && !isUuid(accordId)) throw accordNotFound();
    const [locked] = await manager.query<
      (LockedAccord & LockedProposalWindow & { visible: boolean })[]
    >(
      `SELECT id, last_seq AS "lastSeq", head_hash AS "headHash", checkpoint_seq AS "checkpointSeq",
              checkpoint_every AS "checkpointEvery", final_seq AS "finalSeq", proposals_open_from AS "opensAt",
              proposals_close_at AS "closesAt",
              ${visibleTo === undefined ? 'true' : mayRead('accord', '$2')} AS visible
       FROM accord WHERE id = $1 FOR UPDATE`,
      visibleTo === undefined ? [accordId] : [accordId, visibleTo],
    );
    if (!locked?.visible) throw accordNotFound();
    const { visible: _visible, opensAt, closesAt, ...head } = locked;
    return new AccordWrite(manager, head, this.signer, { opensAt, closesAt });
  }
}

const accordNotFound = () => notFound(DomainErrorCode.ACCORD_NOT_FOUND, 'Accord');
