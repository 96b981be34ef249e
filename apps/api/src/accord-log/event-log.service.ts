import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../common/database/transaction.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { AccordWrite, type LockedAccord } from './accord-write.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { CommittedEvents } from './committed-events.js';

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
   * once it committed, its events are handed to this instance's sockets (CommittedEvents).
   */
  async writeToAccord<T>(accordId: string, work: (write: AccordWrite) => Promise<T>): Promise<T> {
    let write: AccordWrite | undefined; // the last attempt's: earlier ones rolled back
    const result = await inTransaction(this.dataSource, async (manager) => {
      write = await this.lockAccord(manager, accordId);
      return work(write);
    });
    if (write) this.committedEvents.committed(write.accordId, write.appended);
    return result;
  }

  /** For use inside a transaction that already exists (e.g. the one creating the accord). */
  async lockAccord(manager: EntityManager, accordId: string): Promise<AccordWrite> {
    const [locked] = await manager.query<LockedAccord[]>(
      `SELECT id, last_seq AS "lastSeq", head_hash AS "headHash", checkpoint_seq AS "checkpointSeq",
              checkpoint_every AS "checkpointEvery"
       FROM accord WHERE id = $1 FOR UPDATE`,
      [accordId],
    );
    if (!locked) throw new DomainError(DomainErrorCode.ACCORD_NOT_FOUND, 'Accord not found');
    return new AccordWrite(manager, locked, this.signer);
  }
}
