import { graphql } from '../../data/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      isOperator
      memberships {
        ...MyMembership
      }
      invitations {
        id
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        displayName
      }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($email: String!, $password: String!, $displayName: String!) {
    register(email: $email, password: $password, displayName: $displayName) {
      token
      user {
        id
        displayName
      }
    }
  }
`);

export const DemoDelegatesQuery = graphql(`
  query DemoDelegates {
    demoDelegates {
      email
      name
      organization
      group
      role
    }
  }
`);

export const SignInAsDemoDelegateMutation = graphql(`
  mutation SignInAsDemoDelegate($email: String!) {
    signInAsDemoDelegate(email: $email) {
      token
      user {
        id
        displayName
      }
    }
  }
`);
