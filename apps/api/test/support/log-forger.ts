import { chainNext, type ChainedEvent, type ChainHead } from '@plenary/ledger';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * What a database owner without the signing key can do to an accord's log: get past the
 * append-only triggers and rewrite it thoroughly, every hash after the change recomputed and
 * the head on the accord row updated, so that the hash chain alone holds.
 */
export class LogForger {
  constructor(
    private readonly db: DataSource,
    readonly accordId: string,
  ) {}

  events(): Promise<ChainedEvent[]> {
    return this.db.query(
      `SELECT accord_id AS "accordId", seq, type, at, actor_id AS "actorId", payload,
              prev_hash AS "prevHash", hash
       FROM accord_event WHERE accord_id = $1 ORDER BY seq`,
      [this.accordId],
    );
  }

  /** Replaces the payload of event `seq` and relinks everything after it. */
  async rewrite(seq: number, payload: (old: Record<string, unknown>) => object): Promise<void> {
    await this.asOwner('accord_event', 'accord_event_no_rewrite', async () => {
      let head: ChainHead | null = null;
      for (const event of await this.events()) {
        const content =
          event.seq === seq
            ? { ...event, payload: payload(event.payload as Record<string, unknown>) }
            : event;
        const next: ChainedEvent = chainNext(head, content);
        if (next.hash !== event.hash) {
          await this.db.query(
            `UPDATE accord_event SET payload = $3, prev_hash = $4, hash = $5
             WHERE accord_id = $1 AND seq = $2`,
            [this.accordId, event.seq, JSON.stringify(next.payload), next.prevHash, next.hash],
          );
        }
        head = next;
      }
      await this.db.query(`UPDATE accord SET head_hash = $2 WHERE id = $1`, [
        this.accordId,
        head?.hash,
      ]);
    });
  }

  /** Deletes the accord's checkpoints from `fromSeq` on, and the mark of the last one. */
  async removeCheckpoints(fromSeq = 1): Promise<void> {
    await this.asOwner('accord_checkpoint', 'accord_checkpoint_no_rewrite', () =>
      this.db.query(`DELETE FROM accord_checkpoint WHERE accord_id = $1 AND seq >= $2`, [
        this.accordId,
        fromSeq,
      ]),
    );
    await this.db.query(
      `UPDATE accord SET (checkpoint_seq, checkpoint_every) = (
         SELECT seq, every FROM accord_checkpoint WHERE accord_id = $1 ORDER BY seq DESC LIMIT 1)
       WHERE id = $1`,
      [this.accordId],
    );
  }

  private async asOwner(table: string, trigger: string, work: () => Promise<unknown>) {
    await this.db.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
    try {
      await work();
    } finally {
      await this.db.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    }
  }
}

/** `npm run verify -- <file> …args` on an export, as anyone holding the file would run it. */
export function verifyExportOffline(json: string, ...args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'plenary-export-')), 'accord.json');
  writeFileSync(file, json);
  const run = spawnSync(process.execPath, ['scripts/verify-export.mjs', file, ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
}
