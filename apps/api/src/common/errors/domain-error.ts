/** Why a request was refused, in the domain's words. Each maps to one GraphQL code. */
export enum DomainErrorCode {
  // Authentication
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  INVALID_TOKEN = 'INVALID_TOKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  // Input
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_DECISION_RULE = 'INVALID_DECISION_RULE',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  POSITION_OUT_OF_RANGE = 'POSITION_OUT_OF_RANGE',
  UNKNOWN_BASE_VERSION = 'UNKNOWN_BASE_VERSION',
  UNKNOWN_VERSION = 'UNKNOWN_VERSION',
  INVALID_QUOTE_RANGE = 'INVALID_QUOTE_RANGE',
  // Permissions
  NOT_A_REPRESENTATIVE = 'NOT_A_REPRESENTATIVE',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  NOT_THE_FACILITATOR = 'NOT_THE_FACILITATOR',
  NOT_A_PARTY = 'NOT_A_PARTY',
  NOT_THE_AUTHOR = 'NOT_THE_AUTHOR',
  // Missing (or not visible to the caller: the same answer on purpose)
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  ACCORD_NOT_FOUND = 'ACCORD_NOT_FOUND',
  CLAUSE_NOT_FOUND = 'CLAUSE_NOT_FOUND',
  AMENDMENT_NOT_FOUND = 'AMENDMENT_NOT_FOUND',
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  CLAUSE_VERSION_NOT_FOUND = 'CLAUSE_VERSION_NOT_FOUND',
  // State
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ALREADY_PARTICIPANT = 'ALREADY_PARTICIPANT',
  VOTING_ALREADY_OPENED = 'VOTING_ALREADY_OPENED',
  AMENDMENT_NOT_OPEN = 'AMENDMENT_NOT_OPEN',
  AMENDMENT_NOT_VOTING = 'AMENDMENT_NOT_VOTING',
  AMENDMENT_NOT_IN_CONFLICT = 'AMENDMENT_NOT_IN_CONFLICT',
  VOTING_CLOSED = 'VOTING_CLOSED',
  RULE_LOCKED = 'RULE_LOCKED',
  CLAUSE_REMOVED = 'CLAUSE_REMOVED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  NOTHING_TO_RENUMBER = 'NOTHING_TO_RENUMBER',
  // Infrastructure
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
}

export type GraphqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE';

/** A refusal the client can act on. The message is safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (code: DomainErrorCode, what: string): DomainError =>
  new DomainError(code, `${what} not found`);
