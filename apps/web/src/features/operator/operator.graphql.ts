import { graphql } from '../../data/gql';

export const VerificationQueueQuery = graphql(`
  query VerificationQueue {
    organizationsAwaitingVerification(first: 100) {
      ...OrganizationIdentity
    }
  }
`);

export const OperatorsQuery = graphql(`
  query Operators {
    operators {
      id
      displayName
    }
  }
`);

export const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($input: VerifyOrganizationInput!) {
    verifyOrganization(input: $input) {
      ...OrganizationIdentity
    }
  }
`);

export const RevokeVerificationMutation = graphql(`
  mutation RevokeVerification($organizationId: ID!, $reason: String!) {
    revokeVerification(organizationId: $organizationId, reason: $reason) {
      ...OrganizationIdentity
    }
  }
`);

export const GrantOperatorMutation = graphql(`
  mutation GrantOperator($email: String!) {
    grantOperator(email: $email) {
      id
      displayName
    }
  }
`);
