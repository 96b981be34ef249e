/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A moment of the accord: exactly one of `seq`, `at` or `milestoneId` */
export type AccordMomentInput = {
  /** As it stood at this time */
  at?: string | null | undefined;
  /** At this milestone of the accord */
  milestoneId?: string | number | null | undefined;
  /** After this event (0: before the first) */
  seq?: number | null | undefined;
};

export type AmendmentKind = 'ADD_CLAUSE' | 'MODIFY_CLAUSE' | 'MOVE_CLAUSE' | 'REMOVE_CLAUSE';

export type AmendmentStatus = 'ADOPTED' | 'CONFLICT' | 'OPEN' | 'REJECTED' | 'VOTING' | 'WITHDRAWN';

/** MODIFIED: its wording, heading or force changed (it may have moved too) */
export type ArticleChangeKind = 'ADDED' | 'MODIFIED' | 'MOVED' | 'REMOVED' | 'UNCHANGED';

export type AssessIncidentInput = {
  /** The clause assessed against (exactly one of clauseId and normId) */
  clauseId?: string | number | null | undefined;
  incidentId: string | number;
  /** The norm of a framework assessed against (exactly one of clauseId and normId) */
  normId?: string | number | null | undefined;
  /** The organization whose assessment this is */
  onBehalfOf: string | number;
  reasoning: string;
  verdict: AssessmentVerdict;
};

/** Whether the incident would have breached the clause (or norm) */
export type AssessmentVerdict = 'BREACHED' | 'NOT_BREACHED' | 'UNCLEAR';

/** How firmly an actor is tied to an incident */
export type AttributionConfidence =
  /** Named by credible reporting or researchers, never officially */
  | 'ALLEGED'
  /** A government named it in an official act or statement */
  | 'ATTRIBUTED_OFFICIALLY'
  /** The actor claimed the operation itself */
  | 'CLAIMED'
  /** Suspected, with nothing public to tie it to the incident */
  | 'UNATTRIBUTED';

export type BallotChoice = 'ABSTAIN' | 'AGAINST' | 'FOR';

export type CosponsorStatus = 'ACCEPTED' | 'DECLINED' | 'INVITED';

export type DecisionRuleInput = {
  kind: DecisionRuleKind;
  /** Stakeholder groups its sponsor and accepted co-sponsors must span before a vote */
  minSponsorGroups?: number | null | undefined;
  /** Organizations (sponsor and accepted co-sponsors) an amendment needs before a vote */
  minSponsors?: number | null | undefined;
  /** Share of parties (per chamber for CHAMBERED) that must vote */
  quorum?: number | null | undefined;
  secretBallot?: boolean | null | undefined;
  /** Share of votes cast needed, e.g. 0.6667 */
  threshold?: number | null | undefined;
  /** WEIGHTED only */
  weights?: Array<GroupWeightInput> | null | undefined;
};

export type DecisionRuleKind =
  'CHAMBERED' | 'CONSENSUS' | 'QUALIFIED_MAJORITY' | 'SIMPLE_MAJORITY' | 'WEIGHTED';

/** What a demo person does: party or observer delegate, facilitator, operator */
export type DemoRole = 'FACILITATOR' | 'OBSERVER' | 'OPERATOR' | 'PARTY';

/** How a kind of notification reaches you by email (in the app it always does) */
export type EmailDelivery = 'DAILY_DIGEST' | 'IMMEDIATE' | 'OFF';

export type FrameworkFileFormat = 'CSV' | 'JSON';

export type GroupWeightInput = {
  group: StakeholderGroup;
  weight: number;
};

export type ImplementationReportInput = {
  accordId: string | number;
  clauseId: string | number;
  organizationId: string | number;
  status: ImplementationStatus;
  text: string;
};

export type ImplementationStatus = 'DONE' | 'IN_PROGRESS' | 'NOT_STARTED';

export type IncidentActorInput = {
  attribution: AttributionConfidence;
  name: string;
  /** Who attributed it, on what evidence */
  note?: string | null | undefined;
};

export type IncidentFactsInput = {
  actors: Array<IncidentActorInput>;
  description: string;
  /** A partial date: 2010, 2014-11 or 2017-05-12; null if unknown or ongoing */
  endedOn?: string | null | undefined;
  name: string;
  responses: Array<IncidentResponseInput>;
  /** URLs or citations */
  sources: Array<string>;
  /** A partial date: 2010, 2014-11 or 2017-05-12 */
  startedOn: string;
};

export type IncidentResponseInput = {
  /** Who responded */
  by: string;
  description: string;
  kind: IncidentResponseKind;
  /** A partial date: 2010, 2014-11 or 2017-05-12 */
  on?: string | null | undefined;
  /** A URL or a citation */
  source?: string | null | undefined;
};

/** What the international community did about an incident */
export type IncidentResponseKind =
  | 'ATTRIBUTION'
  | 'CONDEMNATION'
  | 'INDICTMENT'
  /** Recorded on purpose: nobody responded publicly */
  | 'NONE'
  | 'OTHER'
  | 'SANCTIONS';

export type InvitationStatus = 'ACCEPTED' | 'DECLINED' | 'PENDING' | 'REVOKED';

export type MembershipRole = 'MEMBER' | 'REPRESENTATIVE';

export type NormCoverage = 'EQUIVALENT' | 'SILENT' | 'STRONGER' | 'WEAKER';

export type NormativeForce = 'BINDING' | 'VOLUNTARY';

export type NotificationKind =
  | 'ACCORD_FINAL'
  | 'AMENDMENT_STATE'
  | 'COSPONSOR_INVITATION'
  | 'INCIDENT_ASSESSED'
  | 'MEMBERSHIP_INVITATION'
  | 'MENTION'
  | 'REPLY'
  | 'SIGNATURE'
  | 'VOTE_CLOSING'
  | 'VOTE_OPENED';

export type NotificationSettingInput = {
  email: EmailDelivery;
  kind: NotificationKind;
};

export type ParticipantRole = 'OBSERVER' | 'PARTY';

export type PostCommentInput = {
  accordId: string | number;
  /** Exactly one of amendmentId / clauseId */
  amendmentId?: string | number | null | undefined;
  /** Plain text (clients render markdown safely, never raw HTML) */
  body: string;
  clauseId?: string | number | null | undefined;
  /** The clause version commented on: the parent's for a reply, else the current one */
  clauseVersion?: number | null | undefined;
  /** Reply in the thread of this comment */
  parentId?: string | number | null | undefined;
  /** End of the quoted range (exclusive) */
  quoteEnd?: number | null | undefined;
  /** Quoted range of the commented text, in UTF-16 code units: start (inclusive) */
  quoteStart?: number | null | undefined;
};

export type ProposeAmendmentInput = {
  accordId: string | number;
  /** MODIFY: the clause version the text was written against */
  baseVersion?: number | null | undefined;
  /** MODIFY/REMOVE/MOVE */
  clauseId?: string | number | null | undefined;
  /** ADD/MODIFY */
  force?: NormativeForce | null | undefined;
  heading?: string | null | undefined;
  kind: AmendmentKind;
  /** Norms of frameworks cited (see `frameworks`), beside the free-text sources */
  normIds?: Array<string | number> | null | undefined;
  /** The organization the author acts for */
  onBehalfOf: string | number;
  /** ADD/MOVE: 1-based place in the accord */
  position?: number | null | undefined;
  rationale: string;
  /** Citations, e.g. "UN GGE 2015 norm 13(f)" */
  sources?: Array<string> | null | undefined;
  /** ADD/MODIFY */
  text?: string | null | undefined;
};

export type RecordIncidentInput = {
  accordId: string | number;
  facts: IncidentFactsInput;
  /** The organization the caller records it for */
  onBehalfOf: string | number;
};

export type ReservationInput = {
  clauseId: string | number;
  text: string;
};

export type ReviseIncidentInput = {
  facts: IncidentFactsInput;
  incidentId: string | number;
  /** The revision the edit was made on (Incident.revision) */
  revision: number;
};

export type SearchKind =
  /** An amendment: its heading, text and rationale */
  | 'AMENDMENT'
  /** A clause: its current text, or an earlier version of it */
  | 'CLAUSE'
  /** A comment (deleted ones are never found) */
  | 'COMMENT'
  /** An organization: its name, country and website */
  | 'ORGANIZATION';

export type SignAccordInput = {
  accordId: string | number;
  /** The organization signing, which the caller represents */
  organizationId: string | number;
  /** One per article at most */
  reservations?: Array<ReservationInput> | null | undefined;
  statement?: string | null | undefined;
};

export type StakeholderGroup =
  | 'ACADEMIA'
  | 'CIVIL_SOCIETY'
  | 'GOVERNMENT'
  | 'INTERGOVERNMENTAL'
  | 'PRIVATE_SECTOR'
  | 'TECHNICAL_COMMUNITY';

export type VerifyOrganizationInput = {
  country?: string | null | undefined;
  group: StakeholderGroup;
  /** Its name as checked (may correct the one given) */
  name: string;
  organizationId: string | number;
  /** The domain or web address through which it was checked */
  website: string;
};

export type VotingRoundOutcome = 'ADOPTED' | 'REJECTED' | 'SUSPENDED' | 'WITHDRAWN';

export type AccordListQueryVariables = Exact<{ [key: string]: never }>;

export type AccordListQuery = {
  accords: Array<{
    __typename: 'Accord';
    id: string;
    title: string;
    preamble: string | null;
    createdAt: string;
    viewerIsFacilitator: boolean;
    rule: { __typename: 'DecisionRule'; kind: DecisionRuleKind };
    participants: Array<{
      __typename: 'Participant';
      role: ParticipantRole;
      organization: { __typename: 'Organization'; id: string };
    }>;
    clauses: Array<{ __typename: 'Clause'; id: string }>;
    amendments: Array<{ __typename: 'Amendment'; id: string }>;
  }>;
};

export type CreateAccordMutationVariables = Exact<{
  title: string;
  preamble?: string | null | undefined;
  rule: DecisionRuleInput;
}>;

export type CreateAccordMutation = {
  createAccord: { __typename: 'Accord'; id: string; title: string };
};

