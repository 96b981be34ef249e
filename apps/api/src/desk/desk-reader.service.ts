import { Injectable } from '@nestjs/common';
import {
  AmendmentStatus,
  CosponsorStatus,
  InvitationStatus,
  type MembershipRole,
  ParticipantRole,
  type StakeholderGroup,
} from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { mayRead } from '../accord-log/accord-access.service.js';
import { readQuery } from '../common/database/read-query.js';
import { conversationOf } from './desk-conversation.js';
import type {
  DeskAmendmentChangeModel,
  DeskAmendmentModel,
  DeskCosponsorInvitationModel,
  DeskMembershipInvitationModel,
  DeskModel,
  DeskVoteModel,
} from './models/desk.models.js';

/** An amendment's change of state (CONFLICT, ADOPTED, REJECTED) stays this long. */
export const AMENDMENT_CHANGE_DAYS = 14;
/** "Closing soon": a deadline within this many hours. */
export const CLOSING_SOON_HOURS = 24;

/** An amendment's desk columns: `a` the amendment, `ac` its accord; joins `cl` and `po`. */
const AMENDMENT_COLUMNS = `a.id AS "amendmentId", a.accord_id AS "accordId", ac.title AS "accordTitle",
  a.kind, cl.number AS article, a.heading, po.name AS "proposedBy"`;
const AMENDMENT_JOINS = `JOIN accord ac ON ac.id = a.accord_id
  LEFT JOIN clause cl ON cl.id = a.clause_id
  JOIN organization po ON po.id = a.on_behalf_of`;

interface AmendmentRow {
  amendmentId: string;
  accordId: string;
  accordTitle: string;
  kind: DeskAmendmentModel['kind'];
  article: string | null;
  heading: string | null;
  proposedBy: string;
}

const amendmentOf = (row: AmendmentRow): DeskAmendmentModel => ({
  id: row.amendmentId,
  accordId: row.accordId,
  accordTitle: row.accordTitle,
  kind: row.kind,
  article: row.article,
  heading: row.heading,
  proposedBy: row.proposedBy,
});

/**
 * The desk: what needs the user now, read from the current state of the tables (not from
 * notifications). At most eight statements whatever the number of accords and items, most of
 * them side by side; every item is in an accord he may read (the access rule's `mayRead`).
 */
@Injectable()
export class DeskReader {
  constructor(private readonly dataSource: DataSource) {}

  async deskOf(userId: string, now = new Date()): Promise<DeskModel> {
    const [me] = await readQuery<{ displayName: string; email: string }>(
      this.dataSource,
      `SELECT display_name AS "displayName", email FROM app_user WHERE id = $1`,
      [userId],
    );
    if (!me) return { asOf: now, organizations: [], invitations: [], replies: [], mentions: [] };
    const [organizations, votes, cosponsoring, changes, invitations, conversation] =
      await Promise.all([
        this.organizationsOf(userId),
        this.votesOf(userId, now),
        this.cosponsorInvitationsOf(userId),
        this.amendmentChangesOf(userId, now),
        this.invitationsOf(userId),
        conversationOf(this.dataSource, userId, me.displayName, now),
      ]);
    const soon = now.getTime() + CLOSING_SOON_HOURS * 3600_000;
    return {
      asOf: now,
      organizations: organizations.map((organization) => {
        const ours = votes.filter((v) => v.organizationId === organization.id);
        return {
          ...organization,
          votesAwaitingUs: ours.filter((v) => !v.weVoted).map(toVote),
          closingSoon: ours
            .filter((v) => v.closesAt !== null && v.closesAt.getTime() <= soon)
            .map(toVote),
          cosponsorInvitations: cosponsoring
            .filter((c) => c.organizationId === organization.id)
            .map((c): DeskCosponsorInvitationModel => ({
              amendment: amendmentOf(c),
              invitedBy: c.invitedBy,
              invitedAt: c.invitedAt,
            })),
          myAmendments: changes
            .filter((c) => c.organizationId === organization.id)
            .map((c): DeskAmendmentChangeModel => ({
              amendment: amendmentOf(c),
              status: c.status,
              changedAt: c.changedAt,
            })),
        };
      }),
      invitations,
      ...conversation,
    };
  }

  private organizationsOf(userId: string) {
    return readQuery<{ id: string; name: string; group: StakeholderGroup; role: MembershipRole }>(
      this.dataSource,
      `SELECT o.id, o.name, o.stakeholder_group AS "group", m.role
       FROM membership m JOIN organization o ON o.id = m.organization_id
       WHERE m.user_id = $1 ORDER BY o.name, o.id`,
      [userId],
    );
  }

