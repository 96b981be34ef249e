import { registerEnumType } from '@nestjs/graphql';
import {
  AmendmentKind,
  AmendmentStatus,
  BallotChoice,
  CosponsorStatus,
  DecisionRuleKind,
  ExportFormat,
  FrameworkFileFormat,
  ImplementationStatus,
  InvitationStatus,
  NormCoverage,
  MembershipRole,
  NormativeForce,
  ParticipantRole,
  StakeholderGroup,
  VotingRoundOutcome,
} from '@plenary/contracts';

// Registered once, before any model that uses them is loaded.
registerEnumType(StakeholderGroup, { name: 'StakeholderGroup' });
registerEnumType(CosponsorStatus, { name: 'CosponsorStatus' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
registerEnumType(NormativeForce, { name: 'NormativeForce' });
registerEnumType(AmendmentKind, { name: 'AmendmentKind' });
registerEnumType(AmendmentStatus, { name: 'AmendmentStatus' });
registerEnumType(BallotChoice, { name: 'BallotChoice' });
registerEnumType(DecisionRuleKind, { name: 'DecisionRuleKind' });
registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(FrameworkFileFormat, { name: 'FrameworkFileFormat' });
registerEnumType(NormCoverage, { name: 'NormCoverage' });
registerEnumType(VotingRoundOutcome, { name: 'VotingRoundOutcome' });
registerEnumType(ImplementationStatus, { name: 'ImplementationStatus' });

export {
  AmendmentKind,
  AmendmentStatus,
  BallotChoice,
  CosponsorStatus,
  DecisionRuleKind,
  ExportFormat,
  FrameworkFileFormat,
  ImplementationStatus,
  InvitationStatus,
  NormCoverage,
  MembershipRole,
  NormativeForce,
  ParticipantRole,
  StakeholderGroup,
  VotingRoundOutcome,
};