export type AccordQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    title: string;
    preamble: string | null;
    facilitatorId: string;
    lastSeq: number;
    proposalsOpenFrom: string | null;
    proposalsCloseAt: string | null;
    rule: {
      __typename: 'DecisionRule';
      kind: DecisionRuleKind;
      threshold: number | null;
      quorum: number | null;
      secretBallot: boolean;
      minSponsors: number | null;
      minSponsorGroups: number | null;
      weights: Array<{ __typename: 'GroupWeight'; group: StakeholderGroup; weight: number }> | null;
    };
    smallChambers: Array<{ __typename: 'SmallChamber'; group: StakeholderGroup; parties: number }>;
    participants: Array<{
      __typename: 'Participant';
      role: ParticipantRole;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
      };
    }>;
    clauses: Array<{
      __typename: 'Clause';
      id: string;
      number: string;
      position: number | null;
      current: {
        __typename: 'ClauseVersion';
        version: number;
        heading: string | null;
        text: string;
        force: NormativeForce;
        sources: Array<string>;
        createdAt: string;
      };
    }>;
    amendments: Array<{
      __typename: 'Amendment';
      id: string;
      kind: AmendmentKind;
      status: AmendmentStatus;
      heading: string | null;
      text: string | null;
      force: NormativeForce | null;
      position: number | null;
      rationale: string;
      createdAt: string;
      baseVersion: number | null;
      newArticle: { __typename: 'NewArticle'; number: string; after: string | null } | null;
      clause: { __typename: 'Clause'; id: string; number: string } | null;
      onBehalfOf: { __typename: 'Organization'; id: string; name: string };
      conflict: { __typename: 'AmendmentConflict'; reason: string } | null;
      votingRounds: Array<{
        __typename: 'VotingRound';
        number: number;
        outcome: VotingRoundOutcome | null;
      }>;
    }>;
  } | null;
};

export type ClauseVersionFieldsFragment = {
  __typename: 'ClauseVersion';
  version: number;
  heading: string | null;
  text: string;
  force: NormativeForce;
  sources: Array<string>;
  createdAt: string;
};

export type AmendmentSummaryFragment = {
  __typename: 'Amendment';
  id: string;
  kind: AmendmentKind;
  status: AmendmentStatus;
  heading: string | null;
  text: string | null;
  force: NormativeForce | null;
  position: number | null;
  rationale: string;
  createdAt: string;
  baseVersion: number | null;
  newArticle: { __typename: 'NewArticle'; number: string; after: string | null } | null;
  clause: { __typename: 'Clause'; id: string; number: string } | null;
  onBehalfOf: { __typename: 'Organization'; id: string; name: string };
  conflict: { __typename: 'AmendmentConflict'; reason: string } | null;
  votingRounds: Array<{
    __typename: 'VotingRound';
    number: number;
    outcome: VotingRoundOutcome | null;
  }>;
};

export type DecisionRuleFieldsFragment = {
  __typename: 'DecisionRule';
  kind: DecisionRuleKind;
  threshold: number | null;
  quorum: number | null;
  secretBallot: boolean;
  minSponsors: number | null;
  minSponsorGroups: number | null;
  weights: Array<{ __typename: 'GroupWeight'; group: StakeholderGroup; weight: number }> | null;
};

export type NewArticleAtQueryVariables = Exact<{
  id: string | number;
  position?: number | null | undefined;
}>;

export type NewArticleAtQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    newArticleAt: { __typename: 'NewArticle'; number: string; after: string | null };
  } | null;
};

export type AccordViewerQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordViewerQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    viewerIsFacilitator: boolean;
    viewerCanAmend: boolean;
    viewerVotingOrganizations: Array<{ __typename: 'Organization'; id: string; name: string }>;
  } | null;
};

export type AmendmentQueryVariables = Exact<{
  id: string | number;
}>;

export type AmendmentQuery = {
  amendment: {
    __typename: 'Amendment';
    sources: Array<string>;
    votingOpenedAt: string | null;
    closesAt: string | null;
    closedAt: string | null;
    baseMoved: boolean;
    id: string;
    kind: AmendmentKind;
    status: AmendmentStatus;
    heading: string | null;
    text: string | null;
    force: NormativeForce | null;
    position: number | null;
    rationale: string;
    createdAt: string;
    baseVersion: number | null;
    viewerCanVote: boolean;
    viewerCanOpenVoting: boolean;
    viewerCanCloseVoting: boolean;
    viewerCanWithdraw: boolean;
    viewerCanRebase: boolean;
    references: Array<{
      __typename: 'ClauseReference';
      field: string;
      start: number;
      end: number;
      written: string;
      clauseId: string;
      number: string;
      removed: boolean;
    }>;
    author: { __typename: 'User'; id: string; displayName: string };
    onBehalfOf: { __typename: 'Organization'; group: StakeholderGroup; id: string; name: string };
    clause: {
      __typename: 'Clause';
      removed: boolean;
      id: string;
      number: string;
      current: {
        __typename: 'ClauseVersion';
        version: number;
        heading: string | null;
        text: string;
        force: NormativeForce;
        sources: Array<string>;
        createdAt: string;
      };
      versions: Array<{
        __typename: 'ClauseVersion';
        version: number;
        heading: string | null;
        text: string;
        force: NormativeForce;
        sources: Array<string>;
        createdAt: string;
      }>;
    } | null;
    ballots: Array<{
      __typename: 'Ballot';
      choice: BallotChoice;
      explanation: string | null;
      castAt: string;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      };
      changes: Array<{
        __typename: 'BallotChange';
        choice: BallotChoice;
        explanation: string | null;
        castAt: string;
      }>;
    }>;
    tally: {
      __typename: 'Tally';
      sealed: boolean;
      for: number | null;
      against: number | null;
      abstain: number | null;
      eligible: number;
      cast: number;
      passed: boolean | null;
      quorumMet: boolean;
      explanation: string;
      chambers: Array<{
        __typename: 'ChamberTally';
        group: StakeholderGroup;
        for: number | null;
        against: number | null;
        abstain: number | null;
        eligible: number;
        voted: number;
        passed: boolean | null;
        quorumMet: boolean;
        revealsVotes: boolean;
      }>;
    };
    conflict: {
      __typename: 'AmendmentConflict';
      currentVersion: number | null;
      reason: string;
    } | null;
    asItWouldApply: {
      __typename: 'ProjectedClauseVersion';
      ontoVersion: number;
      heading: string | null;
      text: string;
      force: NormativeForce;
      changes: Array<{ __typename: 'DiffPart'; op: string; text: string }>;
    } | null;
    applied: {
      __typename: 'ClauseVersion';
      version: number;
      heading: string | null;
      text: string;
      force: NormativeForce;
      sources: Array<string>;
      createdAt: string;
    } | null;
    appliedDifference: Array<{ __typename: 'DiffPart'; op: string; text: string }> | null;
    votingRounds: Array<{
      __typename: 'VotingRound';
      openedAt: string;
      endedAt: string | null;
      number: number;
      outcome: VotingRoundOutcome | null;
      suspendedBecause: {
        __typename: 'AmendmentConflict';
        reason: string;
        currentVersion: number | null;
      } | null;
      tally: {
        __typename: 'Tally';
        sealed: boolean;
        for: number | null;
        against: number | null;
        abstain: number | null;
        eligible: number;
        cast: number;
        passed: boolean | null;
        quorumMet: boolean;
        explanation: string;
        chambers: Array<{
          __typename: 'ChamberTally';
          group: StakeholderGroup;
          for: number | null;
          against: number | null;
          abstain: number | null;
          eligible: number;
          voted: number;
          passed: boolean | null;
          quorumMet: boolean;
          revealsVotes: boolean;
        }>;
      } | null;
      ballots: Array<{
        __typename: 'Ballot';
        choice: BallotChoice;
        explanation: string | null;
        castAt: string;
        organization: {
          __typename: 'Organization';
          id: string;
          name: string;
          group: StakeholderGroup;
        };
        changes: Array<{
          __typename: 'BallotChange';
          choice: BallotChoice;
          explanation: string | null;
          castAt: string;
        }>;
      }>;
    }>;
    newArticle: { __typename: 'NewArticle'; number: string; after: string | null } | null;
    viewerBallots: Array<{
      __typename: 'ViewerBallot';
      choice: BallotChoice | null;
      explanation: string | null;
      castAt: string;
      organization: { __typename: 'Organization'; id: string };
    }>;
  } | null;
};

export type ClauseReferenceFieldsFragment = {
  __typename: 'ClauseReference';
  field: string;
  start: number;
  end: number;
  written: string;
  clauseId: string;
  number: string;
  removed: boolean;
};

export type ProposeAmendmentMutationVariables = Exact<{
  input: ProposeAmendmentInput;
}>;

export type ProposeAmendmentMutation = {
  proposeAmendment: { __typename: 'Amendment'; id: string; status: AmendmentStatus };
};

export type WithdrawAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
}>;

export type WithdrawAmendmentMutation = {
  withdrawAmendment: { __typename: 'Amendment'; id: string; status: AmendmentStatus };
};

export type RebaseAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
  text: string;
}>;

export type RebaseAmendmentMutation = {
  rebaseAmendment: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    baseVersion: number | null;
    text: string | null;
  };
};

export type AmendmentViewerFieldsFragment = {
  __typename: 'Amendment';
  id: string;
  viewerCanVote: boolean;
  viewerCanOpenVoting: boolean;
  viewerCanCloseVoting: boolean;
  viewerCanWithdraw: boolean;
  viewerCanRebase: boolean;
  viewerBallots: Array<{
    __typename: 'ViewerBallot';
    choice: BallotChoice | null;
    explanation: string | null;
    castAt: string;
    organization: { __typename: 'Organization'; id: string };
  }>;
};

export type ProposedClauseNumberFragment = { __typename: 'Clause'; id: string; number: string };

export type ProposalSponsorFragment = { __typename: 'Organization'; id: string; name: string };

export type NewClauseFragment = {
  __typename: 'Clause';
  id: string;
  number: string;
  position: number | null;
  current: {
    __typename: 'ClauseVersion';
    version: number;
    heading: string | null;
    text: string;
    force: NormativeForce;
    sources: Array<string>;
    createdAt: string;
  };
};

export type PendingAmendmentsFragment = {
  __typename: 'Accord';
  id: string;
  amendments: Array<{
    __typename: 'Amendment';
    id: string;
    kind: AmendmentKind;
    status: AmendmentStatus;
  }>;
};

export type NewAmendmentCountFragment = {
  __typename: 'Amendment';
  id: string;
  commentCount: number;
  commentCountSeq: number;
};

export type NewClauseCountFragment = {
  __typename: 'Clause';
  id: string;
  commentCount: number;
  commentCountSeq: number;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    __typename: 'User';
    id: string;
    email: string | null;
    displayName: string;
    isOperator: boolean | null;
    memberships: Array<{
      __typename: 'Membership';
      role: MembershipRole;
      since: string;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
      };
    }>;
    invitations: Array<{ __typename: 'Invitation'; id: string }> | null;
  } | null;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    __typename: 'AuthPayload';
    token: string;
    user: { __typename: 'User'; id: string; displayName: string };
  };
};

export type RegisterMutationVariables = Exact<{
  email: string;
  password: string;
  displayName: string;
}>;

export type RegisterMutation = {
  register: {
    __typename: 'AuthPayload';
    token: string;
    user: { __typename: 'User'; id: string; displayName: string };
  };
};

export type DemoDelegatesQueryVariables = Exact<{ [key: string]: never }>;

