import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('AccordEvent', { description: 'One entry of the hash-chained event log' })
export class AccordEventModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int) seq!: number;
  @Field() type!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => GraphQLJSON) payload!: unknown;
  @Field() hash!: string;
  @Field() prevHash!: string;
}

@ObjectType('HistoryVerification')
export class HistoryVerificationModel {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => Int, { nullable: true }) firstBrokenSeq!: number | null;
  @Field() headHash!: string;
}
