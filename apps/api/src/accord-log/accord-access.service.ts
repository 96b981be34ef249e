import { Injectable } from '@nestjs/common';
import { MembershipRole, ParticipantRole, type StakeholderGroup } from '@plenary/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { selectRows } from '../common/database/select-rows.js';
import { isUuid } from '../common/graphql/ids.js';
import { AccordEntity } from './accord.entity.js';

export interface AccordStanding {
  accord: AccordEntity;
  isFacilitator: boolean;
}

/**
 * Who may see and act in an accord. An accord the caller may not see is answered exactly
 * like one that does not exist, so its existence does not leak.
 */
@Injectable()
export class AccordAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The accord, if the caller may see it. Hidden means not found: an accord he may not see is
   * refused exactly like one that does not exist, with `notFound` when the caller asked for
   * something inside it (an amendment, a clause, a comment).
   */
  async requireVisibleAs(
    accordId: string,
    callerId: string,
    options: { manager?: EntityManager; notFound?: () => DomainError } = {},
  ): Promise<AccordStanding> {
    const missing = options.notFound ?? accordNotFound;
    if (!isUuid(accordId)) throw missing();
    const db = options.manager ?? this.dataSource.manager;
    // The accord and whether the user may see it, in one round trip.
    const [row] = await selectRows<AccordEntity, { visible: boolean }>(
      db,
      AccordEntity,
      'WHERE t.id = $1',
      [accordId, callerId],
      `${mayRead('t', '$2')} AS visible`,
    );
    if (!row?.visible) throw missing();
    const { visible: _visible, ...accord } = row;
    return { accord, isFacilitator: accord.facilitatorId === callerId };
  }

  /** The accord the amendment belongs to, if the caller may see it (else: amendment not found). */
  async requireAmendmentVisibleAs(
    amendmentId: string,
    callerId: string,
    manager?: EntityManager,
  ): Promise<AccordStanding> {
    const db = manager ?? this.dataSource.manager;
    const [row] = isUuid(amendmentId)
      ? await db.query<{ accordId: string }[]>(
          `SELECT accord_id AS "accordId" FROM amendment WHERE id = $1`,
          [amendmentId],
        )
      : [];
    if (!row) throw amendmentNotFound();
    return this.requireVisibleAs(row.accordId, callerId, { manager, notFound: amendmentNotFound });
  }

  /**
   * The accords that `reads` (accords, amendments or clauses, by id) belong to, with their
   * log heads, in one statement; null when any of them is missing or hidden from the user
   * (the same rule as requireVisibleAs). With `standing`, the same statement also says where the
   * user stands in each (with `authored`, which of its amendments he wrote).
   */
  async headsVisibleTo(
    userId: string,
    reads: readonly { kind: 'accord' | 'amendment' | 'clause'; id: string }[],
    standing?: { authored: boolean },
  ): Promise<{ accordId: string; lastSeq: number; standing?: CallerStanding }[] | null> {
    if (reads.some((r) => !isUuid(r.id))) return null;
    const rows = await this.dataSource.query<
      ({ accordId: string; lastSeq: number; visible: boolean } & Partial<CallerStanding>)[]
    >(
      `SELECT a.id AS "accordId", a.last_seq AS "lastSeq", ${mayRead('a', '$1')} AS visible
         ${standing ? `, ${standingColumns('a', '$1', standing.authored)}` : ''}
       FROM unnest($2::text[], $3::uuid[]) AS r(kind, id)
       JOIN accord a ON a.id = CASE r.kind
         WHEN 'accord' THEN r.id
         WHEN 'amendment' THEN (SELECT accord_id FROM amendment WHERE id = r.id)
         WHEN 'clause' THEN (SELECT accord_id FROM clause WHERE id = r.id) END`,
      [userId, reads.map((r) => r.kind), reads.map((r) => r.id)],
    );
    if (rows.length !== reads.length || rows.some((r) => !r.visible)) return null;
    return rows.map(({ accordId, lastSeq, isFacilitator, parties, authored }) =>
      standing
        ? {
            accordId,
            lastSeq,
            standing: { isFacilitator: isFacilitator!, parties: parties!, authored: authored! },
          }
        : { accordId, lastSeq },
    );
  }

  /**
   * Where the user stands in each of `accordIds` (one statement): what the viewer fields are
   * computed from, and what the read cache keys their answers by.
   */
  async standingsIn(
    userId: string,
    accordIds: readonly string[],
  ): Promise<({ accordId: string } & CallerStanding)[]> {
    return this.dataSource.query(
      `SELECT a.id AS "accordId", ${standingColumns('a', '$1', false)}
       FROM accord a WHERE a.id = ANY($2::uuid[])`,
      [userId, accordIds],
    );
  }

  /** The caller is the accord's facilitator; `act` says what only he may do. */
  assertFacilitator(standing: AccordStanding, act = 'do this'): AccordEntity {
    if (!standing.isFacilitator) {
      throw new DomainError(
        DomainErrorCode.NOT_THE_FACILITATOR,
        `Only the facilitator of this accord can ${act}`,
      );
    }
    return standing.accord;
  }

  /**
   * The caller represents `organizationId`. With `accordId`: in that accord, where the
   * organization must be a verified PARTY (a representative casts its vote).
   */
  async requireRepresentative(
    callerId: string,
    organizationId: string,
    accordId?: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (accordId === undefined) {
      const db = manager ?? this.dataSource.manager;
      const [member] = isUuid(organizationId)
        ? await db.query<{ role: MembershipRole }[]>(
            `SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`,
            [organizationId, callerId],
          )
        : [];
      if (member?.role !== MembershipRole.REPRESENTATIVE) {
        throw new DomainError(
          DomainErrorCode.NOT_A_REPRESENTATIVE,
          'Only a representative of this organization can do this',
        );
      }
      return;
    }
    assertParty(await this.partyStanding(callerId, organizationId, accordId, manager), {
      asRepresentative: true,
    });
  }

  /** The caller is a member (any role) of `organizationId`, a verified PARTY to the accord. */
  async requirePartyMember(
    callerId: string,
    organizationId: string,
    accordId: string,
    manager?: EntityManager,
  ): Promise<void> {
    assertParty(await this.partyStanding(callerId, organizationId, accordId, manager), {
      asRepresentative: false,
    });
  }

  /**
   * The caller represents `organizationId`, a verified participant of the accord (party or
   * observer): who may speak for it about the accord without casting its vote (record and assess
   * incidents). Returns the organization's name and group, as events carry them.
   */
  async requireParticipantRepresentative(
    callerId: string,
    organizationId: string,
    accordId: string,
    manager?: EntityManager,
  ): Promise<{ name: string; group: StakeholderGroup }> {
    const db = manager ?? this.dataSource.manager;
    const [row] = isUuid(organizationId)
      ? await db.query<
          (PartyStanding & { name: string; group: StakeholderGroup; participates: boolean })[]
        >(
          `SELECT o.name, o.stakeholder_group AS "group", p.role AS "participantRole",
                  p.organization_id IS NOT NULL AS participates, m.role AS "membershipRole",
                  o.verified_at IS NOT NULL AS verified
           FROM organization o
           LEFT JOIN participant p ON p.organization_id = o.id AND p.accord_id = $1
           LEFT JOIN membership m ON m.organization_id = o.id AND m.user_id = $3
           WHERE o.id = $2`,
          [accordId, organizationId, callerId],
        )
      : [];
    if (row?.membershipRole !== MembershipRole.REPRESENTATIVE) {
      throw new DomainError(
        DomainErrorCode.NOT_A_REPRESENTATIVE,
        'Only a representative of this organization can speak for it',
      );
    }
    if (!row.participates) {
      throw new DomainError(
        DomainErrorCode.NOT_A_PARTICIPANT,
        'This organization does not take part in this accord',
      );
    }
    if (!row.verified) {
      throw new DomainError(
        DomainErrorCode.ORGANIZATION_NOT_VERIFIED,
        'This organization is not verified by the platform; it cannot speak in this accord yet',
      );
    }
    return { name: row.name, group: row.group };
  }

  /**
   * requireRepresentative in the accord of an amendment, found by the same statement (a ballot's
   * first round trip, before the accord's lock). Returns that accord. An amendment the caller
   * may not see is answered as missing, whatever else is wrong.
   */
  async requireRepresentativeOnAmendment(
    callerId: string,
    organizationId: string,
    amendmentId: string,
  ): Promise<string> {
    const rows = isUuid(amendmentId)
      ? await this.dataSource.query<
          ({ accordId: string; visible: boolean } & Partial<PartyStanding>)[]
        >(
          `SELECT a.accord_id AS "accordId", p.role AS "participantRole", m.role AS "membershipRole",
                  o.verified_at IS NOT NULL AS verified, ${mayRead('ac', '$3')} AS visible
           FROM amendment a
           JOIN accord ac ON ac.id = a.accord_id
           LEFT JOIN participant p ON p.accord_id = a.accord_id AND p.organization_id = $2
           LEFT JOIN organization o ON o.id = p.organization_id
           LEFT JOIN membership m ON m.organization_id = p.organization_id AND m.user_id = $3
           WHERE a.id = $1`,
          [amendmentId, isUuid(organizationId) ? organizationId : null, callerId],
        )
      : [];
    const [row] = rows;
    if (!row?.visible) throw amendmentNotFound();
    assertParty(row.participantRole ? (row as PartyStanding) : undefined, {
      asRepresentative: true,
    });
    return row.accordId;
  }

  private async partyStanding(
    callerId: string,
    organizationId: string,
    accordId: string,
    manager?: EntityManager,
  ): Promise<PartyStanding | undefined> {
    const db = manager ?? this.dataSource.manager;
    const rows = await db.query<PartyStanding[]>(
      `SELECT p.role AS "participantRole", m.role AS "membershipRole",
              o.verified_at IS NOT NULL AS verified
       FROM participant p JOIN organization o ON o.id = p.organization_id
       LEFT JOIN membership m ON m.organization_id = p.organization_id AND m.user_id = $3
       WHERE p.accord_id = $1 AND p.organization_id = $2`,
      [accordId, isUuid(organizationId) ? organizationId : null, callerId],
    );
    return rows[0];
  }

  /** Accords the user may see: as facilitator, or as a member of a participant organization. */
  listVisible(userId: string): Promise<AccordEntity[]> {
    return this.dataSource
      .getRepository(AccordEntity)
      .createQueryBuilder('a')
      .where(mayRead('a', ':userId'), { userId })
      .orderBy('a.created_at', 'DESC')
      .take(500)
      .getMany();
  }
}