export type DemoDelegatesQuery = {
  demoDelegates: Array<{
    __typename: 'DemoDelegate';
    email: string;
    name: string;
    organization: string | null;
    group: StakeholderGroup | null;
    role: DemoRole;
  }>;
};

export type SignInAsDemoDelegateMutationVariables = Exact<{
  email: string;
}>;

export type SignInAsDemoDelegateMutation = {
  signInAsDemoDelegate: {
    __typename: 'AuthPayload';
    token: string;
    user: { __typename: 'User'; id: string; displayName: string };
  };
};

export type AmendmentSponsorsFieldsFragment = {
  __typename: 'Amendment';
  id: string;
  status: AmendmentStatus;
  viewerCanInviteCoSponsor: boolean;
  onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
  sponsors: Array<{
    __typename: 'AmendmentSponsor';
    status: CosponsorStatus;
    invitedAt: string;
    answeredAt: string | null;
    organization: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
  }>;
  sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
  supporters: Array<{
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
  }>;
  viewerCoSponsorInvitations: Array<{ __typename: 'Organization'; id: string; name: string }>;
  viewerSupportOptions: Array<{
    __typename: 'ViewerSupportOption';
    supports: boolean;
    organization: { __typename: 'Organization'; id: string; name: string };
  }>;
};

export type AmendmentSponsorsQueryVariables = Exact<{
  id: string | number;
}>;

export type AmendmentSponsorsQuery = {
  amendment: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    viewerCanInviteCoSponsor: boolean;
    onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
    sponsors: Array<{
      __typename: 'AmendmentSponsor';
      status: CosponsorStatus;
      invitedAt: string;
      answeredAt: string | null;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      };
    }>;
    sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
    supporters: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
    }>;
    viewerCoSponsorInvitations: Array<{ __typename: 'Organization'; id: string; name: string }>;
    viewerSupportOptions: Array<{
      __typename: 'ViewerSupportOption';
      supports: boolean;
      organization: { __typename: 'Organization'; id: string; name: string };
    }>;
  } | null;
};

export type InviteCoSponsorMutationVariables = Exact<{
  amendmentId: string | number;
  organizationId: string | number;
}>;

export type InviteCoSponsorMutation = {
  inviteCoSponsor: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    viewerCanInviteCoSponsor: boolean;
    onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
    sponsors: Array<{
      __typename: 'AmendmentSponsor';
      status: CosponsorStatus;
      invitedAt: string;
      answeredAt: string | null;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      };
    }>;
    sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
    supporters: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
    }>;
    viewerCoSponsorInvitations: Array<{ __typename: 'Organization'; id: string; name: string }>;
    viewerSupportOptions: Array<{
      __typename: 'ViewerSupportOption';
      supports: boolean;
      organization: { __typename: 'Organization'; id: string; name: string };
    }>;
  };
};

export type AnswerCoSponsorshipMutationVariables = Exact<{
  amendmentId: string | number;
  organizationId: string | number;
  accept: boolean;
}>;

export type AnswerCoSponsorshipMutation = {
  answerCoSponsorship: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    viewerCanInviteCoSponsor: boolean;
    onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
    sponsors: Array<{
      __typename: 'AmendmentSponsor';
      status: CosponsorStatus;
      invitedAt: string;
      answeredAt: string | null;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      };
    }>;
    sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
    supporters: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
    }>;
    viewerCoSponsorInvitations: Array<{ __typename: 'Organization'; id: string; name: string }>;
    viewerSupportOptions: Array<{
      __typename: 'ViewerSupportOption';
      supports: boolean;
      organization: { __typename: 'Organization'; id: string; name: string };
    }>;
  };
};

export type SupportAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
  organizationId: string | number;
}>;

export type SupportAmendmentMutation = {
  supportAmendment: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    viewerCanInviteCoSponsor: boolean;
    onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
    sponsors: Array<{
      __typename: 'AmendmentSponsor';
      status: CosponsorStatus;
      invitedAt: string;
      answeredAt: string | null;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      };
    }>;
    sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
    supporters: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
    }>;
    viewerCoSponsorInvitations: Array<{ __typename: 'Organization'; id: string; name: string }>;
    viewerSupportOptions: Array<{
      __typename: 'ViewerSupportOption';
      supports: boolean;
      organization: { __typename: 'Organization'; id: string; name: string };
    }>;
  };
};

export type WithdrawSupportMutationVariables = Exact<{
  amendmentId: string | number;
  organizationId: string | number;
}>;

export type WithdrawSupportMutation = {
  withdrawSupport: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    viewerCanInviteCoSponsor: boolean;
    onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
    sponsors: Array<{
      __typename: 'AmendmentSponsor';
      status: CosponsorStatus;
      invitedAt: string;
      answeredAt: string | null;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      };
    }>;
    sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
    supporters: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
    }>;
    viewerCoSponsorInvitations: Array<{ __typename: 'Organization'; id: string; name: string }>;
    viewerSupportOptions: Array<{
      __typename: 'ViewerSupportOption';
      supports: boolean;
      organization: { __typename: 'Organization'; id: string; name: string };
    }>;
  };
};

export type DeskAmendmentFieldsFragment = {
  __typename: 'DeskAmendment';
  id: string;
  accordId: string;
  accordTitle: string;
  kind: AmendmentKind;
  article: string | null;
  heading: string | null;
  proposedBy: string;
};

export type DeskCommentFieldsFragment = {
  __typename: 'DeskComment';
  id: string;
  accordId: string;
  accordTitle: string;
  amendmentId: string | null;
  clauseId: string | null;
  author: string;
  excerpt: string;
  postedAt: string;
};

export type DeskQueryVariables = Exact<{ [key: string]: never }>;

export type DeskQuery = {
  desk: {
    __typename: 'Desk';
    asOf: string;
    organizations: Array<{
      __typename: 'DeskOrganization';
      id: string;
      name: string;
      group: StakeholderGroup;
      role: MembershipRole;
      votesAwaitingUs: Array<{
        __typename: 'DeskVote';
        closesAt: string | null;
        weVoted: boolean;
        amendment: {
          __typename: 'DeskAmendment';
          id: string;
          accordId: string;
          accordTitle: string;
          kind: AmendmentKind;
          article: string | null;
          heading: string | null;
          proposedBy: string;
        };
      }>;
      closingSoon: Array<{
        __typename: 'DeskVote';
        closesAt: string | null;
        weVoted: boolean;
        amendment: {
          __typename: 'DeskAmendment';
          id: string;
          accordId: string;
          accordTitle: string;
          kind: AmendmentKind;
          article: string | null;
          heading: string | null;
          proposedBy: string;
        };
      }>;
      cosponsorInvitations: Array<{
        __typename: 'DeskCosponsorInvitation';
        invitedBy: string;
        invitedAt: string;
        amendment: {
          __typename: 'DeskAmendment';
          id: string;
          accordId: string;
          accordTitle: string;
          kind: AmendmentKind;
          article: string | null;
          heading: string | null;
          proposedBy: string;
        };
      }>;
      myAmendments: Array<{
        __typename: 'DeskAmendmentChange';
        status: AmendmentStatus;
        changedAt: string;
        amendment: {
          __typename: 'DeskAmendment';
          id: string;
          accordId: string;
          accordTitle: string;
          kind: AmendmentKind;
          article: string | null;
          heading: string | null;
          proposedBy: string;
        };
      }>;
    }>;
    invitations: Array<{
      __typename: 'DeskMembershipInvitation';
      id: string;
      organizationId: string;
      organizationName: string;
      role: MembershipRole;
      invitedBy: string;
      invitedAt: string;
    }>;
    replies: Array<{
      __typename: 'DeskComment';
      id: string;
      accordId: string;
      accordTitle: string;
      amendmentId: string | null;
      clauseId: string | null;
      author: string;
      excerpt: string;
      postedAt: string;
    }>;
    mentions: Array<{
      __typename: 'DeskComment';
      id: string;
      accordId: string;
      accordTitle: string;
      amendmentId: string | null;
      clauseId: string | null;
      author: string;
      excerpt: string;
      postedAt: string;
    }>;
  };
};

export type UserNameFragment = { __typename: 'User'; id: string; displayName: string };

export type PostCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;

export type PostCommentMutation = { postComment: { __typename: 'Comment'; id: string } };

export type EditCommentMutationVariables = Exact<{
  commentId: string | number;
  body: string;
}>;

export type EditCommentMutation = {
  editComment: { __typename: 'Comment'; id: string; body: string; editedAt: string | null };
};

export type DeleteCommentMutationVariables = Exact<{
  commentId: string | number;
}>;

export type DeleteCommentMutation = {
  deleteComment: { __typename: 'Comment'; id: string; deleted: boolean };
};

export type CommentCountsQueryVariables = Exact<{
  accordId: string | number;
}>;

export type CommentCountsQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    clauses: Array<{
      __typename: 'Clause';
      id: string;
      commentCount: number;
      commentCountSeq: number;
    }>;
    amendments: Array<{
      __typename: 'Amendment';
      id: string;
      commentCount: number;
      commentCountSeq: number;
    }>;
  } | null;
};

export type AmendmentCommentsQueryVariables = Exact<{
  id: string | number;
}>;

export type AmendmentCommentsQuery = {
  amendment: {
    __typename: 'Amendment';
    id: string;
    comments: Array<{
      __typename: 'Comment';
      id: string;
      body: string;
      parentId: string | null;
      quoteStart: number | null;
      quoteEnd: number | null;
      createdAt: string;
      editedAt: string | null;
      deleted: boolean;
      amendmentId: string | null;
      clauseId: string | null;
      clauseVersion: number | null;
      replies: Array<{
        __typename: 'Comment';
        id: string;
        body: string;
        parentId: string | null;
        quoteStart: number | null;
        quoteEnd: number | null;
        createdAt: string;
        editedAt: string | null;
        deleted: boolean;
        amendmentId: string | null;
        clauseId: string | null;
        clauseVersion: number | null;
        replies: Array<{
          __typename: 'Comment';
          id: string;
          body: string;
          parentId: string | null;
          quoteStart: number | null;
          quoteEnd: number | null;
          createdAt: string;
          editedAt: string | null;
          deleted: boolean;
          amendmentId: string | null;
          clauseId: string | null;
          clauseVersion: number | null;
          author: { __typename: 'User'; id: string; displayName: string };
          references: Array<{
            __typename: 'ClauseReference';
            field: string;
            start: number;
            end: number;
            written: string;
            clauseId: string;
            number: string;
            removed: boolean;
          }>;
        }>;
        author: { __typename: 'User'; id: string; displayName: string };
        references: Array<{
          __typename: 'ClauseReference';
          field: string;
          start: number;
          end: number;
          written: string;
          clauseId: string;
          number: string;
          removed: boolean;
        }>;
      }>;
      author: { __typename: 'User'; id: string; displayName: string };
      references: Array<{
        __typename: 'ClauseReference';
        field: string;
        start: number;
        end: number;
        written: string;
        clauseId: string;
        number: string;
        removed: boolean;
      }>;
    }>;
  } | null;
};

