import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CosponsorStatus, StakeholderGroup } from '../../common/graphql/enums.js';
import { OrganizationModel } from '../../identity/models/identity.models.js';
import type { AmendmentSponsorEntity } from '../amendment-sponsor.entity.js';

@ObjectType('AmendmentSponsor', {
  description: 'A party invited by the author to co-sponsor an amendment, and its answer',
})
export class AmendmentSponsorModel {
  organizationId!: string;
  @Field(() => OrganizationModel) organization?: OrganizationModel;
  @Field(() => CosponsorStatus) status!: CosponsorStatus;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType('GroupCount', { description: 'How many organizations of a stakeholder group' })
export class GroupCountModel {
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Int) count!: number;
}

export const toAmendmentSponsorModel = (sponsor: AmendmentSponsorEntity): AmendmentSponsorModel =>
  Object.assign(new AmendmentSponsorModel(), {
    organizationId: sponsor.organizationId,
    status: sponsor.status,
    invitedAt: sponsor.invitedAt,
    answeredAt: sponsor.answeredAt,
  });

@ObjectType('ViewerSupportOption', {
  description:
    'An organization the caller represents in the accord, and whether it gives the amendment its "+1"',
})
export class ViewerSupportOptionModel {
  @Field(() => OrganizationModel) organization!: OrganizationModel;
  @Field({ description: 'It supports the amendment now: the caller may withdraw its "+1"' })
  supports!: boolean;
}
