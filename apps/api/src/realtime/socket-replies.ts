import type { Logger } from '@nestjs/common';
import type { SocketFailure } from '@plenary/contracts';
import { asDomainError } from '../common/errors/format-graphql-error.js';
import { graphqlCodeFor } from '../common/errors/graphql-error-code.js';

export type Reply = (response: object) => void;

export const RATE_LIMITED: SocketFailure = {
  ok: false,
  error: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED', message: 'Too many messages; slow down' },
};

/** Domain refusals keep their code and message; anything else is logged and hidden. */
export function failureOf(error: unknown, logger: Logger, event: string): SocketFailure {
  const domain = asDomainError(error);
  if (domain) {
    const { code: reason, message } = domain;
    return { ok: false, error: { code: graphqlCodeFor(reason), reason, message } };
  }
  logger.error({ err: error, event }, 'unexpected error while handling a socket message');
  return { ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } };
}

/** The client's acknowledgement callback, if it sent one; answered at most once. */
export function replyOnce(args: unknown[]): Reply {
  const last = args[args.length - 1];
  if (typeof last !== 'function') return () => undefined;
  let replied = false;
  return (response) => {
    if (replied) return;
    replied = true;
    (last as Reply)(response);
  };
}
