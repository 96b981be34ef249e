import { graphql } from '../../data/gql';

/** The final text's page: declaration, versions, signatures over time, adherence, publication. */
export const AccordSignatoriesQuery = graphql(`
  query AccordSignatories($id: ID!) {
    accord(id: $id) {
      id
      title
      lastSeq
      finalDeclaration {
        seq
        hash
        textSeq
        declaredAt
      }
      previousVersion {
        id
        title
      }
      nextVersion {
        id
        title
      }
      publicPage {
        slug
        path
        publishedAt
      }
      clauses {
        id
        number
        current {
          ...ClauseVersionFields
        }
      }
      amendments(status: VOTING) {
        id
      }
      signatures {
        id
        signedAt
        seq
        statement
        reservations {
          clauseId
          number
          text
        }
        withdrawnAt
        withdrawalReason
        organization {
          ...OrganizationIdentity
        }
      }
      signatoryCounts {
        date
        group
        count
      }
      implementationReports {
        id
        clauseId
        status
        text
        reportedAt
        organization {
          id
        }
      }
    }
  }
`);

/** What the caller may do here (apart from the page every delegate shares). */
export const SignatoriesViewerQuery = graphql(`
  query SignatoriesViewer($id: ID!) {
    accord(id: $id) {
      id
      viewerIsFacilitator
      viewerSigningOrganizations {
        ...OrganizationIdentity
      }
      viewerSignatoryOrganizations {
        ...OrganizationIdentity
      }
    }
  }
`);

export const DeclareFinalMutation = graphql(`
  mutation DeclareFinal($accordId: ID!) {
    declareFinal(accordId: $accordId) {
      id
      lastSeq
    }
  }
`);

export const StartNewVersionMutation = graphql(`
  mutation StartNewVersion($accordId: ID!, $title: String) {
    startNewVersion(accordId: $accordId, title: $title) {
      id
      title
    }
  }
`);

export const SignAccordMutation = graphql(`
  mutation SignAccord($input: SignAccordInput!) {
    signAccord(input: $input) {
      id
      seq
    }
  }
`);

export const WithdrawSignatureMutation = graphql(`
  mutation WithdrawSignature($accordId: ID!, $organizationId: ID!, $reason: String) {
    withdrawSignature(accordId: $accordId, organizationId: $organizationId, reason: $reason) {
      id
      withdrawnAt
    }
  }
`);

export const FileImplementationReportMutation = graphql(`
  mutation FileImplementationReport($input: ImplementationReportInput!) {
    fileImplementationReport(input: $input) {
      id
      seq
    }
  }
`);

export const PublishAccordMutation = graphql(`
  mutation PublishAccord($accordId: ID!) {
    publishAccord(accordId: $accordId) {
      id
      lastSeq
    }
  }
`);

export const UnpublishAccordMutation = graphql(`
  mutation UnpublishAccord($accordId: ID!) {
    unpublishAccord(accordId: $accordId) {
      id
      lastSeq
    }
  }
`);