/**
 * Who may see an accord, as SQL on the accord row `accord` for the user parameter `user`: its
 * facilitator, or a member of one of its participant organizations. The one statement of the
 * rule, for every query that applies it.
 */
export const mayRead = (accord: string, user: string) =>
  `(${accord}.facilitator_id = ${user} OR EXISTS (
     SELECT 1 FROM participant p JOIN membership m ON m.organization_id = p.organization_id
     WHERE p.accord_id = ${accord}.id AND m.user_id = ${user}))`;

/**
 * SQL: who acts for an accord's parties — casts their ballots, signs for them (partyRefusal's
 * rule, as representative): one row per party and representative, `p` the participant, `o` its
 * organization (verified), `m` the membership.
 * `accord` is SQL for the accord's id; the fragment ends in a WHERE that callers may extend.
 */
export const representingParties = (accord: string) =>
  `participant p
   JOIN organization o ON o.id = p.organization_id AND o.verified_at IS NOT NULL
   JOIN membership m ON m.organization_id = p.organization_id AND m.role = 'REPRESENTATIVE'
   WHERE p.accord_id = ${accord} AND p.role = 'PARTY'`;

/**
 * Where a user stands in an accord: facilitator or not, and what he is in each of its
 * participant organizations he belongs to (ordered by organization). Read by the viewer fields,
 * and the key the read cache shares their answers by.
 */