export type ClauseCommentsQueryVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type ClauseCommentsQuery = {
  clause: {
    __typename: 'Clause';
    id: string;
    comments: Array<{
      __typename: 'Comment';
      id: string;
      body: string;
      parentId: string | null;
      quoteStart: number | null;
      quoteEnd: number | null;
      createdAt: string;
      editedAt: string | null;
      deleted: boolean;
      amendmentId: string | null;
      clauseId: string | null;
      clauseVersion: number | null;
      replies: Array<{
        __typename: 'Comment';
        id: string;
        body: string;
        parentId: string | null;
        quoteStart: number | null;
        quoteEnd: number | null;
        createdAt: string;
        editedAt: string | null;
        deleted: boolean;
        amendmentId: string | null;
        clauseId: string | null;
        clauseVersion: number | null;
        replies: Array<{
          __typename: 'Comment';
          id: string;
          body: string;
          parentId: string | null;
          quoteStart: number | null;
          quoteEnd: number | null;
          createdAt: string;
          editedAt: string | null;
          deleted: boolean;
          amendmentId: string | null;
          clauseId: string | null;
          clauseVersion: number | null;
          author: { __typename: 'User'; id: string; displayName: string };
          references: Array<{
            __typename: 'ClauseReference';
            field: string;
            start: number;
            end: number;
            written: string;
            clauseId: string;
            number: string;
            removed: boolean;
          }>;
        }>;
        author: { __typename: 'User'; id: string; displayName: string };
        references: Array<{
          __typename: 'ClauseReference';
          field: string;
          start: number;
          end: number;
          written: string;
          clauseId: string;
          number: string;
          removed: boolean;
        }>;
      }>;
      author: { __typename: 'User'; id: string; displayName: string };
      references: Array<{
        __typename: 'ClauseReference';
        field: string;
        start: number;
        end: number;
        written: string;
        clauseId: string;
        number: string;
        removed: boolean;
      }>;
    }>;
  } | null;
};

export type CommentFieldsFragment = {
  __typename: 'Comment';
  id: string;
  body: string;
  parentId: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  amendmentId: string | null;
  clauseId: string | null;
  clauseVersion: number | null;
  author: { __typename: 'User'; id: string; displayName: string };
  references: Array<{
    __typename: 'ClauseReference';
    field: string;
    start: number;
    end: number;
    written: string;
    clauseId: string;
    number: string;
    removed: boolean;
  }>;
};

export type CommentTreeFragment = {
  __typename: 'Comment';
  id: string;
  body: string;
  parentId: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  amendmentId: string | null;
  clauseId: string | null;
  clauseVersion: number | null;
  replies: Array<{
    __typename: 'Comment';
    id: string;
    body: string;
    parentId: string | null;
    quoteStart: number | null;
    quoteEnd: number | null;
    createdAt: string;
    editedAt: string | null;
    deleted: boolean;
    amendmentId: string | null;
    clauseId: string | null;
    clauseVersion: number | null;
    replies: Array<{
      __typename: 'Comment';
      id: string;
      body: string;
      parentId: string | null;
      quoteStart: number | null;
      quoteEnd: number | null;
      createdAt: string;
      editedAt: string | null;
      deleted: boolean;
      amendmentId: string | null;
      clauseId: string | null;
      clauseVersion: number | null;
      author: { __typename: 'User'; id: string; displayName: string };
      references: Array<{
        __typename: 'ClauseReference';
        field: string;
        start: number;
        end: number;
        written: string;
        clauseId: string;
        number: string;
        removed: boolean;
      }>;
    }>;
    author: { __typename: 'User'; id: string; displayName: string };
    references: Array<{
      __typename: 'ClauseReference';
      field: string;
      start: number;
      end: number;
      written: string;
      clauseId: string;
      number: string;
      removed: boolean;
    }>;
  }>;
  author: { __typename: 'User'; id: string; displayName: string };
  references: Array<{
    __typename: 'ClauseReference';
    field: string;
    start: number;
    end: number;
    written: string;
    clauseId: string;
    number: string;
    removed: boolean;
  }>;
};

export type AddParticipantMutationVariables = Exact<{
  accordId: string | number;
  organizationId: string | number;
  role: ParticipantRole;
}>;

export type AddParticipantMutation = {
  addParticipant: {
    __typename: 'Participant';
    role: ParticipantRole;
    organization: { __typename: 'Organization'; id: string; name: string };
  };
};

export type VotesInProgressQueryVariables = Exact<{
  accordId: string | number;
}>;

export type VotesInProgressQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    amendments: Array<{
      __typename: 'Amendment';
      closesAt: string | null;
      id: string;
      kind: AmendmentKind;
      status: AmendmentStatus;
      heading: string | null;
      text: string | null;
      force: NormativeForce | null;
      position: number | null;
      rationale: string;
      createdAt: string;
      baseVersion: number | null;
      tally: {
        __typename: 'Tally';
        sealed: boolean;
        for: number | null;
        against: number | null;
        abstain: number | null;
        eligible: number;
        cast: number;
        passed: boolean | null;
        quorumMet: boolean;
        explanation: string;
        chambers: Array<{
          __typename: 'ChamberTally';
          group: StakeholderGroup;
          for: number | null;
          against: number | null;
          abstain: number | null;
          eligible: number;
          voted: number;
          passed: boolean | null;
          quorumMet: boolean;
          revealsVotes: boolean;
        }>;
      };
      newArticle: { __typename: 'NewArticle'; number: string; after: string | null } | null;
      clause: { __typename: 'Clause'; id: string; number: string } | null;
      onBehalfOf: { __typename: 'Organization'; id: string; name: string };
      conflict: { __typename: 'AmendmentConflict'; reason: string } | null;
      votingRounds: Array<{
        __typename: 'VotingRound';
        number: number;
        outcome: VotingRoundOutcome | null;
      }>;
    }>;
  } | null;
};

export type SetDecisionRuleMutationVariables = Exact<{
  accordId: string | number;
  rule: DecisionRuleInput;
}>;

export type SetDecisionRuleMutation = {
  setDecisionRule: {
    __typename: 'Accord';
    id: string;
    rule: {
      __typename: 'DecisionRule';
      kind: DecisionRuleKind;
      threshold: number | null;
      quorum: number | null;
      secretBallot: boolean;
      minSponsors: number | null;
      minSponsorGroups: number | null;
      weights: Array<{ __typename: 'GroupWeight'; group: StakeholderGroup; weight: number }> | null;
    };
    smallChambers: Array<{ __typename: 'SmallChamber'; group: StakeholderGroup; parties: number }>;
  };
};

export type RenumberClausesMutationVariables = Exact<{
  accordId: string | number;
}>;

export type RenumberClausesMutation = {
  renumberClauses: {
    __typename: 'Renumbering';
    seq: number;
    changes: Array<{ __typename: 'NumberChange'; clauseId: string; from: string; to: string }>;
  };
};

export type SetProposalWindowMutationVariables = Exact<{
  accordId: string | number;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
  closeNow?: boolean | null | undefined;
}>;

export type SetProposalWindowMutation = {
  setProposalWindow: {
    __typename: 'Accord';
    id: string;
    proposalsOpenFrom: string | null;
    proposalsCloseAt: string | null;
    viewerCanAmend: boolean;
  };
};

export type FrameworksQueryVariables = Exact<{ [key: string]: never }>;

export type FrameworksQuery = {
  mayEditFrameworks: boolean;
  frameworks: Array<{
    __typename: 'Framework';
    id: string;
    shortName: string;
    title: string;
    publisher: string | null;
    year: number;
    publishedOn: string | null;
    sourceUrl: string | null;
    description: string | null;
    norms: Array<{
      __typename: 'Norm';
      id: string;
      key: string;
      title: string | null;
      text: string;
      force: NormativeForce;
      sourceUrl: string | null;
      correspondsTo: Array<{
        __typename: 'Norm';
        id: string;
        key: string;
        framework: { __typename: 'Framework'; id: string; shortName: string };
      }>;
    }>;
  }>;
};

export type ImportFrameworkMutationVariables = Exact<{
  content: string;
  format: FrameworkFileFormat;
  frameworkId?: string | number | null | undefined;
}>;

export type ImportFrameworkMutation = {
  importFramework: { __typename: 'Framework'; id: string; shortName: string };
};

export type FrameworkComparisonQueryVariables = Exact<{
  accordId: string | number;
  frameworkIds: Array<string | number> | string | number;
}>;

export type FrameworkComparisonQuery = {
  frameworkComparison: {
    __typename: 'FrameworkComparison';
    accordId: string;
    seq: number;
    frameworks: Array<{
      __typename: 'FrameworkCoverage';
      stronger: number;
      equivalent: number;
      weaker: number;
      silent: number;
      framework: {
        __typename: 'Framework';
        id: string;
        shortName: string;
        title: string;
        year: number;
      };
      norms: Array<{
        __typename: 'NormCoverageRow';
        coverage: NormCoverage;
        norm: {
          __typename: 'Norm';
          id: string;
          key: string;
          title: string | null;
          text: string;
          force: NormativeForce;
          sourceUrl: string | null;
          correspondsTo: Array<{
            __typename: 'Norm';
            id: string;
            key: string;
            framework: { __typename: 'Framework'; id: string; shortName: string };
          }>;
        };
        clauses: Array<{
          __typename: 'CoveringClause';
          clauseId: string;
          number: string;
          heading: string | null;
          force: NormativeForce;
          source: string | null;
        }>;
      }>;
    }>;
  };
};

export type AccordSourcesQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordSourcesQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    clauses: Array<{
      __typename: 'Clause';
      id: string;
      number: string;
      current: {
        __typename: 'ClauseVersion';
        version: number;
        sources: Array<string>;
        author: { __typename: 'Organization'; id: string } | null;
        citations: Array<{
          __typename: 'NormCitation';
          source: string | null;
          norm: { __typename: 'Norm'; id: string };
        }>;
      };
    }>;
  } | null;
};

export type LinkSourceToNormMutationVariables = Exact<{
  clauseId: string | number;
  source: string;
  normId?: string | number | null | undefined;
}>;

export type LinkSourceToNormMutation = {
  linkSourceToNorm: { __typename: 'ClauseVersion'; version: number };
};

export type ClauseHistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type ClauseHistoryQuery = {
  clause: {
    __typename: 'Clause';
    id: string;
    number: string;
    current: {
      __typename: 'ClauseVersion';
      version: number;
      heading: string | null;
      text: string;
      force: NormativeForce;
      sources: Array<string>;
      createdAt: string;
    };
    versions: Array<{
      __typename: 'ClauseVersion';
      version: number;
      heading: string | null;
      text: string;
      force: NormativeForce;
      sources: Array<string>;
      createdAt: string;
      author: { __typename: 'Organization'; id: string; name: string } | null;
      amendment: { __typename: 'Amendment'; id: string; rationale: string } | null;
    }>;
    attribution: Array<{
      __typename: 'TextSpan';
      text: string;
      version: number;
      amendmentId: string | null;
      author: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
      } | null;
    }>;
  } | null;
};

