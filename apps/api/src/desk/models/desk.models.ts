import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  AmendmentKind,
  AmendmentStatus,
  MembershipRole,
  StakeholderGroup,
} from '../../common/graphql/enums.js';

@ObjectType('DeskAmendment', {
  description: 'An amendment named on the desk, with what to link to',
})
export class DeskAmendmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) accordId!: string;
  @Field() accordTitle!: string;
  @Field(() => AmendmentKind) kind!: AmendmentKind;
  @Field(() => String, {
    nullable: true,
    description: 'The article it changes ("5 bis"); null for a new article',
  })
  article!: string | null;
  @Field(() => String, { nullable: true, description: 'The heading of the article it adds' })
  heading!: string | null;
  @Field({ description: 'The organization that proposes it' }) proposedBy!: string;
}

@ObjectType('DeskVote', {
  description: 'A vote running in an accord where the organization is a party',
})
export class DeskVoteModel {
  @Field(() => DeskAmendmentModel) amendment!: DeskAmendmentModel;
  @Field(() => Date, { nullable: true, description: 'Null: closes when the facilitator closes it' })
  closesAt!: Date | null;
  @Field({ description: 'The organization has cast its ballot (it may still change it)' })
  weVoted!: boolean;
}

@ObjectType('DeskCosponsorInvitation', {
  description: 'An invitation to the organization to co-sponsor an amendment, not answered yet',
})
export class DeskCosponsorInvitationModel {
  @Field(() => DeskAmendmentModel) amendment!: DeskAmendmentModel;
  @Field() invitedBy!: string;
  @Field() invitedAt!: Date;
}

@ObjectType('DeskAmendmentChange', {
  description: 'An amendment the user proposed for the organization whose state changed recently',
})
export class DeskAmendmentChangeModel {
  @Field(() => DeskAmendmentModel) amendment!: DeskAmendmentModel;
  @Field(() => AmendmentStatus) status!: AmendmentStatus;
  @Field() changedAt!: Date;
}

@ObjectType('DeskOrganization', {
  description: 'What needs the organization, as its member sees it',
})
export class DeskOrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => MembershipRole, { description: 'The user in it (only representatives vote)' })
  role!: MembershipRole;
  @Field(() => [DeskVoteModel], {
    description: 'Running votes where it is a party and has not voted, the soonest deadline first',
  })
  votesAwaitingUs!: DeskVoteModel[];
  @Field(() => [DeskVoteModel], {
    description: 'Running votes where it is a party that close within 24 hours, voted or not',
  })
  closingSoon!: DeskVoteModel[];
  @Field(() => [DeskCosponsorInvitationModel])
  cosponsorInvitations!: DeskCosponsorInvitationModel[];
  @Field(() => [DeskAmendmentChangeModel], {
    description: 'CONFLICT, ADOPTED or REJECTED in the last 14 days, the latest first',
  })
  myAmendments!: DeskAmendmentChangeModel[];
}

@ObjectType('DeskMembershipInvitation', { description: 'An invitation to act for an organization' })
export class DeskMembershipInvitationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field() invitedBy!: string;
  @Field() invitedAt!: Date;
}

@ObjectType('DeskComment', { description: 'A comment that replies to the user or mentions him' })
export class DeskCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) accordId!: string;
  @Field() accordTitle!: string;
  @Field(() => ID, { nullable: true }) amendmentId!: string | null;
  @Field(() => ID, { nullable: true }) clauseId!: string | null;
  @Field() author!: string;
  @Field({ description: 'The start of its text (at most 200 characters)' }) excerpt!: string;
  @Field() postedAt!: Date;
}

@ObjectType('Desk', {
  description:
    'What needs the signed-in user now, computed from the current state (replies and mentions: until he answers in the thread, 14 days at most)',
})
export class DeskModel {
  @Field({ description: 'When it was computed (times left count from it)' }) asOf!: Date;
  @Field(() => [DeskOrganizationModel], { description: 'Every organization he acts for' })
  organizations!: DeskOrganizationModel[];
  @Field(() => [DeskMembershipInvitationModel]) invitations!: DeskMembershipInvitationModel[];
  @Field(() => [DeskCommentModel], { description: 'Replies to his comments, the latest first' })
  replies!: DeskCommentModel[];
  @Field(() => [DeskCommentModel], { description: 'Comments naming him ("@Elena Marsh")' })
  mentions!: DeskCommentModel[];
}
