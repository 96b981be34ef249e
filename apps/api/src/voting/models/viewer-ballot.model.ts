import { Field, ObjectType } from '@nestjs/graphql';
import { BallotChoice } from '../../common/graphql/enums.js';
import { OrganizationModel } from '../../identity/models/identity.models.js';
import { BallotReceiptModel } from './voting.models.js';

@ObjectType('ViewerBallot', {
  description:
    'The ballot of an organization the caller represents, as its receipts show it: under a secret ballot, that it was cast and its receipt, never its choice',
})
export class ViewerBallotModel {
  @Field(() => OrganizationModel) organization!: OrganizationModel;
  @Field(() => BallotChoice, { nullable: true, description: 'Null under a secret ballot' })
  choice!: BallotChoice | null;
  @Field(() => String, { nullable: true, description: 'Explanation of vote' })
  explanation!: string | null;
  @Field() castAt!: Date;
  @Field(() => BallotReceiptModel, { nullable: true }) receipt!: BallotReceiptModel | null;
}