export type ClauseDiffQueryVariables = Exact<{
  clauseId: string | number;
  fromVersion: number;
  toVersion: number;
}>;

export type ClauseDiffQuery = {
  clauseDiff: {
    __typename: 'ClauseDiff';
    fromVersion: number;
    toVersion: number;
    parts: Array<{ __typename: 'DiffPart'; op: string; text: string }>;
  };
};

export type AccordAtQueryVariables = Exact<{
  accordId: string | number;
  seq?: number | null | undefined;
  at?: string | null | undefined;
}>;

export type AccordAtQuery = {
  accordAt: {
    __typename: 'AccordSnapshot';
    accordId: string;
    seq: number;
    at: string;
    clauses: Array<{
      __typename: 'ClauseVersionInAccord';
      clauseId: string;
      number: string;
      version: number;
      heading: string | null;
      text: string;
      force: NormativeForce;
    }>;
  };
};

export type AccordEventsQueryVariables = Exact<{
  accordId: string | number;
  afterSeq?: number | null | undefined;
  first?: number | null | undefined;
}>;

export type AccordEventsQuery = {
  accordEvents: Array<{
    __typename: 'AccordEvent';
    seq: number;
    type: string;
    at: string;
    actorId: string | null;
    payload: unknown;
    hash: string;
    prevHash: string;
  }>;
};

export type VerifyHistoryQueryVariables = Exact<{
  accordId: string | number;
}>;

export type VerifyHistoryQuery = {
  verifyHistory: {
    __typename: 'HistoryVerification';
    ok: boolean;
    checked: number;
    firstBrokenSeq: number | null;
    headHash: string;
    explanation: string;
    checkpointsVerified: number;
  };
};

export type AccordCheckpointsQueryVariables = Exact<{
  accordId: string | number;
}>;

export type AccordCheckpointsQuery = {
  accordCheckpoints: Array<{
    __typename: 'Checkpoint';
    seq: number;
    hash: string;
    every: number;
    at: string;
    keyId: string;
    signature: string;
  }>;
  signingKeys: Array<{
    __typename: 'SigningKey';
    keyId: string;
    fingerprint: string;
    current: boolean;
  }>;
};

export type AccordDiffQueryVariables = Exact<{
  accordId: string | number;
  from: AccordMomentInput;
  to: AccordMomentInput;
}>;

export type AccordDiffQuery = {
  accordDiff: {
    __typename: 'AccordDiff';
    accordId: string;
    from: { __typename: 'AccordMoment'; seq: number; at: string };
    to: { __typename: 'AccordMoment'; seq: number; at: string };
    articles: Array<{
      __typename: 'ArticleChange';
      clauseId: string;
      kind: ArticleChangeKind;
      reworded: boolean;
      moved: boolean;
      from: {
        __typename: 'ClauseVersionInAccord';
        number: string;
        heading: string | null;
        force: NormativeForce;
      } | null;
      to: {
        __typename: 'ClauseVersionInAccord';
        number: string;
        heading: string | null;
        force: NormativeForce;
      } | null;
      parts: Array<{ __typename: 'DiffPart'; op: string; text: string }>;
      amendments: Array<{
        __typename: 'Amendment';
        id: string;
        kind: AmendmentKind;
        onBehalfOf: { __typename: 'Organization'; id: string; name: string };
      }>;
    }>;
  };
};

export type IncidentFactsFragment = {
  __typename: 'Incident';
  id: string;
  accordId: string;
  name: string;
  startedOn: string;
  endedOn: string | null;
  description: string;
  sources: Array<string>;
  revision: number;
  recordedAt: string;
  revisedAt: string | null;
  actors: Array<{
    __typename: 'IncidentActor';
    name: string;
    attribution: AttributionConfidence;
    note: string | null;
  }>;
  responses: Array<{
    __typename: 'IncidentResponse';
    kind: IncidentResponseKind;
    by: string;
    on: string | null;
    description: string;
    source: string | null;
  }>;
  recordedFor: {
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  };
};

export type AccordIncidentsQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordIncidentsQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    incidents: Array<{
      __typename: 'Incident';
      id: string;
      accordId: string;
      name: string;
      startedOn: string;
      endedOn: string | null;
      description: string;
      sources: Array<string>;
      revision: number;
      recordedAt: string;
      revisedAt: string | null;
      actors: Array<{
        __typename: 'IncidentActor';
        name: string;
        attribution: AttributionConfidence;
        note: string | null;
      }>;
      responses: Array<{
        __typename: 'IncidentResponse';
        kind: IncidentResponseKind;
        by: string;
        on: string | null;
        description: string;
        source: string | null;
      }>;
      recordedFor: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
      };
    }>;
    viewerAssessingOrganizations: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    }>;
  } | null;
};

export type IncidentMatrixQueryVariables = Exact<{
  accordId: string | number;
}>;

export type IncidentMatrixQuery = {
  incidentMatrix: {
    __typename: 'IncidentMatrix';
    accordId: string;
    incidents: Array<{ __typename: 'MatrixIncident'; id: string; name: string; startedOn: string }>;
    clauses: Array<{
      __typename: 'MatrixClause';
      id: string;
      number: string;
      heading: string | null;
    }>;
    cells: Array<{
      __typename: 'IncidentMatrixCell';
      incidentId: string;
      clauseId: string;
      breached: number;
      notBreached: number;
      unclear: number;
      total: number;
      breachShare: number;
      groupsDisagree: boolean;
    }>;
  };
};

export type IncidentPageQueryVariables = Exact<{
  id: string | number;
  accordId: string | number;
}>;

export type IncidentPageQuery = {
  incident: {
    __typename: 'Incident';
    viewerCanRevise: boolean;
    id: string;
    accordId: string;
    name: string;
    startedOn: string;
    endedOn: string | null;
    description: string;
    sources: Array<string>;
    revision: number;
    recordedAt: string;
    revisedAt: string | null;
    assessments: Array<{
      __typename: 'IncidentAssessment';
      id: string;
      verdict: AssessmentVerdict;
      reasoning: string;
      revision: number;
      assessedAt: string;
      clause: { __typename: 'Clause'; id: string; number: string } | null;
      norm: {
        __typename: 'Norm';
        id: string;
        key: string;
        title: string | null;
        framework: { __typename: 'Framework'; id: string; shortName: string };
      } | null;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
      };
      assessedBy: { __typename: 'User'; id: string; displayName: string } | null;
      history: Array<{
        __typename: 'AssessmentRevision';
        revision: number;
        verdict: AssessmentVerdict;
        reasoning: string;
        assessedAt: string;
      }>;
    }>;
    actors: Array<{
      __typename: 'IncidentActor';
      name: string;
      attribution: AttributionConfidence;
      note: string | null;
    }>;
    responses: Array<{
      __typename: 'IncidentResponse';
      kind: IncidentResponseKind;
      by: string;
      on: string | null;
      description: string;
      source: string | null;
    }>;
    recordedFor: {
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    };
  };
  accord: {
    __typename: 'Accord';
    id: string;
    clauses: Array<{
      __typename: 'Clause';
      id: string;
      number: string;
      current: { __typename: 'ClauseVersion'; version: number; heading: string | null };
    }>;
    viewerAssessingOrganizations: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    }>;
  } | null;
  frameworks: Array<{
    __typename: 'Framework';
    id: string;
    shortName: string;
    norms: Array<{ __typename: 'Norm'; id: string; key: string; title: string | null }>;
  }>;
};

export type RecordIncidentMutationVariables = Exact<{
  input: RecordIncidentInput;
}>;

export type RecordIncidentMutation = {
  recordIncident: {
    __typename: 'Incident';
    id: string;
    accordId: string;
    name: string;
    startedOn: string;
    endedOn: string | null;
    description: string;
    sources: Array<string>;
    revision: number;
    recordedAt: string;
    revisedAt: string | null;
    actors: Array<{
      __typename: 'IncidentActor';
      name: string;
      attribution: AttributionConfidence;
      note: string | null;
    }>;
    responses: Array<{
      __typename: 'IncidentResponse';
      kind: IncidentResponseKind;
      by: string;
      on: string | null;
      description: string;
      source: string | null;
    }>;
    recordedFor: {
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    };
  };
};

export type AssessIncidentMutationVariables = Exact<{
  input: AssessIncidentInput;
}>;

export type AssessIncidentMutation = {
  assessIncident: {
    __typename: 'IncidentAssessment';
    id: string;
    verdict: AssessmentVerdict;
    reasoning: string;
    revision: number;
  };
};

export type ReviseIncidentMutationVariables = Exact<{
  input: ReviseIncidentInput;
}>;

export type ReviseIncidentMutation = {
  reviseIncident: {
    __typename: 'Incident';
    id: string;
    accordId: string;
    name: string;
    startedOn: string;
    endedOn: string | null;
    description: string;
    sources: Array<string>;
    revision: number;
    recordedAt: string;
    revisedAt: string | null;
    actors: Array<{
      __typename: 'IncidentActor';
      name: string;
      attribution: AttributionConfidence;
      note: string | null;
    }>;
    responses: Array<{
      __typename: 'IncidentResponse';
      kind: IncidentResponseKind;
      by: string;
      on: string | null;
      description: string;
      source: string | null;
    }>;
    recordedFor: {
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    };
  };
};

export type AccordMilestonesQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordMilestonesQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    milestones: Array<{
      __typename: 'Milestone';
      id: string;
      name: string;
      seq: number;
      markedAt: string;
      markedBy: { __typename: 'User'; id: string; displayName: string } | null;
    }>;
  } | null;
};

export type MarkMilestoneMutationVariables = Exact<{
  accordId: string | number;
  name: string;
}>;

export type MarkMilestoneMutation = {
  markMilestone: { __typename: 'Milestone'; id: string; name: string; seq: number };
};

