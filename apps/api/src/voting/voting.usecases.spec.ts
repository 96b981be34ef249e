import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AmendmentKind,
  AmendmentStatus,
  BallotChoice,
  DecisionRuleKind,
  MembershipRole,
  NormativeForce,
} from '@plenary/contracts';
import { SetDecisionRuleUseCase } from '../accords/set-decision-rule.usecase.js';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { ProposeAmendmentUseCase } from '../drafting/propose-amendment.usecase.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { CastBallotUseCase } from './cast-ballot.usecase.js';
import { CloseVotingUseCase } from './close-voting.usecase.js';
import { OpenVotingUseCase } from './open-voting.usecase.js';
import { VotingModule } from './voting.module.js';

describe('voting use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([VotingModule]);
  });
  afterAll(() => h.close());

  /** An accord with one party and an ADD_CLAUSE amendment proposed by its representative. */
  async function givenAmendment() {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const amendment = await h.get(ProposeAmendmentUseCase).execute({
      callerId: party.representative.id,
      input: {
        accordId,
        onBehalfOf: party.organizationId,
        kind: AmendmentKind.ADD_CLAUSE,
        text: 'States shall cooperate.',
        force: NormativeForce.BINDING,
        rationale: 'A first article',
      },
    });
    return { facilitator, accordId, party, amendmentId: amendment.id };
  }

  it('openVoting: the facilitator opens an open amendment, once; the rule is fixed from then on', async () => {
    const { facilitator, accordId, party, amendmentId } = await givenAmendment();
    const open = h.get(OpenVotingUseCase);
    const stranger = await h.user('stranger');
    await expectRefusal(
      open.execute({ callerId: stranger.id, amendmentId, closesAt: null }),
      'NOT_FOUND',
      Code.AMENDMENT_NOT_FOUND,
    );
    await expectRefusal(
      open.execute({ callerId: party.representative.id, amendmentId, closesAt: null }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    await expectRefusal(
      open.execute({ callerId: facilitator.id, amendmentId, closesAt: new Date(0) }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
    const opened = await open.execute({ callerId: facilitator.id, amendmentId, closesAt: null });
    expect(opened.status).toBe(AmendmentStatus.VOTING);
    await expectRefusal(
      open.execute({ callerId: facilitator.id, amendmentId, closesAt: null }),
      'CONFLICT',
      Code.VOTING_ALREADY_OPENED,
    );
    await expectRefusal(
      h.get(SetDecisionRuleUseCase).execute({
        callerId: facilitator.id,
        accordId,
        rule: { kind: DecisionRuleKind.CONSENSUS },
      }),
      'CONFLICT',
      Code.RULE_LOCKED,
    );
  });

  it('castBallot: a representative of a party votes for it; others are refused', async () => {
    const { facilitator, party, amendmentId } = await givenAmendment();
    const cast = h.get(CastBallotUseCase);
    const ballot = {
      amendmentId,
      organizationId: party.organizationId,
      choice: BallotChoice.FOR,
      explanation: null,
    };
    await expectRefusal(
      cast.execute({ callerId: party.representative.id, ...ballot }),
      'CONFLICT',
      Code.VOTING_CLOSED,
    );
    await h
      .get(OpenVotingUseCase)
      .execute({ callerId: facilitator.id, amendmentId, closesAt: null });
    const member = await h.user('member');
    await h.member(party.organizationId, member, MembershipRole.MEMBER);
    await expectRefusal(
      cast.execute({ callerId: member.id, ...ballot }),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    const stranger = await h.user('stranger');
    await expectRefusal(
      cast.execute({ callerId: stranger.id, ...ballot }),
      'NOT_FOUND',
      Code.AMENDMENT_NOT_FOUND,
    );
    await expectRefusal(
      cast.execute({ callerId: facilitator.id, ...ballot }),
      'FORBIDDEN',
      Code.NOT_A_MEMBER,
    );
    const recorded = await cast.execute({
      callerId: party.representative.id,
      ...ballot,
      explanation: '  We agree ',
    });
    expect(recorded).toMatchObject({ choice: 'FOR', explanation: 'We agree' });
    expect(recorded.receiptSeq).toEqual(expect.any(Number));
  });

  it('closeVoting: the facilitator closes; an adopted ADD_CLAUSE is in the text', async () => {
    const { facilitator, accordId, party, amendmentId } = await givenAmendment();
    const close = h.get(CloseVotingUseCase);
    await expectRefusal(
      close.execute({ callerId: facilitator.id, amendmentId }),
      'CONFLICT',
      Code.AMENDMENT_NOT_VOTING,
    );
    await h
      .get(OpenVotingUseCase)
      .execute({ callerId: facilitator.id, amendmentId, closesAt: null });
    await h.get(CastBallotUseCase).execute({
      callerId: party.representative.id,
      amendmentId,
      organizationId: party.organizationId,
      choice: BallotChoice.FOR,
      explanation: null,
    });
    await expectRefusal(
      close.execute({ callerId: party.representative.id, amendmentId }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    const closed = await close.execute({ callerId: facilitator.id, amendmentId });
    expect(closed.status).toBe(AmendmentStatus.ADOPTED);
    const clauses = await h.db.query<{ text: string }[]>(
      `SELECT v.text FROM clause c JOIN clause_version v ON v.clause_id = c.id
       WHERE c.accord_id = $1`,
      [accordId],
    );
    expect(clauses).toEqual([{ text: 'States shall cooperate.' }]);
  });
});
