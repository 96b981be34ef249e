import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { EmailDelivery, NotificationKind } from '@plenary/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;
  @Field(() => String, { nullable: true, description: "The previous page's endCursor" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These notifications (yours)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'This notification (yours) and every older one: "mark all read" up to what you saw',
  })
  @IsOptional()
  @IsUUID('all')
  upTo?: string | null;
}

@InputType()
export class NotificationSettingInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind!: NotificationKind;
  @Field(() => EmailDelivery) @IsEnum(EmailDelivery) email!: EmailDelivery;
}

@ArgsType()
export class UpdateNotificationSettingsArgs {
  @Field(() => [NotificationSettingInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NotificationSettingInput)
  settings!: NotificationSettingInput[];
}
