import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImplementationStatus, StakeholderGroup } from '../../common/graphql/enums.js';
import { OrganizationModel } from '../../identity/models/identity.models.js';
import type { ImplementationReportEntity } from '../implementation-report.entity.js';
import type { SignatureEntity } from '../signature.entity.js';

@ObjectType('FinalDeclaration', {
  description:
    'The facilitator declared the text final: the text is the accord as it stood at textSeq; the declaration (seq, hash) identifies it in the log',
})
export class FinalDeclarationModel {
  @Field(() => Int, { description: 'Seq of the accord.declaredFinal event' }) seq!: number;
  @Field({ description: 'Hash of that event: the head of the log at the declaration' })
  hash!: string;
  @Field(() => Int, { description: 'The text declared final is accordAt(seq: textSeq)' })
  textSeq!: number;
  @Field() declaredAt!: Date;
}

@ObjectType('Reservation')
export class ReservationModel {
  @Field(() => ID) clauseId!: string;
  @Field({ description: 'The article’s number' }) number!: string;
  @Field() text!: string;
}

@ObjectType('Signature')
export class SignatureModel {
  @Field(() => ID) id!: string;
  accordId!: string;
  organizationId!: string;
  signedById!: string;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
  @Field() signedAt!: Date;
  @Field(() => Int, { description: 'Seq of its signature.added event' }) seq!: number;
  @Field(() => String, { nullable: true }) statement!: string | null;
  @Field(() => [ReservationModel]) reservations!: ReservationModel[];
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason!: string | null;
}

@ObjectType('SignatoryCount', {
  description: 'Standing signatures of one stakeholder group at the end of a day',
})
export class SignatoryCountModel {
  @Field({ description: 'The day (UTC), YYYY-MM-DD' }) date!: string;
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Int) count!: number;
}

@ObjectType('ImplementationReport')
export class ImplementationReportModel {
  @Field(() => ID) id!: string;
  accordId!: string;
  organizationId!: string;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
  @Field(() => ID) clauseId!: string;
  @Field(() => ImplementationStatus) status!: ImplementationStatus;
  @Field() text!: string;
  @Field() reportedAt!: Date;
  @Field(() => Int) seq!: number;
}

@ObjectType('PublicPage', { description: 'The public page of a final accord, when published' })
export class PublicPageModel {
  @Field() slug!: string;
  @Field({ description: 'Its address in the web app, e.g. /public/accords/<slug>' }) path!: string;
  @Field({ description: 'Its JSON, readable without a token' }) jsonPath!: string;
  @Field() publishedAt!: Date;
}

export const toSignatureModel = (s: SignatureEntity): SignatureModel =>
  Object.assign(new SignatureModel(), {
    id: s.id,
    accordId: s.accordId,
    organizationId: s.organizationId,
    signedById: s.signedBy,
    signedAt: s.signedAt,
    seq: s.signedSeq,
    statement: s.statement,
    reservations: s.reservations.map((r) => ({ ...r })),
    withdrawnAt: s.withdrawnAt,
    withdrawalReason: s.withdrawalReason,
  });

export const toImplementationReportModel = (
  r: ImplementationReportEntity,
): ImplementationReportModel =>
  Object.assign(new ImplementationReportModel(), {
    id: r.id,
    accordId: r.accordId,
    organizationId: r.organizationId,
    clauseId: r.clauseId,
    status: r.status,
    text: r.text,
    reportedAt: r.reportedAt,
    seq: r.seq,
  });

@ObjectType('AccordVersionLink', {
  description:
    'Another version of the accord (recorded in this accord’s log: accord.versionOf, accord.newVersionStarted)',
})
export class AccordVersionLinkModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => FinalDeclarationModel, { nullable: true })
  finalDeclaration!: FinalDeclarationModel | null;
}

export const toFinalDeclarationModel = (accord: {
  finalSeq: number | null;
  finalHash: string | null;
  declaredFinalAt: Date | null;
}): FinalDeclarationModel | null =>
  accord.finalSeq === null
    ? null
    : Object.assign(new FinalDeclarationModel(), {
        seq: accord.finalSeq,
        hash: accord.finalHash!,
        textSeq: accord.finalSeq - 1,
        declaredAt: accord.declaredFinalAt!,
      });
