import { Injectable } from '@nestjs/common';
import type { AccordEventType } from '@plenary/contracts';
import { computeEventHash, toIsoMillis } from '@plenary/ledger';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../common/database/transaction.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { AccordEventEntity } from './accord-event.entity.js';

export const EVENT_CHANNEL = 'plenary_accord_event';

/**
 * Writes that commit in the same statement as an event (one round trip less under the lock):
 * each an INSERT, UPDATE or DELETE using $1…$n of `parameters`.
 */
export interface WritesAlongside {
  statements: string[];
  parameters: unknown[];
}

interface LockedAccord {
  id: string;
  lastSeq: number;
  headHash: string;
}

/**
 * A write to one accord. The accord row is locked first, so every writer to the same accord
 * is serialized: seqs never fork or skip, and the change and its event commit together.
 */
export class AccordWrite {
  private head: LockedAccord;

  constructor(
    readonly manager: EntityManager,
    locked: LockedAccord,
  ) {
    this.head = locked;
  }

  get accordId(): string {
    return this.head.id;
  }

  /** Appends one event to the accord's log, chained to the previous one. */
  async append(
    type: AccordEventType,
    actorId: string | null,
    payload: object,
    alongside: WritesAlongside = { statements: [], parameters: [] },
  ): Promise<AccordEventEntity> {
    const at = new Date();
    // Round-trip through JSON so the hash covers exactly what jsonb will give back.
    const storedPayload = JSON.parse(JSON.stringify(payload)) as unknown;
    const seq = this.head.lastSeq + 1;
    const prevHash = this.head.headHash;
    const hash = computeEventHash(prevHash, {
      accordId: this.head.id,
      seq,
      type,
      at: toIsoMillis(at),
      actorId,
      payload: storedPayload,
    });
    // One round trip, as it runs under the accord's lock: the writes alongside, the event, the
    // new head of the log and the notification delivered to every API instance on commit (never
    // if it rolls back). Data-modifying CTEs all run, whether or not anything reads them.
    const n = alongside.parameters.length;
    const $ = (i: number) => `$${n + i}`;
    const writes = alongside.statements.map((sql, i) => `w${i} AS (${sql}),`).join('\n');
    await this.manager.query(
      `WITH ${writes}
       appended AS (
         INSERT INTO accord_event (accord_id, seq, type, at, actor_id, payload, prev_hash, hash)
         VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}, ${$(8)}))
       UPDATE accord SET last_seq = ${$(2)}, head_hash = ${$(8)} WHERE id = ${$(1)}
       RETURNING pg_notify(${$(9)}, ${$(10)})`,
      [
        ...alongside.parameters,
        this.head.id,
        seq,
        type,
        at,
        actorId,
        JSON.stringify(storedPayload),
        prevHash,
        hash,
        EVENT_CHANNEL,
        `${this.head.id}:${seq}`,
      ],
    );
    this.head = { id: this.head.id, lastSeq: seq, headHash: hash };
    const event = Object.assign(new AccordEventEntity(), {
      accordId: this.head.id,
      seq,
      type,
      at,
      actorId,
      payload: storedPayload,
      prevHash,
      hash,
    });
    return event;
  }
}

@Injectable()
export class EventLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the accord and runs `work` in one transaction (retried on serialization failures). */
  writeToAccord<T>(accordId: string, work: (write: AccordWrite) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, async (manager) => {
      const write = await this.lockAccord(manager, accordId);
      return work(write);
    });
  }

  /** For use inside a transaction that already exists (e.g. the one creating the accord). */
  async lockAccord(manager: EntityManager, accordId: string): Promise<AccordWrite> {
    const rows = await manager.query<LockedAccord[]>(
      `SELECT id, last_seq AS "lastSeq", head_hash AS "headHash" FROM accord WHERE id = $1 FOR UPDATE`,
      [accordId],
    );
    if (rows.length === 0)
      throw new DomainError(DomainErrorCode.ACCORD_NOT_FOUND, 'Accord not found');
    return new AccordWrite(manager, rows[0]);
  }
}
