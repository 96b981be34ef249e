import { Field, ObjectType } from '@nestjs/graphql';
import { NormModel } from '../../frameworks/models/framework.models.js';

@ObjectType('NormCitation', {
  description:
    'A norm of a framework cited by a clause version or an amendment: directly, or through a free-text source linked to it',
})
export class NormCitationModel {
  @Field(() => NormModel) norm!: NormModel;
  @Field(() => String, {
    nullable: true,
    description: 'The free-text source linked to the norm; null when the norm is cited directly',
  })
  source!: string | null;
}
