import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmailDelivery, NotificationKind } from '@plenary/contracts';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(EmailDelivery, {
  name: 'EmailDelivery',
  description: 'How a kind of notification reaches you by email (in the app it always does)',
});

@ObjectType('Notification', { description: 'Something that concerns you, in plain words' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field({ description: 'One sentence: who did what, where' })
  text!: string;
  @Field({ description: "Where it happened in the web app ('/accords/…')" })
  path!: string;
  @Field(() => ID, { nullable: true }) accordId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => [NotificationModel], { description: 'Newest first' })
  items!: NotificationModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last one',
  })
  endCursor!: string | null;
}

@ObjectType('NotificationSetting')
export class NotificationSettingModel {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => EmailDelivery) email!: EmailDelivery;
}