export type NotificationFieldsFragment = {
  __typename: 'Notification';
  id: string;
  kind: NotificationKind;
  text: string;
  path: string;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type NotificationsQuery = {
  unreadNotificationCount: number;
  notifications: {
    __typename: 'NotificationPage';
    endCursor: string | null;
    items: Array<{
      __typename: 'Notification';
      id: string;
      kind: NotificationKind;
      text: string;
      path: string;
      createdAt: string;
      readAt: string | null;
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  upTo?: string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationSettingsQuery = {
  notificationSettings: Array<{
    __typename: 'NotificationSetting';
    kind: NotificationKind;
    email: EmailDelivery;
  }>;
};

export type UpdateNotificationSettingsMutationVariables = Exact<{
  settings: Array<NotificationSettingInput> | NotificationSettingInput;
}>;

export type UpdateNotificationSettingsMutation = {
  updateNotificationSettings: Array<{
    __typename: 'NotificationSetting';
    kind: NotificationKind;
    email: EmailDelivery;
  }>;
};

export type VerificationQueueQueryVariables = Exact<{ [key: string]: never }>;

export type VerificationQueueQuery = {
  organizationsAwaitingVerification: Array<{
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  }>;
};

export type OperatorsQueryVariables = Exact<{ [key: string]: never }>;

export type OperatorsQuery = {
  operators: Array<{ __typename: 'User'; id: string; displayName: string }>;
};

export type VerifyOrganizationMutationVariables = Exact<{
  input: VerifyOrganizationInput;
}>;

export type VerifyOrganizationMutation = {
  verifyOrganization: {
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  };
};

export type RevokeVerificationMutationVariables = Exact<{
  organizationId: string | number;
  reason: string;
}>;

export type RevokeVerificationMutation = {
  revokeVerification: {
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  };
};

export type GrantOperatorMutationVariables = Exact<{
  email: string;
}>;

export type GrantOperatorMutation = {
  grantOperator: { __typename: 'User'; id: string; displayName: string };
};

export type OrganizationIdentityFragment = {
  __typename: 'Organization';
  id: string;
  name: string;
  group: StakeholderGroup;
  country: string | null;
  website: string | null;
  verified: boolean;
  handle: string;
};

export type MyMembershipFragment = {
  __typename: 'Membership';
  role: MembershipRole;
  since: string;
  organization: {
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  };
};

export type OrganizationsQueryVariables = Exact<{
  search?: string | null | undefined;
  group?: StakeholderGroup | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type OrganizationsQuery = {
  organizations: Array<{
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  }>;
};

export type OrganizationByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganizationByIdQuery = {
  organization: {
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  };
};

export type MyOrganizationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyOrganizationsQuery = {
  me: {
    __typename: 'User';
    id: string;
    memberships: Array<{
      __typename: 'Membership';
      role: MembershipRole;
      since: string;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
        members: Array<{
          __typename: 'Membership';
          role: MembershipRole;
          since: string;
          user: { __typename: 'User'; id: string; displayName: string; email: string | null };
        }> | null;
        invitations: Array<{
          __typename: 'Invitation';
          id: string;
          email: string;
          role: MembershipRole;
          createdAt: string;
        }> | null;
      };
    }>;
    invitations: Array<{
      __typename: 'Invitation';
      id: string;
      role: MembershipRole;
      createdAt: string;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
      };
      invitedBy: { __typename: 'User'; displayName: string };
    }> | null;
  } | null;
};

export type CreateOrganizationMutationVariables = Exact<{
  name: string;
  group: StakeholderGroup;
  country?: string | null | undefined;
  website?: string | null | undefined;
}>;

export type CreateOrganizationMutation = {
  createOrganization: {
    __typename: 'Organization';
    id: string;
    name: string;
    group: StakeholderGroup;
    country: string | null;
    website: string | null;
    verified: boolean;
    handle: string;
  };
};

export type InviteMemberMutationVariables = Exact<{
  organizationId: string | number;
  email: string;
  role: MembershipRole;
}>;

export type InviteMemberMutation = {
  inviteMember: {
    __typename: 'Invitation';
    id: string;
    email: string;
    role: MembershipRole;
    status: InvitationStatus;
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: { __typename: 'Invitation'; id: string; status: InvitationStatus };
};

export type DeclineInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type DeclineInvitationMutation = {
  declineInvitation: { __typename: 'Invitation'; id: string; status: InvitationStatus };
};

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type RevokeInvitationMutation = {
  revokeInvitation: { __typename: 'Invitation'; id: string; status: InvitationStatus };
};

export type EndMembershipMutationVariables = Exact<{
  organizationId: string | number;
  userId: string | number;
}>;

export type EndMembershipMutation = {
  endMembership: { __typename: 'Membership'; role: MembershipRole };
};

export type PrintAccordQueryVariables = Exact<{
  id: string | number;
}>;

export type PrintAccordQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    title: string;
    preamble: string | null;
    lastSeq: number;
    headHash: string;
    clauses: Array<{
      __typename: 'Clause';
      id: string;
      number: string;
      current: {
        __typename: 'ClauseVersion';
        heading: string | null;
        text: string;
        force: NormativeForce;
        sources: Array<string>;
      };
    }>;
    amendments: Array<{
      __typename: 'Amendment';
      id: string;
      kind: AmendmentKind;
      status: AmendmentStatus;
      text: string | null;
      heading: string | null;
      force: NormativeForce | null;
      position: number | null;
      clause: { __typename: 'Clause'; id: string; number: string } | null;
      onBehalfOf: { __typename: 'Organization'; id: string; name: string };
      asItWouldApply: {
        __typename: 'ProjectedClauseVersion';
        changes: Array<{ __typename: 'DiffPart'; op: string; text: string }>;
      } | null;
    }>;
  } | null;
};

export type AccordProposalsQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordProposalsQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    amendments: Array<{
      __typename: 'Amendment';
      id: string;
      onBehalfOf: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
      sponsorGroups: Array<{ __typename: 'GroupCount'; group: StakeholderGroup; count: number }>;
      asItWouldApply: {
        __typename: 'ProjectedClauseVersion';
        heading: string | null;
        force: NormativeForce;
        changes: Array<{ __typename: 'DiffPart'; op: string; text: string }>;
      } | null;
      tally: {
        __typename: 'Tally';
        sealed: boolean;
        for: number | null;
        against: number | null;
        abstain: number | null;
        eligible: number;
        cast: number;
        passed: boolean | null;
        quorumMet: boolean;
        explanation: string;
        chambers: Array<{
          __typename: 'ChamberTally';
          group: StakeholderGroup;
          for: number | null;
          against: number | null;
          abstain: number | null;
          eligible: number;
          voted: number;
          passed: boolean | null;
          quorumMet: boolean;
          revealsVotes: boolean;
        }>;
      };
      viewerBallots: Array<{
        __typename: 'ViewerBallot';
        organization: { __typename: 'Organization'; id: string };
      }>;
    }>;
  } | null;
};

export type SearchQueryVariables = Exact<{
  query: string;
  accordId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;

export type SearchQuery = {
  search: {
    __typename: 'SearchResults';
    hasMore: boolean;
    endCursor: string | null;
    hits: Array<{
      __typename: 'SearchHit';
      kind: SearchKind;
      rank: number;
      heading: string | null;
      snippet: Array<{ __typename: 'SnippetPart'; text: string; highlighted: boolean }>;
      accord: { __typename: 'SearchAccord'; id: string; title: string } | null;
      clause: {
        __typename: 'SearchClause';
        id: string;
        number: string;
        version: number;
        current: boolean;
        removed: boolean;
      } | null;
      amendment: {
        __typename: 'SearchAmendment';
        id: string;
        kind: AmendmentKind;
        status: AmendmentStatus;
      } | null;
      comment: { __typename: 'SearchComment'; id: string; parentId: string | null } | null;
      organization: {
        __typename: 'SearchOrganization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
      } | null;
    }>;
  };
};

export type AccordSignatoriesQueryVariables = Exact<{
  id: string | number;
}>;

export type AccordSignatoriesQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    title: string;
    lastSeq: number;
    finalDeclaration: {
      __typename: 'FinalDeclaration';
      seq: number;
      hash: string;
      textSeq: number;
      declaredAt: string;
    } | null;
    previousVersion: { __typename: 'AccordVersionLink'; id: string; title: string } | null;
    nextVersion: { __typename: 'AccordVersionLink'; id: string; title: string } | null;
    publicPage: {
      __typename: 'PublicPage';
      slug: string;
      path: string;
      publishedAt: string;
    } | null;
    clauses: Array<{
      __typename: 'Clause';
      id: string;
      number: string;
      current: {
        __typename: 'ClauseVersion';
        version: number;
        heading: string | null;
        text: string;
        force: NormativeForce;
        sources: Array<string>;
        createdAt: string;
      };
    }>;
    amendments: Array<{ __typename: 'Amendment'; id: string }>;
    signatures: Array<{
      __typename: 'Signature';
      id: string;
      signedAt: string;
      seq: number;
      statement: string | null;
      withdrawnAt: string | null;
      withdrawalReason: string | null;
      reservations: Array<{
        __typename: 'Reservation';
        clauseId: string;
        number: string;
        text: string;
      }>;
      organization: {
        __typename: 'Organization';
        id: string;
        name: string;
        group: StakeholderGroup;
        country: string | null;
        website: string | null;
        verified: boolean;
        handle: string;
      };
    }>;
    signatoryCounts: Array<{
      __typename: 'SignatoryCount';
      date: string;
      group: StakeholderGroup;
      count: number;
    }>;
    implementationReports: Array<{
      __typename: 'ImplementationReport';
      id: string;
      clauseId: string;
      status: ImplementationStatus;
      text: string;
      reportedAt: string;
      organization: { __typename: 'Organization'; id: string };
    }>;
  } | null;
};

export type SignatoriesViewerQueryVariables = Exact<{
  id: string | number;
}>;

export type SignatoriesViewerQuery = {
  accord: {
    __typename: 'Accord';
    id: string;
    viewerIsFacilitator: boolean;
    viewerSigningOrganizations: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    }>;
    viewerSignatoryOrganizations: Array<{
      __typename: 'Organization';
      id: string;
      name: string;
      group: StakeholderGroup;
      country: string | null;
      website: string | null;
      verified: boolean;
      handle: string;
    }>;
  } | null;
};

export type DeclareFinalMutationVariables = Exact<{
  accordId: string | number;
}>;

export type DeclareFinalMutation = {
  declareFinal: { __typename: 'Accord'; id: string; lastSeq: number };
};

export type StartNewVersionMutationVariables = Exact<{
  accordId: string | number;
  title?: string | null | undefined;
}>;

export type StartNewVersionMutation = {
  startNewVersion: { __typename: 'Accord'; id: string; title: string };
};

export type SignAccordMutationVariables = Exact<{
  input: SignAccordInput;
}>;

export type SignAccordMutation = {
  signAccord: { __typename: 'Signature'; id: string; seq: number };
};

export type WithdrawSignatureMutationVariables = Exact<{
  accordId: string | number;
  organizationId: string | number;
  reason?: string | null | undefined;
}>;

export type WithdrawSignatureMutation = {
  withdrawSignature: { __typename: 'Signature'; id: string; withdrawnAt: string | null };
};

export type FileImplementationReportMutationVariables = Exact<{
  input: ImplementationReportInput;
}>;

export type FileImplementationReportMutation = {
  fileImplementationReport: { __typename: 'ImplementationReport'; id: string; seq: number };
};