export interface CallerStanding {
  isFacilitator: boolean;
  parties: ({ organizationId: string } & PartyStanding)[];
  /** The ids of the accord's amendments he wrote, ordered; null when not asked. */
  authored: string[] | null;
}

/** The columns of CallerStanding, for the accord row `accord` and the user parameter `user`. */
const standingColumns = (accord: string, user: string, authored: boolean) =>
  `${accord}.facilitator_id = ${user} AS "isFacilitator",
   (SELECT coalesce(json_agg(json_build_object('organizationId', p.organization_id,
       'participantRole', p.role, 'membershipRole', m.role, 'verified', o.verified_at IS NOT NULL)
       ORDER BY p.organization_id), '[]')
    FROM participant p JOIN membership m ON m.organization_id = p.organization_id AND m.user_id = ${user}
    JOIN organization o ON o.id = p.organization_id
    WHERE p.accord_id = ${accord}.id) AS parties,
   ${
     authored
       ? `(SELECT coalesce(array_agg(x.id::text ORDER BY x.id), '{}') FROM amendment x
           WHERE x.accord_id = ${accord}.id AND x.author_id = ${user})`
       : 'NULL'
   } AS authored`;

const accordNotFound = () => notFound(DomainErrorCode.ACCORD_NOT_FOUND, 'Accord');
const amendmentNotFound = () => notFound(DomainErrorCode.AMENDMENT_NOT_FOUND, 'Amendment');

/** What the caller is in one participant organization of an accord. */
export interface PartyStanding {
  participantRole: ParticipantRole;
  membershipRole: MembershipRole | null;
  verified: boolean;
}

function assertParty(row: PartyStanding | undefined, options: { asRepresentative: boolean }) {
  const refusal = partyRefusal(row, options);
  if (refusal) throw refusal;
}

/**
 * Why the caller may not act for an organization in an accord (`row`: his standing in it, if
 * it takes part), or null when he may: the rule of requirePartyMember, also asked by the
 * viewer fields that say beforehand what he may do.
 */
export function partyRefusal(
  row: PartyStanding | undefined,
  options: { asRepresentative: boolean },
): DomainError | null {
  if (!row?.membershipRole) {
    return new DomainError(
      DomainErrorCode.NOT_A_MEMBER,
      'You do not act for this organization in this accord',
    );
  }
  if (row.participantRole !== ParticipantRole.PARTY) {
    return new DomainError(
      DomainErrorCode.NOT_A_PARTY,
      'Observers cannot do this; only parties can',
    );
  }
  if (options.asRepresentative && row.membershipRole !== MembershipRole.REPRESENTATIVE) {
    return new DomainError(
      DomainErrorCode.NOT_A_REPRESENTATIVE,
      'Only a representative of this organization can cast its vote',
    );
  }
  // Its verification was withdrawn since it joined (an operator found it was not who it said).
  if (!row.verified) {
    return new DomainError(
      DomainErrorCode.ORGANIZATION_NOT_VERIFIED,
      'This organization is no longer verified by the platform; it cannot act as a party',
    );
  }
  return null;
}
