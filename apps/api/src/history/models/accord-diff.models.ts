import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ArticleChangeKind } from '@plenary/text-history';
import { AmendmentModel, DiffPartModel } from '../../drafting/models/drafting.models.js';
import { ClauseVersionInAccordModel } from './history.models.js';

const ARTICLE_CHANGE_KINDS = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  MODIFIED: 'MODIFIED',
  MOVED: 'MOVED',
  UNCHANGED: 'UNCHANGED',
} as const satisfies Record<ArticleChangeKind, ArticleChangeKind>;

registerEnumType(ARTICLE_CHANGE_KINDS, {
  name: 'ArticleChangeKind',
  description: 'MODIFIED: its wording, heading or force changed (it may have moved too)',
});

@ObjectType('AccordMoment')
export class AccordMomentModel {
  @Field(() => Int, { description: 'The text after this event' }) seq!: number;
  @Field() at!: Date;
}

@ObjectType('ArticleChange', { description: 'One article in a comparison of two moments' })
export class ArticleChangeModel {
  accordId!: string;
  amendmentIds!: string[];
  @Field(() => ID) clauseId!: string;
  @Field(() => ARTICLE_CHANGE_KINDS) kind!: ArticleChangeKind;
  @Field(() => ClauseVersionInAccordModel, { nullable: true, description: 'Null when ADDED' })
  from!: ClauseVersionInAccordModel | null;
  @Field(() => ClauseVersionInAccordModel, { nullable: true, description: 'Null when REMOVED' })
  to!: ClauseVersionInAccordModel | null;
  @Field(() => [DiffPartModel], { description: 'Word diff of its text, first moment to second' })
  parts!: DiffPartModel[];
  @Field({ description: 'Its wording, heading or force changed' }) reworded!: boolean;
  @Field({ description: 'Its place among the articles changed' }) moved!: boolean;
  @Field(() => [AmendmentModel], {
    description: 'The adopted amendments that made these changes, in the order they were applied',
  })
  amendments?: AmendmentModel[];
}

@ObjectType('AccordDiff', { description: 'The whole accord as one redline between two moments' })
export class AccordDiffModel {
  @Field(() => ID) accordId!: string;
  @Field(() => AccordMomentModel) from!: AccordMomentModel;
  @Field(() => AccordMomentModel) to!: AccordMomentModel;
  @Field(() => [ArticleChangeModel], {
    description:
      'Every article of either moment, in the order of `to` (removed ones where they stood)',
  })
  articles!: ArticleChangeModel[];
}
