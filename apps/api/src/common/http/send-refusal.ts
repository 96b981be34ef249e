import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { type GraphqlErrorCode } from '../errors/domain-error.js';
import { asDomainError } from '../errors/format-graphql-error.js';
import { graphqlCodeFor } from '../errors/graphql-error-code.js';

/** The HTTP status of each refusal (the GraphQL codes, mapped once for plain HTTP routes). */
export const REFUSAL_STATUS: Record<GraphqlErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

/**
 * Answers a plain HTTP route's refusal as JSON `{ error: { code, reason, message } }` with its
 * status (and `WWW-Authenticate` / `Retry-After` where they apply); anything unexpected is logged
 * with its stack and answered 500 without details.
 */
export function sendRefusal(res: Response, error: unknown, logger: Logger): void {
  const domain = asDomainError(error);
  if (!domain) {
    logger.error({ err: error }, 'unexpected error on an HTTP route');
    res
      .status(500)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    return;
  }
  const code = graphqlCodeFor(domain.code);
  if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
  const retryAfter = (domain as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  res.status(REFUSAL_STATUS[code]).json({
    error: { code, reason: domain.code, message: domain.message, ...(domain.details ?? {}) },
  });
}
