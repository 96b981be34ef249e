import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AssessmentVerdict,
  AttributionConfidence,
  IncidentResponseKind,
  type VerdictSummary,
} from '@plenary/contracts';
import { StakeholderGroup } from '../../common/graphql/enums.js';
import { ClauseModel } from '../../drafting/models/drafting.models.js';
import { OrganizationModel, UserModel } from '../../identity/models/identity.models.js';
import type { IncidentAssessmentEntity } from '../incident-assessment.entity.js';
import type { IncidentEntity } from '../incident.entity.js';

registerEnumType(AttributionConfidence, {
  name: 'AttributionConfidence',
  description: 'How firmly an actor is tied to an incident',
  valuesMap: {
    ATTRIBUTED_OFFICIALLY: { description: 'A government named it in an official act or statement' },
    CLAIMED: { description: 'The actor claimed the operation itself' },
    ALLEGED: { description: 'Named by credible reporting or researchers, never officially' },
    UNATTRIBUTED: { description: 'Suspected, with nothing public to tie it to the incident' },
  },
});
registerEnumType(IncidentResponseKind, {
  name: 'IncidentResponseKind',
  description: 'What the international community did about an incident',
  valuesMap: { NONE: { description: 'Recorded on purpose: nobody responded publicly' } },
});
registerEnumType(AssessmentVerdict, {
  name: 'AssessmentVerdict',
  description: 'Whether the incident would have breached the clause (or norm)',
});

export { AssessmentVerdict, AttributionConfidence, IncidentResponseKind };

@ObjectType('IncidentActor', { description: 'An actor alleged behind an incident' })
export class IncidentActorModel {
  @Field() name!: string;
  @Field(() => AttributionConfidence) attribution!: AttributionConfidence;
  @Field(() => String, { nullable: true, description: 'Who attributed it, on what evidence' })
  note!: string | null;
}

@ObjectType('IncidentResponse', {
  description: 'One act of the international community in response (or a recorded absence of one)',
})
export class IncidentResponseModel {
  @Field(() => IncidentResponseKind) kind!: IncidentResponseKind;
  @Field({ description: 'Who responded' }) by!: string;
  @Field(() => String, { nullable: true, description: 'A partial date: 2014, 2014-12, 2014-12-19' })
  on!: string | null;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'A URL or a citation' })
  source!: string | null;
}

@ObjectType('Incident', {
  description: 'An incident recorded in an accord, assessed against its clauses by organizations',
})
export class IncidentModel {
  organizationId!: string;
  recordedById!: string;
  @Field(() => ID) id!: string;
  @Field(() => ID) accordId!: string;
  @Field() name!: string;
  @Field({ description: 'A partial date: 2010, 2014-11 or 2017-05-12' }) startedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A partial date; null if unknown or ongoing',
  })
  endedOn!: string | null;
  @Field() description!: string;
  @Field(() => [String], { description: 'URLs or citations' }) sources!: string[];
  @Field(() => [IncidentActorModel]) actors!: IncidentActorModel[];
  @Field(() => [IncidentResponseModel], { description: 'The response recorded, in order given' })
  responses!: IncidentResponseModel[];
  @Field(() => OrganizationModel, { description: 'The organization it was recorded for' })
  recordedFor?: OrganizationModel;
  @Field(() => UserModel, { nullable: true }) recordedBy?: UserModel | null;
  @Field() recordedAt!: Date;
  @Field(() => Int, { description: 'Seq of its incident.recorded event' }) recordedSeq!: number;
  @Field(() => Int, { description: '1 as recorded; a revision names the one it was made on' })
  revision!: number;
  @Field(() => Date, { nullable: true }) revisedAt!: Date | null;
}

export const toIncidentModel = (incident: IncidentEntity): IncidentModel =>
  Object.assign(new IncidentModel(), {
    organizationId: incident.organizationId,
    recordedById: incident.recordedBy,
    id: incident.id,
    accordId: incident.accordId,
    name: incident.name,
    startedOn: incident.startedOn,
    endedOn: incident.endedOn,
    description: incident.description,
    sources: incident.sources,
    actors: incident.actors,
    responses: incident.responses,
    recordedAt: incident.recordedAt,
    recordedSeq: incident.recordedSeq,
    revision: incident.revision,
    revisedAt: incident.revisedAt,
  });

