import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { BallotChoice, StakeholderGroup } from '../../common/graphql/enums.js';
import { OrganizationModel, UserModel } from '../../identity/models/identity.models.js';

const SEALED = 'Null while a secret ballot is sealed.';
@ObjectType('BallotReceipt', {
  description:
    'Proof that a ballot was recorded: the seq and hash of its event in the accord log (for a secret ballot, of the secret entry). Check it with checkReceipt or `npm run verify -- <export> --receipt <seq>:<hash>`',
})
export class BallotReceiptModel {
  organizationId!: string;
  @Field(() => ID) accordId!: string;
  @Field(() => ID) amendmentId!: string;
  @Field(() => Int) seq!: number;
  @Field() hash!: string;
  @Field() castAt!: Date;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
}

@ObjectType('BallotChange', {
  description: 'A ballot a party cast and later changed, in the same vote',
})
export class BallotChangeModel {
  accordId!: string;
  castById!: string;
  @Field(() => BallotChoice) choice!: BallotChoice;
  @Field(() => String, { nullable: true, description: 'Explanation of vote' }) explanation!:
    string | null;
  @Field() castAt!: Date;
  @Field(() => UserModel, { description: 'Who cast it for the party' }) castBy?: UserModel;
}

@ObjectType('Ballot')
export class BallotModel {
  /** The accord it was cast in: what its caster is shown through. */
  accordId!: string;
  amendmentId!: string;
  /** The vote (round) it counts in; null for a current ballot (the amendment's last round). */
  round!: number | null;
  organizationId!: string;
  castById!: string;
  @Field(() => BallotChoice) choice!: BallotChoice;
  @Field(() => String, { nullable: true, description: 'Explanation of vote' }) explanation!:
    string | null;
  @Field() castAt!: Date;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
  @Field(() => UserModel) castBy?: UserModel;
  @Field(() => BallotReceiptModel, {
    nullable: true,
    description: 'The receipt of this ballot (null for ballots cast before receipts existed)',
  })
  receipt!: BallotReceiptModel | null;
  @Field(() => [BallotChangeModel], {
    description:
      "The party's earlier ballots in the same vote, oldest first, each replaced by the next (this ballot last): a recorded vote keeps every change",
  })
  changes?: BallotChangeModel[];
}

@ObjectType('ChamberTally', { description: 'The votes of one stakeholder group' })
export class ChamberTallyModel {
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Float, { nullable: true, description: SEALED }) for!: number | null;
  @Field(() => Float, { nullable: true, description: SEALED }) against!: number | null;
  @Field(() => Float, { nullable: true, description: SEALED }) abstain!: number | null;
  @Field(() => Int, { description: 'Parties in this group' }) eligible!: number;
  @Field(() => Int, {
    description: 'Parties in this group that cast a ballot (abstentions included)',
  })
  voted!: number;
  @Field() quorumMet!: boolean;
  @Field(() => Boolean, { nullable: true, description: SEALED }) passed!: boolean | null;
  @Field({
    description:
      'Under a secret ballot: fewer than three parties, so the count published at the close shows how they voted',
  })
  revealsVotes!: boolean;
}

@ObjectType('Tally')
export class TallyModel {
  @Field({
    description:
      'A secret ballot not yet closed: only turnout (eligible, cast, voted, quorumMet) is shown',
  })
  sealed!: boolean;
  @Field(() => Float, { nullable: true, description: `Weighted under WEIGHTED. ${SEALED}` })
  for!: number | null;
  @Field(() => Float, { nullable: true, description: SEALED }) against!: number | null;
  @Field(() => Float, { nullable: true, description: SEALED }) abstain!: number | null;
  @Field(() => Int, { description: 'Parties that may vote' }) eligible!: number;
  @Field(() => Int, {
    description: 'Parties that cast a ballot, abstentions included (quorum progress)',
  })
  cast!: number;
  @Field(() => [ChamberTallyModel]) chambers!: ChamberTallyModel[];
  @Field() quorumMet!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: `Outcome if the vote closed now (final once closed). ${SEALED}`,
  })
  passed!: boolean | null;
  @Field({ description: 'Why, in words (while sealed: the turnout, and when the counts come)' })
  explanation!: string;
}
