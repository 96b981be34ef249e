import { Inject, Injectable } from '@nestjs/common';
import { NotificationKind } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AccordFacts } from './accord-facts.js';
import { amendmentPath } from './derive-notifications.js';
import type { NotificationDraft } from './notification-draft.js';
import { NotificationWriter, type WrittenNotification } from './notification-writer.js';

const HOUR_MS = 3_600_000;

interface RunningVote {
  amendmentId: string;
  accordId: string;
  round: number;
  openedAt: Date;
  closesAt: Date;
}

/**
 * The reminder a vote is due at `now`: the shortest lead (hours before the close) it has
 * entered, if the vote was already open when that lead began (a vote opened an hour before its
 * close was announced as it opened, and needs no reminder an instant later). Null: none due.
 */
export function reminderLeadDue(
  vote: Pick<RunningVote, 'openedAt' | 'closesAt'>,
  now: Date,
  leads: readonly number[],
): number | null {
  const left = vote.closesAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const entered = leads.filter((hours) => left <= hours * HOUR_MS);
  if (entered.length === 0) return null;
  const lead = Math.min(...entered);
  return vote.openedAt.getTime() < vote.closesAt.getTime() - lead * HOUR_MS ? lead : null;
}

/**
 * Reminds the representatives of parties that have not voted that a vote closes soon, at each
 * lead of PLENARY_REMINDER_HOURS. A reminder's source names the vote, its round and the lead,
 * so every instance may run this at once: each reminder is written once per recipient.
 */
@Injectable()
export class VoteReminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: NotificationWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes the reminders due at `now`; returns how many it wrote. */
  async sendReminders(now: Date): Promise<number> {
    const leads = this.config.reminderHours;
    if (leads.length === 0) return 0;
    const horizon = new Date(now.getTime() + Math.max(...leads) * HOUR_MS);
    const votes = await this.dataSource.query<RunningVote[]>(
      `SELECT a.id AS "amendmentId", a.accord_id AS "accordId", r.round,
              r.opened_at AS "openedAt", a.closes_at AS "closesAt"
       FROM amendment a
       JOIN voting_round r ON r.amendment_id = a.id AND r.ended_at IS NULL
       WHERE a.status = 'VOTING' AND a.closes_at > $1 AND a.closes_at <= $2`,
      [now, horizon],
    );
    let count = 0;
    for (const vote of votes) {
      const lead = reminderLeadDue(vote, now, leads);
      if (lead === null) continue;
      const written = await this.remind(vote, lead, now);
      count += written.length;
    }
    return count;
  }

  private async remind(vote: RunningVote, lead: number, now: Date): Promise<WrittenNotification[]> {
    const written = await this.dataSource.transaction(async (manager) => {
      const facts = new AccordFacts(manager, vote.accordId);
      const [place, accordTitle, voters] = await Promise.all([
        facts.amendmentPlace(vote.amendmentId),
        facts.accordTitle(),
        facts.representativesNotVoted(vote.amendmentId),
      ]);
      const hoursLeft = Math.max(
        1,
        Math.round((vote.closesAt.getTime() - now.getTime()) / HOUR_MS),
      );
      const drafts: NotificationDraft[] = voters.map((voter) => ({
        recipientId: voter.userId,
        kind: NotificationKind.VOTE_CLOSING,
        source: `reminder:${vote.amendmentId}:${vote.round}:${lead}h`,
        accordId: vote.accordId,
        actorId: null,
        subject: {
          accordTitle,
          place,
          path: amendmentPath(vote.accordId, vote.amendmentId),
          actor: null,
          organization: voter.organization,
          closesAt: vote.closesAt.toISOString(),
          hoursLeft,
        },
      }));
      return this.writer.write(manager, drafts);
    });
    this.writer.announce(written);
    return written;
  }
}
