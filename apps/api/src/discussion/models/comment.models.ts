import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../identity/models/identity.models.js';
import type { UserCard } from '../../identity/user.entity.js';

@ObjectType('Comment', {
  description: 'A comment on an amendment or a clause version; replies form its thread',
})
export class CommentModel {
  authorId!: string;
  /** The author, when the comment was read with it (by the loaders): `author` needs no query. */
  authorCard?: UserCard;
  @Field(() => ID) id!: string;
  @Field(() => ID) accordId!: string;
  @Field(() => ID, { nullable: true }) amendmentId!: string | null;
  @Field(() => ID, { nullable: true }) clauseId!: string | null;
  @Field(() => Int, { nullable: true }) clauseVersion!: number | null;
  @Field({ description: 'Plain text; empty once deleted' }) body!: string;
  @Field(() => UserModel) author?: UserModel;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int, { nullable: true }) quoteStart!: number | null;
  @Field(() => Int, { nullable: true }) quoteEnd!: number | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field({ description: 'Deleted comments stay in their thread, without their text' })
  deleted!: boolean;
  @Field(() => [CommentModel], { description: 'Direct replies, oldest first' })
  replies?: CommentModel[];
}
