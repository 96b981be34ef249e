import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AssessmentVerdict,
  AttributionConfidence,
  FrameworkFileFormat,
  type IncidentFacts,
  IncidentResponseKind,
  MembershipRole,
  ParticipantRole,
  StakeholderGroup,
} from '@plenary/contracts';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import {
  expectRefusal,
  type SeededUser,
  UseCaseHarness,
} from '../../test/support/use-case-harness.js';
import { ImportFrameworkUseCase } from '../frameworks/import-framework.usecase.js';
import { AssessIncidentUseCase } from './assess-incident.usecase.js';
import { IncidentMatrixService } from './incident-matrix.service.js';
import { IncidentsModule } from './incidents.module.js';
import { RecordIncidentUseCase } from './record-incident.usecase.js';
import { ReviseIncidentUseCase } from './revise-incident.usecase.js';

const wannaCry = (over: Partial<IncidentFacts> = {}): IncidentFacts => ({
  name: '  WannaCry ',
  startedOn: '2017-05-12',
  endedOn: '2017-05',
  description: 'Self-spreading ransomware built on a leaked exploit.',
  sources: ['https://nao.org.uk/', 'https://nao.org.uk/'],
  actors: [
    { name: 'Lazarus Group', attribution: AttributionConfidence.ATTRIBUTED_OFFICIALLY, note: null },
  ],
  responses: [
    {
      kind: IncidentResponseKind.ATTRIBUTION,
      by: 'United States',
      on: '2017-12-19',
      description: 'Attributed to North Korea.',
      source: null,
    },
  ],
  ...over,
});

