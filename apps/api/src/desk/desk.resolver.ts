import { Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import { DeskReader } from './desk-reader.service.js';
import { DeskModel } from './models/desk.models.js';

@Resolver(() => DeskModel)
export class DeskResolver {
  constructor(private readonly reader: DeskReader) {}

  @Query(() => DeskModel, {
    description:
      'What needs the signed-in user now: votes, invitations, his amendments, replies and mentions',
  })
  desk(@CurrentUser() caller: AuthenticatedUser): Promise<DeskModel> {
    return this.reader.deskOf(caller.userId);
  }
}
