import { Field, Int, ObjectType } from '@nestjs/graphql';
import { VotingRoundOutcome } from '../../common/graphql/enums.js';
import { AmendmentConflictModel } from '../../drafting/models/drafting.models.js';
import { BallotModel, TallyModel } from './voting.models.js';

@ObjectType('VotingRound', {
  description:
    'One vote held on an amendment. An amendment suspended and rebased is voted on again in a new round; every round stays.',
})
export class VotingRoundModel {
  amendmentId!: string;
  accordId!: string;
  @Field(() => Int, { description: '1, 2, … per amendment' }) number!: number;
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => VotingRoundOutcome, { nullable: true, description: 'null while the vote runs' })
  outcome!: VotingRoundOutcome | null;
  @Field(() => TallyModel, {
    nullable: true,
    description:
      'The final tally, frozen when the round ended; null while it runs (see Amendment.tally)',
  })
  tally!: TallyModel | null;
  @Field(() => AmendmentConflictModel, {
    nullable: true,
    description: 'SUSPENDED: why the amendment no longer applied to the text',
  })
  suspendedBecause!: AmendmentConflictModel | null;
  @Field(() => [BallotModel], {
    description:
      'Recorded votes once the round ended: the last ballot of each party. Always empty under a secret ballot',
  })
  ballots?: BallotModel[];
}
