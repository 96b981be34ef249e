import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecisionRuleKind, ParticipantRole, StakeholderGroup } from '../../common/graphql/enums.js';
import { OrganizationModel } from '../../identity/models/identity.models.js';

@ObjectType('GroupWeight')
export class GroupWeightModel {
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Float) weight!: number;
}

@ObjectType('DecisionRule')
export class DecisionRuleModel {
  @Field(() => DecisionRuleKind) kind!: DecisionRuleKind;
  @Field(() => Float, { nullable: true, description: 'Share of votes cast needed' }) threshold!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Share of parties that must cast a ballot' })
  quorum!: number | null;
  @Field(() => [GroupWeightModel], { nullable: true }) weights!: GroupWeightModel[] | null;
  @Field() secretBallot!: boolean;
  @Field(() => Int, {
    nullable: true,
    description:
      'Organizations (sponsor and accepted co-sponsors) an amendment needs before a vote',
  })
  minSponsors!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Stakeholder groups its sponsor and accepted co-sponsors must span before a vote',
  })
  minSponsorGroups!: number | null;
}

@ObjectType('SmallChamber', {
  description: 'A stakeholder group with parties, but fewer than three',
})
export class SmallChamberModel {
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Int) parties!: number;
}

@ObjectType('Participant')
export class ParticipantModel {
  accordId!: string;
  organizationId!: string;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
  @Field(() => ParticipantRole) role!: ParticipantRole;
}

@ObjectType('Accord')
export class AccordModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) preamble!: string | null;
  @Field(() => DecisionRuleModel) rule!: DecisionRuleModel;
  @Field(() => ID) facilitatorId!: string;
  @Field(() => Int, { description: 'Seq of the latest event in the accord log' }) lastSeq!: number;
  @Field({
    description: 'Hash of that event: the head of the hash chain (verifyHistory checks it)',
  })
  headHash!: string;
  @Field() createdAt!: Date;
  @Field(() => [SmallChamberModel], {
    description:
      'Groups with one or two parties: under a secret ballot, the count of such a chamber, published at the close, shows how its parties voted',
  })
  smallChambers!: SmallChamberModel[];
  @Field(() => Date, {
    nullable: true,
    description: 'Amendments may be proposed from then on (null: no limit)',
  })
  proposalsOpenFrom!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Amendments may no longer be proposed from then on (null: no limit)',
  })
  proposalsCloseAt!: Date | null;
  /** The final declaration, the version links and the public page (resolved by signatories). */
  finalSeq!: number | null;
  finalHash!: string | null;
  declaredFinalAt!: Date | null;
  previousVersionId!: string | null;
  publicSlug!: string | null;
  publishedAt!: Date | null;
}
