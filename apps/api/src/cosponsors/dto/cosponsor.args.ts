import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class AmendmentOrganizationArgs {
  @Field(() => ID) @IsString() @MaxLength(64) amendmentId!: string;
  @Field(() => ID) @IsString() @MaxLength(64) organizationId!: string;
}

@ArgsType()
export class AnswerCoSponsorshipArgs extends AmendmentOrganizationArgs {
  @Field({ description: 'True to co-sponsor the amendment, false to decline' })
  @IsBoolean()
  accept!: boolean;
}