export type PublishAccordMutationVariables = Exact<{
  accordId: string | number;
}>;

export type PublishAccordMutation = {
  publishAccord: { __typename: 'Accord'; id: string; lastSeq: number };
};

export type UnpublishAccordMutationVariables = Exact<{
  accordId: string | number;
}>;

export type UnpublishAccordMutation = {
  unpublishAccord: { __typename: 'Accord'; id: string; lastSeq: number };
};

export type AmendmentVotesFragment = {
  __typename: 'Amendment';
  id: string;
  ballots: Array<{
    __typename: 'Ballot';
    choice: BallotChoice;
    explanation: string | null;
    castAt: string;
    organization: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
    changes: Array<{
      __typename: 'BallotChange';
      choice: BallotChoice;
      explanation: string | null;
      castAt: string;
    }>;
  }>;
  tally: {
    __typename: 'Tally';
    sealed: boolean;
    for: number | null;
    against: number | null;
    abstain: number | null;
    eligible: number;
    cast: number;
    passed: boolean | null;
    quorumMet: boolean;
    explanation: string;
    chambers: Array<{
      __typename: 'ChamberTally';
      group: StakeholderGroup;
      for: number | null;
      against: number | null;
      abstain: number | null;
      eligible: number;
      voted: number;
      passed: boolean | null;
      quorumMet: boolean;
      revealsVotes: boolean;
    }>;
  };
};

export type AccordRuleFragment = {
  __typename: 'Accord';
  id: string;
  rule: {
    __typename: 'DecisionRule';
    kind: DecisionRuleKind;
    threshold: number | null;
    quorum: number | null;
    secretBallot: boolean;
    minSponsors: number | null;
    minSponsorGroups: number | null;
    weights: Array<{ __typename: 'GroupWeight'; group: StakeholderGroup; weight: number }> | null;
  };
};

export type CastBallotMutationVariables = Exact<{
  amendmentId: string | number;
  organizationId: string | number;
  choice: BallotChoice;
  explanation?: string | null | undefined;
}>;

export type CastBallotMutation = {
  castBallot: {
    __typename: 'Ballot';
    choice: BallotChoice;
    explanation: string | null;
    castAt: string;
    receipt: {
      __typename: 'BallotReceipt';
      accordId: string;
      amendmentId: string;
      seq: number;
      hash: string;
      castAt: string;
      organization: { __typename: 'Organization'; id: string; name: string };
    } | null;
  };
};

export type OpenVotingMutationVariables = Exact<{
  amendmentId: string | number;
  closesAt?: string | null | undefined;
}>;

export type OpenVotingMutation = {
  openVoting: {
    __typename: 'Amendment';
    id: string;
    status: AmendmentStatus;
    closesAt: string | null;
  };
};

export type CloseVotingMutationVariables = Exact<{
  amendmentId: string | number;
}>;

export type CloseVotingMutation = {
  closeVoting: { __typename: 'Amendment'; id: string; status: AmendmentStatus };
};

export type BallotReceiptFieldsFragment = {
  __typename: 'BallotReceipt';
  accordId: string;
  amendmentId: string;
  seq: number;
  hash: string;
  castAt: string;
  organization: { __typename: 'Organization'; id: string; name: string };
};

export type MyBallotReceiptsQueryVariables = Exact<{
  amendmentId: string | number;
}>;

export type MyBallotReceiptsQuery = {
  myBallotReceipts: Array<{
    __typename: 'BallotReceipt';
    accordId: string;
    amendmentId: string;
    seq: number;
    hash: string;
    castAt: string;
    organization: { __typename: 'Organization'; id: string; name: string };
  }>;
};

export type CheckReceiptQueryVariables = Exact<{
  accordId: string | number;
  seq: number;
  hash: string;
}>;

export type CheckReceiptQuery = {
  checkReceipt: {
    __typename: 'ReceiptCheck';
    seq: number;
    hash: string;
    inChain: boolean;
    chainOk: boolean;
    explanation: string;
    coveredBy: { __typename: 'Checkpoint'; seq: number; at: string; keyId: string } | null;
  };
};

export type TallyFieldsFragment = {
  __typename: 'Tally';
  sealed: boolean;
  for: number | null;
  against: number | null;
  abstain: number | null;
  eligible: number;
  cast: number;
  passed: boolean | null;
  quorumMet: boolean;
  explanation: string;
  chambers: Array<{
    __typename: 'ChamberTally';
    group: StakeholderGroup;
    for: number | null;
    against: number | null;
    abstain: number | null;
    eligible: number;
    voted: number;
    passed: boolean | null;
    quorumMet: boolean;
    revealsVotes: boolean;
  }>;
};

export type BallotFieldsFragment = {
  __typename: 'Ballot';
  choice: BallotChoice;
  explanation: string | null;
  castAt: string;
  organization: { __typename: 'Organization'; id: string; name: string; group: StakeholderGroup };
  changes: Array<{
    __typename: 'BallotChange';
    choice: BallotChoice;
    explanation: string | null;
    castAt: string;
  }>;
};

