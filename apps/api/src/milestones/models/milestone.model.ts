import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../identity/models/identity.models.js';
import type { MilestoneEntity } from '../milestone.entity.js';

@ObjectType('Milestone', {
  description:
    'A name the facilitator gave the text as it stood (see accordAt(seq) for that text, accordEvents for the log)',
})
export class MilestoneModel {
  accordId!: string;
  markedById!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Seq of its milestone.marked event: the text as it stood then' })
  seq!: number;
  @Field() markedAt!: Date;
  @Field(() => UserModel, { nullable: true }) markedBy?: UserModel | null;
}

export const toMilestoneModel = (milestone: MilestoneEntity): MilestoneModel =>
  Object.assign(new MilestoneModel(), {
    accordId: milestone.accordId,
    markedById: milestone.markedBy,
    id: milestone.id,
    name: milestone.name,
    seq: milestone.seq,
    markedAt: milestone.markedAt,
  });
