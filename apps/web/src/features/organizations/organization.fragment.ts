import { graphql } from '../../data/gql';

/** What tells an organization apart wherever it is listed: the verified mark, country, handle. */
export const OrganizationIdentityFragment = graphql(`
  fragment OrganizationIdentity on Organization {
    id
    name
    group
    country
    website
    verified
    handle
  }
`);

/**
 * A membership of the signed-in user, selected the same way by every query of `me`: Apollo keeps
 * memberships inside the user, so two queries selecting them differently would overwrite each
 * other's fields and refetch one another without end.
 */
export const MyMembershipFragment = graphql(`
  fragment MyMembership on Membership {
    role
    since
    organization {
      ...OrganizationIdentity
    }
  }
`);
