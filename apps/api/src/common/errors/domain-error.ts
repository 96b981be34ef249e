import type { DomainErrorCode } from '@plenary/contracts';

// The codes live in libs/contracts (the web app and the socket share them); re-exported here
// so that the API's imports of them stay where they were.
export { DomainErrorCode, type GraphqlErrorCode } from '@plenary/contracts';

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
