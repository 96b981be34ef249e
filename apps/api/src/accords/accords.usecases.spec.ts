import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, ParticipantRole } from '@plenary/contracts';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { AddParticipantUseCase } from './add-participant.usecase.js';
import { CreateAccordUseCase } from './create-accord.usecase.js';
import { SetDecisionRuleUseCase } from './set-decision-rule.usecase.js';

describe('accords use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([]);
  });
  afterAll(() => h.close());

  const majority = { kind: DecisionRuleKind.SIMPLE_MAJORITY };

  it('createAccord makes the caller its facilitator and opens its log', async () => {
    const facilitator = await h.user('facilitator');
    const accord = await h.get(CreateAccordUseCase).execute({
      callerId: facilitator.id,
      title: '  Tech Accord ',
      preamble: null,
      rule: majority,
    });
    expect(accord).toMatchObject({ title: 'Tech Accord', facilitatorId: facilitator.id });
    const events = await h.db.query<{ type: string }[]>(
      `SELECT type FROM accord_event WHERE accord_id = $1`,
      [accord.id],
    );
    expect(events.map((e) => e.type)).toEqual(['accord.created']);
  });

  it('createAccord refuses a rule that does not hold together', async () => {
    const facilitator = await h.user('facilitator');
    await expectRefusal(
      h.get(CreateAccordUseCase).execute({
        callerId: facilitator.id,
        title: 'Bad rule',
        preamble: null,
        rule: { kind: DecisionRuleKind.QUALIFIED_MAJORITY, threshold: 7 },
      }),
      'BAD_USER_INPUT',
      Code.INVALID_DECISION_RULE,
    );
  });

  it('setDecisionRule: the facilitator only; hidden from strangers', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const stranger = await h.user('stranger');
    const setRule = h.get(SetDecisionRuleUseCase);
    const rule = { kind: DecisionRuleKind.CONSENSUS };
    await expectRefusal(
      setRule.execute({ callerId: stranger.id, accordId, rule }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
    await expectRefusal(
      setRule.execute({ callerId: party.representative.id, accordId, rule }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    const changed = await setRule.execute({ callerId: facilitator.id, accordId, rule });
    expect(changed.rule.kind).toBe(DecisionRuleKind.CONSENSUS);
  });

  it('addParticipant: a verified organization as party, an unverified one only observes', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const founder = await h.user('founder');
    const verified = await h.organization(founder);
    const unverified = await h.organization(founder, { verified: false });
    const add = h.get(AddParticipantUseCase);
    const party = await add.execute({
      callerId: facilitator.id,
      accordId,
      organizationId: verified,
      role: ParticipantRole.PARTY,
    });
    expect(party).toMatchObject({ accordId, organizationId: verified, role: 'PARTY' });
    await expectRefusal(
      add.execute({
        callerId: facilitator.id,
        accordId,
        organizationId: verified,
        role: ParticipantRole.OBSERVER,
      }),
      'CONFLICT',
      Code.ALREADY_PARTICIPANT,
    );
    await expectRefusal(
      add.execute({
        callerId: facilitator.id,
        accordId,
        organizationId: unverified,
        role: ParticipantRole.PARTY,
      }),
      'CONFLICT',
      Code.ORGANIZATION_NOT_VERIFIED,
    );
    // The founder now sees the accord (his organization takes part), but does not run it.
    await expectRefusal(
      add.execute({
        callerId: founder.id,
        accordId,
        organizationId: unverified,
        role: ParticipantRole.OBSERVER,
      }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    const stranger = await h.user('stranger');
    await expectRefusal(
      add.execute({
        callerId: stranger.id,
        accordId,
        organizationId: unverified,
        role: ParticipantRole.OBSERVER,
      }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
  });
});
