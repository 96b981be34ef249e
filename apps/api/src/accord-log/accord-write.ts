import type { AccordEventPayloads, AccordEventType } from '@plenary/contracts';
import {
  computeEventHash,
  toIsoMillis,
  type ChainHead,
  type SignedCheckpoint,
} from '@plenary/ledger';
import type { EntityManager } from 'typeorm';
import { AccordEventEntity } from './accord-event.entity.js';
import type { CheckpointSigner } from './checkpoint-signer.js';
import { inJsonbOrder } from './jsonb-order.js';
import { textFrozen, TEXT_EVENT_TYPES } from './final-text.js';

export const EVENT_CHANNEL = 'plenary_accord_event';

/**
 * Writes that commit in the same statement as an event (one round trip less under the lock):
 * each an INSERT, UPDATE or DELETE using $1…$n of `parameters`.
 */
export interface WritesAlongside {
  statements: string[];
  parameters: unknown[];
}

/** Writes that need the seq and hash of the event they commit with (e.g. a ballot's receipt). */
export type WritesAlongsideEvent = (event: ChainHead) => WritesAlongside;

/** The accord row as locked for a write: the head of its log. */
export interface LockedAccord {
  id: string;
  lastSeq: number;
  headHash: string;
  /** seq of the accord's last signed checkpoint, and the interval it promised; null before the first. */
  checkpointSeq: number | null;
  checkpointEvery: number | null;
  /** seq of the `accord.declaredFinal` event once the text was declared final, else null. */
  finalSeq: number | null;
}

/** When amendments may be proposed, as the locked row says (the facilitator's window). */
export interface LockedProposalWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

/** Inserts a signed checkpoint; `$` numbers its parameters (see checkpointParameters). */
const insertCheckpoint = ($: (i: number) => string) =>
  `INSERT INTO accord_checkpoint (accord_id, seq, hash, previous_seq, every, at, key_id, signature)
   VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}, decode(${$(8)}, 'base64'))`;
const checkpointParameters = (c: SignedCheckpoint) => [
  c.accordId,
  c.seq,
  c.hash,
  c.previousSeq,
  c.every,
  c.at,
  c.keyId,
  c.signature,
];

/**
 * A write to one accord. The accord row is locked first, so every writer to the same accord
 * is serialized: seqs never fork or skip, and the change and its event commit together.
 */
export class AccordWrite {
  private head: LockedAccord;
  /** What this write appended, in seq order: handed to realtime once it commits. */
  readonly appended: AccordEventEntity[] = [];

  constructor(
    readonly manager: EntityManager,
    locked: LockedAccord,
    private readonly signer: CheckpointSigner,
    /** Read with the lock, so a proposal and a change of window never overlap. */
    readonly proposalWindow: LockedProposalWindow = { opensAt: null, closesAt: null },
  ) {
    this.head = locked;
  }

  get accordId(): string {
    return this.head.id;
  }

  /** The head of the log as this write leaves it so far (seq and hash of its last event). */
  get lastSeq(): number {
    return this.head.lastSeq;
  }

  get headHash(): string {
    return this.head.headHash;
  }

  /** The seq of the declaration when the text is final, else null (as locked, then as appended). */
  get finalSeq(): number | null {
    return this.head.finalSeq;
  }

  /**
   * Appends one event to the accord's log, chained to the previous one, and signs the new head
   * when it is due (see CheckpointSigner): in the same statement, so no extra round trip.
   * The payload is typed by its event type (AccordEventPayloads): a wrong one does not compile.
   */
  async append<T extends AccordEventType>(
    type: T,
    actorId: string | null,
    payload: AccordEventPayloads[T],
    alongside: WritesAlongside | WritesAlongsideEvent = { statements: [], parameters: [] },
  ): Promise<AccordEventEntity> {
    // The backstop of the freeze: whatever path a write took, a final text takes no change.
    if (this.head.finalSeq !== null && TEXT_EVENT_TYPES.has(type)) throw textFrozen();
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
    const { checkpointSeq, checkpointEvery } = this.head;
    const checkpoint = this.signer.isDue(type, seq, checkpointSeq, checkpointEvery)
      ? this.signer.sign(this.head.id, { seq, hash }, checkpointSeq, at)
      : null;
    const writes = typeof alongside === 'function' ? alongside({ seq, hash }) : alongside;
    // One round trip, as it runs under the accord's lock: the writes alongside, the event, its
    // checkpoint when due, the new head of the log and the notification delivered to every API
    // instance on commit (never if it rolls back). Data-modifying CTEs all run, whether or not
    // anything reads them.
    const n = writes.parameters.length;
    const $ = (i: number) => `$${n + i}`;
    const ctes = writes.statements.map((sql, i) => `w${i} AS (${sql}),`);
    if (checkpoint) ctes.push(`signed AS (${insertCheckpoint((i) => $(10 + i))}),`);
    await this.manager.query(
      `WITH ${ctes.join('\n')}
       appended AS (
         INSERT INTO accord_event (accord_id, seq, type, at, actor_id, payload, prev_hash, hash)
         VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}, ${$(8)}))
       UPDATE accord SET last_seq = ${$(2)}, head_hash = ${$(8)}${
         checkpoint ? `, checkpoint_seq = ${$(2)}, checkpoint_every = ${$(15)}` : ''
       }
       WHERE id = ${$(1)}
       RETURNING pg_notify(${$(9)}, ${$(10)})`,
      [
        ...writes.parameters,
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
        ...(checkpoint ? checkpointParameters(checkpoint) : []),
      ],
    );
    this.head = {
      id: this.head.id,
      lastSeq: seq,
      headHash: hash,
      checkpointSeq: checkpoint ? seq : checkpointSeq,
      checkpointEvery: checkpoint ? checkpoint.every : checkpointEvery,
      finalSeq: type === 'accord.declaredFinal' ? seq : this.head.finalSeq,
    };
    const event = Object.assign(new AccordEventEntity(), {
      accordId: this.head.id,
      seq,
      type,
      at,
      actorId,
      // As the log gives it back: an event sent from here and one read from the log are the same text.
      payload: inJsonbOrder(storedPayload),
      prevHash,
      hash,
    });
    this.appended.push(event);
    return event;
  }
}
