import { GraphQLError } from 'graphql';
import { sqlStateOf } from '../database/sql-state.js';
import { DomainError, DomainErrorCode } from './domain-error.js';

/** PostgreSQL SQLSTATEs that mean "the database is not there right now". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/**
 * TypeORM's names for "the connection this transaction ran on is gone": pg reports a connection
 * that died mid-transaction, TypeORM releases it, and the transaction's next statement meets these.
 */
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/** A refusal the caller can act on, or null for an unexpected error (also used for socket acks). */
export function asDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  // Thrown by a plugin before execution (a rate limit), it arrives wrapped, without a path.
  if (error instanceof GraphQLError && error.originalError instanceof DomainError)
    return error.originalError;
  const code = sqlStateOf(error);
  if (code === null) {
    if (
      error instanceof Error &&
      (RELEASED_RUNNER_ERRORS.has(error.name) ||
        RELEASED_RUNNER_ERRORS.has(error.constructor.name) ||
        /Connection terminated|timeout exceeded when trying to connect/i.test(error.message))
    ) {
      return new DomainError(
        DomainErrorCode.DATABASE_UNAVAILABLE,
        'The database is unavailable; try again shortly',
      );
    }
    return null;
  }
  if (
    UNAVAILABLE_SQLSTATES.has(code) ||
    UNAVAILABLE_NODE_CODES.has(code) ||
    isMissingUnixSocket(error, code)
  ) {
    return new DomainError(
      DomainErrorCode.DATABASE_UNAVAILABLE,
      'The database is unavailable; try again shortly',
    );
  }
  // query_canceled: past PLENARY_DB_STATEMENT_TIMEOUT_MS (or cancelled by an operator).
  if (code === '57014') {
    return new DomainError(
      DomainErrorCode.DATABASE_UNAVAILABLE,
      'The database took too long to answer; try again shortly',
    );
  }
  if (code === '22P02')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'A value has the wrong format');
  if (code === '22001')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'A value is too long');
  // A JS Date reaches 271821 BC; timestamptz starts at 4713 BC (22008), and a value may
  // overflow its numeric column (22003): the caller's value, not a bug.
  if (code === '22008' || code === '22007')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'A date is out of range');
  if (code === '22003')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'A number is out of range');
  // A NUL character, in text (22021) or in a jsonb payload (22P05): PostgreSQL stores neither.
  if (code === '22021' || code === '22P05')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'Text must not contain NUL characters');
  return null;
}

/**
 * A PostgreSQL that died removes its Unix socket, so a new connection meets ENOENT on `connect`
 * (not ECONNREFUSED as over TCP). ENOENT from anything else (a missing file) stays unexpected.
 */
function isMissingUnixSocket(error: unknown, code: string): boolean {
  return code === 'ENOENT' && (error as { syscall?: unknown }).syscall === 'connect';
}
