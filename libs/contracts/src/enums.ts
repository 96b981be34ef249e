// Domain enums shared by the API, the web app and the pure libs. Values are the GraphQL enum names.
export enum StakeholderGroup {
  GOVERNMENT = 'GOVERNMENT',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  TECHNICAL_COMMUNITY = 'TECHNICAL_COMMUNITY',
  ACADEMIA = 'ACADEMIA',
  INTERGOVERNMENTAL = 'INTERGOVERNMENTAL',
}

export enum MembershipRole {
  REPRESENTATIVE = 'REPRESENTATIVE',
  MEMBER = 'MEMBER',
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}

export enum ParticipantRole {
  PARTY = 'PARTY',
  OBSERVER = 'OBSERVER',
}

export enum NormativeForce {
  BINDING = 'BINDING',
  VOLUNTARY = 'VOLUNTARY',
}

export enum AmendmentKind {
  ADD_CLAUSE = 'ADD_CLAUSE',
  MODIFY_CLAUSE = 'MODIFY_CLAUSE',
  REMOVE_CLAUSE = 'REMOVE_CLAUSE',
  MOVE_CLAUSE = 'MOVE_CLAUSE',
}

export enum AmendmentStatus {
  OPEN = 'OPEN',
  VOTING = 'VOTING',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  CONFLICT = 'CONFLICT',
}

/** Where an invitation to co-sponsor an amendment stands. */
export enum CosponsorStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum BallotChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

export enum DecisionRuleKind {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  QUALIFIED_MAJORITY = 'QUALIFIED_MAJORITY',
  CONSENSUS = 'CONSENSUS',
  CHAMBERED = 'CHAMBERED',
  WEIGHTED = 'WEIGHTED',
}

export enum ExportFormat {
  MARKDOWN = 'MARKDOWN',
  JSON = 'JSON',
  AKOMA_NTOSO = 'AKOMA_NTOSO',
}

/** How one vote on an amendment ended; a vote still running has no outcome. */
export enum VotingRoundOutcome {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  /** The clause changed under the amendment and it no longer applied: its author rebases it. */
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Plain-data form of an accord's decision rule, as stored and as given to the tally. */
export interface DecisionRule {
  kind: DecisionRuleKind;
  threshold?: number | null;
  quorum?: number | null;
  weights?: { group: StakeholderGroup; weight: number }[] | null;
  secretBallot?: boolean;
  /** Organizations an amendment needs behind it (its sponsor and accepted co-sponsors) before a vote. */
  minSponsors?: number | null;
  /** Stakeholder groups those organizations must span before a vote. */
  minSponsorGroups?: number | null;
}

/** The file formats a norm framework is imported from and exported to (README, "Norm frameworks"). */
export enum FrameworkFileFormat {
  JSON = 'JSON',
  CSV = 'CSV',
}

/**
 * How an accord covers a norm of a framework: its strongest citing clause is BINDING where the
 * norm is VOLUNTARY (STRONGER), the reverse (WEAKER), of the same force (EQUIVALENT), or no
 * clause cites the norm (SILENT).
 */
export enum NormCoverage {
  STRONGER = 'STRONGER',
  EQUIVALENT = 'EQUIVALENT',
  WEAKER = 'WEAKER',
  SILENT = 'SILENT',
}

/** Where a signatory stands on one article, as its latest implementation report says. */
export enum ImplementationStatus {
  DONE = 'DONE',
  IN_PROGRESS = 'IN_PROGRESS',
  NOT_STARTED = 'NOT_STARTED',
}