@ObjectType('AssessmentRevision', {
  description: 'An assessment as an organization made it at one time (from the log)',
})
export class AssessmentRevisionModel {
  @Field(() => Int) revision!: number;
  @Field(() => AssessmentVerdict) verdict!: AssessmentVerdict;
  @Field() reasoning!: string;
  @Field() assessedAt!: Date;
  @Field(() => Int, { description: 'Seq of the incident.assessed event' }) seq!: number;
}

@ObjectType('IncidentAssessment', {
  description:
    "An organization's current assessment of an incident against a clause or a norm; revising it keeps the earlier ones",
})
export class IncidentAssessmentModel {
  accordId!: string;
  clauseId!: string | null;
  normId!: string | null;
  organizationId!: string;
  assessedById!: string;
  @Field(() => ID) id!: string;
  @Field(() => ID) incidentId!: string;
  @Field(() => ClauseModel, { nullable: true, description: 'The clause assessed against' })
  clause?: ClauseModel | null;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
  @Field(() => AssessmentVerdict) verdict!: AssessmentVerdict;
  @Field() reasoning!: string;
  @Field(() => Int, { description: '1 for the first assessment, one more per revision' })
  revision!: number;
  @Field() assessedAt!: Date;
  @Field(() => UserModel, { nullable: true, description: 'The representative who made it' })
  assessedBy?: UserModel | null;
  @Field(() => Int, { description: 'Seq of its incident.assessed event' }) seq!: number;
  @Field(() => [AssessmentRevisionModel], {
    description: 'Every revision, oldest first, the current one last',
  })
  history?: AssessmentRevisionModel[];
}

export const toAssessmentModel = (a: IncidentAssessmentEntity): IncidentAssessmentModel =>
  Object.assign(new IncidentAssessmentModel(), {
    accordId: a.accordId,
    clauseId: a.clauseId,
    normId: a.normId,
    organizationId: a.organizationId,
    assessedById: a.assessedBy,
    id: a.id,
    incidentId: a.incidentId,
    verdict: a.verdict,
    reasoning: a.reasoning,
    revision: a.revision,
    assessedAt: a.assessedAt,
    seq: a.seq,
  });

@ObjectType('GroupVerdicts', { description: 'The assessments of one stakeholder group' })
export class GroupVerdictsModel {
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Int) breached!: number;
  @Field(() => Int) notBreached!: number;
  @Field(() => Int) unclear!: number;
  @Field(() => AssessmentVerdict, {
    nullable: true,
    description:
      'The verdict more of its organizations gave (BREACHED or NOT_BREACHED); null when tied',
  })
  leaning!: AssessmentVerdict | null;
}

@ObjectType('MatrixIncident')
export class MatrixIncidentModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() startedOn!: string;
}

@ObjectType('MatrixClause')
export class MatrixClauseModel {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => String, { nullable: true }) heading!: string | null;
}

@ObjectType('IncidentMatrixCell', {
  description: 'The assessments of one incident against one clause, counted',
})
export class IncidentMatrixCellModel {
  @Field(() => ID) incidentId!: string;
  @Field(() => ID) clauseId!: string;
  @Field(() => Int) breached!: number;
  @Field(() => Int) notBreached!: number;
  @Field(() => Int) unclear!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { description: 'Share of its assessments that find a breach (0 with none)' })
  breachShare!: number;
  @Field({ description: 'One stakeholder group leans to a breach where another leans to none' })
  groupsDisagree!: boolean;
  @Field(() => [GroupVerdictsModel]) byGroup!: GroupVerdictsModel[];
}

@ObjectType('IncidentMatrix', { description: "The accord's incidents × the clauses of its text" })
export class IncidentMatrixModel {
  @Field(() => ID) accordId!: string;
  @Field(() => [MatrixIncidentModel], { description: 'By start date' })
  incidents!: MatrixIncidentModel[];
  @Field(() => [MatrixClauseModel], { description: 'In the order of the text' })
  clauses!: MatrixClauseModel[];
  @Field(() => [IncidentMatrixCellModel], {
    description: 'Every pair: incidents in order, then clauses',
  })
  cells!: IncidentMatrixCellModel[];
}

export const toCellModel = (
  incidentId: string,
  clauseId: string,
  s: VerdictSummary,
): IncidentMatrixCellModel =>
  Object.assign(new IncidentMatrixCellModel(), {
    incidentId,
    clauseId,
    breached: s.breached,
    notBreached: s.notBreached,
    unclear: s.unclear,
    total: s.total,
    breachShare: s.breachShare,
    groupsDisagree: s.groupsDisagree,
    byGroup: s.byGroup,
  });
