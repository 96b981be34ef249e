import { graphql } from '../../data/gql';

export const AddParticipantMutation = graphql(`
  mutation AddParticipant($accordId: ID!, $organizationId: ID!, $role: ParticipantRole!) {
    addParticipant(accordId: $accordId, organizationId: $organizationId, role: $role) {
      role
      organization {
        id
        name
      }
    }
  }
`);

export const VotesInProgressQuery = graphql(`
  query VotesInProgress($accordId: ID!) {
    accord(id: $accordId) {
      id
      amendments(status: VOTING) {
        ...AmendmentSummary
        closesAt
        tally {
          ...TallyFields
        }
      }
    }
  }
`);

export const SetDecisionRuleMutation = graphql(`
  mutation SetDecisionRule($accordId: ID!, $rule: DecisionRuleInput!) {
    setDecisionRule(accordId: $accordId, rule: $rule) {
      id
      rule {
        ...DecisionRuleFields
      }
      smallChambers {
        group
        parties
      }
    }
  }
`);

export const RenumberClausesMutation = graphql(`
  mutation RenumberClauses($accordId: ID!) {
    renumberClauses(accordId: $accordId) {
      seq
      changes {
        clauseId
        from
        to
      }
    }
  }
`);

export const SetProposalWindowMutation = graphql(`
  mutation SetProposalWindow(
    $accordId: ID!
    $opensAt: DateTime
    $closesAt: DateTime
    $closeNow: Boolean
  ) {
    setProposalWindow(
      accordId: $accordId
      opensAt: $opensAt
      closesAt: $closesAt
      closeNow: $closeNow
    ) {
      id
      proposalsOpenFrom
      proposalsCloseAt
      viewerCanAmend
    }
  }
`);
