import { graphql } from '../../data/gql';

/** A page of the directory: verified organizations and one's own. */
export const OrganizationsQuery = graphql(`
  query Organizations($search: String, $group: StakeholderGroup, $first: Int, $offset: Int) {
    organizations(search: $search, group: $group, first: $first, offset: $offset) {
      ...OrganizationIdentity
    }
  }
`);

export const OrganizationByIdQuery = graphql(`
  query OrganizationById($id: ID!) {
    organization(id: $id) {
      ...OrganizationIdentity
    }
  }
`);

/** My organizations with who acts for them, and the invitations waiting for me. */
export const MyOrganizationsQuery = graphql(`
  query MyOrganizations {
    me {
      id
      memberships {
        ...MyMembership
        organization {
          id
          members {
            role
            since
            user {
              id
              displayName
              email
            }
          }
          invitations {
            id
            email
            role
            createdAt
          }
        }
      }
      invitations {
        id
        role
        createdAt
        organization {
          ...OrganizationIdentity
        }
        invitedBy {
          displayName
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization(
    $name: String!
    $group: StakeholderGroup!
    $country: String
    $website: String
  ) {
    createOrganization(name: $name, group: $group, country: $country, website: $website) {
      ...OrganizationIdentity
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {
    inviteMember(organizationId: $organizationId, email: $email, role: $role) {
      id
      email
      role
      status
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($invitationId: ID!) {
    acceptInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($invitationId: ID!) {
    declineInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const EndMembershipMutation = graphql(`
  mutation EndMembership($organizationId: ID!, $userId: ID!) {
    endMembership(organizationId: $organizationId, userId: $userId) {
      role
    }
  }
`);
