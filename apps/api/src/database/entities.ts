import { AccordEntity } from '../accord-log/accord.entity.js';
import { ParticipantEntity } from '../accords/participant.entity.js';
import { CommentEntity } from '../discussion/comment.entity.js';
import { AmendmentEntity } from '../drafting/amendment.entity.js';
import { ClauseVersionEntity } from '../drafting/clause-version.entity.js';
import { ClauseEntity } from '../drafting/clause.entity.js';
import { BallotEntity } from '../voting/ballot.entity.js';
import { AccordEventEntity } from '../accord-log/accord-event.entity.js';
import { InvitationEntity } from '../identity/invitation.entity.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { OrganizationEntity } from '../identity/organization.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { VotingRoundEntity } from '../voting/voting-round.entity.js';

export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  AccordEntity,
  ParticipantEntity,
  AccordEventEntity,
  ClauseEntity,
  ClauseVersionEntity,
  AmendmentEntity,
  BallotEntity,
  CommentEntity,
  VotingRoundEntity,
];
