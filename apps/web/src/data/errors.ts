import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { DomainErrorCode, GraphqlErrorCode } from '@plenary/contracts';

/** A refusal from one of the API's plain HTTP routes (the exports), with the GraphQL codes. */
export class RequestRefused extends Error {
  constructor(
    readonly code: string | undefined,
    readonly reason: string | undefined,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

/**
 * Turns whatever went wrong into a sentence a delegate can act on. Server text is never shown
 * as-is: known refusals get our own wording, input refusals may quote the server's short,
 * plain sentence, and anything else becomes a generic message.
 */
export function friendlyError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as {
      code?: unknown;
      reason?: unknown;
      retryAfterSeconds?: unknown;
    };
    return describe(
      typeof extensions.code === 'string' ? extensions.code : undefined,
      typeof extensions.reason === 'string' ? extensions.reason : undefined,
      first?.message,
      typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined,
    );
  }
  if (error instanceof RequestRefused) {
    return describe(error.code, error.reason, error.message, error.retryAfterSeconds);
  }
  if (ServerError.is(error)) {
    return error.statusCode >= 500
      ? 'The server could not answer just now. Please try again in a moment.'
      : 'The request was refused. Reload the page and try again.';
  }
  if (ServerParseError.is(error)) return 'The server sent an answer we could not read.';
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network/i.test(error.message))
  )
    return 'Plenary cannot be reached. Check your connection; we will keep trying.';
  return 'Something went wrong. Please try again.';
}

/** The GraphQL error code of an Apollo error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The domain reason of an Apollo error (`extensions.reason`, a DomainErrorCode), if any. */
export function errorReason(error: unknown): DomainErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' && Object.hasOwn(reasons, reason)
    ? (reason as DomainErrorCode)
    : undefined;
}

