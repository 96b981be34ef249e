import { Injectable } from '@nestjs/common';
import {
  ChainVerifier,
  describeBreak,
  describeReceipt,
  type ChainBreakReason,
  type ChainHead,
  type HistoryVerification,
  type SignedCheckpoint,
} from '@plenary/ledger';
import { DataSource, type EntityManager } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEventEntity } from '../accord-log/accord-event.entity.js';
import { CheckpointSigner } from '../accord-log/checkpoint-signer.js';
import { readCheckpoints } from '../accord-log/checkpoints.js';
import { ReadReplica } from '../database/read-replica.js';

const VERIFY_PAGE = 2000;

/** The verdict on an accord's log: its hash chain and its signed checkpoints. */
export interface LogVerification extends HistoryVerification {
  breakReason: ChainBreakReason | null;
  /** The verdict in a sentence. */
  explanation: string;
  /** The signed checkpoint the log fails, if a checkpoint is involved. */
  failedCheckpoint: SignedCheckpoint | null;
  checkpointsVerified: number;
  /** The last checkpoint the log passed through: the log up to it is what the key signed. */
  latestCheckpoint: SignedCheckpoint | null;
}

/** Where a ballot receipt stands (see describeReceipt). */
export interface ReceiptCheck {
  accordId: string;
  seq: number;
  hash: string;
  inChain: boolean;
  chainOk: boolean;
  coveredBy: SignedCheckpoint | null;
  explanation: string;
}

@Injectable()
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly signer: CheckpointSigner,
    private readonly replica: ReadReplica,
  ) {}

  async events(
    callerId: string,
    accordId: string,
    afterSeq: number,
    first: number,
  ): Promise<AccordEventEntity[]> {
    await this.access.requireVisibleAs(accordId, callerId);
    // The read replica may answer (the caller's own writes included, see ReadReplica).
    return this.readEvents(accordId, afterSeq, first, await this.replica.sourceFor(callerId));
  }

  /** From the primary unless told: catch-up after a reconnect needs the latest commit. */
  readEvents(
    accordId: string,
    afterSeq: number,
    first: number,
    source: DataSource = this.dataSource,
  ): Promise<AccordEventEntity[]> {
    return source
      .getRepository(AccordEventEntity)
      .createQueryBuilder('e')
      .where('e.accord_id = :accordId AND e.seq > :afterSeq', { accordId, afterSeq })
      .orderBy('e.seq', 'ASC')
      .take(first)
      .getMany();
  }

  async checkpoints(callerId: string, accordId: string): Promise<SignedCheckpoint[]> {
    await this.access.requireVisibleAs(accordId, callerId);
    return readCheckpoints(this.dataSource.manager, accordId);
  }

  async verify(callerId: string, accordId: string): Promise<LogVerification> {
    const verifier = await this.verifyLog(callerId, accordId);
    const result = verifier.result();
    const broken = verifier.firstBreak();
    const verified = verifier.verifiedCheckpoints();
    const latest = verified.at(-1) ?? null;
    const signedWords = latest
      ? `${verified.length} signed checkpoint${verified.length === 1 ? '' : 's'} verified, the latest at event ${latest.seq}`
      : 'no signed checkpoint yet';
    return {
      ...result,
      breakReason: broken?.reason ?? null,
      explanation: broken
        ? `Broken: ${describeBreak(broken)}.`
        : `Verified: ${result.checked} events, hash chain intact; ${signedWords}.`,
      failedCheckpoint: broken?.checkpoint ?? null,
      checkpointsVerified: verified.length,
      latestCheckpoint: latest,
    };
  }

  /** Whether the entry `receipt` is still in the accord's log, and under a signature. */
  async checkReceipt(
    callerId: string,
    accordId: string,
    receipt: ChainHead,
  ): Promise<ReceiptCheck> {
    const verifier = await this.verifyLog(callerId, accordId, receipt);
    const verdict = verifier.receiptVerdict();
    const chainOk = verifier.result().ok;
    return {
      accordId,
      ...receipt,
      ...verdict,
      chainOk,
      explanation: describeReceipt(receipt, verdict, chainOk),
    };
  }

  /**
   * Recomputes the whole chain page by page, through every signed checkpoint, up to the head
   * recorded on the accord; in one snapshot, so that writes meanwhile are not taken for breaks.
   */
  private verifyLog(callerId: string, accordId: string, receipt?: ChainHead) {
    return this.dataSource.transaction('REPEATABLE READ', async (db: EntityManager) => {
      const { accord } = await this.access.requireVisibleAs(accordId, callerId, { manager: db });
      const verifier = new ChainVerifier({
        accordId,
        expectedHead: { seq: accord.lastSeq, hash: accord.headHash },
        checkpoints: this.signer.policy(await readCheckpoints(db, accordId)),
        receipt,
      });
      let afterSeq = 0;
      for (;;) {
        const rows = await db.query<AccordEventEntity[]>(
          `SELECT accord_id AS "accordId", seq, type, at, actor_id AS "actorId", payload,
                  prev_hash AS "prevHash", hash
           FROM accord_event WHERE accord_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [accordId, afterSeq, VERIFY_PAGE],
        );
        const last = rows.at(-1);
        if (!last || !verifier.pushAll(rows)) break;
        afterSeq = last.seq;
        if (rows.length < VERIFY_PAGE) break;
      }
      return verifier;
    });
  }
}
