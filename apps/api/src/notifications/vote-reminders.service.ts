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
  /** The leads (hours) already reminded of in this round. */
  reminded: number[];
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
 * When the next reminder falls due after `now`: the earliest moment a running vote enters one of
 * its leads that it was open before (null: none will). The schedule sleeps until then.
 */
export function nextReminderAt(
  votes: readonly Pick<RunningVote, 'openedAt' | 'closesAt'>[],
  now: Date,
  leads: readonly number[],
): Date | null {
  let next: number | null = null;
  for (const vote of votes) {
    for (const hours of leads) {
      const at = vote.closesAt.getTime() - hours * HOUR_MS;
      if (at > now.getTime() && vote.openedAt.getTime() < at && (next === null || at < next)) {
        next = at;
      }
    }
  }
  return next === null ? null : new Date(next);
}

/**
 * Reminds the representatives of parties that have not voted that a vote closes soon, at each
 * lead of PLENARY_REMINDER_HOURS. A pass reads the running votes in one statement, with the
 * reminders already sent (`vote_reminder`), and prepares only the ones due and not sent: a pass
 * repeated while a lead runs costs that one statement. Each reminder is claimed by its row in
 * `vote_reminder`, written with its notifications, so instances running at once write it once;
 * the notifications' source (vote, round, lead) keeps even a replay from writing one twice.
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
    return (await this.pass(now)).written;
  }

  /** Writes the reminders due at `now`; says how many, and when the next one falls due. */
  async pass(now: Date): Promise<{ written: number; nextAt: Date | null }> {
    const leads = this.config.reminderHours;
    if (leads.length === 0) return { written: 0, nextAt: null };
    const votes = await this.dataSource.query<RunningVote[]>(
      `SELECT a.id AS "amendmentId", a.accord_id AS "accordId", r.round,
              r.opened_at AS "openedAt", a.closes_at AS "closesAt",
              array(SELECT v.lead_hours FROM vote_reminder v
                    WHERE v.amendment_id = a.id AND v.round = r.round) AS reminded
       FROM amendment a
       JOIN voting_round r ON r.amendment_id = a.id AND r.ended_at IS NULL
       WHERE a.status = 'VOTING' AND a.closes_at > $1`,
      [now],
    );
    let written = 0;
    for (const vote of votes) {
      const lead = reminderLeadDue(vote, now, leads);
      if (lead === null || vote.reminded.includes(lead)) continue;
      written += (await this.remind(vote, lead, now)).length;
    }
    return { written, nextAt: nextReminderAt(votes, now, leads) };
  }

  private async remind(vote: RunningVote, lead: number, now: Date): Promise<WrittenNotification[]> {
    const written = await this.dataSource.transaction(async (manager) => {
      const [claimed] = await manager.query<unknown[]>(
        `INSERT INTO vote_reminder (amendment_id, round, lead_hours) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [vote.amendmentId, vote.round, lead],
      );
      // Another instance sent it (its transaction held this row until it committed).
      if (!claimed) return [];
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