describe('incidents use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([IncidentsModule]);
  });
  afterAll(() => h.close());

  const lastEvent = async (accordId: string) =>
    (
      await h.db.query<{ seq: number; type: string; payload: Record<string, unknown> }[]>(
        `SELECT seq, type, payload FROM accord_event WHERE accord_id = $1 ORDER BY seq DESC LIMIT 1`,
        [accordId],
      )
    )[0];

  async function givenAccord() {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const state = await h.party(facilitator, accordId, 'state');
    const clause = await h.clause(accordId, 'States shall not damage critical infrastructure.');
    return { facilitator, accordId, state, clauseId: clause.id };
  }

  async function participantOf(
    facilitator: SeededUser,
    accordId: string,
    group: StakeholderGroup,
    role = ParticipantRole.OBSERVER,
  ) {
    const representative = await h.user(group.toLowerCase());
    const organizationId = await h.organization(representative, { group });
    await h.participant(facilitator, accordId, organizationId, role);
    return { organizationId, representative };
  }

  it('recordIncident stores the facts normalized and logs them whole', async () => {
    const { accordId, state } = await givenAccord();
    const incident = await h.get(RecordIncidentUseCase).execute({
      callerId: state.representative.id,
      accordId,
      organizationId: state.organizationId,
      facts: wannaCry(),
    });
    expect(incident).toMatchObject({
      name: 'WannaCry',
      startedOn: '2017-05-12',
      endedOn: '2017-05',
      sources: ['https://nao.org.uk/'],
      revision: 1,
    });
    expect(await lastEvent(accordId)).toMatchObject({
      seq: incident.recordedSeq,
      type: 'incident.recorded',
      payload: {
        incidentId: incident.id,
        organizationId: state.organizationId,
        facts: { name: 'WannaCry', sources: ['https://nao.org.uk/'] },
      },
    });
  });

  it('recordIncident: representatives of verified participants only; hidden from strangers; bad dates', async () => {
    const { facilitator, accordId, state } = await givenAccord();
    const record = h.get(RecordIncidentUseCase);
    const as = (callerId: string, organizationId: string, facts = wannaCry()) =>
      record.execute({ callerId, accordId, organizationId, facts });
    const stranger = await h.user('stranger');
    const strangerOrg = await h.organization(stranger);
    await expectRefusal(as(stranger.id, strangerOrg), 'NOT_FOUND', Code.ACCORD_NOT_FOUND);
    const member = await h.user('member');
    await h.member(state.organizationId, member, MembershipRole.MEMBER);
    await expectRefusal(
      as(member.id, state.organizationId),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    await h.member(strangerOrg, state.representative, MembershipRole.REPRESENTATIVE);
    await expectRefusal(
      as(state.representative.id, strangerOrg),
      'FORBIDDEN',
      Code.NOT_A_PARTICIPANT,
    );
    const unverifiedRep = await h.user('unverified');
    const unverified = await h.organization(unverifiedRep, { verified: false });
    await h.participant(facilitator, accordId, unverified, ParticipantRole.OBSERVER);
    await expectRefusal(
      as(unverifiedRep.id, unverified),
      'CONFLICT',
      Code.ORGANIZATION_NOT_VERIFIED,
    );
    for (const facts of [
      wannaCry({ startedOn: '2017-13' }),
      wannaCry({ startedOn: '2017-05-12', endedOn: '2017-04' }),
      wannaCry({ responses: [{ ...wannaCry().responses[0]!, on: 'last year' }] }),
    ])
      await expectRefusal(
        as(state.representative.id, state.organizationId, facts),
        'BAD_USER_INPUT',
        Code.INVALID_INPUT,
      );
    await as(state.representative.id, state.organizationId);
    await expectRefusal(
      as(state.representative.id, state.organizationId, wannaCry({ name: 'WANNACRY' })),
      'CONFLICT',
      Code.INCIDENT_NAME_TAKEN,
    );
  });

  it('reviseIncident: the recording organization or the facilitator, on the latest revision', async () => {
    const { facilitator, accordId, state } = await givenAccord();
    const incident = await h.get(RecordIncidentUseCase).execute({
      callerId: state.representative.id,
      accordId,
      organizationId: state.organizationId,
      facts: wannaCry(),
    });
    const revise = h.get(ReviseIncidentUseCase);
    const other = await h.party(facilitator, accordId, 'other');
    await expectRefusal(
      revise.execute({
        callerId: other.representative.id,
        incidentId: incident.id,
        revision: 1,
        facts: wannaCry(),
      }),
      'FORBIDDEN',
      Code.NOT_THE_RECORDER,
    );
    const stranger = await h.user('stranger');
    await expectRefusal(
      revise.execute({
        callerId: stranger.id,
        incidentId: incident.id,
        revision: 1,
        facts: wannaCry(),
      }),
      'NOT_FOUND',
      Code.INCIDENT_NOT_FOUND,
    );
    const revised = await revise.execute({
      callerId: facilitator.id,
      incidentId: incident.id,
      revision: 1,
      facts: wannaCry({ endedOn: null }),
    });
    expect(revised).toMatchObject({ revision: 2, endedOn: null });
    expect(await lastEvent(accordId)).toMatchObject({
      type: 'incident.revised',
      payload: { incidentId: incident.id, revision: 2, facts: { endedOn: null } },
    });
    await expectRefusal(
      revise.execute({
        callerId: state.representative.id,
        incidentId: incident.id,
        revision: 1,
        facts: wannaCry(),
      }),
      'CONFLICT',
      Code.INCIDENT_REVISED_SINCE,
    );
  });

  it('assessIncident: one current assessment per organization and clause; a revision keeps the earlier one in the log', async () => {
    const { facilitator, accordId, state, clauseId } = await givenAccord();
    const incident = await h.get(RecordIncidentUseCase).execute({
      callerId: state.representative.id,
      accordId,
      organizationId: state.organizationId,
      facts: wannaCry(),
    });
    const assess = h.get(AssessIncidentUseCase);
    const ngo = await participantOf(facilitator, accordId, StakeholderGroup.CIVIL_SOCIETY);
    const byState = {
      callerId: state.representative.id,
      incidentId: incident.id,
      organizationId: state.organizationId,
      target: { clauseId },
    };
    const first = await assess.execute({
      ...byState,
      verdict: AssessmentVerdict.UNCLEAR,
      reasoning: 'Intent unclear.',
    });
    const second = await assess.execute({
      ...byState,
      verdict: AssessmentVerdict.NOT_BREACHED,
      reasoning: ' Not a state act. ',
    });
    expect(second).toMatchObject({
      id: first.id,
      revision: 2,
      verdict: 'NOT_BREACHED',
      reasoning: 'Not a state act.',
    });
    expect(await lastEvent(accordId)).toMatchObject({
      type: 'incident.assessed',
      payload: {
        assessmentId: first.id,
        clauseId,
        normId: null,
        group: StakeholderGroup.GOVERNMENT,
        verdict: 'NOT_BREACHED',
        revision: 2,
        previousVerdict: 'UNCLEAR',
      },
    });
    await assess.execute({
      callerId: ngo.representative.id,
      incidentId: incident.id,
      organizationId: ngo.organizationId,
      target: { clauseId },
      verdict: AssessmentVerdict.BREACHED,
      reasoning: 'Hospitals were hit.',
    });
    const matrix = await h.get(IncidentMatrixService).matrixOf(accordId);
    expect(matrix.cells).toHaveLength(1);
    expect(matrix.cells[0]!.summary).toMatchObject({
      breached: 1,
      notBreached: 1,
      total: 2,
      breachShare: 0.5,
      groupsDisagree: true,
    });
  });

  it('assessIncident: refusals — strangers, members, another organization, a clause elsewhere', async () => {
    const { facilitator, accordId, state, clauseId } = await givenAccord();
    const incident = await h.get(RecordIncidentUseCase).execute({
      callerId: state.representative.id,
      accordId,
      organizationId: state.organizationId,
      facts: wannaCry(),
    });
    const assess = h.get(AssessIncidentUseCase);
    const as = (callerId: string, organizationId: string, target = { clauseId }) =>
      assess.execute({
        callerId,
        incidentId: incident.id,
        organizationId,
        target,
        verdict: AssessmentVerdict.BREACHED,
        reasoning: 'Because.',
      });
    const stranger = await h.user('stranger');
    await expectRefusal(
      as(stranger.id, state.organizationId),
      'NOT_FOUND',
      Code.INCIDENT_NOT_FOUND,
    );
    const other = await h.party(facilitator, accordId, 'other');
    await expectRefusal(
      as(other.representative.id, state.organizationId),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    const member = await h.user('member');
    await h.member(state.organizationId, member, MembershipRole.MEMBER);
    await expectRefusal(
      as(member.id, state.organizationId),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    const elsewhere = await h.accord(facilitator);
    const foreign = await h.clause(elsewhere, 'Another accord');
    await expectRefusal(
      as(state.representative.id, state.organizationId, { clauseId: foreign.id }),
      'NOT_FOUND',
      Code.CLAUSE_NOT_FOUND,
    );
  });

  it('assessIncident against a norm: exactly one target, an unknown norm refused, an assessed norm cannot be dropped by a re-import', async () => {
    const { accordId, state, clauseId } = await givenAccord();
    const incident = await h.get(RecordIncidentUseCase).execute({
      callerId: state.representative.id,
      accordId,
      organizationId: state.organizationId,
      facts: wannaCry(),
    });
    const operator = await h.operator();
    const shortName = `GGE ${Math.random().toString(36).slice(2, 8)}`;
    const file = (keys: string[]) =>
      JSON.stringify({
        shortName,
        title: `${shortName} norms`,
        year: 2015,
        norms: keys.map((key) => ({ key, text: `Norm ${key}.`, force: 'VOLUNTARY' })),
      });
    const framework = await h.get(ImportFrameworkUseCase).execute({
      callerId: operator.id,
      content: file(['13(f)', '13(g)']),
      format: FrameworkFileFormat.JSON,
    });
    const [norm] = await h.db.query<{ id: string }[]>(
      `SELECT id FROM norm WHERE framework_id = $1 AND key = '13(f)'`,
      [framework.id],
    );
    const assess = h.get(AssessIncidentUseCase);
    const as = (target: { clauseId?: string | null; normId?: string | null }) =>
      assess.execute({
        callerId: state.representative.id,
        incidentId: incident.id,
        organizationId: state.organizationId,
        target,
        verdict: AssessmentVerdict.BREACHED,
        reasoning: 'Hospitals were hit.',
      });
    const onNorm = await as({ normId: norm!.id });
    expect(onNorm).toMatchObject({ clauseId: null, normId: norm!.id, revision: 1 });
    expect(await lastEvent(accordId)).toMatchObject({
      type: 'incident.assessed',
      payload: { assessmentId: onNorm.id, clauseId: null, normId: norm!.id },
    });
    // Against the clause too: a second assessment, not a revision of the first.
    const onClause = await as({ clauseId });
    expect(onClause.id).not.toBe(onNorm.id);
    expect((await as({ normId: norm!.id })).revision).toBe(2);

    await expectRefusal(as({ clauseId, normId: norm!.id }), 'BAD_USER_INPUT', Code.INVALID_INPUT);
    await expectRefusal(as({}), 'BAD_USER_INPUT', Code.INVALID_INPUT);
    await expectRefusal(
      as({ normId: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
      Code.NORM_NOT_FOUND,
    );
    await expectRefusal(as({ normId: 'not-a-uuid' }), 'NOT_FOUND', Code.NORM_NOT_FOUND);

    const refusal = await expectRefusal(
      h.get(ImportFrameworkUseCase).execute({
        callerId: operator.id,
        content: file(['13(g)']),
        format: FrameworkFileFormat.JSON,
        frameworkId: framework.id,
      }),
      'CONFLICT',
      Code.NORM_CITED,
    );
    expect(refusal.details).toEqual({ keys: ['13(f)'] });
    await expect(h.db.query(`DELETE FROM norm WHERE id = $1`, [norm!.id])).rejects.toThrow(
      /is cited/,
    );
  });

  it('two representatives of one organization assessing at once leave one assessment', async () => {
    const { accordId, state, clauseId } = await givenAccord();
    const incident = await h.get(RecordIncidentUseCase).execute({
      callerId: state.representative.id,
      accordId,
      organizationId: state.organizationId,
      facts: wannaCry(),
    });
    const colleague = await h.user('colleague');
    await h.member(state.organizationId, colleague, MembershipRole.REPRESENTATIVE);
    const assess = h.get(AssessIncidentUseCase);
    const verdicts = [
      AssessmentVerdict.BREACHED,
      AssessmentVerdict.NOT_BREACHED,
      AssessmentVerdict.UNCLEAR,
    ];
    await Promise.all(
      [state.representative, colleague, state.representative].map((caller, i) =>
        assess.execute({
          callerId: caller.id,
          incidentId: incident.id,
          organizationId: state.organizationId,
          target: { clauseId },
          verdict: verdicts[i]!,
          reasoning: `View ${i}`,
        }),
      ),
    );
    const rows = await h.db.query<{ revision: number }[]>(
      `SELECT revision FROM incident_assessment WHERE incident_id = $1`,
      [incident.id],
    );
    const events = await h.db.query<{ revision: number }[]>(
      `SELECT (payload->>'revision')::int AS revision FROM accord_event
       WHERE accord_id = $1 AND type = 'incident.assessed' ORDER BY seq`,
      [accordId],
    );
    expect(rows).toEqual([{ revision: 3 }]);
    expect(events.map((e) => e.revision)).toEqual([1, 2, 3]);
  });
});
