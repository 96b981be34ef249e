import { graphql } from '../../data/gql';

export const OrganizationsQuery = graphql(`
  query Organizations {
    organizations {
      id
      name
      group
      country
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($name: String!, $group: StakeholderGroup!, $country: String) {
    createOrganization(name: $name, group: $group, country: $country) {
      id
      name
      group
      country
    }
  }
`);

export const AddMemberMutation = graphql(`
  mutation AddMember($organizationId: ID!, $email: String!, $role: MembershipRole!) {
    addMember(organizationId: $organizationId, email: $email, role: $role) {
      role
      user {
        id
        displayName
      }
    }
  }
`);