/** Our words for every refusal the API can give: a new code does not compile until it has some. */
const reasons: Record<DomainErrorCode, string> = {
  NOT_SIGNED_IN: 'Please sign in to continue.',
  INVALID_TOKEN: 'Your session has ended. Please sign in again.',
  INVALID_CREDENTIALS: 'That email and password do not match.',
  // Not used by `describe`: the server's own short sentence says more (see below).
  INVALID_INPUT: 'Please check what you entered.',
  WEAK_PASSWORD: 'Choose a longer password (at least 10 characters, not a common one).',
  INVALID_DECISION_RULE: 'That decision rule is not valid.',
  POSITION_OUT_OF_RANGE: 'That position is outside the accord.',
  UNKNOWN_BASE_VERSION: 'The clause version you started from no longer exists. Reload and retry.',
  UNKNOWN_VERSION: 'That version of the clause does not exist.',
  INVALID_QUOTE_RANGE: 'The quoted passage is no longer in the text.',
  NOT_A_REPRESENTATIVE: 'Only a representative of this organization may do that.',
  NOT_A_MEMBER: 'You do not act for that organization.',
  NOT_THE_FACILITATOR: 'Only the facilitator of this accord may do that.',
  NOT_A_PARTY: 'Only party organizations may vote in this accord.',
  NOT_THE_AUTHOR: 'Only its author may do that.',
  USER_NOT_FOUND: 'No delegate is registered with that email.',
  ORGANIZATION_NOT_FOUND: 'That organization was not found.',
  ACCORD_NOT_FOUND: 'This accord does not exist, or you are not taking part in it.',
  CLAUSE_NOT_FOUND: 'That clause was not found.',
  AMENDMENT_NOT_FOUND: 'That amendment was not found.',
  COMMENT_NOT_FOUND: 'That comment was not found.',
  CLAUSE_VERSION_NOT_FOUND: 'That version of the clause was not found.',
  EMAIL_TAKEN: 'An account with that email already exists. Sign in instead.',
  ALREADY_MEMBER: 'That person already acts for this organization in that role.',
  ALREADY_PARTICIPANT: 'That organization already takes part in this accord.',
  VOTING_ALREADY_OPENED: 'Voting has already opened on this amendment.',
  AMENDMENT_NOT_OPEN: 'This amendment is no longer open.',
  AMENDMENT_NOT_VOTING: 'This amendment is not being voted on.',
  AMENDMENT_NOT_IN_CONFLICT: 'This amendment does not need rebasing.',
  VOTING_CLOSED: 'The vote has closed.',
  RULE_LOCKED: 'The decision rule cannot change once a vote has opened.',
  PROPOSALS_NOT_OPEN_YET:
    'Amendments to this accord cannot be proposed yet: the proposal window has not opened.',
  PROPOSALS_CLOSED:
    'The proposal window of this accord has closed: no new amendments can be proposed.',
  CLAUSE_REMOVED: 'That clause has been removed from the accord.',
  COMMENT_DELETED: 'That comment has been deleted.',
  NOT_AN_OPERATOR: 'Only a platform operator may do that.',
  NOT_A_FRAMEWORK_EDITOR:
    'Only a platform operator or the facilitator of an accord may add or change norm frameworks.',
  FRAMEWORK_NOT_FOUND: 'That norm framework was not found.',
  NORM_NOT_FOUND: 'That norm was not found.',
  FRAMEWORK_NAME_TAKEN: 'A norm framework already has that short name.',
  NORM_CITED: 'That norm is cited by a clause: it cannot be removed from its framework.',
  DEMO_SIGN_IN_OFF:
    'Signing in as a demo delegate is not offered here: sign in with your password.',
  INVITATION_NOT_FOUND: 'That invitation was not found.',
  NOTIFICATION_NOT_FOUND: 'That notification was not found.',
  MEMBERSHIP_NOT_FOUND: 'That person does not act for the organization.',
  ORGANIZATION_NOT_VERIFIED:
    'That organization is not verified by a platform operator: it may observe, not act as a party.',
  ORGANIZATION_NAME_TAKEN:
    'A verified organization of that stakeholder group already bears this name: is this an impostor?',
  GROUP_LOCKED: 'It already takes part in an accord, so its stakeholder group cannot change.',
  ALREADY_INVITED: 'That address already has a pending invitation.',
  INVITATION_NOT_PENDING: 'That invitation was already answered or withdrawn.',
  LAST_REPRESENTATIVE:
    'An organization needs a representative: invite another one before this one leaves.',
  OPERATOR_FROM_CONFIGURATION:
    'This operator is named in the server configuration and cannot be removed here.',
  NOTHING_TO_RENUMBER: 'The clauses are already numbered 1, 2, 3 … in order: nothing to renumber.',
  AMENDMENT_IN_CONFLICT:
    'This amendment no longer applies to the current text of its clause: its author must rebase it before it can be put to the vote.',
  ACCORD_TEXT_FINAL:
    'The text of this accord was declared final: it can no longer be amended, voted on or co-sponsored. Changes need a new version of the accord.',
  VOTES_STILL_RUNNING:
    'Votes are still running on this accord: close them before declaring the text final.',
  ACCORD_NOT_FINAL: 'The text of this accord has not been declared final yet.',
  ALREADY_SIGNED: 'This organization has already signed the accord.',
  NOT_A_SIGNATORY: 'This organization has not signed the accord (or withdrew its signature).',
  NEXT_VERSION_EXISTS: 'A new version of this accord has already been started.',
  ALREADY_PUBLISHED: 'The public page of this accord is already published.',
  NOT_PUBLISHED: 'The public page of this accord is not published.',
  SIGNATURE_NOT_FOUND: 'That signature was not found.',
  MILESTONE_NAME_TAKEN: 'A milestone of this accord already has that name: choose another.',
  AMENDMENT_DECIDED:
    'This amendment has been decided or withdrawn: its sponsors and support are final.',
  COSPONSOR_NOT_A_PARTY: 'Only a party to this accord can co-sponsor an amendment.',
  COSPONSOR_IS_SPONSOR: 'This organization already sponsors the amendment.',
  COSPONSOR_ALREADY_INVITED:
    'This organization has already been invited to co-sponsor the amendment.',
  COSPONSOR_NOT_INVITED: 'This organization has not been invited to co-sponsor the amendment.',
  COSPONSORSHIP_ALREADY_ANSWERED: 'This invitation to co-sponsor has already been answered.',
  NOT_A_PARTICIPANT: 'This organization does not take part in this accord.',
  ALREADY_SUPPORTED: 'This organization already supports the amendment.',
  NOT_SUPPORTED: 'This organization does not support the amendment.',
  SPONSORS_MISSING:
    'The amendment does not yet have the co-sponsors the decision rule asks for before a vote.',
  INCIDENT_NOT_FOUND: 'That incident was not found.',
  INCIDENT_NAME_TAKEN: 'An incident of this accord already bears that name.',
  INCIDENT_REVISED_SINCE:
    'Someone revised this incident while you were editing, so your edit was not saved: start again from the latest facts and make your change there.',
  NOT_THE_RECORDER:
    'Only a representative of the organization that recorded this incident, or the facilitator, can revise it.',
  DATABASE_UNAVAILABLE: 'Plenary is briefly unavailable. Please try again shortly.',
  // `describe` words it with the wait the server asks for.
  RATE_LIMITED: 'Too many attempts just now. Please wait a moment and try again.',
  QUERY_TOO_EXPENSIVE: 'That asks for too much at once. Ask for less, or one export at a time.',
};

const codes: Record<Exclude<GraphqlErrorCode, 'RATE_LIMITED'>, string> = {
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'You are not allowed to do that.',
  BAD_USER_INPUT: 'Please check what you entered.',
  NOT_FOUND: 'This could not be found, or you do not have access to it.',
  CONFLICT: 'Someone changed this in the meantime. Reload and try again.',
  SERVICE_UNAVAILABLE: 'Plenary is briefly unavailable. Please try again shortly.',
};

function describe(
  code?: string,
  reason?: string,
  message?: string,
  retryAfterSeconds?: number,
): string {
  if (code === 'RATE_LIMITED') {
    const wait =
      retryAfterSeconds === undefined
        ? 'a moment'
        : `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`;
    return `Too many attempts just now. Please wait ${wait} and try again.`;
  }
  if (reason && reason !== 'INVALID_INPUT' && Object.hasOwn(reasons, reason))
    return reasons[reason as DomainErrorCode];
  const base =
    code && Object.hasOwn(codes, code)
      ? codes[code as keyof typeof codes]
      : 'Something went wrong. Please try again.';
  if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT') && message && isPlainSentence(message))
    return `${base.replace(/\.$/, ':')} ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  return base;
}

/** A short human sentence, not a stack trace, SQL, JSON or GraphQL validation noise. */
function isPlainSentence(message: string): boolean {
  return (
    message.length <= 160 &&
    !/[\n{}<>`$\\]|\bat \S+:\d+|Error:|Cannot query|Variable "|Expected type|SELECT |INSERT /.test(
      message,
    )
  );
}
