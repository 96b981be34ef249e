import { DomainErrorCode, type GraphqlErrorCode } from './domain-error.js';

/** The one place where domain reasons become GraphQL `extensions.code`. */
export function graphqlCodeFor(code: DomainErrorCode): GraphqlErrorCode {
  switch (code) {
    case DomainErrorCode.NOT_SIGNED_IN:
    case DomainErrorCode.INVALID_TOKEN:
    case DomainErrorCode.INVALID_CREDENTIALS:
      return 'UNAUTHENTICATED';
    case DomainErrorCode.INVALID_INPUT:
    case DomainErrorCode.INVALID_DECISION_RULE:
    case DomainErrorCode.WEAK_PASSWORD:
    case DomainErrorCode.POSITION_OUT_OF_RANGE:
    case DomainErrorCode.UNKNOWN_BASE_VERSION:
    case DomainErrorCode.UNKNOWN_VERSION:
    case DomainErrorCode.INVALID_QUOTE_RANGE:
    case DomainErrorCode.QUERY_TOO_EXPENSIVE:
    case DomainErrorCode.COSPONSOR_NOT_A_PARTY:
    case DomainErrorCode.COSPONSOR_IS_SPONSOR:
      return 'BAD_USER_INPUT';
    case DomainErrorCode.NOT_A_REPRESENTATIVE:
    case DomainErrorCode.NOT_A_MEMBER:
    case DomainErrorCode.NOT_THE_FACILITATOR:
    case DomainErrorCode.NOT_A_PARTY:
    case DomainErrorCode.NOT_THE_AUTHOR:
    case DomainErrorCode.NOT_AN_OPERATOR:
    case DomainErrorCode.NOT_A_FRAMEWORK_EDITOR:
    case DomainErrorCode.DEMO_SIGN_IN_OFF:
    case DomainErrorCode.NOT_A_PARTICIPANT:
    case DomainErrorCode.NOT_THE_RECORDER:
      return 'FORBIDDEN';
    case DomainErrorCode.USER_NOT_FOUND:
    case DomainErrorCode.ORGANIZATION_NOT_FOUND:
    case DomainErrorCode.ACCORD_NOT_FOUND:
    case DomainErrorCode.CLAUSE_NOT_FOUND:
    case DomainErrorCode.AMENDMENT_NOT_FOUND:
    case DomainErrorCode.COMMENT_NOT_FOUND:
    case DomainErrorCode.CLAUSE_VERSION_NOT_FOUND:
    case DomainErrorCode.INVITATION_NOT_FOUND:
    case DomainErrorCode.NOTIFICATION_NOT_FOUND:
    case DomainErrorCode.MEMBERSHIP_NOT_FOUND:
    case DomainErrorCode.FRAMEWORK_NOT_FOUND:
    case DomainErrorCode.NORM_NOT_FOUND:
    case DomainErrorCode.INCIDENT_NOT_FOUND:
    case DomainErrorCode.SIGNATURE_NOT_FOUND:
      return 'NOT_FOUND';
    case DomainErrorCode.EMAIL_TAKEN:
    case DomainErrorCode.ALREADY_MEMBER:
    case DomainErrorCode.ALREADY_PARTICIPANT:
    case DomainErrorCode.VOTING_ALREADY_OPENED:
    case DomainErrorCode.AMENDMENT_NOT_OPEN:
    case DomainErrorCode.AMENDMENT_NOT_VOTING:
    case DomainErrorCode.AMENDMENT_NOT_IN_CONFLICT:
    case DomainErrorCode.VOTING_CLOSED:
    case DomainErrorCode.RULE_LOCKED:
    case DomainErrorCode.CLAUSE_REMOVED:
    case DomainErrorCode.COMMENT_DELETED:
    case DomainErrorCode.ORGANIZATION_NOT_VERIFIED:
    case DomainErrorCode.ORGANIZATION_NAME_TAKEN:
    case DomainErrorCode.GROUP_LOCKED:
    case DomainErrorCode.ALREADY_INVITED:
    case DomainErrorCode.INVITATION_NOT_PENDING:
    case DomainErrorCode.LAST_REPRESENTATIVE:
    case DomainErrorCode.OPERATOR_FROM_CONFIGURATION:
    case DomainErrorCode.NOTHING_TO_RENUMBER:
    case DomainErrorCode.AMENDMENT_IN_CONFLICT:
    case DomainErrorCode.MILESTONE_NAME_TAKEN:
    case DomainErrorCode.AMENDMENT_DECIDED:
    case DomainErrorCode.COSPONSOR_ALREADY_INVITED:
    case DomainErrorCode.COSPONSORSHIP_ALREADY_ANSWERED:
    case DomainErrorCode.ALREADY_SUPPORTED:
    case DomainErrorCode.NOT_SUPPORTED:
    case DomainErrorCode.SPONSORS_MISSING:
    case DomainErrorCode.COSPONSOR_NOT_INVITED:
    case DomainErrorCode.PROPOSALS_NOT_OPEN_YET:
    case DomainErrorCode.PROPOSALS_CLOSED:
    case DomainErrorCode.FRAMEWORK_NAME_TAKEN:
    case DomainErrorCode.NORM_CITED:
    case DomainErrorCode.INCIDENT_NAME_TAKEN:
    case DomainErrorCode.INCIDENT_REVISED_SINCE:
    case DomainErrorCode.ACCORD_TEXT_FINAL:
    case DomainErrorCode.VOTES_STILL_RUNNING:
    case DomainErrorCode.ACCORD_NOT_FINAL:
    case DomainErrorCode.ALREADY_SIGNED:
    case DomainErrorCode.NOT_A_SIGNATORY:
    case DomainErrorCode.NEXT_VERSION_EXISTS:
    case DomainErrorCode.ALREADY_PUBLISHED:
    case DomainErrorCode.NOT_PUBLISHED:
      return 'CONFLICT';
    case DomainErrorCode.DATABASE_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    case DomainErrorCode.RATE_LIMITED:
      return 'RATE_LIMITED';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped domain error code ${String(unhandled)}`);
    }
  }
}
