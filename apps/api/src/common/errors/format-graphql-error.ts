import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { sqlStateOf } from '../database/sql-state.js';
import { DomainError, DomainErrorCode } from './domain-error.js';
import { graphqlCodeFor } from './graphql-error-code.js';

interface ErrorLogger {
  error(obj: object, msg: string): void;
}

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
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** A refusal the caller can act on, or null for an unexpected error (also used for socket acks). */
export function asDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  // Thrown by a plugin before execution (a rate limit), it arrives wrapped, without a path.
  if (error instanceof GraphQLError && error.originalError instanceof DomainError)
    return error.originalError;
  const code = sqlStateOf(error);
  if (code === null) {
    if (
      // TypeORM releases a query runner whose connection died (the database went away mid-request).
      error instanceof QueryRunnerProviderAlreadyReleasedError ||
      (error instanceof Error &&
        /Connection terminated|timeout exceeded when trying to connect/i.test(error.message))
    ) {
      return new DomainError(
        DomainErrorCode.DATABASE_UNAVAILABLE,
        'The database is unavailable; try again shortly',
      );
    }
    return null;
  }
  if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) {
    return new DomainError(
      DomainErrorCode.DATABASE_UNAVAILABLE,
      'The database is unavailable; try again shortly',
    );
  }
  if (code === '22P02')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'A value has the wrong format');
  if (code === '22001')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'A value is too long');
  // A NUL character, in text (22021) or in a jsonb payload (22P05): PostgreSQL stores neither.
  if (code === '22021' || code === '22P05')
    return new DomainError(DomainErrorCode.INVALID_INPUT, 'Text must not contain NUL characters');
  return null;
}

/**
 * Apollo's formatError: domain refusals keep their message and get their code; GraphQL's own
 * parse/validation errors pass through; anything else is logged with its stack and hidden.
 */
export function createGraphqlErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domain = asDomainError(original);
    if (domain) {
      return {
        message: domain.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: graphqlCodeFor(domain.code),
          reason: domain.code,
          ...(domain.details ?? {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    // GraphQL's own refusals (parse, validation, variable coercion, query limits) are safe to show.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    if (original instanceof GraphQLError && !formatted.path) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    logger.error(
      { err: original, path: formatted.path },
      'unexpected error while resolving a GraphQL request',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
