/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AccordList {\n    accords {\n      id\n      title\n      preamble\n      createdAt\n      viewerIsFacilitator\n      rule {\n        kind\n      }\n      participants {\n        role\n        organization {\n          id\n        }\n      }\n      clauses {\n        id\n      }\n      amendments(status: OPEN) {\n        id\n      }\n    }\n  }\n': typeof types.AccordListDocument;
  '\n  mutation CreateAccord($title: String!, $preamble: String, $rule: DecisionRuleInput!) {\n    createAccord(title: $title, preamble: $preamble, rule: $rule) {\n      id\n      title\n    }\n  }\n': typeof types.CreateAccordDocument;
  '\n  query Accord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      facilitatorId\n      lastSeq\n      proposalsOpenFrom\n      proposalsCloseAt\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n      participants {\n        role\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      clauses {\n        id\n        number\n        position\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments {\n        ...AmendmentSummary\n      }\n    }\n  }\n': typeof types.AccordDocument;
  '\n  fragment ClauseVersionFields on ClauseVersion {\n    version\n    heading\n    text\n    force\n    sources\n    createdAt\n  }\n': typeof types.ClauseVersionFieldsFragmentDoc;
  '\n  fragment AmendmentSummary on Amendment {\n    id\n    kind\n    status\n    heading\n    text\n    force\n    position\n    newArticle {\n      number\n      after\n    }\n    rationale\n    createdAt\n    baseVersion\n    clause {\n      id\n      number\n    }\n    onBehalfOf {\n      id\n      name\n    }\n    conflict {\n      reason\n    }\n    votingRounds {\n      number\n      outcome\n    }\n  }\n': typeof types.AmendmentSummaryFragmentDoc;
  '\n  fragment DecisionRuleFields on DecisionRule {\n    kind\n    threshold\n    quorum\n    secretBallot\n    minSponsors\n    minSponsorGroups\n    weights {\n      group\n      weight\n    }\n  }\n': typeof types.DecisionRuleFieldsFragmentDoc;
  '\n  query NewArticleAt($id: ID!, $position: Int) {\n    accord(id: $id) {\n      id\n      newArticleAt(position: $position) {\n        number\n        after\n      }\n    }\n  }\n': typeof types.NewArticleAtDocument;
  '\n  query AccordViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerCanAmend\n      viewerVotingOrganizations {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AccordViewerDocument;
  '\n  query Amendment($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSummary\n      references {\n        ...ClauseReferenceFields\n      }\n      sources\n      votingOpenedAt\n      closesAt\n      closedAt\n      author {\n        id\n        displayName\n      }\n      onBehalfOf {\n        group\n      }\n      clause {\n        removed\n        current {\n          ...ClauseVersionFields\n        }\n        versions {\n          ...ClauseVersionFields\n        }\n      }\n      ballots {\n        ...BallotFields\n      }\n      tally {\n        ...TallyFields\n      }\n      baseMoved\n      conflict {\n        currentVersion\n      }\n      asItWouldApply {\n        ontoVersion\n        heading\n        text\n        force\n        changes {\n          op\n          text\n        }\n      }\n      applied {\n        ...ClauseVersionFields\n      }\n      appliedDifference {\n        op\n        text\n      }\n      ...AmendmentViewerFields\n      votingRounds {\n        openedAt\n        endedAt\n        suspendedBecause {\n          reason\n          currentVersion\n        }\n        tally {\n          ...TallyFields\n        }\n        ballots {\n          ...BallotFields\n        }\n      }\n    }\n  }\n': typeof types.AmendmentDocument;
  '\n  fragment ClauseReferenceFields on ClauseReference {\n    field\n    start\n    end\n    written\n    clauseId\n    number\n    removed\n  }\n': typeof types.ClauseReferenceFieldsFragmentDoc;
  '\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.ProposeAmendmentDocument;
  '\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n': typeof types.WithdrawAmendmentDocument;
  '\n  mutation RebaseAmendment($amendmentId: ID!, $text: String!) {\n    rebaseAmendment(amendmentId: $amendmentId, text: $text) {\n      id\n      status\n      baseVersion\n      text\n    }\n  }\n': typeof types.RebaseAmendmentDocument;
  '\n  fragment AmendmentViewerFields on Amendment {\n    id\n    viewerCanVote\n    viewerCanOpenVoting\n    viewerCanCloseVoting\n    viewerCanWithdraw\n    viewerCanRebase\n    viewerBallots {\n      choice\n      explanation\n      castAt\n      organization {\n        id\n      }\n    }\n  }\n': typeof types.AmendmentViewerFieldsFragmentDoc;
  '\n    fragment ProposedClauseNumber on Clause {\n      id\n      number\n    }\n  ': typeof types.ProposedClauseNumberFragmentDoc;
  '\n    fragment ProposalSponsor on Organization {\n      id\n      name\n    }\n  ': typeof types.ProposalSponsorFragmentDoc;
  '\n  fragment NewClause on Clause {\n    id\n    number\n    position\n    current {\n      ...ClauseVersionFields\n    }\n  }\n': typeof types.NewClauseFragmentDoc;
  '\n  fragment PendingAmendments on Accord {\n    id\n    amendments {\n      id\n      kind\n      status\n    }\n  }\n': typeof types.PendingAmendmentsFragmentDoc;
  '\n    fragment NewAmendmentCount on Amendment {\n      id\n      commentCount\n      commentCountSeq\n    }\n  ': typeof types.NewAmendmentCountFragmentDoc;
  '\n    fragment NewClauseCount on Clause {\n      id\n      commentCount\n      commentCountSeq\n    }\n  ': typeof types.NewClauseCountFragmentDoc;
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isOperator\n      memberships {\n        ...MyMembership\n      }\n      invitations {\n        id\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Register($email: String!, $password: String!, $displayName: String!) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  query DemoDelegates {\n    demoDelegates {\n      email\n      name\n      organization\n      group\n      role\n    }\n  }\n': typeof types.DemoDelegatesDocument;
  '\n  mutation SignInAsDemoDelegate($email: String!) {\n    signInAsDemoDelegate(email: $email) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.SignInAsDemoDelegateDocument;
  '\n  fragment AmendmentSponsorsFields on Amendment {\n    id\n    status\n    onBehalfOf {\n      id\n      name\n      group\n    }\n    sponsors {\n      status\n      invitedAt\n      answeredAt\n      organization {\n        id\n        name\n        group\n      }\n    }\n    sponsorGroups {\n      group\n      count\n    }\n    supporters {\n      id\n      name\n      group\n    }\n    viewerCanInviteCoSponsor\n    viewerCoSponsorInvitations {\n      id\n      name\n    }\n    viewerSupportOptions {\n      supports\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AmendmentSponsorsFieldsFragmentDoc;
  '\n  query AmendmentSponsors($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSponsorsFields\n    }\n  }\n': typeof types.AmendmentSponsorsDocument;
  '\n  mutation InviteCoSponsor($amendmentId: ID!, $organizationId: ID!) {\n    inviteCoSponsor(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n': typeof types.InviteCoSponsorDocument;
  '\n  mutation AnswerCoSponsorship($amendmentId: ID!, $organizationId: ID!, $accept: Boolean!) {\n    answerCoSponsorship(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      accept: $accept\n    ) {\n      ...AmendmentSponsorsFields\n    }\n  }\n': typeof types.AnswerCoSponsorshipDocument;
  '\n  mutation SupportAmendment($amendmentId: ID!, $organizationId: ID!) {\n    supportAmendment(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n': typeof types.SupportAmendmentDocument;
  '\n  mutation WithdrawSupport($amendmentId: ID!, $organizationId: ID!) {\n    withdrawSupport(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n': typeof types.WithdrawSupportDocument;
  '\n  fragment DeskAmendmentFields on DeskAmendment {\n    id\n    accordId\n    accordTitle\n    kind\n    article\n    heading\n    proposedBy\n  }\n': typeof types.DeskAmendmentFieldsFragmentDoc;
  '\n  fragment DeskCommentFields on DeskComment {\n    id\n    accordId\n    accordTitle\n    amendmentId\n    clauseId\n    author\n    excerpt\n    postedAt\n  }\n': typeof types.DeskCommentFieldsFragmentDoc;
  '\n  query Desk {\n    desk {\n      asOf\n      organizations {\n        id\n        name\n        group\n        role\n        votesAwaitingUs {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        closingSoon {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        cosponsorInvitations {\n          invitedBy\n          invitedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        myAmendments {\n          status\n          changedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n      }\n      invitations {\n        id\n        organizationId\n        organizationName\n        role\n        invitedBy\n        invitedAt\n      }\n      replies {\n        ...DeskCommentFields\n      }\n      mentions {\n        ...DeskCommentFields\n      }\n    }\n  }\n': typeof types.DeskDocument;
  '\n  fragment UserName on User {\n    id\n    displayName\n  }\n': typeof types.UserNameFragmentDoc;
  '\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n': typeof types.PostCommentDocument;
  '\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n': typeof types.EditCommentDocument;
  '\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      id\n      deleted\n    }\n  }\n': typeof types.DeleteCommentDocument;
  '\n  query CommentCounts($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        commentCount\n        commentCountSeq\n      }\n      amendments {\n        id\n        commentCount\n        commentCountSeq\n      }\n    }\n  }\n': typeof types.CommentCountsDocument;
  '\n  query AmendmentComments($id: ID!) {\n    amendment(id: $id) {\n      id\n      comments {\n        ...CommentTree\n      }\n    }\n  }\n': typeof types.AmendmentCommentsDocument;
  '\n  query ClauseComments($id: ID!, $version: Int!) {\n    clause(id: $id) {\n      id\n      comments(version: $version) {\n        ...CommentTree\n      }\n    }\n  }\n': typeof types.ClauseCommentsDocument;
  '\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    quoteStart\n    quoteEnd\n    createdAt\n    editedAt\n    deleted\n    amendmentId\n    clauseId\n    clauseVersion\n    author {\n      id\n      displayName\n    }\n    references {\n      ...ClauseReferenceFields\n    }\n  }\n': typeof types.CommentFieldsFragmentDoc;
  '\n  fragment CommentTree on Comment {\n    ...CommentFields\n    replies {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n': typeof types.CommentTreeFragmentDoc;
  '\n  mutation AddParticipant($accordId: ID!, $organizationId: ID!, $role: ParticipantRole!) {\n    addParticipant(accordId: $accordId, organizationId: $organizationId, role: $role) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AddParticipantDocument;
  '\n  query VotesInProgress($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      amendments(status: VOTING) {\n        ...AmendmentSummary\n        closesAt\n        tally {\n          ...TallyFields\n        }\n      }\n    }\n  }\n': typeof types.VotesInProgressDocument;
  '\n  mutation SetDecisionRule($accordId: ID!, $rule: DecisionRuleInput!) {\n    setDecisionRule(accordId: $accordId, rule: $rule) {\n      id\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n    }\n  }\n': typeof types.SetDecisionRuleDocument;
  '\n  mutation RenumberClauses($accordId: ID!) {\n    renumberClauses(accordId: $accordId) {\n      seq\n      changes {\n        clauseId\n        from\n        to\n      }\n    }\n  }\n': typeof types.RenumberClausesDocument;
  '\n  mutation SetProposalWindow(\n    $accordId: ID!\n    $opensAt: DateTime\n    $closesAt: DateTime\n    $closeNow: Boolean\n  ) {\n    setProposalWindow(\n      accordId: $accordId\n      opensAt: $opensAt\n      closesAt: $closesAt\n      closeNow: $closeNow\n    ) {\n      id\n      proposalsOpenFrom\n      proposalsCloseAt\n      viewerCanAmend\n    }\n  }\n': typeof types.SetProposalWindowDocument;
  '\n  query Frameworks {\n    frameworks {\n      id\n      shortName\n      title\n      publisher\n      year\n      publishedOn\n      sourceUrl\n      description\n      norms {\n        id\n        key\n        title\n        text\n        force\n        sourceUrl\n        correspondsTo {\n          id\n          key\n          framework {\n            id\n            shortName\n          }\n        }\n      }\n    }\n    mayEditFrameworks\n  }\n': typeof types.FrameworksDocument;
  '\n  mutation ImportFramework($content: String!, $format: FrameworkFileFormat!, $frameworkId: ID) {\n    importFramework(content: $content, format: $format, frameworkId: $frameworkId) {\n      id\n      shortName\n    }\n  }\n': typeof types.ImportFrameworkDocument;
  '\n  query FrameworkComparison($accordId: ID!, $frameworkIds: [ID!]!) {\n    frameworkComparison(accordId: $accordId, frameworkIds: $frameworkIds) {\n      accordId\n      seq\n      frameworks {\n        framework {\n          id\n          shortName\n          title\n          year\n        }\n        stronger\n        equivalent\n        weaker\n        silent\n        norms {\n          norm {\n            id\n            key\n            title\n            text\n            force\n            sourceUrl\n            correspondsTo {\n              id\n              key\n              framework {\n                id\n                shortName\n              }\n            }\n          }\n          coverage\n          clauses {\n            clauseId\n            number\n            heading\n            force\n            source\n          }\n        }\n      }\n    }\n  }\n': typeof types.FrameworkComparisonDocument;
  '\n  query AccordSources($id: ID!) {\n    accord(id: $id) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          sources\n          author {\n            id\n          }\n          citations {\n            source\n            norm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.AccordSourcesDocument;
  '\n  mutation LinkSourceToNorm($clauseId: ID!, $source: String!, $normId: ID) {\n    linkSourceToNorm(clauseId: $clauseId, source: $source, normId: $normId) {\n      version\n    }\n  }\n': typeof types.LinkSourceToNormDocument;
  '\n  query ClauseHistory($id: ID!) {\n    clause(id: $id) {\n      id\n      number\n      current {\n        ...ClauseVersionFields\n      }\n      versions {\n        ...ClauseVersionFields\n        author {\n          id\n          name\n        }\n        amendment {\n          id\n          rationale\n        }\n      }\n      attribution {\n        text\n        version\n        amendmentId\n        author {\n          id\n          name\n          group\n        }\n      }\n    }\n  }\n': typeof types.ClauseHistoryDocument;
  '\n  query ClauseDiff($clauseId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    clauseDiff(clauseId: $clauseId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      fromVersion\n      toVersion\n      parts {\n        op\n        text\n      }\n    }\n  }\n': typeof types.ClauseDiffDocument;
  '\n  query AccordAt($accordId: ID!, $seq: Int, $at: DateTime) {\n    accordAt(accordId: $accordId, seq: $seq, at: $at) {\n      accordId\n      seq\n      at\n      clauses {\n        clauseId\n        number\n        version\n        heading\n        text\n        force\n      }\n    }\n  }\n': typeof types.AccordAtDocument;
  '\n  query AccordEvents($accordId: ID!, $afterSeq: Int, $first: Int) {\n    accordEvents(accordId: $accordId, afterSeq: $afterSeq, first: $first) {\n      seq\n      type\n      at\n      actorId\n      payload\n      hash\n      prevHash\n    }\n  }\n': typeof types.AccordEventsDocument;
  '\n  query VerifyHistory($accordId: ID!) {\n    verifyHistory(accordId: $accordId) {\n      ok\n      checked\n      firstBrokenSeq\n      headHash\n      explanation\n      checkpointsVerified\n    }\n  }\n': typeof types.VerifyHistoryDocument;
  '\n  query AccordCheckpoints($accordId: ID!) {\n    accordCheckpoints(accordId: $accordId) {\n      seq\n      hash\n      every\n      at\n      keyId\n      signature\n    }\n    signingKeys {\n      keyId\n      fingerprint\n      current\n    }\n  }\n': typeof types.AccordCheckpointsDocument;
  '\n  query AccordDiff($accordId: ID!, $from: AccordMomentInput!, $to: AccordMomentInput!) {\n    accordDiff(accordId: $accordId, from: $from, to: $to) {\n      accordId\n      from {\n        seq\n        at\n      }\n      to {\n        seq\n        at\n      }\n      articles {\n        clauseId\n        kind\n        reworded\n        moved\n        from {\n          number\n          heading\n          force\n        }\n        to {\n          number\n          heading\n          force\n        }\n        parts {\n          op\n          text\n        }\n        amendments {\n          id\n          kind\n          onBehalfOf {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AccordDiffDocument;
  '\n  fragment IncidentFacts on Incident {\n    id\n    accordId\n    name\n    startedOn\n    endedOn\n    description\n    sources\n    actors {\n      name\n      attribution\n      note\n    }\n    responses {\n      kind\n      by\n      on\n      description\n      source\n    }\n    revision\n    recordedAt\n    revisedAt\n    recordedFor {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.IncidentFactsFragmentDoc;
  '\n  query AccordIncidents($id: ID!) {\n    accord(id: $id) {\n      id\n      incidents {\n        ...IncidentFacts\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n': typeof types.AccordIncidentsDocument;
  '\n  query IncidentMatrix($accordId: ID!) {\n    incidentMatrix(accordId: $accordId) {\n      accordId\n      incidents {\n        id\n        name\n        startedOn\n      }\n      clauses {\n        id\n        number\n        heading\n      }\n      cells {\n        incidentId\n        clauseId\n        breached\n        notBreached\n        unclear\n        total\n        breachShare\n        groupsDisagree\n      }\n    }\n  }\n': typeof types.IncidentMatrixDocument;
  '\n  query IncidentPage($id: ID!, $accordId: ID!) {\n    incident(id: $id) {\n      ...IncidentFacts\n      viewerCanRevise\n      assessments {\n        id\n        verdict\n        reasoning\n        revision\n        assessedAt\n        clause {\n          id\n          number\n        }\n        norm {\n          id\n          key\n          title\n          framework {\n            id\n            shortName\n          }\n        }\n        organization {\n          ...OrganizationIdentity\n        }\n        assessedBy {\n          id\n          displayName\n        }\n        history {\n          revision\n          verdict\n          reasoning\n          assessedAt\n        }\n      }\n    }\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          heading\n        }\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n    frameworks {\n      id\n      shortName\n      norms {\n        id\n        key\n        title\n      }\n    }\n  }\n': typeof types.IncidentPageDocument;
  '\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n': typeof types.RecordIncidentDocument;
  '\n  mutation AssessIncident($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      verdict\n      reasoning\n      revision\n    }\n  }\n': typeof types.AssessIncidentDocument;
  '\n  mutation ReviseIncident($input: ReviseIncidentInput!) {\n    reviseIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n': typeof types.ReviseIncidentDocument;
  '\n  query AccordMilestones($id: ID!) {\n    accord(id: $id) {\n      id\n      milestones {\n        id\n        name\n        seq\n        markedAt\n        markedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.AccordMilestonesDocument;
  '\n  mutation MarkMilestone($accordId: ID!, $name: String!) {\n    markMilestone(accordId: $accordId, name: $name) {\n      id\n      name\n      seq\n    }\n  }\n': typeof types.MarkMilestoneDocument;
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    createdAt\n    readAt\n  }\n': typeof types.NotificationFieldsFragmentDoc;
  '\n  query Notifications($first: Int, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      endCursor\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!], $upTo: ID) {\n    markNotificationsRead(ids: $ids, upTo: $upTo)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query NotificationSettings {\n    notificationSettings {\n      kind\n      email\n    }\n  }\n': typeof types.NotificationSettingsDocument;
  '\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      kind\n      email\n    }\n  }\n': typeof types.UpdateNotificationSettingsDocument;
  '\n  query VerificationQueue {\n    organizationsAwaitingVerification(first: 100) {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.VerificationQueueDocument;
  '\n  query Operators {\n    operators {\n      id\n      displayName\n    }\n  }\n': typeof types.OperatorsDocument;
  '\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.VerifyOrganizationDocument;
  '\n  mutation RevokeVerification($organizationId: ID!, $reason: String!) {\n    revokeVerification(organizationId: $organizationId, reason: $reason) {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.RevokeVerificationDocument;
  '\n  mutation GrantOperator($email: String!) {\n    grantOperator(email: $email) {\n      id\n      displayName\n    }\n  }\n': typeof types.GrantOperatorDocument;
  '\n  fragment OrganizationIdentity on Organization {\n    id\n    name\n    group\n    country\n    website\n    verified\n    handle\n  }\n': typeof types.OrganizationIdentityFragmentDoc;
  '\n  fragment MyMembership on Membership {\n    role\n    since\n    organization {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.MyMembershipFragmentDoc;
  '\n  query Organizations($search: String, $group: StakeholderGroup, $first: Int, $offset: Int) {\n    organizations(search: $search, group: $group, first: $first, offset: $offset) {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.OrganizationsDocument;
  '\n  query OrganizationById($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.OrganizationByIdDocument;
  '\n  query MyOrganizations {\n    me {\n      id\n      memberships {\n        ...MyMembership\n        organization {\n          id\n          members {\n            role\n            since\n            user {\n              id\n              displayName\n              email\n            }\n          }\n          invitations {\n            id\n            email\n            role\n            createdAt\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        createdAt\n        organization {\n          ...OrganizationIdentity\n        }\n        invitedBy {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.MyOrganizationsDocument;
  '\n  mutation CreateOrganization(\n    $name: String!\n    $group: StakeholderGroup!\n    $country: String\n    $website: String\n  ) {\n    createOrganization(name: $name, group: $group, country: $country, website: $website) {\n      ...OrganizationIdentity\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n    inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n      id\n      email\n      role\n      status\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation AcceptInvitation($invitationId: ID!) {\n    acceptInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation DeclineInvitation($invitationId: ID!) {\n    declineInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n': typeof types.DeclineInvitationDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation EndMembership($organizationId: ID!, $userId: ID!) {\n    endMembership(organizationId: $organizationId, userId: $userId) {\n      role\n    }\n  }\n': typeof types.EndMembershipDocument;
  '\n  query PrintAccord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      lastSeq\n      headHash\n      clauses {\n        id\n        number\n        current {\n          heading\n          text\n          force\n          sources\n        }\n      }\n      amendments {\n        id\n        kind\n        status\n        text\n        heading\n        force\n        position\n        clause {\n          id\n          number\n        }\n        onBehalfOf {\n          id\n          name\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n        }\n      }\n    }\n  }\n': typeof types.PrintAccordDocument;
  '\n  query AccordProposals($id: ID!) {\n    accord(id: $id) {\n      id\n      amendments {\n        id\n        onBehalfOf {\n          id\n          name\n          group\n        }\n        sponsorGroups {\n          group\n          count\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n          heading\n          force\n        }\n        tally {\n          ...TallyFields\n        }\n        viewerBallots {\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.AccordProposalsDocument;
  '\n  query Search($query: String!, $accordId: ID, $after: String) {\n    search(query: $query, accordId: $accordId, first: 20, after: $after) {\n      hasMore\n      endCursor\n      hits {\n        kind\n        rank\n        heading\n        snippet {\n          text\n          highlighted\n        }\n        accord {\n          id\n          title\n        }\n        clause {\n          id\n          number\n          version\n          current\n          removed\n        }\n        amendment {\n          id\n          kind\n          status\n        }\n        comment {\n          id\n          parentId\n        }\n        organization {\n          id\n          name\n          group\n          country\n        }\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query AccordSignatories($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      lastSeq\n      finalDeclaration {\n        seq\n        hash\n        textSeq\n        declaredAt\n      }\n      previousVersion {\n        id\n        title\n      }\n      nextVersion {\n        id\n        title\n      }\n      publicPage {\n        slug\n        path\n        publishedAt\n      }\n      clauses {\n        id\n        number\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments(status: VOTING) {\n        id\n      }\n      signatures {\n        id\n        signedAt\n        seq\n        statement\n        reservations {\n          clauseId\n          number\n          text\n        }\n        withdrawnAt\n        withdrawalReason\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      signatoryCounts {\n        date\n        group\n        count\n      }\n      implementationReports {\n        id\n        clauseId\n        status\n        text\n        reportedAt\n        organization {\n          id\n        }\n      }\n    }\n  }\n': typeof types.AccordSignatoriesDocument;
  '\n  query SignatoriesViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerSigningOrganizations {\n        ...OrganizationIdentity\n      }\n      viewerSignatoryOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n': typeof types.SignatoriesViewerDocument;
  '\n  mutation DeclareFinal($accordId: ID!) {\n    declareFinal(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n': typeof types.DeclareFinalDocument;
  '\n  mutation StartNewVersion($accordId: ID!, $title: String) {\n    startNewVersion(accordId: $accordId, title: $title) {\n      id\n      title\n    }\n  }\n': typeof types.StartNewVersionDocument;
  '\n  mutation SignAccord($input: SignAccordInput!) {\n    signAccord(input: $input) {\n      id\n      seq\n    }\n  }\n': typeof types.SignAccordDocument;
  '\n  mutation WithdrawSignature($accordId: ID!, $organizationId: ID!, $reason: String) {\n    withdrawSignature(accordId: $accordId, organizationId: $organizationId, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n': typeof types.WithdrawSignatureDocument;
  '\n  mutation FileImplementationReport($input: ImplementationReportInput!) {\n    fileImplementationReport(input: $input) {\n      id\n      seq\n    }\n  }\n': typeof types.FileImplementationReportDocument;
  '\n  mutation PublishAccord($accordId: ID!) {\n    publishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n': typeof types.PublishAccordDocument;
  '\n  mutation UnpublishAccord($accordId: ID!) {\n    unpublishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n': typeof types.UnpublishAccordDocument;
  '\n  fragment AmendmentVotes on Amendment {\n    id\n    ballots {\n      ...BallotFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n': typeof types.AmendmentVotesFragmentDoc;
  '\n  fragment AccordRule on Accord {\n    id\n    rule {\n      ...DecisionRuleFields\n    }\n  }\n': typeof types.AccordRuleFragmentDoc;
  '\n  mutation CastBallot(\n    $amendmentId: ID!\n    $organizationId: ID!\n    $choice: BallotChoice!\n    $explanation: String\n  ) {\n    castBallot(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      choice: $choice\n      explanation: $explanation\n    ) {\n      choice\n      explanation\n      castAt\n      receipt {\n        ...BallotReceiptFields\n      }\n    }\n  }\n': typeof types.CastBallotDocument;
  '\n  mutation OpenVoting($amendmentId: ID!, $closesAt: DateTime) {\n    openVoting(amendmentId: $amendmentId, closesAt: $closesAt) {\n      id\n      status\n      closesAt\n    }\n  }\n': typeof types.OpenVotingDocument;
  '\n  mutation CloseVoting($amendmentId: ID!) {\n    closeVoting(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n': typeof types.CloseVotingDocument;
  '\n  fragment BallotReceiptFields on BallotReceipt {\n    accordId\n    amendmentId\n    seq\n    hash\n    castAt\n    organization {\n      id\n      name\n    }\n  }\n': typeof types.BallotReceiptFieldsFragmentDoc;
  '\n  query MyBallotReceipts($amendmentId: ID!) {\n    myBallotReceipts(amendmentId: $amendmentId) {\n      ...BallotReceiptFields\n    }\n  }\n': typeof types.MyBallotReceiptsDocument;
  '\n  query CheckReceipt($accordId: ID!, $seq: Int!, $hash: String!) {\n    checkReceipt(accordId: $accordId, seq: $seq, hash: $hash) {\n      seq\n      hash\n      inChain\n      chainOk\n      explanation\n      coveredBy {\n        seq\n        at\n        keyId\n      }\n    }\n  }\n': typeof types.CheckReceiptDocument;
  '\n  fragment TallyFields on Tally {\n    sealed\n    for\n    against\n    abstain\n    eligible\n    cast\n    passed\n    quorumMet\n    explanation\n    chambers {\n      group\n      for\n      against\n      abstain\n      eligible\n      voted\n      passed\n      quorumMet\n      revealsVotes\n    }\n  }\n': typeof types.TallyFieldsFragmentDoc;
  '\n  fragment BallotFields on Ballot {\n    choice\n    explanation\n    castAt\n    organization {\n      id\n      name\n      group\n    }\n    changes {\n      choice\n      explanation\n      castAt\n    }\n  }\n': typeof types.BallotFieldsFragmentDoc;
};
const documents: Documents = {
  '\n  query AccordList {\n    accords {\n      id\n      title\n      preamble\n      createdAt\n      viewerIsFacilitator\n      rule {\n        kind\n      }\n      participants {\n        role\n        organization {\n          id\n        }\n      }\n      clauses {\n        id\n      }\n      amendments(status: OPEN) {\n        id\n      }\n    }\n  }\n':
    types.AccordListDocument,
  '\n  mutation CreateAccord($title: String!, $preamble: String, $rule: DecisionRuleInput!) {\n    createAccord(title: $title, preamble: $preamble, rule: $rule) {\n      id\n      title\n    }\n  }\n':
    types.CreateAccordDocument,
  '\n  query Accord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      facilitatorId\n      lastSeq\n      proposalsOpenFrom\n      proposalsCloseAt\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n      participants {\n        role\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      clauses {\n        id\n        number\n        position\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments {\n        ...AmendmentSummary\n      }\n    }\n  }\n':
    types.AccordDocument,
  '\n  fragment ClauseVersionFields on ClauseVersion {\n    version\n    heading\n    text\n    force\n    sources\n    createdAt\n  }\n':
    types.ClauseVersionFieldsFragmentDoc,
  '\n  fragment AmendmentSummary on Amendment {\n    id\n    kind\n    status\n    heading\n    text\n    force\n    position\n    newArticle {\n      number\n      after\n    }\n    rationale\n    createdAt\n    baseVersion\n    clause {\n      id\n      number\n    }\n    onBehalfOf {\n      id\n      name\n    }\n    conflict {\n      reason\n    }\n    votingRounds {\n      number\n      outcome\n    }\n  }\n':
    types.AmendmentSummaryFragmentDoc,
  '\n  fragment DecisionRuleFields on DecisionRule {\n    kind\n    threshold\n    quorum\n    secretBallot\n    minSponsors\n    minSponsorGroups\n    weights {\n      group\n      weight\n    }\n  }\n':
    types.DecisionRuleFieldsFragmentDoc,
  '\n  query NewArticleAt($id: ID!, $position: Int) {\n    accord(id: $id) {\n      id\n      newArticleAt(position: $position) {\n        number\n        after\n      }\n    }\n  }\n':
    types.NewArticleAtDocument,
  '\n  query AccordViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerCanAmend\n      viewerVotingOrganizations {\n        id\n        name\n      }\n    }\n  }\n':
    types.AccordViewerDocument,
  '\n  query Amendment($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSummary\n      references {\n        ...ClauseReferenceFields\n      }\n      sources\n      votingOpenedAt\n      closesAt\n      closedAt\n      author {\n        id\n        displayName\n      }\n      onBehalfOf {\n        group\n      }\n      clause {\n        removed\n        current {\n          ...ClauseVersionFields\n        }\n        versions {\n          ...ClauseVersionFields\n        }\n      }\n      ballots {\n        ...BallotFields\n      }\n      tally {\n        ...TallyFields\n      }\n      baseMoved\n      conflict {\n        currentVersion\n      }\n      asItWouldApply {\n        ontoVersion\n        heading\n        text\n        force\n        changes {\n          op\n          text\n        }\n      }\n      applied {\n        ...ClauseVersionFields\n      }\n      appliedDifference {\n        op\n        text\n      }\n      ...AmendmentViewerFields\n      votingRounds {\n        openedAt\n        endedAt\n        suspendedBecause {\n          reason\n          currentVersion\n        }\n        tally {\n          ...TallyFields\n        }\n        ballots {\n          ...BallotFields\n        }\n      }\n    }\n  }\n':
    types.AmendmentDocument,
  '\n  fragment ClauseReferenceFields on ClauseReference {\n    field\n    start\n    end\n    written\n    clauseId\n    number\n    removed\n  }\n':
    types.ClauseReferenceFieldsFragmentDoc,
  '\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.ProposeAmendmentDocument,
  '\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n':
    types.WithdrawAmendmentDocument,
  '\n  mutation RebaseAmendment($amendmentId: ID!, $text: String!) {\n    rebaseAmendment(amendmentId: $amendmentId, text: $text) {\n      id\n      status\n      baseVersion\n      text\n    }\n  }\n':
    types.RebaseAmendmentDocument,
  '\n  fragment AmendmentViewerFields on Amendment {\n    id\n    viewerCanVote\n    viewerCanOpenVoting\n    viewerCanCloseVoting\n    viewerCanWithdraw\n    viewerCanRebase\n    viewerBallots {\n      choice\n      explanation\n      castAt\n      organization {\n        id\n      }\n    }\n  }\n':
    types.AmendmentViewerFieldsFragmentDoc,
  '\n    fragment ProposedClauseNumber on Clause {\n      id\n      number\n    }\n  ':
    types.ProposedClauseNumberFragmentDoc,
  '\n    fragment ProposalSponsor on Organization {\n      id\n      name\n    }\n  ':
    types.ProposalSponsorFragmentDoc,
  '\n  fragment NewClause on Clause {\n    id\n    number\n    position\n    current {\n      ...ClauseVersionFields\n    }\n  }\n':
    types.NewClauseFragmentDoc,
  '\n  fragment PendingAmendments on Accord {\n    id\n    amendments {\n      id\n      kind\n      status\n    }\n  }\n':
    types.PendingAmendmentsFragmentDoc,
  '\n    fragment NewAmendmentCount on Amendment {\n      id\n      commentCount\n      commentCountSeq\n    }\n  ':
    types.NewAmendmentCountFragmentDoc,
  '\n    fragment NewClauseCount on Clause {\n      id\n      commentCount\n      commentCountSeq\n    }\n  ':
    types.NewClauseCountFragmentDoc,
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isOperator\n      memberships {\n        ...MyMembership\n      }\n      invitations {\n        id\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Register($email: String!, $password: String!, $displayName: String!) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.RegisterDocument,
  '\n  query DemoDelegates {\n    demoDelegates {\n      email\n      name\n      organization\n      group\n      role\n    }\n  }\n':
    types.DemoDelegatesDocument,
  '\n  mutation SignInAsDemoDelegate($email: String!) {\n    signInAsDemoDelegate(email: $email) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.SignInAsDemoDelegateDocument,
  '\n  fragment AmendmentSponsorsFields on Amendment {\n    id\n    status\n    onBehalfOf {\n      id\n      name\n      group\n    }\n    sponsors {\n      status\n      invitedAt\n      answeredAt\n      organization {\n        id\n        name\n        group\n      }\n    }\n    sponsorGroups {\n      group\n      count\n    }\n    supporters {\n      id\n      name\n      group\n    }\n    viewerCanInviteCoSponsor\n    viewerCoSponsorInvitations {\n      id\n      name\n    }\n    viewerSupportOptions {\n      supports\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.AmendmentSponsorsFieldsFragmentDoc,
  '\n  query AmendmentSponsors($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSponsorsFields\n    }\n  }\n':
    types.AmendmentSponsorsDocument,
  '\n  mutation InviteCoSponsor($amendmentId: ID!, $organizationId: ID!) {\n    inviteCoSponsor(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n':
    types.InviteCoSponsorDocument,
  '\n  mutation AnswerCoSponsorship($amendmentId: ID!, $organizationId: ID!, $accept: Boolean!) {\n    answerCoSponsorship(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      accept: $accept\n    ) {\n      ...AmendmentSponsorsFields\n    }\n  }\n':
    types.AnswerCoSponsorshipDocument,
  '\n  mutation SupportAmendment($amendmentId: ID!, $organizationId: ID!) {\n    supportAmendment(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n':
    types.SupportAmendmentDocument,
  '\n  mutation WithdrawSupport($amendmentId: ID!, $organizationId: ID!) {\n    withdrawSupport(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n':
    types.WithdrawSupportDocument,
  '\n  fragment DeskAmendmentFields on DeskAmendment {\n    id\n    accordId\n    accordTitle\n    kind\n    article\n    heading\n    proposedBy\n  }\n':
    types.DeskAmendmentFieldsFragmentDoc,
  '\n  fragment DeskCommentFields on DeskComment {\n    id\n    accordId\n    accordTitle\n    amendmentId\n    clauseId\n    author\n    excerpt\n    postedAt\n  }\n':
    types.DeskCommentFieldsFragmentDoc,
  '\n  query Desk {\n    desk {\n      asOf\n      organizations {\n        id\n        name\n        group\n        role\n        votesAwaitingUs {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        closingSoon {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        cosponsorInvitations {\n          invitedBy\n          invitedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        myAmendments {\n          status\n          changedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n      }\n      invitations {\n        id\n        organizationId\n        organizationName\n        role\n        invitedBy\n        invitedAt\n      }\n      replies {\n        ...DeskCommentFields\n      }\n      mentions {\n        ...DeskCommentFields\n      }\n    }\n  }\n':
    types.DeskDocument,
  '\n  fragment UserName on User {\n    id\n    displayName\n  }\n': types.UserNameFragmentDoc,
  '\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n':
    types.PostCommentDocument,
  '\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n':
    types.EditCommentDocument,
  '\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      id\n      deleted\n    }\n  }\n':
    types.DeleteCommentDocument,
  '\n  query CommentCounts($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        commentCount\n        commentCountSeq\n      }\n      amendments {\n        id\n        commentCount\n        commentCountSeq\n      }\n    }\n  }\n':
    types.CommentCountsDocument,
  '\n  query AmendmentComments($id: ID!) {\n    amendment(id: $id) {\n      id\n      comments {\n        ...CommentTree\n      }\n    }\n  }\n':
    types.AmendmentCommentsDocument,
  '\n  query ClauseComments($id: ID!, $version: Int!) {\n    clause(id: $id) {\n      id\n      comments(version: $version) {\n        ...CommentTree\n      }\n    }\n  }\n':
    types.ClauseCommentsDocument,
  '\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    quoteStart\n    quoteEnd\n    createdAt\n    editedAt\n    deleted\n    amendmentId\n    clauseId\n    clauseVersion\n    author {\n      id\n      displayName\n    }\n    references {\n      ...ClauseReferenceFields\n    }\n  }\n':
    types.CommentFieldsFragmentDoc,
  '\n  fragment CommentTree on Comment {\n    ...CommentFields\n    replies {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n':
    types.CommentTreeFragmentDoc,
  '\n  mutation AddParticipant($accordId: ID!, $organizationId: ID!, $role: ParticipantRole!) {\n    addParticipant(accordId: $accordId, organizationId: $organizationId, role: $role) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.AddParticipantDocument,
  '\n  query VotesInProgress($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      amendments(status: VOTING) {\n        ...AmendmentSummary\n        closesAt\n        tally {\n          ...TallyFields\n        }\n      }\n    }\n  }\n':
    types.VotesInProgressDocument,
  '\n  mutation SetDecisionRule($accordId: ID!, $rule: DecisionRuleInput!) {\n    setDecisionRule(accordId: $accordId, rule: $rule) {\n      id\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n    }\n  }\n':
    types.SetDecisionRuleDocument,
  '\n  mutation RenumberClauses($accordId: ID!) {\n    renumberClauses(accordId: $accordId) {\n      seq\n      changes {\n        clauseId\n        from\n        to\n      }\n    }\n  }\n':
    types.RenumberClausesDocument,
  '\n  mutation SetProposalWindow(\n    $accordId: ID!\n    $opensAt: DateTime\n    $closesAt: DateTime\n    $closeNow: Boolean\n  ) {\n    setProposalWindow(\n      accordId: $accordId\n      opensAt: $opensAt\n      closesAt: $closesAt\n      closeNow: $closeNow\n    ) {\n      id\n      proposalsOpenFrom\n      proposalsCloseAt\n      viewerCanAmend\n    }\n  }\n':
    types.SetProposalWindowDocument,
  '\n  query Frameworks {\n    frameworks {\n      id\n      shortName\n      title\n      publisher\n      year\n      publishedOn\n      sourceUrl\n      description\n      norms {\n        id\n        key\n        title\n        text\n        force\n        sourceUrl\n        correspondsTo {\n          id\n          key\n          framework {\n            id\n            shortName\n          }\n        }\n      }\n    }\n    mayEditFrameworks\n  }\n':
    types.FrameworksDocument,
  '\n  mutation ImportFramework($content: String!, $format: FrameworkFileFormat!, $frameworkId: ID) {\n    importFramework(content: $content, format: $format, frameworkId: $frameworkId) {\n      id\n      shortName\n    }\n  }\n':
    types.ImportFrameworkDocument,
  '\n  query FrameworkComparison($accordId: ID!, $frameworkIds: [ID!]!) {\n    frameworkComparison(accordId: $accordId, frameworkIds: $frameworkIds) {\n      accordId\n      seq\n      frameworks {\n        framework {\n          id\n          shortName\n          title\n          year\n        }\n        stronger\n        equivalent\n        weaker\n        silent\n        norms {\n          norm {\n            id\n            key\n            title\n            text\n            force\n            sourceUrl\n            correspondsTo {\n              id\n              key\n              framework {\n                id\n                shortName\n              }\n            }\n          }\n          coverage\n          clauses {\n            clauseId\n            number\n            heading\n            force\n            source\n          }\n        }\n      }\n    }\n  }\n':
    types.FrameworkComparisonDocument,
  '\n  query AccordSources($id: ID!) {\n    accord(id: $id) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          sources\n          author {\n            id\n          }\n          citations {\n            source\n            norm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.AccordSourcesDocument,
  '\n  mutation LinkSourceToNorm($clauseId: ID!, $source: String!, $normId: ID) {\n    linkSourceToNorm(clauseId: $clauseId, source: $source, normId: $normId) {\n      version\n    }\n  }\n':
    types.LinkSourceToNormDocument,
  '\n  query ClauseHistory($id: ID!) {\n    clause(id: $id) {\n      id\n      number\n      current {\n        ...ClauseVersionFields\n      }\n      versions {\n        ...ClauseVersionFields\n        author {\n          id\n          name\n        }\n        amendment {\n          id\n          rationale\n        }\n      }\n      attribution {\n        text\n        version\n        amendmentId\n        author {\n          id\n          name\n          group\n        }\n      }\n    }\n  }\n':
    types.ClauseHistoryDocument,
  '\n  query ClauseDiff($clauseId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    clauseDiff(clauseId: $clauseId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      fromVersion\n      toVersion\n      parts {\n        op\n        text\n      }\n    }\n  }\n':
    types.ClauseDiffDocument,
  '\n  query AccordAt($accordId: ID!, $seq: Int, $at: DateTime) {\n    accordAt(accordId: $accordId, seq: $seq, at: $at) {\n      accordId\n      seq\n      at\n      clauses {\n        clauseId\n        number\n        version\n        heading\n        text\n        force\n      }\n    }\n  }\n':
    types.AccordAtDocument,
  '\n  query AccordEvents($accordId: ID!, $afterSeq: Int, $first: Int) {\n    accordEvents(accordId: $accordId, afterSeq: $afterSeq, first: $first) {\n      seq\n      type\n      at\n      actorId\n      payload\n      hash\n      prevHash\n    }\n  }\n':
    types.AccordEventsDocument,
  '\n  query VerifyHistory($accordId: ID!) {\n    verifyHistory(accordId: $accordId) {\n      ok\n      checked\n      firstBrokenSeq\n      headHash\n      explanation\n      checkpointsVerified\n    }\n  }\n':
    types.VerifyHistoryDocument,
  '\n  query AccordCheckpoints($accordId: ID!) {\n    accordCheckpoints(accordId: $accordId) {\n      seq\n      hash\n      every\n      at\n      keyId\n      signature\n    }\n    signingKeys {\n      keyId\n      fingerprint\n      current\n    }\n  }\n':
    types.AccordCheckpointsDocument,
  '\n  query AccordDiff($accordId: ID!, $from: AccordMomentInput!, $to: AccordMomentInput!) {\n    accordDiff(accordId: $accordId, from: $from, to: $to) {\n      accordId\n      from {\n        seq\n        at\n      }\n      to {\n        seq\n        at\n      }\n      articles {\n        clauseId\n        kind\n        reworded\n        moved\n        from {\n          number\n          heading\n          force\n        }\n        to {\n          number\n          heading\n          force\n        }\n        parts {\n          op\n          text\n        }\n        amendments {\n          id\n          kind\n          onBehalfOf {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AccordDiffDocument,
  '\n  fragment IncidentFacts on Incident {\n    id\n    accordId\n    name\n    startedOn\n    endedOn\n    description\n    sources\n    actors {\n      name\n      attribution\n      note\n    }\n    responses {\n      kind\n      by\n      on\n      description\n      source\n    }\n    revision\n    recordedAt\n    revisedAt\n    recordedFor {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.IncidentFactsFragmentDoc,
  '\n  query AccordIncidents($id: ID!) {\n    accord(id: $id) {\n      id\n      incidents {\n        ...IncidentFacts\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n':
    types.AccordIncidentsDocument,
  '\n  query IncidentMatrix($accordId: ID!) {\n    incidentMatrix(accordId: $accordId) {\n      accordId\n      incidents {\n        id\n        name\n        startedOn\n      }\n      clauses {\n        id\n        number\n        heading\n      }\n      cells {\n        incidentId\n        clauseId\n        breached\n        notBreached\n        unclear\n        total\n        breachShare\n        groupsDisagree\n      }\n    }\n  }\n':
    types.IncidentMatrixDocument,
  '\n  query IncidentPage($id: ID!, $accordId: ID!) {\n    incident(id: $id) {\n      ...IncidentFacts\n      viewerCanRevise\n      assessments {\n        id\n        verdict\n        reasoning\n        revision\n        assessedAt\n        clause {\n          id\n          number\n        }\n        norm {\n          id\n          key\n          title\n          framework {\n            id\n            shortName\n          }\n        }\n        organization {\n          ...OrganizationIdentity\n        }\n        assessedBy {\n          id\n          displayName\n        }\n        history {\n          revision\n          verdict\n          reasoning\n          assessedAt\n        }\n      }\n    }\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          heading\n        }\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n    frameworks {\n      id\n      shortName\n      norms {\n        id\n        key\n        title\n      }\n    }\n  }\n':
    types.IncidentPageDocument,
  '\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n':
    types.RecordIncidentDocument,
  '\n  mutation AssessIncident($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      verdict\n      reasoning\n      revision\n    }\n  }\n':
    types.AssessIncidentDocument,
  '\n  mutation ReviseIncident($input: ReviseIncidentInput!) {\n    reviseIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n':
    types.ReviseIncidentDocument,
  '\n  query AccordMilestones($id: ID!) {\n    accord(id: $id) {\n      id\n      milestones {\n        id\n        name\n        seq\n        markedAt\n        markedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.AccordMilestonesDocument,
  '\n  mutation MarkMilestone($accordId: ID!, $name: String!) {\n    markMilestone(accordId: $accordId, name: $name) {\n      id\n      name\n      seq\n    }\n  }\n':
    types.MarkMilestoneDocument,
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    createdAt\n    readAt\n  }\n':
    types.NotificationFieldsFragmentDoc,
  '\n  query Notifications($first: Int, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      endCursor\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!], $upTo: ID) {\n    markNotificationsRead(ids: $ids, upTo: $upTo)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query NotificationSettings {\n    notificationSettings {\n      kind\n      email\n    }\n  }\n':
    types.NotificationSettingsDocument,
  '\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      kind\n      email\n    }\n  }\n':
    types.UpdateNotificationSettingsDocument,
  '\n  query VerificationQueue {\n    organizationsAwaitingVerification(first: 100) {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.VerificationQueueDocument,
  '\n  query Operators {\n    operators {\n      id\n      displayName\n    }\n  }\n':
    types.OperatorsDocument,
  '\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.VerifyOrganizationDocument,
  '\n  mutation RevokeVerification($organizationId: ID!, $reason: String!) {\n    revokeVerification(organizationId: $organizationId, reason: $reason) {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.RevokeVerificationDocument,
  '\n  mutation GrantOperator($email: String!) {\n    grantOperator(email: $email) {\n      id\n      displayName\n    }\n  }\n':
    types.GrantOperatorDocument,
  '\n  fragment OrganizationIdentity on Organization {\n    id\n    name\n    group\n    country\n    website\n    verified\n    handle\n  }\n':
    types.OrganizationIdentityFragmentDoc,
  '\n  fragment MyMembership on Membership {\n    role\n    since\n    organization {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.MyMembershipFragmentDoc,
  '\n  query Organizations($search: String, $group: StakeholderGroup, $first: Int, $offset: Int) {\n    organizations(search: $search, group: $group, first: $first, offset: $offset) {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.OrganizationsDocument,
  '\n  query OrganizationById($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.OrganizationByIdDocument,
  '\n  query MyOrganizations {\n    me {\n      id\n      memberships {\n        ...MyMembership\n        organization {\n          id\n          members {\n            role\n            since\n            user {\n              id\n              displayName\n              email\n            }\n          }\n          invitations {\n            id\n            email\n            role\n            createdAt\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        createdAt\n        organization {\n          ...OrganizationIdentity\n        }\n        invitedBy {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.MyOrganizationsDocument,
  '\n  mutation CreateOrganization(\n    $name: String!\n    $group: StakeholderGroup!\n    $country: String\n    $website: String\n  ) {\n    createOrganization(name: $name, group: $group, country: $country, website: $website) {\n      ...OrganizationIdentity\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n    inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n      id\n      email\n      role\n      status\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation AcceptInvitation($invitationId: ID!) {\n    acceptInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation DeclineInvitation($invitationId: ID!) {\n    declineInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n':
    types.DeclineInvitationDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation EndMembership($organizationId: ID!, $userId: ID!) {\n    endMembership(organizationId: $organizationId, userId: $userId) {\n      role\n    }\n  }\n':
    types.EndMembershipDocument,
  '\n  query PrintAccord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      lastSeq\n      headHash\n      clauses {\n        id\n        number\n        current {\n          heading\n          text\n          force\n          sources\n        }\n      }\n      amendments {\n        id\n        kind\n        status\n        text\n        heading\n        force\n        position\n        clause {\n          id\n          number\n        }\n        onBehalfOf {\n          id\n          name\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n        }\n      }\n    }\n  }\n':
    types.PrintAccordDocument,
  '\n  query AccordProposals($id: ID!) {\n    accord(id: $id) {\n      id\n      amendments {\n        id\n        onBehalfOf {\n          id\n          name\n          group\n        }\n        sponsorGroups {\n          group\n          count\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n          heading\n          force\n        }\n        tally {\n          ...TallyFields\n        }\n        viewerBallots {\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.AccordProposalsDocument,
  '\n  query Search($query: String!, $accordId: ID, $after: String) {\n    search(query: $query, accordId: $accordId, first: 20, after: $after) {\n      hasMore\n      endCursor\n      hits {\n        kind\n        rank\n        heading\n        snippet {\n          text\n          highlighted\n        }\n        accord {\n          id\n          title\n        }\n        clause {\n          id\n          number\n          version\n          current\n          removed\n        }\n        amendment {\n          id\n          kind\n          status\n        }\n        comment {\n          id\n          parentId\n        }\n        organization {\n          id\n          name\n          group\n          country\n        }\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query AccordSignatories($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      lastSeq\n      finalDeclaration {\n        seq\n        hash\n        textSeq\n        declaredAt\n      }\n      previousVersion {\n        id\n        title\n      }\n      nextVersion {\n        id\n        title\n      }\n      publicPage {\n        slug\n        path\n        publishedAt\n      }\n      clauses {\n        id\n        number\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments(status: VOTING) {\n        id\n      }\n      signatures {\n        id\n        signedAt\n        seq\n        statement\n        reservations {\n          clauseId\n          number\n          text\n        }\n        withdrawnAt\n        withdrawalReason\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      signatoryCounts {\n        date\n        group\n        count\n      }\n      implementationReports {\n        id\n        clauseId\n        status\n        text\n        reportedAt\n        organization {\n          id\n        }\n      }\n    }\n  }\n':
    types.AccordSignatoriesDocument,
  '\n  query SignatoriesViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerSigningOrganizations {\n        ...OrganizationIdentity\n      }\n      viewerSignatoryOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n':
    types.SignatoriesViewerDocument,
  '\n  mutation DeclareFinal($accordId: ID!) {\n    declareFinal(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n':
    types.DeclareFinalDocument,
  '\n  mutation StartNewVersion($accordId: ID!, $title: String) {\n    startNewVersion(accordId: $accordId, title: $title) {\n      id\n      title\n    }\n  }\n':
    types.StartNewVersionDocument,
  '\n  mutation SignAccord($input: SignAccordInput!) {\n    signAccord(input: $input) {\n      id\n      seq\n    }\n  }\n':
    types.SignAccordDocument,
  '\n  mutation WithdrawSignature($accordId: ID!, $organizationId: ID!, $reason: String) {\n    withdrawSignature(accordId: $accordId, organizationId: $organizationId, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n':
    types.WithdrawSignatureDocument,
  '\n  mutation FileImplementationReport($input: ImplementationReportInput!) {\n    fileImplementationReport(input: $input) {\n      id\n      seq\n    }\n  }\n':
    types.FileImplementationReportDocument,
  '\n  mutation PublishAccord($accordId: ID!) {\n    publishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n':
    types.PublishAccordDocument,
  '\n  mutation UnpublishAccord($accordId: ID!) {\n    unpublishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n':
    types.UnpublishAccordDocument,
  '\n  fragment AmendmentVotes on Amendment {\n    id\n    ballots {\n      ...BallotFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n':
    types.AmendmentVotesFragmentDoc,
  '\n  fragment AccordRule on Accord {\n    id\n    rule {\n      ...DecisionRuleFields\n    }\n  }\n':
    types.AccordRuleFragmentDoc,
  '\n  mutation CastBallot(\n    $amendmentId: ID!\n    $organizationId: ID!\n    $choice: BallotChoice!\n    $explanation: String\n  ) {\n    castBallot(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      choice: $choice\n      explanation: $explanation\n    ) {\n      choice\n      explanation\n      castAt\n      receipt {\n        ...BallotReceiptFields\n      }\n    }\n  }\n':
    types.CastBallotDocument,
  '\n  mutation OpenVoting($amendmentId: ID!, $closesAt: DateTime) {\n    openVoting(amendmentId: $amendmentId, closesAt: $closesAt) {\n      id\n      status\n      closesAt\n    }\n  }\n':
    types.OpenVotingDocument,
  '\n  mutation CloseVoting($amendmentId: ID!) {\n    closeVoting(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n':
    types.CloseVotingDocument,
  '\n  fragment BallotReceiptFields on BallotReceipt {\n    accordId\n    amendmentId\n    seq\n    hash\n    castAt\n    organization {\n      id\n      name\n    }\n  }\n':
    types.BallotReceiptFieldsFragmentDoc,
  '\n  query MyBallotReceipts($amendmentId: ID!) {\n    myBallotReceipts(amendmentId: $amendmentId) {\n      ...BallotReceiptFields\n    }\n  }\n':
    types.MyBallotReceiptsDocument,
  '\n  query CheckReceipt($accordId: ID!, $seq: Int!, $hash: String!) {\n    checkReceipt(accordId: $accordId, seq: $seq, hash: $hash) {\n      seq\n      hash\n      inChain\n      chainOk\n      explanation\n      coveredBy {\n        seq\n        at\n        keyId\n      }\n    }\n  }\n':
    types.CheckReceiptDocument,
  '\n  fragment TallyFields on Tally {\n    sealed\n    for\n    against\n    abstain\n    eligible\n    cast\n    passed\n    quorumMet\n    explanation\n    chambers {\n      group\n      for\n      against\n      abstain\n      eligible\n      voted\n      passed\n      quorumMet\n      revealsVotes\n    }\n  }\n':
    types.TallyFieldsFragmentDoc,
  '\n  fragment BallotFields on Ballot {\n    choice\n    explanation\n    castAt\n    organization {\n      id\n      name\n      group\n    }\n    changes {\n      choice\n      explanation\n      castAt\n    }\n  }\n':
    types.BallotFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordList {\n    accords {\n      id\n      title\n      preamble\n      createdAt\n      viewerIsFacilitator\n      rule {\n        kind\n      }\n      participants {\n        role\n        organization {\n          id\n        }\n      }\n      clauses {\n        id\n      }\n      amendments(status: OPEN) {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordList {\n    accords {\n      id\n      title\n      preamble\n      createdAt\n      viewerIsFacilitator\n      rule {\n        kind\n      }\n      participants {\n        role\n        organization {\n          id\n        }\n      }\n      clauses {\n        id\n      }\n      amendments(status: OPEN) {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAccord($title: String!, $preamble: String, $rule: DecisionRuleInput!) {\n    createAccord(title: $title, preamble: $preamble, rule: $rule) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAccord($title: String!, $preamble: String, $rule: DecisionRuleInput!) {\n    createAccord(title: $title, preamble: $preamble, rule: $rule) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      facilitatorId\n      lastSeq\n      proposalsOpenFrom\n      proposalsCloseAt\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n      participants {\n        role\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      clauses {\n        id\n        number\n        position\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments {\n        ...AmendmentSummary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Accord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      facilitatorId\n      lastSeq\n      proposalsOpenFrom\n      proposalsCloseAt\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n      participants {\n        role\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      clauses {\n        id\n        number\n        position\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments {\n        ...AmendmentSummary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClauseVersionFields on ClauseVersion {\n    version\n    heading\n    text\n    force\n    sources\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment ClauseVersionFields on ClauseVersion {\n    version\n    heading\n    text\n    force\n    sources\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AmendmentSummary on Amendment {\n    id\n    kind\n    status\n    heading\n    text\n    force\n    position\n    newArticle {\n      number\n      after\n    }\n    rationale\n    createdAt\n    baseVersion\n    clause {\n      id\n      number\n    }\n    onBehalfOf {\n      id\n      name\n    }\n    conflict {\n      reason\n    }\n    votingRounds {\n      number\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  fragment AmendmentSummary on Amendment {\n    id\n    kind\n    status\n    heading\n    text\n    force\n    position\n    newArticle {\n      number\n      after\n    }\n    rationale\n    createdAt\n    baseVersion\n    clause {\n      id\n      number\n    }\n    onBehalfOf {\n      id\n      name\n    }\n    conflict {\n      reason\n    }\n    votingRounds {\n      number\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionRuleFields on DecisionRule {\n    kind\n    threshold\n    quorum\n    secretBallot\n    minSponsors\n    minSponsorGroups\n    weights {\n      group\n      weight\n    }\n  }\n',
): (typeof documents)['\n  fragment DecisionRuleFields on DecisionRule {\n    kind\n    threshold\n    quorum\n    secretBallot\n    minSponsors\n    minSponsorGroups\n    weights {\n      group\n      weight\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewArticleAt($id: ID!, $position: Int) {\n    accord(id: $id) {\n      id\n      newArticleAt(position: $position) {\n        number\n        after\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewArticleAt($id: ID!, $position: Int) {\n    accord(id: $id) {\n      id\n      newArticleAt(position: $position) {\n        number\n        after\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerCanAmend\n      viewerVotingOrganizations {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerCanAmend\n      viewerVotingOrganizations {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Amendment($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSummary\n      references {\n        ...ClauseReferenceFields\n      }\n      sources\n      votingOpenedAt\n      closesAt\n      closedAt\n      author {\n        id\n        displayName\n      }\n      onBehalfOf {\n        group\n      }\n      clause {\n        removed\n        current {\n          ...ClauseVersionFields\n        }\n        versions {\n          ...ClauseVersionFields\n        }\n      }\n      ballots {\n        ...BallotFields\n      }\n      tally {\n        ...TallyFields\n      }\n      baseMoved\n      conflict {\n        currentVersion\n      }\n      asItWouldApply {\n        ontoVersion\n        heading\n        text\n        force\n        changes {\n          op\n          text\n        }\n      }\n      applied {\n        ...ClauseVersionFields\n      }\n      appliedDifference {\n        op\n        text\n      }\n      ...AmendmentViewerFields\n      votingRounds {\n        openedAt\n        endedAt\n        suspendedBecause {\n          reason\n          currentVersion\n        }\n        tally {\n          ...TallyFields\n        }\n        ballots {\n          ...BallotFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Amendment($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSummary\n      references {\n        ...ClauseReferenceFields\n      }\n      sources\n      votingOpenedAt\n      closesAt\n      closedAt\n      author {\n        id\n        displayName\n      }\n      onBehalfOf {\n        group\n      }\n      clause {\n        removed\n        current {\n          ...ClauseVersionFields\n        }\n        versions {\n          ...ClauseVersionFields\n        }\n      }\n      ballots {\n        ...BallotFields\n      }\n      tally {\n        ...TallyFields\n      }\n      baseMoved\n      conflict {\n        currentVersion\n      }\n      asItWouldApply {\n        ontoVersion\n        heading\n        text\n        force\n        changes {\n          op\n          text\n        }\n      }\n      applied {\n        ...ClauseVersionFields\n      }\n      appliedDifference {\n        op\n        text\n      }\n      ...AmendmentViewerFields\n      votingRounds {\n        openedAt\n        endedAt\n        suspendedBecause {\n          reason\n          currentVersion\n        }\n        tally {\n          ...TallyFields\n        }\n        ballots {\n          ...BallotFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClauseReferenceFields on ClauseReference {\n    field\n    start\n    end\n    written\n    clauseId\n    number\n    removed\n  }\n',
): (typeof documents)['\n  fragment ClauseReferenceFields on ClauseReference {\n    field\n    start\n    end\n    written\n    clauseId\n    number\n    removed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawAmendment($amendmentId: ID!) {\n    withdrawAmendment(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RebaseAmendment($amendmentId: ID!, $text: String!) {\n    rebaseAmendment(amendmentId: $amendmentId, text: $text) {\n      id\n      status\n      baseVersion\n      text\n    }\n  }\n',
): (typeof documents)['\n  mutation RebaseAmendment($amendmentId: ID!, $text: String!) {\n    rebaseAmendment(amendmentId: $amendmentId, text: $text) {\n      id\n      status\n      baseVersion\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AmendmentViewerFields on Amendment {\n    id\n    viewerCanVote\n    viewerCanOpenVoting\n    viewerCanCloseVoting\n    viewerCanWithdraw\n    viewerCanRebase\n    viewerBallots {\n      choice\n      explanation\n      castAt\n      organization {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AmendmentViewerFields on Amendment {\n    id\n    viewerCanVote\n    viewerCanOpenVoting\n    viewerCanCloseVoting\n    viewerCanWithdraw\n    viewerCanRebase\n    viewerBallots {\n      choice\n      explanation\n      castAt\n      organization {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ProposedClauseNumber on Clause {\n      id\n      number\n    }\n  ',
): (typeof documents)['\n    fragment ProposedClauseNumber on Clause {\n      id\n      number\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ProposalSponsor on Organization {\n      id\n      name\n    }\n  ',
): (typeof documents)['\n    fragment ProposalSponsor on Organization {\n      id\n      name\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NewClause on Clause {\n    id\n    number\n    position\n    current {\n      ...ClauseVersionFields\n    }\n  }\n',
): (typeof documents)['\n  fragment NewClause on Clause {\n    id\n    number\n    position\n    current {\n      ...ClauseVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PendingAmendments on Accord {\n    id\n    amendments {\n      id\n      kind\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment PendingAmendments on Accord {\n    id\n    amendments {\n      id\n      kind\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment NewAmendmentCount on Amendment {\n      id\n      commentCount\n      commentCountSeq\n    }\n  ',
): (typeof documents)['\n    fragment NewAmendmentCount on Amendment {\n      id\n      commentCount\n      commentCountSeq\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment NewClauseCount on Clause {\n      id\n      commentCount\n      commentCountSeq\n    }\n  ',
): (typeof documents)['\n    fragment NewClauseCount on Clause {\n      id\n      commentCount\n      commentCountSeq\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isOperator\n      memberships {\n        ...MyMembership\n      }\n      invitations {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isOperator\n      memberships {\n        ...MyMembership\n      }\n      invitations {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Register($email: String!, $password: String!, $displayName: String!) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Register($email: String!, $password: String!, $displayName: String!) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DemoDelegates {\n    demoDelegates {\n      email\n      name\n      organization\n      group\n      role\n    }\n  }\n',
): (typeof documents)['\n  query DemoDelegates {\n    demoDelegates {\n      email\n      name\n      organization\n      group\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignInAsDemoDelegate($email: String!) {\n    signInAsDemoDelegate(email: $email) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignInAsDemoDelegate($email: String!) {\n    signInAsDemoDelegate(email: $email) {\n      token\n      user {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AmendmentSponsorsFields on Amendment {\n    id\n    status\n    onBehalfOf {\n      id\n      name\n      group\n    }\n    sponsors {\n      status\n      invitedAt\n      answeredAt\n      organization {\n        id\n        name\n        group\n      }\n    }\n    sponsorGroups {\n      group\n      count\n    }\n    supporters {\n      id\n      name\n      group\n    }\n    viewerCanInviteCoSponsor\n    viewerCoSponsorInvitations {\n      id\n      name\n    }\n    viewerSupportOptions {\n      supports\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AmendmentSponsorsFields on Amendment {\n    id\n    status\n    onBehalfOf {\n      id\n      name\n      group\n    }\n    sponsors {\n      status\n      invitedAt\n      answeredAt\n      organization {\n        id\n        name\n        group\n      }\n    }\n    sponsorGroups {\n      group\n      count\n    }\n    supporters {\n      id\n      name\n      group\n    }\n    viewerCanInviteCoSponsor\n    viewerCoSponsorInvitations {\n      id\n      name\n    }\n    viewerSupportOptions {\n      supports\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AmendmentSponsors($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSponsorsFields\n    }\n  }\n',
): (typeof documents)['\n  query AmendmentSponsors($id: ID!) {\n    amendment(id: $id) {\n      ...AmendmentSponsorsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteCoSponsor($amendmentId: ID!, $organizationId: ID!) {\n    inviteCoSponsor(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteCoSponsor($amendmentId: ID!, $organizationId: ID!) {\n    inviteCoSponsor(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerCoSponsorship($amendmentId: ID!, $organizationId: ID!, $accept: Boolean!) {\n    answerCoSponsorship(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      accept: $accept\n    ) {\n      ...AmendmentSponsorsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerCoSponsorship($amendmentId: ID!, $organizationId: ID!, $accept: Boolean!) {\n    answerCoSponsorship(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      accept: $accept\n    ) {\n      ...AmendmentSponsorsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupportAmendment($amendmentId: ID!, $organizationId: ID!) {\n    supportAmendment(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SupportAmendment($amendmentId: ID!, $organizationId: ID!) {\n    supportAmendment(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawSupport($amendmentId: ID!, $organizationId: ID!) {\n    withdrawSupport(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawSupport($amendmentId: ID!, $organizationId: ID!) {\n    withdrawSupport(amendmentId: $amendmentId, organizationId: $organizationId) {\n      ...AmendmentSponsorsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeskAmendmentFields on DeskAmendment {\n    id\n    accordId\n    accordTitle\n    kind\n    article\n    heading\n    proposedBy\n  }\n',
): (typeof documents)['\n  fragment DeskAmendmentFields on DeskAmendment {\n    id\n    accordId\n    accordTitle\n    kind\n    article\n    heading\n    proposedBy\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeskCommentFields on DeskComment {\n    id\n    accordId\n    accordTitle\n    amendmentId\n    clauseId\n    author\n    excerpt\n    postedAt\n  }\n',
): (typeof documents)['\n  fragment DeskCommentFields on DeskComment {\n    id\n    accordId\n    accordTitle\n    amendmentId\n    clauseId\n    author\n    excerpt\n    postedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Desk {\n    desk {\n      asOf\n      organizations {\n        id\n        name\n        group\n        role\n        votesAwaitingUs {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        closingSoon {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        cosponsorInvitations {\n          invitedBy\n          invitedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        myAmendments {\n          status\n          changedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n      }\n      invitations {\n        id\n        organizationId\n        organizationName\n        role\n        invitedBy\n        invitedAt\n      }\n      replies {\n        ...DeskCommentFields\n      }\n      mentions {\n        ...DeskCommentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Desk {\n    desk {\n      asOf\n      organizations {\n        id\n        name\n        group\n        role\n        votesAwaitingUs {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        closingSoon {\n          closesAt\n          weVoted\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        cosponsorInvitations {\n          invitedBy\n          invitedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n        myAmendments {\n          status\n          changedAt\n          amendment {\n            ...DeskAmendmentFields\n          }\n        }\n      }\n      invitations {\n        id\n        organizationId\n        organizationName\n        role\n        invitedBy\n        invitedAt\n      }\n      replies {\n        ...DeskCommentFields\n      }\n      mentions {\n        ...DeskCommentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserName on User {\n    id\n    displayName\n  }\n',
): (typeof documents)['\n  fragment UserName on User {\n    id\n    displayName\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      id\n      deleted\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      id\n      deleted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommentCounts($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        commentCount\n        commentCountSeq\n      }\n      amendments {\n        id\n        commentCount\n        commentCountSeq\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommentCounts($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        commentCount\n        commentCountSeq\n      }\n      amendments {\n        id\n        commentCount\n        commentCountSeq\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AmendmentComments($id: ID!) {\n    amendment(id: $id) {\n      id\n      comments {\n        ...CommentTree\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AmendmentComments($id: ID!) {\n    amendment(id: $id) {\n      id\n      comments {\n        ...CommentTree\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClauseComments($id: ID!, $version: Int!) {\n    clause(id: $id) {\n      id\n      comments(version: $version) {\n        ...CommentTree\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClauseComments($id: ID!, $version: Int!) {\n    clause(id: $id) {\n      id\n      comments(version: $version) {\n        ...CommentTree\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    quoteStart\n    quoteEnd\n    createdAt\n    editedAt\n    deleted\n    amendmentId\n    clauseId\n    clauseVersion\n    author {\n      id\n      displayName\n    }\n    references {\n      ...ClauseReferenceFields\n    }\n  }\n',
): (typeof documents)['\n  fragment CommentFields on Comment {\n    id\n    body\n    parentId\n    quoteStart\n    quoteEnd\n    createdAt\n    editedAt\n    deleted\n    amendmentId\n    clauseId\n    clauseVersion\n    author {\n      id\n      displayName\n    }\n    references {\n      ...ClauseReferenceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentTree on Comment {\n    ...CommentFields\n    replies {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CommentTree on Comment {\n    ...CommentFields\n    replies {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddParticipant($accordId: ID!, $organizationId: ID!, $role: ParticipantRole!) {\n    addParticipant(accordId: $accordId, organizationId: $organizationId, role: $role) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddParticipant($accordId: ID!, $organizationId: ID!, $role: ParticipantRole!) {\n    addParticipant(accordId: $accordId, organizationId: $organizationId, role: $role) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VotesInProgress($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      amendments(status: VOTING) {\n        ...AmendmentSummary\n        closesAt\n        tally {\n          ...TallyFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VotesInProgress($accordId: ID!) {\n    accord(id: $accordId) {\n      id\n      amendments(status: VOTING) {\n        ...AmendmentSummary\n        closesAt\n        tally {\n          ...TallyFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDecisionRule($accordId: ID!, $rule: DecisionRuleInput!) {\n    setDecisionRule(accordId: $accordId, rule: $rule) {\n      id\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDecisionRule($accordId: ID!, $rule: DecisionRuleInput!) {\n    setDecisionRule(accordId: $accordId, rule: $rule) {\n      id\n      rule {\n        ...DecisionRuleFields\n      }\n      smallChambers {\n        group\n        parties\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenumberClauses($accordId: ID!) {\n    renumberClauses(accordId: $accordId) {\n      seq\n      changes {\n        clauseId\n        from\n        to\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RenumberClauses($accordId: ID!) {\n    renumberClauses(accordId: $accordId) {\n      seq\n      changes {\n        clauseId\n        from\n        to\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetProposalWindow(\n    $accordId: ID!\n    $opensAt: DateTime\n    $closesAt: DateTime\n    $closeNow: Boolean\n  ) {\n    setProposalWindow(\n      accordId: $accordId\n      opensAt: $opensAt\n      closesAt: $closesAt\n      closeNow: $closeNow\n    ) {\n      id\n      proposalsOpenFrom\n      proposalsCloseAt\n      viewerCanAmend\n    }\n  }\n',
): (typeof documents)['\n  mutation SetProposalWindow(\n    $accordId: ID!\n    $opensAt: DateTime\n    $closesAt: DateTime\n    $closeNow: Boolean\n  ) {\n    setProposalWindow(\n      accordId: $accordId\n      opensAt: $opensAt\n      closesAt: $closesAt\n      closeNow: $closeNow\n    ) {\n      id\n      proposalsOpenFrom\n      proposalsCloseAt\n      viewerCanAmend\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Frameworks {\n    frameworks {\n      id\n      shortName\n      title\n      publisher\n      year\n      publishedOn\n      sourceUrl\n      description\n      norms {\n        id\n        key\n        title\n        text\n        force\n        sourceUrl\n        correspondsTo {\n          id\n          key\n          framework {\n            id\n            shortName\n          }\n        }\n      }\n    }\n    mayEditFrameworks\n  }\n',
): (typeof documents)['\n  query Frameworks {\n    frameworks {\n      id\n      shortName\n      title\n      publisher\n      year\n      publishedOn\n      sourceUrl\n      description\n      norms {\n        id\n        key\n        title\n        text\n        force\n        sourceUrl\n        correspondsTo {\n          id\n          key\n          framework {\n            id\n            shortName\n          }\n        }\n      }\n    }\n    mayEditFrameworks\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportFramework($content: String!, $format: FrameworkFileFormat!, $frameworkId: ID) {\n    importFramework(content: $content, format: $format, frameworkId: $frameworkId) {\n      id\n      shortName\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportFramework($content: String!, $format: FrameworkFileFormat!, $frameworkId: ID) {\n    importFramework(content: $content, format: $format, frameworkId: $frameworkId) {\n      id\n      shortName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FrameworkComparison($accordId: ID!, $frameworkIds: [ID!]!) {\n    frameworkComparison(accordId: $accordId, frameworkIds: $frameworkIds) {\n      accordId\n      seq\n      frameworks {\n        framework {\n          id\n          shortName\n          title\n          year\n        }\n        stronger\n        equivalent\n        weaker\n        silent\n        norms {\n          norm {\n            id\n            key\n            title\n            text\n            force\n            sourceUrl\n            correspondsTo {\n              id\n              key\n              framework {\n                id\n                shortName\n              }\n            }\n          }\n          coverage\n          clauses {\n            clauseId\n            number\n            heading\n            force\n            source\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FrameworkComparison($accordId: ID!, $frameworkIds: [ID!]!) {\n    frameworkComparison(accordId: $accordId, frameworkIds: $frameworkIds) {\n      accordId\n      seq\n      frameworks {\n        framework {\n          id\n          shortName\n          title\n          year\n        }\n        stronger\n        equivalent\n        weaker\n        silent\n        norms {\n          norm {\n            id\n            key\n            title\n            text\n            force\n            sourceUrl\n            correspondsTo {\n              id\n              key\n              framework {\n                id\n                shortName\n              }\n            }\n          }\n          coverage\n          clauses {\n            clauseId\n            number\n            heading\n            force\n            source\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordSources($id: ID!) {\n    accord(id: $id) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          sources\n          author {\n            id\n          }\n          citations {\n            source\n            norm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordSources($id: ID!) {\n    accord(id: $id) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          sources\n          author {\n            id\n          }\n          citations {\n            source\n            norm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkSourceToNorm($clauseId: ID!, $source: String!, $normId: ID) {\n    linkSourceToNorm(clauseId: $clauseId, source: $source, normId: $normId) {\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkSourceToNorm($clauseId: ID!, $source: String!, $normId: ID) {\n    linkSourceToNorm(clauseId: $clauseId, source: $source, normId: $normId) {\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClauseHistory($id: ID!) {\n    clause(id: $id) {\n      id\n      number\n      current {\n        ...ClauseVersionFields\n      }\n      versions {\n        ...ClauseVersionFields\n        author {\n          id\n          name\n        }\n        amendment {\n          id\n          rationale\n        }\n      }\n      attribution {\n        text\n        version\n        amendmentId\n        author {\n          id\n          name\n          group\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClauseHistory($id: ID!) {\n    clause(id: $id) {\n      id\n      number\n      current {\n        ...ClauseVersionFields\n      }\n      versions {\n        ...ClauseVersionFields\n        author {\n          id\n          name\n        }\n        amendment {\n          id\n          rationale\n        }\n      }\n      attribution {\n        text\n        version\n        amendmentId\n        author {\n          id\n          name\n          group\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClauseDiff($clauseId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    clauseDiff(clauseId: $clauseId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      fromVersion\n      toVersion\n      parts {\n        op\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ClauseDiff($clauseId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    clauseDiff(clauseId: $clauseId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      fromVersion\n      toVersion\n      parts {\n        op\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordAt($accordId: ID!, $seq: Int, $at: DateTime) {\n    accordAt(accordId: $accordId, seq: $seq, at: $at) {\n      accordId\n      seq\n      at\n      clauses {\n        clauseId\n        number\n        version\n        heading\n        text\n        force\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordAt($accordId: ID!, $seq: Int, $at: DateTime) {\n    accordAt(accordId: $accordId, seq: $seq, at: $at) {\n      accordId\n      seq\n      at\n      clauses {\n        clauseId\n        number\n        version\n        heading\n        text\n        force\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordEvents($accordId: ID!, $afterSeq: Int, $first: Int) {\n    accordEvents(accordId: $accordId, afterSeq: $afterSeq, first: $first) {\n      seq\n      type\n      at\n      actorId\n      payload\n      hash\n      prevHash\n    }\n  }\n',
): (typeof documents)['\n  query AccordEvents($accordId: ID!, $afterSeq: Int, $first: Int) {\n    accordEvents(accordId: $accordId, afterSeq: $afterSeq, first: $first) {\n      seq\n      type\n      at\n      actorId\n      payload\n      hash\n      prevHash\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyHistory($accordId: ID!) {\n    verifyHistory(accordId: $accordId) {\n      ok\n      checked\n      firstBrokenSeq\n      headHash\n      explanation\n      checkpointsVerified\n    }\n  }\n',
): (typeof documents)['\n  query VerifyHistory($accordId: ID!) {\n    verifyHistory(accordId: $accordId) {\n      ok\n      checked\n      firstBrokenSeq\n      headHash\n      explanation\n      checkpointsVerified\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordCheckpoints($accordId: ID!) {\n    accordCheckpoints(accordId: $accordId) {\n      seq\n      hash\n      every\n      at\n      keyId\n      signature\n    }\n    signingKeys {\n      keyId\n      fingerprint\n      current\n    }\n  }\n',
): (typeof documents)['\n  query AccordCheckpoints($accordId: ID!) {\n    accordCheckpoints(accordId: $accordId) {\n      seq\n      hash\n      every\n      at\n      keyId\n      signature\n    }\n    signingKeys {\n      keyId\n      fingerprint\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordDiff($accordId: ID!, $from: AccordMomentInput!, $to: AccordMomentInput!) {\n    accordDiff(accordId: $accordId, from: $from, to: $to) {\n      accordId\n      from {\n        seq\n        at\n      }\n      to {\n        seq\n        at\n      }\n      articles {\n        clauseId\n        kind\n        reworded\n        moved\n        from {\n          number\n          heading\n          force\n        }\n        to {\n          number\n          heading\n          force\n        }\n        parts {\n          op\n          text\n        }\n        amendments {\n          id\n          kind\n          onBehalfOf {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordDiff($accordId: ID!, $from: AccordMomentInput!, $to: AccordMomentInput!) {\n    accordDiff(accordId: $accordId, from: $from, to: $to) {\n      accordId\n      from {\n        seq\n        at\n      }\n      to {\n        seq\n        at\n      }\n      articles {\n        clauseId\n        kind\n        reworded\n        moved\n        from {\n          number\n          heading\n          force\n        }\n        to {\n          number\n          heading\n          force\n        }\n        parts {\n          op\n          text\n        }\n        amendments {\n          id\n          kind\n          onBehalfOf {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IncidentFacts on Incident {\n    id\n    accordId\n    name\n    startedOn\n    endedOn\n    description\n    sources\n    actors {\n      name\n      attribution\n      note\n    }\n    responses {\n      kind\n      by\n      on\n      description\n      source\n    }\n    revision\n    recordedAt\n    revisedAt\n    recordedFor {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  fragment IncidentFacts on Incident {\n    id\n    accordId\n    name\n    startedOn\n    endedOn\n    description\n    sources\n    actors {\n      name\n      attribution\n      note\n    }\n    responses {\n      kind\n      by\n      on\n      description\n      source\n    }\n    revision\n    recordedAt\n    revisedAt\n    recordedFor {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordIncidents($id: ID!) {\n    accord(id: $id) {\n      id\n      incidents {\n        ...IncidentFacts\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordIncidents($id: ID!) {\n    accord(id: $id) {\n      id\n      incidents {\n        ...IncidentFacts\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IncidentMatrix($accordId: ID!) {\n    incidentMatrix(accordId: $accordId) {\n      accordId\n      incidents {\n        id\n        name\n        startedOn\n      }\n      clauses {\n        id\n        number\n        heading\n      }\n      cells {\n        incidentId\n        clauseId\n        breached\n        notBreached\n        unclear\n        total\n        breachShare\n        groupsDisagree\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IncidentMatrix($accordId: ID!) {\n    incidentMatrix(accordId: $accordId) {\n      accordId\n      incidents {\n        id\n        name\n        startedOn\n      }\n      clauses {\n        id\n        number\n        heading\n      }\n      cells {\n        incidentId\n        clauseId\n        breached\n        notBreached\n        unclear\n        total\n        breachShare\n        groupsDisagree\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IncidentPage($id: ID!, $accordId: ID!) {\n    incident(id: $id) {\n      ...IncidentFacts\n      viewerCanRevise\n      assessments {\n        id\n        verdict\n        reasoning\n        revision\n        assessedAt\n        clause {\n          id\n          number\n        }\n        norm {\n          id\n          key\n          title\n          framework {\n            id\n            shortName\n          }\n        }\n        organization {\n          ...OrganizationIdentity\n        }\n        assessedBy {\n          id\n          displayName\n        }\n        history {\n          revision\n          verdict\n          reasoning\n          assessedAt\n        }\n      }\n    }\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          heading\n        }\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n    frameworks {\n      id\n      shortName\n      norms {\n        id\n        key\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IncidentPage($id: ID!, $accordId: ID!) {\n    incident(id: $id) {\n      ...IncidentFacts\n      viewerCanRevise\n      assessments {\n        id\n        verdict\n        reasoning\n        revision\n        assessedAt\n        clause {\n          id\n          number\n        }\n        norm {\n          id\n          key\n          title\n          framework {\n            id\n            shortName\n          }\n        }\n        organization {\n          ...OrganizationIdentity\n        }\n        assessedBy {\n          id\n          displayName\n        }\n        history {\n          revision\n          verdict\n          reasoning\n          assessedAt\n        }\n      }\n    }\n    accord(id: $accordId) {\n      id\n      clauses {\n        id\n        number\n        current {\n          version\n          heading\n        }\n      }\n      viewerAssessingOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n    frameworks {\n      id\n      shortName\n      norms {\n        id\n        key\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordIncident($input: RecordIncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssessIncident($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      verdict\n      reasoning\n      revision\n    }\n  }\n',
): (typeof documents)['\n  mutation AssessIncident($input: AssessIncidentInput!) {\n    assessIncident(input: $input) {\n      id\n      verdict\n      reasoning\n      revision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviseIncident($input: ReviseIncidentInput!) {\n    reviseIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviseIncident($input: ReviseIncidentInput!) {\n    reviseIncident(input: $input) {\n      ...IncidentFacts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordMilestones($id: ID!) {\n    accord(id: $id) {\n      id\n      milestones {\n        id\n        name\n        seq\n        markedAt\n        markedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordMilestones($id: ID!) {\n    accord(id: $id) {\n      id\n      milestones {\n        id\n        name\n        seq\n        markedAt\n        markedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMilestone($accordId: ID!, $name: String!) {\n    markMilestone(accordId: $accordId, name: $name) {\n      id\n      name\n      seq\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMilestone($accordId: ID!, $name: String!) {\n    markMilestone(accordId: $accordId, name: $name) {\n      id\n      name\n      seq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    createdAt\n    readAt\n  }\n',
): (typeof documents)['\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    createdAt\n    readAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      endCursor\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      items {\n        ...NotificationFields\n      }\n      endCursor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!], $upTo: ID) {\n    markNotificationsRead(ids: $ids, upTo: $upTo)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!], $upTo: ID) {\n    markNotificationsRead(ids: $ids, upTo: $upTo)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationSettings {\n    notificationSettings {\n      kind\n      email\n    }\n  }\n',
): (typeof documents)['\n  query NotificationSettings {\n    notificationSettings {\n      kind\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      kind\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {\n    updateNotificationSettings(settings: $settings) {\n      kind\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerificationQueue {\n    organizationsAwaitingVerification(first: 100) {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  query VerificationQueue {\n    organizationsAwaitingVerification(first: 100) {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Operators {\n    operators {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query Operators {\n    operators {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyOrganization($input: VerifyOrganizationInput!) {\n    verifyOrganization(input: $input) {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeVerification($organizationId: ID!, $reason: String!) {\n    revokeVerification(organizationId: $organizationId, reason: $reason) {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeVerification($organizationId: ID!, $reason: String!) {\n    revokeVerification(organizationId: $organizationId, reason: $reason) {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantOperator($email: String!) {\n    grantOperator(email: $email) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantOperator($email: String!) {\n    grantOperator(email: $email) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganizationIdentity on Organization {\n    id\n    name\n    group\n    country\n    website\n    verified\n    handle\n  }\n',
): (typeof documents)['\n  fragment OrganizationIdentity on Organization {\n    id\n    name\n    group\n    country\n    website\n    verified\n    handle\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MyMembership on Membership {\n    role\n    since\n    organization {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  fragment MyMembership on Membership {\n    role\n    since\n    organization {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organizations($search: String, $group: StakeholderGroup, $first: Int, $offset: Int) {\n    organizations(search: $search, group: $group, first: $first, offset: $offset) {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  query Organizations($search: String, $group: StakeholderGroup, $first: Int, $offset: Int) {\n    organizations(search: $search, group: $group, first: $first, offset: $offset) {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationById($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationById($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyOrganizations {\n    me {\n      id\n      memberships {\n        ...MyMembership\n        organization {\n          id\n          members {\n            role\n            since\n            user {\n              id\n              displayName\n              email\n            }\n          }\n          invitations {\n            id\n            email\n            role\n            createdAt\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        createdAt\n        organization {\n          ...OrganizationIdentity\n        }\n        invitedBy {\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyOrganizations {\n    me {\n      id\n      memberships {\n        ...MyMembership\n        organization {\n          id\n          members {\n            role\n            since\n            user {\n              id\n              displayName\n              email\n            }\n          }\n          invitations {\n            id\n            email\n            role\n            createdAt\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        createdAt\n        organization {\n          ...OrganizationIdentity\n        }\n        invitedBy {\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization(\n    $name: String!\n    $group: StakeholderGroup!\n    $country: String\n    $website: String\n  ) {\n    createOrganization(name: $name, group: $group, country: $country, website: $website) {\n      ...OrganizationIdentity\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization(\n    $name: String!\n    $group: StakeholderGroup!\n    $country: String\n    $website: String\n  ) {\n    createOrganization(name: $name, group: $group, country: $country, website: $website) {\n      ...OrganizationIdentity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n    inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n      id\n      email\n      role\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {\n    inviteMember(organizationId: $organizationId, email: $email, role: $role) {\n      id\n      email\n      role\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($invitationId: ID!) {\n    acceptInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($invitationId: ID!) {\n    acceptInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineInvitation($invitationId: ID!) {\n    declineInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineInvitation($invitationId: ID!) {\n    declineInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndMembership($organizationId: ID!, $userId: ID!) {\n    endMembership(organizationId: $organizationId, userId: $userId) {\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation EndMembership($organizationId: ID!, $userId: ID!) {\n    endMembership(organizationId: $organizationId, userId: $userId) {\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PrintAccord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      lastSeq\n      headHash\n      clauses {\n        id\n        number\n        current {\n          heading\n          text\n          force\n          sources\n        }\n      }\n      amendments {\n        id\n        kind\n        status\n        text\n        heading\n        force\n        position\n        clause {\n          id\n          number\n        }\n        onBehalfOf {\n          id\n          name\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PrintAccord($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      preamble\n      lastSeq\n      headHash\n      clauses {\n        id\n        number\n        current {\n          heading\n          text\n          force\n          sources\n        }\n      }\n      amendments {\n        id\n        kind\n        status\n        text\n        heading\n        force\n        position\n        clause {\n          id\n          number\n        }\n        onBehalfOf {\n          id\n          name\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordProposals($id: ID!) {\n    accord(id: $id) {\n      id\n      amendments {\n        id\n        onBehalfOf {\n          id\n          name\n          group\n        }\n        sponsorGroups {\n          group\n          count\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n          heading\n          force\n        }\n        tally {\n          ...TallyFields\n        }\n        viewerBallots {\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordProposals($id: ID!) {\n    accord(id: $id) {\n      id\n      amendments {\n        id\n        onBehalfOf {\n          id\n          name\n          group\n        }\n        sponsorGroups {\n          group\n          count\n        }\n        asItWouldApply {\n          changes {\n            op\n            text\n          }\n          heading\n          force\n        }\n        tally {\n          ...TallyFields\n        }\n        viewerBallots {\n          organization {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($query: String!, $accordId: ID, $after: String) {\n    search(query: $query, accordId: $accordId, first: 20, after: $after) {\n      hasMore\n      endCursor\n      hits {\n        kind\n        rank\n        heading\n        snippet {\n          text\n          highlighted\n        }\n        accord {\n          id\n          title\n        }\n        clause {\n          id\n          number\n          version\n          current\n          removed\n        }\n        amendment {\n          id\n          kind\n          status\n        }\n        comment {\n          id\n          parentId\n        }\n        organization {\n          id\n          name\n          group\n          country\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search($query: String!, $accordId: ID, $after: String) {\n    search(query: $query, accordId: $accordId, first: 20, after: $after) {\n      hasMore\n      endCursor\n      hits {\n        kind\n        rank\n        heading\n        snippet {\n          text\n          highlighted\n        }\n        accord {\n          id\n          title\n        }\n        clause {\n          id\n          number\n          version\n          current\n          removed\n        }\n        amendment {\n          id\n          kind\n          status\n        }\n        comment {\n          id\n          parentId\n        }\n        organization {\n          id\n          name\n          group\n          country\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccordSignatories($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      lastSeq\n      finalDeclaration {\n        seq\n        hash\n        textSeq\n        declaredAt\n      }\n      previousVersion {\n        id\n        title\n      }\n      nextVersion {\n        id\n        title\n      }\n      publicPage {\n        slug\n        path\n        publishedAt\n      }\n      clauses {\n        id\n        number\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments(status: VOTING) {\n        id\n      }\n      signatures {\n        id\n        signedAt\n        seq\n        statement\n        reservations {\n          clauseId\n          number\n          text\n        }\n        withdrawnAt\n        withdrawalReason\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      signatoryCounts {\n        date\n        group\n        count\n      }\n      implementationReports {\n        id\n        clauseId\n        status\n        text\n        reportedAt\n        organization {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccordSignatories($id: ID!) {\n    accord(id: $id) {\n      id\n      title\n      lastSeq\n      finalDeclaration {\n        seq\n        hash\n        textSeq\n        declaredAt\n      }\n      previousVersion {\n        id\n        title\n      }\n      nextVersion {\n        id\n        title\n      }\n      publicPage {\n        slug\n        path\n        publishedAt\n      }\n      clauses {\n        id\n        number\n        current {\n          ...ClauseVersionFields\n        }\n      }\n      amendments(status: VOTING) {\n        id\n      }\n      signatures {\n        id\n        signedAt\n        seq\n        statement\n        reservations {\n          clauseId\n          number\n          text\n        }\n        withdrawnAt\n        withdrawalReason\n        organization {\n          ...OrganizationIdentity\n        }\n      }\n      signatoryCounts {\n        date\n        group\n        count\n      }\n      implementationReports {\n        id\n        clauseId\n        status\n        text\n        reportedAt\n        organization {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignatoriesViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerSigningOrganizations {\n        ...OrganizationIdentity\n      }\n      viewerSignatoryOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignatoriesViewer($id: ID!) {\n    accord(id: $id) {\n      id\n      viewerIsFacilitator\n      viewerSigningOrganizations {\n        ...OrganizationIdentity\n      }\n      viewerSignatoryOrganizations {\n        ...OrganizationIdentity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclareFinal($accordId: ID!) {\n    declareFinal(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclareFinal($accordId: ID!) {\n    declareFinal(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartNewVersion($accordId: ID!, $title: String) {\n    startNewVersion(accordId: $accordId, title: $title) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation StartNewVersion($accordId: ID!, $title: String) {\n    startNewVersion(accordId: $accordId, title: $title) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignAccord($input: SignAccordInput!) {\n    signAccord(input: $input) {\n      id\n      seq\n    }\n  }\n',
): (typeof documents)['\n  mutation SignAccord($input: SignAccordInput!) {\n    signAccord(input: $input) {\n      id\n      seq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawSignature($accordId: ID!, $organizationId: ID!, $reason: String) {\n    withdrawSignature(accordId: $accordId, organizationId: $organizationId, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawSignature($accordId: ID!, $organizationId: ID!, $reason: String) {\n    withdrawSignature(accordId: $accordId, organizationId: $organizationId, reason: $reason) {\n      id\n      withdrawnAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileImplementationReport($input: ImplementationReportInput!) {\n    fileImplementationReport(input: $input) {\n      id\n      seq\n    }\n  }\n',
): (typeof documents)['\n  mutation FileImplementationReport($input: ImplementationReportInput!) {\n    fileImplementationReport(input: $input) {\n      id\n      seq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishAccord($accordId: ID!) {\n    publishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishAccord($accordId: ID!) {\n    publishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnpublishAccord($accordId: ID!) {\n    unpublishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n',
): (typeof documents)['\n  mutation UnpublishAccord($accordId: ID!) {\n    unpublishAccord(accordId: $accordId) {\n      id\n      lastSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AmendmentVotes on Amendment {\n    id\n    ballots {\n      ...BallotFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AmendmentVotes on Amendment {\n    id\n    ballots {\n      ...BallotFields\n    }\n    tally {\n      ...TallyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccordRule on Accord {\n    id\n    rule {\n      ...DecisionRuleFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AccordRule on Accord {\n    id\n    rule {\n      ...DecisionRuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CastBallot(\n    $amendmentId: ID!\n    $organizationId: ID!\n    $choice: BallotChoice!\n    $explanation: String\n  ) {\n    castBallot(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      choice: $choice\n      explanation: $explanation\n    ) {\n      choice\n      explanation\n      castAt\n      receipt {\n        ...BallotReceiptFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CastBallot(\n    $amendmentId: ID!\n    $organizationId: ID!\n    $choice: BallotChoice!\n    $explanation: String\n  ) {\n    castBallot(\n      amendmentId: $amendmentId\n      organizationId: $organizationId\n      choice: $choice\n      explanation: $explanation\n    ) {\n      choice\n      explanation\n      castAt\n      receipt {\n        ...BallotReceiptFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenVoting($amendmentId: ID!, $closesAt: DateTime) {\n    openVoting(amendmentId: $amendmentId, closesAt: $closesAt) {\n      id\n      status\n      closesAt\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenVoting($amendmentId: ID!, $closesAt: DateTime) {\n    openVoting(amendmentId: $amendmentId, closesAt: $closesAt) {\n      id\n      status\n      closesAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseVoting($amendmentId: ID!) {\n    closeVoting(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseVoting($amendmentId: ID!) {\n    closeVoting(amendmentId: $amendmentId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BallotReceiptFields on BallotReceipt {\n    accordId\n    amendmentId\n    seq\n    hash\n    castAt\n    organization {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment BallotReceiptFields on BallotReceipt {\n    accordId\n    amendmentId\n    seq\n    hash\n    castAt\n    organization {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyBallotReceipts($amendmentId: ID!) {\n    myBallotReceipts(amendmentId: $amendmentId) {\n      ...BallotReceiptFields\n    }\n  }\n',
): (typeof documents)['\n  query MyBallotReceipts($amendmentId: ID!) {\n    myBallotReceipts(amendmentId: $amendmentId) {\n      ...BallotReceiptFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckReceipt($accordId: ID!, $seq: Int!, $hash: String!) {\n    checkReceipt(accordId: $accordId, seq: $seq, hash: $hash) {\n      seq\n      hash\n      inChain\n      chainOk\n      explanation\n      coveredBy {\n        seq\n        at\n        keyId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CheckReceipt($accordId: ID!, $seq: Int!, $hash: String!) {\n    checkReceipt(accordId: $accordId, seq: $seq, hash: $hash) {\n      seq\n      hash\n      inChain\n      chainOk\n      explanation\n      coveredBy {\n        seq\n        at\n        keyId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TallyFields on Tally {\n    sealed\n    for\n    against\n    abstain\n    eligible\n    cast\n    passed\n    quorumMet\n    explanation\n    chambers {\n      group\n      for\n      against\n      abstain\n      eligible\n      voted\n      passed\n      quorumMet\n      revealsVotes\n    }\n  }\n',
): (typeof documents)['\n  fragment TallyFields on Tally {\n    sealed\n    for\n    against\n    abstain\n    eligible\n    cast\n    passed\n    quorumMet\n    explanation\n    chambers {\n      group\n      for\n      against\n      abstain\n      eligible\n      voted\n      passed\n      quorumMet\n      revealsVotes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BallotFields on Ballot {\n    choice\n    explanation\n    castAt\n    organization {\n      id\n      name\n      group\n    }\n    changes {\n      choice\n      explanation\n      castAt\n    }\n  }\n',
): (typeof documents)['\n  fragment BallotFields on Ballot {\n    choice\n    explanation\n    castAt\n    organization {\n      id\n      name\n      group\n    }\n    changes {\n      choice\n      explanation\n      castAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
