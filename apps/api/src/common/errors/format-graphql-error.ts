import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { asDomainError } from './as-domain-error.js';
import { requestIdOf } from './error-request-ids.js';
import { graphqlCodeFor } from './graphql-error-code.js';

export { asDomainError } from './as-domain-error.js';

/** The levels errors are logged at (a pino logger has them). */
export interface ErrorLogger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

/** Apollo's own stand-in for an error it already logged (through its `logger`). */
const APOLLO_UNEXPECTED = 'Internal server error';

/** A client's document is quoted in parse errors: enough of it to recognize, not all of it. */
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/**
 * Apollo's formatError, and where each error is logged, once, at the level it deserves:
 * - a refusal (domain error) keeps its message and gets its code; logged at `info`, no stack;
 * - the database being unavailable is SERVICE_UNAVAILABLE; logged at `warn`, no stack;
 * - GraphQL's own request errors (parse, validation, variables, limits) pass through; `debug`;
 * - anything else is a bug: logged at `error` with its stack, hidden behind INTERNAL_SERVER_ERROR.
 */
export function createGraphqlErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = causeOf(error);
    const path = formatted.path;
    // The id the answer carries (extensions.requestId), so an operator finds this line from it.
    const requestId = requestIdOf(error);
    const domain = asDomainError(original);
    if (domain) {
      const code = graphqlCodeFor(domain.code);
      if (code === 'SERVICE_UNAVAILABLE') {
        logger.warn(
          { code, path, requestId, cause: summaryOf(original) },
          'the database is unavailable',
        );
      } else {
        logger.info({ code, reason: domain.code, path, requestId }, `refused: ${domain.message}`);
      }
      return {
        message: domain.message,
        path,
        locations: formatted.locations,
        extensions: { code, reason: domain.code, ...(domain.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    // GraphQL's own refusals (parse, validation, variable coercion, query limits) are safe to show.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      logger.debug({ code, path, requestId }, `refused: ${clip(formatted.message)}`);
      return {
        message: formatted.message,
        locations: formatted.locations,
        path,
        extensions: { code },
      };
    }
    if (original instanceof GraphQLError && !path) {
      logger.debug({ code: 'BAD_USER_INPUT', requestId }, `refused: ${clip(formatted.message)}`);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    if (!(original instanceof Error && original.message === APOLLO_UNEXPECTED && !path)) {
      logger.error(
        { err: withoutParameters(original), path, requestId },
        'unexpected error while resolving a GraphQL request',
      );
    }
    return {
      message: 'Internal server error',
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * The error a resolver or plugin threw, out of the GraphQLErrors wrapping it — and out of
 * graphql-js's NonErrorThrown, which wraps whatever is not `instanceof Error` in this realm (an
 * error of Node's own, under jest's module sandbox).
 */
function causeOf(error: unknown): unknown {
  let cause = unwrapResolverError(error);
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (cause instanceof Error && cause.name === 'NonErrorThrown' && 'thrownValue' in cause) {
    return cause.thrownValue;
  }
  return cause;
}

/** A failed statement's parameters may hold what users typed (emails, texts): not logged. */
function withoutParameters(error: unknown): unknown {
  if (!(error instanceof Error) || !('parameters' in error)) return error;
  const {
    parameters: _parameters,
    driverError: _driverError,
    ...rest
  } = error as Error & Record<string, unknown>;
  return { ...rest, type: error.constructor.name, message: error.message, stack: error.stack };
}

/** What failed, for a log line without a stack. */
function summaryOf(error: unknown): object {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.constructor.name, message: error.message, ...(code ? { code } : {}) };
}