export const AmendmentSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newArticle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clause' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conflict' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votingRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentSummaryFragment, unknown>;
export const AmendmentViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanOpenVoting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCloseVoting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRebase' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerBallots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentViewerFieldsFragment, unknown>;
export const ProposedClauseNumberFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposedClauseNumber' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Clause' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposedClauseNumberFragment, unknown>;
export const ProposalSponsorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProposalSponsor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalSponsorFragment, unknown>;
export const ClauseVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseVersionFieldsFragment, unknown>;
export const NewClauseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewClause' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Clause' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClauseVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewClauseFragment, unknown>;
export const PendingAmendmentsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PendingAmendments' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Accord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingAmendmentsFragment, unknown>;
export const NewAmendmentCountFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewAmendmentCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCountSeq' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewAmendmentCountFragment, unknown>;
export const NewClauseCountFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NewClauseCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Clause' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCountSeq' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewClauseCountFragment, unknown>;
export const AmendmentSponsorsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsorGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supporters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanInviteCoSponsor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSponsorInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerSupportOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supports' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentSponsorsFieldsFragment, unknown>;
export const DeskAmendmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskAmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeskAmendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'article' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedBy' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskAmendmentFieldsFragment, unknown>;
export const DeskCommentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskCommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeskComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskCommentFieldsFragment, unknown>;
export const UserNameFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserName' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserNameFragment, unknown>;
export const ClauseReferenceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseReferenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseReference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'written' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseReferenceFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClauseReferenceFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseReferenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseReference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'written' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const CommentTreeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentTree' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseReferenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseReference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'written' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClauseReferenceFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentTreeFragment, unknown>;
export const OrganizationIdentityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationIdentityFragment, unknown>;
export const IncidentFactsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IncidentFactsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const MyMembershipFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyMembership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyMembershipFragment, unknown>;
export const BallotFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ballot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BallotFieldsFragment, unknown>;
export const TallyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sealed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chambers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'for' } },
                { kind: 'Field', name: { kind: 'Name', value: 'against' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealsVotes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TallyFieldsFragment, unknown>;
export const AmendmentVotesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentVotes' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ballots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BallotFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ballot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sealed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chambers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'for' } },
                { kind: 'Field', name: { kind: 'Name', value: 'against' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealsVotes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentVotesFragment, unknown>;
export const DecisionRuleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretBallot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsorGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionRuleFieldsFragment, unknown>;
export const AccordRuleFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccordRule' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Accord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionRuleFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretBallot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsorGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordRuleFragment, unknown>;
export const BallotReceiptFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BallotReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BallotReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
          { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BallotReceiptFieldsFragment, unknown>;
export const AccordListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preamble' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsFacilitator' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'OPEN' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordListQuery, AccordListQueryVariables>;
export const CreateAccordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAccord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'preamble' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAccord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'preamble' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'preamble' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rule' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAccordMutation, CreateAccordMutationVariables>;
export const AccordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Accord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preamble' } },
                { kind: 'Field', name: { kind: 'Name', value: 'facilitatorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalsOpenFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalsCloseAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DecisionRuleFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'smallChambers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parties' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OrganizationIdentity' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ClauseVersionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentSummary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretBallot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsorGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newArticle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clause' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conflict' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votingRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordQuery, AccordQueryVariables>;
export const NewArticleAtDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewArticleAt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'position' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'newArticleAt' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'position' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'position' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewArticleAtQuery, NewArticleAtQueryVariables>;
export const AccordViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordViewer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsFacilitator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAmend' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerVotingOrganizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordViewerQuery, AccordViewerQueryVariables>;
export const AmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Amendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'references' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ClauseReferenceFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
                { kind: 'Field', name: { kind: 'Name', value: 'votingOpenedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'onBehalfOf' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'group' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clause' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ClauseVersionFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ClauseVersionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ballots' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BallotFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'baseMoved' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflict' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'currentVersion' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'asItWouldApply' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'ontoVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applied' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ClauseVersionFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appliedDifference' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentViewerFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'votingRounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'suspendedBecause' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currentVersion' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tally' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TallyFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ballots' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'BallotFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newArticle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clause' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conflict' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votingRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseReferenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseReference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'written' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ballot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sealed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chambers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'for' } },
                { kind: 'Field', name: { kind: 'Name', value: 'against' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealsVotes' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanOpenVoting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCloseVoting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRebase' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerBallots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentQuery, AmendmentQueryVariables>;
export const ProposeAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeAmendmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeAmendmentMutation, ProposeAmendmentMutationVariables>;
export const WithdrawAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAmendmentMutation, WithdrawAmendmentMutationVariables>;
export const RebaseAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RebaseAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rebaseAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RebaseAmendmentMutation, RebaseAmendmentMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOperator' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyMembership' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyMembership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Register' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'displayName' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'register' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'displayName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'displayName' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const DemoDelegatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DemoDelegates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demoDelegates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organization' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemoDelegatesQuery, DemoDelegatesQueryVariables>;
export const SignInAsDemoDelegateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignInAsDemoDelegate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInAsDemoDelegate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInAsDemoDelegateMutation, SignInAsDemoDelegateMutationVariables>;
export const AmendmentSponsorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AmendmentSponsors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsorGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supporters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanInviteCoSponsor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSponsorInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerSupportOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supports' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentSponsorsQuery, AmendmentSponsorsQueryVariables>;
export const InviteCoSponsorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteCoSponsor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteCoSponsor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsorGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supporters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanInviteCoSponsor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSponsorInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerSupportOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supports' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteCoSponsorMutation, InviteCoSponsorMutationVariables>;
export const AnswerCoSponsorshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerCoSponsorship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerCoSponsorship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accept' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsorGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supporters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanInviteCoSponsor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSponsorInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerSupportOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supports' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerCoSponsorshipMutation, AnswerCoSponsorshipMutationVariables>;
export const SupportAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SupportAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsorGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supporters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanInviteCoSponsor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSponsorInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerSupportOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supports' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportAmendmentMutation, SupportAmendmentMutationVariables>;
export const WithdrawSupportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawSupport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawSupport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSponsorsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sponsorGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supporters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanInviteCoSponsor' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSponsorInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerSupportOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'supports' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const DeskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Desk' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'desk' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'votesAwaitingUs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'weVoted' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amendment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeskAmendmentFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'closingSoon' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'weVoted' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amendment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeskAmendmentFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cosponsorInvitations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'invitedBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amendment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeskAmendmentFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'myAmendments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amendment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DeskAmendmentFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invitedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invitedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DeskCommentFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DeskCommentFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskAmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeskAmendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'article' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedBy' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskCommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeskComment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskQuery, DeskQueryVariables>;
export const PostCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostCommentMutation, PostCommentMutationVariables>;
export const EditCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const CommentCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommentCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commentCountSeq' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commentCountSeq' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentCountsQuery, CommentCountsQueryVariables>;
export const AmendmentCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AmendmentComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentTree' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseReferenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseReference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'written' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClauseReferenceFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentTree' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentCommentsQuery, AmendmentCommentsQueryVariables>;
export const ClauseCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClauseComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clause' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'version' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentTree' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseReferenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseReference' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'field' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
          { kind: 'Field', name: { kind: 'Name', value: 'written' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ClauseReferenceFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentTree' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseCommentsQuery, ClauseCommentsQueryVariables>;
export const AddParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ParticipantRole' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const VotesInProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VotesInProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'VOTING' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentSummary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tally' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TallyFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'newArticle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clause' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onBehalfOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conflict' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reason' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votingRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sealed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chambers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'for' } },
                { kind: 'Field', name: { kind: 'Name', value: 'against' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealsVotes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VotesInProgressQuery, VotesInProgressQueryVariables>;
export const SetDecisionRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDecisionRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDecisionRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'rule' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'rule' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DecisionRuleFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'smallChambers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parties' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionRuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretBallot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minSponsorGroups' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDecisionRuleMutation, SetDecisionRuleMutationVariables>;
export const RenumberClausesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenumberClauses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renumberClauses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenumberClausesMutation, RenumberClausesMutationVariables>;
export const SetProposalWindowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetProposalWindow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opensAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'closeNow' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setProposalWindow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opensAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opensAt' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'closesAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'closeNow' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'closeNow' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalsOpenFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposalsCloseAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanAmend' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetProposalWindowMutation, SetProposalWindowMutationVariables>;
export const FrameworksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Frameworks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'frameworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'norms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'correspondsTo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'framework' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEditFrameworks' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FrameworksQuery, FrameworksQueryVariables>;
export const ImportFrameworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportFramework' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'content' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FrameworkFileFormat' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importFramework' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'content' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'content' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'format' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'format' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'frameworkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportFrameworkMutation, ImportFrameworkMutationVariables>;
export const FrameworkComparisonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FrameworkComparison' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'frameworkComparison' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'frameworkIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'frameworks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'framework' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'stronger' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'equivalent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weaker' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'silent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'norms' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'norm' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sourceUrl' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'correspondsTo' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'framework' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'id' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'shortName' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'coverage' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'clauses' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FrameworkComparisonQuery, FrameworkComparisonQueryVariables>;
export const AccordSourcesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordSources' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'citations' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'norm' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordSourcesQuery, AccordSourcesQueryVariables>;
export const LinkSourceToNormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkSourceToNorm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'source' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'normId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkSourceToNorm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'source' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'source' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'normId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'normId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkSourceToNormMutation, LinkSourceToNormMutationVariables>;
export const ClauseHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClauseHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clause' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'current' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ClauseVersionFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ClauseVersionFields' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amendment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseHistoryQuery, ClauseHistoryQueryVariables>;
export const ClauseDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClauseDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clauseDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseDiffQuery, ClauseDiffQueryVariables>;
export const AccordAtDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordAt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accordAt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'seq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'seq' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'at' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'at' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordAtQuery, AccordAtQueryVariables>;
export const AccordEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accordEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afterSeq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prevHash' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordEventsQuery, AccordEventsQueryVariables>;
export const VerifyHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstBrokenSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headHash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkpointsVerified' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyHistoryQuery, VerifyHistoryQueryVariables>;
export const AccordCheckpointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordCheckpoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accordCheckpoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'every' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signature' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signingKeys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'keyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordCheckpointsQuery, AccordCheckpointsQueryVariables>;
export const AccordDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccordMomentInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccordMomentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accordDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'from' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'to' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'articles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reworded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'from' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'to' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amendments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'onBehalfOf' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordDiffQuery, AccordDiffQueryVariables>;
export const AccordIncidentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordIncidents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'incidents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IncidentFacts' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerAssessingOrganizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'OrganizationIdentity' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordIncidentsQuery, AccordIncidentsQueryVariables>;
export const IncidentMatrixDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IncidentMatrix' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'incidentMatrix' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'incidents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'incidentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notBreached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unclear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'breachShare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'groupsDisagree' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IncidentMatrixQuery, IncidentMatrixQueryVariables>;
export const IncidentPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IncidentPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'incident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IncidentFacts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRevise' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'assessedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clause' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'norm' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'framework' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OrganizationIdentity' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assessedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'history' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'assessedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerAssessingOrganizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'OrganizationIdentity' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'frameworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'shortName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'norms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IncidentPageQuery, IncidentPageQueryVariables>;
export const RecordIncidentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordIncident' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordIncidentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordIncident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IncidentFacts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordIncidentMutation, RecordIncidentMutationVariables>;
export const AssessIncidentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssessIncident' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessIncidentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessIncident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessIncidentMutation, AssessIncidentMutationVariables>;
export const ReviseIncidentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviseIncident' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviseIncidentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviseIncident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IncidentFacts' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IncidentFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Incident' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'responses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviseIncidentMutation, ReviseIncidentMutationVariables>;
export const AccordMilestonesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordMilestones' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'markedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'markedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordMilestonesQuery, AccordMilestonesQueryVariables>;
export const MarkMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkMilestoneMutation, MarkMilestoneMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'NotificationFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNotificationSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'settings' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: {
                  kind: 'NamedType',
                  name: { kind: 'Name', value: 'NotificationSettingInput' },
                },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNotificationSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'settings' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'settings' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateNotificationSettingsMutation,
  UpdateNotificationSettingsMutationVariables
>;
export const VerificationQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerificationQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizationsAwaitingVerification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerificationQueueQuery, VerificationQueueQueryVariables>;
export const OperatorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Operators' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'operators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperatorsQuery, OperatorsQueryVariables>;
export const VerifyOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyOrganizationMutation, VerifyOrganizationMutationVariables>;
export const RevokeVerificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeVerification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeVerification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeVerificationMutation, RevokeVerificationMutationVariables>;
export const GrantOperatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantOperator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantOperator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantOperatorMutation, GrantOperatorMutationVariables>;
export const OrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'group' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderGroup' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'group' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'group' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationByIdQuery, OrganizationByIdQueryVariables>;
export const MyOrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyOrganizations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyMembership' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'members' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'user' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'displayName' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'invitations' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OrganizationIdentity' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'invitedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyMembership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Membership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOrganizationsQuery, MyOrganizationsQueryVariables>;
export const CreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'group' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderGroup' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'website' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'group' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'group' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'country' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'website' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'website' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationIdentity' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const InviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MembershipRole' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const EndMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'role' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const PrintAccordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PrintAccord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preamble' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headHash' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clause' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'onBehalfOf' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'asItWouldApply' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PrintAccordQuery, PrintAccordQueryVariables>;
export const AccordProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'onBehalfOf' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sponsorGroups' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'asItWouldApply' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'force' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tally' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TallyFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'viewerBallots' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sealed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'for' } },
          { kind: 'Field', name: { kind: 'Name', value: 'against' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chambers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                { kind: 'Field', name: { kind: 'Name', value: 'for' } },
                { kind: 'Field', name: { kind: 'Name', value: 'against' } },
                { kind: 'Field', name: { kind: 'Name', value: 'abstain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealsVotes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordProposalsQuery, AccordProposalsQueryVariables>;
export const SearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Search' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasMore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'snippet' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'highlighted' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'accord' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clause' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amendment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'comment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const AccordSignatoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccordSignatories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finalDeclaration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textSeq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declaredAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nextVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'publicPage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'current' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ClauseVersionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amendments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'VOTING' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reservations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OrganizationIdentity' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatoryCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'implementationReports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organization' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ClauseVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ClauseVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'force' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordSignatoriesQuery, AccordSignatoriesQueryVariables>;
export const SignatoriesViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignatoriesViewer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsFacilitator' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerSigningOrganizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'OrganizationIdentity' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerSignatoryOrganizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'OrganizationIdentity' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handle' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignatoriesViewerQuery, SignatoriesViewerQueryVariables>;
export const DeclareFinalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclareFinal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declareFinal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclareFinalMutation, DeclareFinalMutationVariables>;
export const StartNewVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartNewVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startNewVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartNewVersionMutation, StartNewVersionMutationVariables>;
export const SignAccordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignAccord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignAccordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signAccord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignAccordMutation, SignAccordMutationVariables>;
export const WithdrawSignatureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawSignature' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawSignature' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawSignatureMutation, WithdrawSignatureMutationVariables>;
export const FileImplementationReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FileImplementationReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImplementationReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileImplementationReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FileImplementationReportMutation,
  FileImplementationReportMutationVariables
>;
export const PublishAccordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishAccord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishAccord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishAccordMutation, PublishAccordMutationVariables>;
export const UnpublishAccordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnpublishAccord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unpublishAccord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnpublishAccordMutation, UnpublishAccordMutationVariables>;
export const CastBallotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CastBallot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'choice' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BallotChoice' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'explanation' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'castBallot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'choice' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'choice' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'explanation' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'explanation' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'receipt' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BallotReceiptFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BallotReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BallotReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
          { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const OpenVotingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenVoting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openVoting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'closesAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'closesAt' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenVotingMutation, OpenVotingMutationVariables>;
export const CloseVotingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseVoting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeVoting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseVotingMutation, CloseVotingMutationVariables>;
export const MyBallotReceiptsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyBallotReceipts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBallotReceipts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BallotReceiptFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BallotReceiptFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BallotReceipt' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
          { kind: 'Field', name: { kind: 'Name', value: 'castAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyBallotReceiptsQuery, MyBallotReceiptsQueryVariables>;
export const CheckReceiptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckReceipt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seq' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hash' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkReceipt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accordId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'seq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'seq' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hash' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hash' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inChain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chainOk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coveredBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'keyId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckReceiptQuery, CheckReceiptQueryVariables>;
