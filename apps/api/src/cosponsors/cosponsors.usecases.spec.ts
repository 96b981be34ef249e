import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AmendmentKind,
  DecisionRuleKind,
  MembershipRole,
  NormativeForce,
  ParticipantRole,
  StakeholderGroup,
} from '@plenary/contracts';
import type { DecisionRuleInput } from '../accords/dto/accord.args.js';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { ProposeAmendmentUseCase } from '../drafting/propose-amendment.usecase.js';
import { WithdrawAmendmentUseCase } from '../drafting/withdraw-amendment.usecase.js';
import { OpenVotingUseCase } from '../voting/open-voting.usecase.js';
import { VotingModule } from '../voting/voting.module.js';
import {
  expectRefusal,
  type SeededParty,
  type SeededUser,
  UseCaseHarness,
} from '../../test/support/use-case-harness.js';
import { AnswerCoSponsorshipUseCase } from './answer-cosponsorship.usecase.js';
import { CosponsorsModule } from './cosponsors.module.js';
import { InviteCoSponsorUseCase } from './invite-cosponsor.usecase.js';
import { SupportAmendmentUseCase, WithdrawSupportUseCase } from './support-amendment.usecase.js';

describe('co-sponsor and support use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([CosponsorsModule, VotingModule]);
  });
  afterAll(() => h.close());

  /** An accord with an amendment by `sponsor`, and another party and an observer. */
  async function givenAmendment(rule?: DecisionRuleInput) {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator, rule);
    const sponsor = await h.party(facilitator, accordId, 'sponsor');
    const other = await h.party(facilitator, accordId, 'other');
    const observer = await participant(facilitator, accordId, ParticipantRole.OBSERVER);
    const amendment = await h.get(ProposeAmendmentUseCase).execute({
      callerId: sponsor.representative.id,
      input: {
        accordId,
        onBehalfOf: sponsor.organizationId,
        kind: AmendmentKind.ADD_CLAUSE,
        text: 'States shall share.',
        force: NormativeForce.BINDING,
        position: 1,
        rationale: 'Because',
      },
    });
    return { facilitator, accordId, sponsor, other, observer, amendmentId: amendment.id };
  }

  async function participant(
    facilitator: SeededUser,
    accordId: string,
    role: ParticipantRole,
    group = StakeholderGroup.ACADEMIA,
  ): Promise<SeededParty> {
    const representative = await h.user(role.toLowerCase());
    const organizationId = await h.organization(representative, { group });
    await h.participant(facilitator, accordId, organizationId, role);
    return { organizationId, representative };
  }

  const lastEvent = async (accordId: string) =>
    (
      await h.db.query<{ type: string; payload: unknown }[]>(
        `SELECT type, payload FROM accord_event WHERE accord_id = $1 ORDER BY seq DESC LIMIT 1`,
        [accordId],
      )
    )[0];

  const sponsorRows = (amendmentId: string) =>
    h.db.query<{ organization_id: string; status: string }[]>(
      `SELECT organization_id, status FROM amendment_sponsor WHERE amendment_id = $1`,
      [amendmentId],
    );

  it('the author invites a party; its representative accepts; each step in the log', async () => {
    const { accordId, sponsor, other, amendmentId } = await givenAmendment();
    await h.get(InviteCoSponsorUseCase).execute({
      callerId: sponsor.representative.id,
      amendmentId,
      organizationId: other.organizationId,
    });
    expect(await lastEvent(accordId)).toEqual({
      type: 'amendment.cosponsorInvited',
      payload: {
        amendmentId,
        organizationId: other.organizationId,
        organizationName: expect.any(String),
      },
    });
    expect(await sponsorRows(amendmentId)).toEqual([
      { organization_id: other.organizationId, status: 'INVITED' },
    ]);
    await h.get(AnswerCoSponsorshipUseCase).execute({
      callerId: other.representative.id,
      amendmentId,
      organizationId: other.organizationId,
      accept: true,
    });
    expect(await lastEvent(accordId)).toMatchObject({
      type: 'amendment.cosponsorAnswered',
      payload: { amendmentId, organizationId: other.organizationId, accepted: true },
    });
    expect(await sponsorRows(amendmentId)).toEqual([
      { organization_id: other.organizationId, status: 'ACCEPTED' },
    ]);
  });

  it('inviteCoSponsor: the author only, a party other than the sponsor, once, while undecided', async () => {
    const { facilitator, accordId, sponsor, other, observer, amendmentId } = await givenAmendment();
    const invite = h.get(InviteCoSponsorUseCase);
    const as = (caller: SeededUser, organizationId: string) =>
      invite.execute({ callerId: caller.id, amendmentId, organizationId });
    const stranger = await h.user('stranger');
    await expectRefusal(as(stranger, other.organizationId), 'NOT_FOUND', Code.AMENDMENT_NOT_FOUND);
    await expectRefusal(
      as(other.representative, other.organizationId),
      'FORBIDDEN',
      Code.NOT_THE_AUTHOR,
    );
    await expectRefusal(
      as(sponsor.representative, sponsor.organizationId),
      'BAD_USER_INPUT',
      Code.COSPONSOR_IS_SPONSOR,
    );
    await expectRefusal(
      as(sponsor.representative, observer.organizationId),
      'BAD_USER_INPUT',
      Code.COSPONSOR_NOT_A_PARTY,
    );
    const outsiderOrg = await h.organization(stranger);
    await expectRefusal(
      as(sponsor.representative, outsiderOrg),
      'BAD_USER_INPUT',
      Code.COSPONSOR_NOT_A_PARTY,
    );
    await expectRefusal(
      as(sponsor.representative, 'not-an-id'),
      'BAD_USER_INPUT',
      Code.COSPONSOR_NOT_A_PARTY,
    );
    await as(sponsor.representative, other.organizationId);
    await expectRefusal(
      as(sponsor.representative, other.organizationId),
      'CONFLICT',
      Code.COSPONSOR_ALREADY_INVITED,
    );
    const third = await h.party(facilitator, accordId, 'third');
    await h
      .get(WithdrawAmendmentUseCase)
      .execute({ callerId: sponsor.representative.id, amendmentId });
    await expectRefusal(
      as(sponsor.representative, third.organizationId),
      'CONFLICT',
      Code.AMENDMENT_DECIDED,
    );
  });

  it('answerCoSponsorship: a representative of the invited organization, once', async () => {
    const { facilitator, accordId, sponsor, other, amendmentId } = await givenAmendment();
    const answer = h.get(AnswerCoSponsorshipUseCase);
    const uninvited = await h.party(facilitator, accordId, 'uninvited');
    await expectRefusal(
      answer.execute({
        callerId: uninvited.representative.id,
        amendmentId,
        organizationId: uninvited.organizationId,
        accept: true,
      }),
      'CONFLICT',
      Code.COSPONSOR_NOT_INVITED,
    );
    await h.get(InviteCoSponsorUseCase).execute({
      callerId: sponsor.representative.id,
      amendmentId,
      organizationId: other.organizationId,
    });
    const member = await h.user('member');
    await h.member(other.organizationId, member, MembershipRole.MEMBER);
    for (const caller of [member, sponsor.representative])
      await expectRefusal(
        answer.execute({
          callerId: caller.id,
          amendmentId,
          organizationId: other.organizationId,
          accept: true,
        }),
        'FORBIDDEN',
        Code.NOT_A_REPRESENTATIVE,
      );
    const byOther = {
      callerId: other.representative.id,
      amendmentId,
      organizationId: other.organizationId,
    };
    await answer.execute({ ...byOther, accept: false });
    await expectRefusal(
      answer.execute({ ...byOther, accept: true }),
      'CONFLICT',
      Code.COSPONSORSHIP_ALREADY_ANSWERED,
    );
    expect(await sponsorRows(amendmentId)).toEqual([
      { organization_id: other.organizationId, status: 'DECLINED' },
    ]);
  });

  it('support: parties and observers give a "+1" and take it back, each once', async () => {
    const { accordId, other, observer, amendmentId } = await givenAmendment();
    const support = h.get(SupportAmendmentUseCase);
    const withdraw = h.get(WithdrawSupportUseCase);
    const byObserver = {
      callerId: observer.representative.id,
      amendmentId,
      organizationId: observer.organizationId,
    };
    await support.execute(byObserver);
    expect(await lastEvent(accordId)).toMatchObject({
      type: 'amendment.supported',
      payload: { amendmentId, organizationId: observer.organizationId },
    });
    await expectRefusal(support.execute(byObserver), 'CONFLICT', Code.ALREADY_SUPPORTED);
    await withdraw.execute(byObserver);
    expect((await lastEvent(accordId))?.type).toBe('amendment.supportWithdrawn');
    await expectRefusal(withdraw.execute(byObserver), 'CONFLICT', Code.NOT_SUPPORTED);

    await expectRefusal(
      support.execute({ ...byObserver, organizationId: other.organizationId }),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    const stranger = await h.user('stranger');
    const outsiderOrg = await h.organization(stranger);
    await h.member(outsiderOrg, observer.representative, MembershipRole.REPRESENTATIVE);
    await expectRefusal(
      support.execute({ ...byObserver, organizationId: outsiderOrg }),
      'FORBIDDEN',
      Code.NOT_A_PARTICIPANT,
    );
    await expectRefusal(
      support.execute({ ...byObserver, callerId: stranger.id }),
      'NOT_FOUND',
      Code.AMENDMENT_NOT_FOUND,
    );
  });

  it('one invitation and one "+1" per organization, even asked at the same moment', async () => {
    const { accordId, sponsor, other, amendmentId } = await givenAmendment();
    const invite = h.get(InviteCoSponsorUseCase);
    const support = h.get(SupportAmendmentUseCase);
    const results = await Promise.allSettled([
      ...[1, 2, 3].map(() =>
        invite.execute({
          callerId: sponsor.representative.id,
          amendmentId,
          organizationId: other.organizationId,
        }),
      ),
      ...[1, 2, 3].map(() =>
        support.execute({
          callerId: other.representative.id,
          amendmentId,
          organizationId: other.organizationId,
        }),
      ),
    ]);
    expect(results.map((r) => r.status).filter((s) => s === 'fulfilled')).toHaveLength(2);
    for (const refused of results.filter((r) => r.status === 'rejected'))
      expect((refused.reason as { code: string }).code).toMatch(
        /^(COSPONSOR_ALREADY_INVITED|ALREADY_SUPPORTED)$/,
      );
    const events = await h.db.query<{ type: string; n: number }[]>(
      `SELECT type, count(*)::int AS n FROM accord_event
       WHERE accord_id = $1 AND type IN ('amendment.cosponsorInvited', 'amendment.supported')
       GROUP BY type ORDER BY type`,
      [accordId],
    );
    expect(events).toEqual([
      { type: 'amendment.cosponsorInvited', n: 1 },
      { type: 'amendment.supported', n: 1 },
    ]);
  });

  it('openVoting waits for the sponsors and groups the rule asks for', async () => {
    const { facilitator, accordId, sponsor, other, amendmentId } = await givenAmendment({
      kind: DecisionRuleKind.SIMPLE_MAJORITY,
      minSponsors: 2,
      minSponsorGroups: 2,
    });
    const open = () =>
      h.get(OpenVotingUseCase).execute({ callerId: facilitator.id, amendmentId, closesAt: null });
    const coSponsor = async (party: SeededParty) => {
      await h.get(InviteCoSponsorUseCase).execute({
        callerId: sponsor.representative.id,
        amendmentId,
        organizationId: party.organizationId,
      });
      await h.get(AnswerCoSponsorshipUseCase).execute({
        callerId: party.representative.id,
        amendmentId,
        organizationId: party.organizationId,
        accept: true,
      });
    };
    await expectRefusal(open(), 'CONFLICT', Code.SPONSORS_MISSING);
    await coSponsor(other); // a second government: two organizations, one group
    await expectRefusal(open(), 'CONFLICT', Code.SPONSORS_MISSING);
    const civil = await participant(
      facilitator,
      accordId,
      ParticipantRole.PARTY,
      StakeholderGroup.CIVIL_SOCIETY,
    );
    await coSponsor(civil);
    expect(await open()).toMatchObject({ status: 'VOTING' });
  });
});