  /** Running votes of his verified party organizations: not voted yet, or closing soon. */
  private votesOf(userId: string, now: Date) {
    return readQuery<
      AmendmentRow & { organizationId: string; closesAt: Date | null; weVoted: boolean }
    >(
      this.dataSource,
      `SELECT m.organization_id AS "organizationId", ${AMENDMENT_COLUMNS},
              a.closes_at AS "closesAt", b.amendment_id IS NOT NULL AS "weVoted"
       FROM membership m
       JOIN organization mo ON mo.id = m.organization_id AND mo.verified_at IS NOT NULL
       JOIN participant p ON p.organization_id = m.organization_id AND p.role = $2
       JOIN amendment a ON a.accord_id = p.accord_id AND a.status = $3
       ${AMENDMENT_JOINS}
       LEFT JOIN ballot b ON b.amendment_id = a.id AND b.organization_id = m.organization_id
       WHERE m.user_id = $1 AND (a.closes_at IS NULL OR a.closes_at > $4)
         AND (b.amendment_id IS NULL OR a.closes_at <= $4::timestamptz + make_interval(hours => $5))
       ORDER BY a.closes_at NULLS LAST, a.voting_opened_at, a.id`,
      [userId, ParticipantRole.PARTY, AmendmentStatus.VOTING, now, CLOSING_SOON_HOURS],
    );
  }

  private cosponsorInvitationsOf(userId: string) {
    return readQuery<AmendmentRow & { organizationId: string; invitedBy: string; invitedAt: Date }>(
      this.dataSource,
      `SELECT s.organization_id AS "organizationId", ${AMENDMENT_COLUMNS},
              u.display_name AS "invitedBy", s.invited_at AS "invitedAt"
       FROM membership m
       JOIN amendment_sponsor s ON s.organization_id = m.organization_id AND s.status = $2
       JOIN amendment a ON a.id = s.amendment_id AND a.status = ANY($3::text[])
       ${AMENDMENT_JOINS}
       JOIN app_user u ON u.id = s.invited_by
       WHERE m.user_id = $1 AND ${mayRead('ac', '$1')}
       ORDER BY s.invited_at DESC`,
      [
        userId,
        CosponsorStatus.INVITED,
        [AmendmentStatus.OPEN, AmendmentStatus.VOTING, AmendmentStatus.CONFLICT],
      ],
    );
  }

  /** His amendments, for organizations he still acts for, decided or in conflict lately. */
  private amendmentChangesOf(userId: string, now: Date) {
    return readQuery<
      AmendmentRow & {
        organizationId: string;
        status: DeskAmendmentChangeModel['status'];
        changedAt: Date;
      }
    >(
      this.dataSource,
      `SELECT * FROM (
         SELECT a.on_behalf_of AS "organizationId", ${AMENDMENT_COLUMNS}, a.status,
                coalesce(changed.at, a.closed_at, a.created_at) AS "changedAt"
         FROM amendment a
         ${AMENDMENT_JOINS}
         JOIN membership m ON m.organization_id = a.on_behalf_of AND m.user_id = $1
         LEFT JOIN LATERAL (
           SELECT max(e.at) AS at FROM accord_event e
           WHERE e.accord_id = a.accord_id AND e.type = ANY($3::text[])
             AND e.payload->>'amendmentId' = a.id::text) changed ON true
         WHERE a.author_id = $1 AND a.status = ANY($2::text[]) AND ${mayRead('ac', '$1')}
           -- Decided long ago: no need to look for when in the log.
           AND (a.closed_at IS NULL OR a.closed_at > $4::timestamptz - make_interval(days => $5))
       ) mine
       WHERE "changedAt" > $4::timestamptz - make_interval(days => $5)
       ORDER BY "changedAt" DESC`,
      [
        userId,
        [AmendmentStatus.CONFLICT, AmendmentStatus.ADOPTED, AmendmentStatus.REJECTED],
        ['voting.closed', 'amendment.conflicted', 'voting.suspended'],
        now,
        AMENDMENT_CHANGE_DAYS,
      ],
    );
  }

  /** Pending invitations addressed to his email (only its holder may answer them). */
  private invitationsOf(userId: string): Promise<DeskMembershipInvitationModel[]> {
    return readQuery<DeskMembershipInvitationModel>(
      this.dataSource,
      `SELECT i.id, i.organization_id AS "organizationId", o.name AS "organizationName", i.role,
              u.display_name AS "invitedBy", i.created_at AS "invitedAt"
       FROM app_user me
       JOIN invitation i ON lower(i.email) = lower(me.email) AND i.status = $2
       JOIN organization o ON o.id = i.organization_id
       JOIN app_user u ON u.id = i.invited_by
       WHERE me.id = $1 ORDER BY i.created_at DESC`,
      [userId, InvitationStatus.PENDING],
    );
  }
}

const toVote = (
  row: AmendmentRow & { closesAt: Date | null; weVoted: boolean },
): DeskVoteModel => ({
  amendment: amendmentOf(row),
  closesAt: row.closesAt,
  weVoted: row.weVoted,
});
