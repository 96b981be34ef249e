import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { NormativeForce } from '../../common/graphql/enums.js';
import { DiffPartModel } from '../../drafting/models/drafting.models.js';

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

@ObjectType('ClauseDiff')
export class ClauseDiffModel {
  @Field(() => ID) clauseId!: string;
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => [DiffPartModel]) parts!: DiffPartModel[];
}

@ObjectType('ClauseVersionInAccord')
export class ClauseVersionInAccordModel {
  @Field(() => ID) clauseId!: string;
  @Field({ description: 'The article number it had at that seq' }) number!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field() text!: string;
  @Field(() => NormativeForce) force!: NormativeForce;
}

@ObjectType('AccordSnapshot', {
  description: 'The text of an accord as it stood after event `seq`',
})
export class AccordSnapshotModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int) seq!: number;
  @Field() at!: Date;
  @Field(() => [ClauseVersionInAccordModel]) clauses!: ClauseVersionInAccordModel[];
}
