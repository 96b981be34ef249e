import { HeaderMap } from '@apollo/server';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/** Whole seconds, at least one: what a client is told to wait. */
export const secondsToWait = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * A refusal for going too fast: `RATE_LIMITED`, with `retryAfterSeconds` in the GraphQL error's
 * extensions and a `Retry-After` header. graphql-js copies `extensions` from the original error
 * and Apollo takes its `http` part for the response: a request refused before execution is a
 * 429 (GraphQL over HTTP lets a server deny a request for a rate limit); a refused field keeps
 * the response's status.
 */
export class RateLimited extends DomainError {
  readonly retryAfterSeconds: number;
  readonly extensions: { http: { status?: number; headers: HeaderMap } };

  constructor(retryAfterMs: number, message: string, { wholeRequest = false } = {}) {
    const retryAfterSeconds = secondsToWait(retryAfterMs);
    super(DomainErrorCode.RATE_LIMITED, `${message}; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
    this.retryAfterSeconds = retryAfterSeconds;
    const headers = new HeaderMap([['retry-after', String(retryAfterSeconds)]]);
    this.extensions = { http: wholeRequest ? { status: 429, headers } : { headers } };
  }
}
