import { describe, expect, it } from '@jest/globals';
import { asDomainError } from './as-domain-error.js';
import { DomainErrorCode } from './domain-error.js';

/** A Node socket error as `net` builds it when a connection fails. */
function socketError(code: string, syscall: string): Error {
  return Object.assign(new Error(`${syscall} ${code} /tmp/.s.PGSQL.5432`), { code, syscall });
}

describe('asDomainError for a database that is gone', () => {
  it('reads a missing Unix socket on connect as the database being unavailable', () => {
    // A dead PostgreSQL removes its socket file: new connections meet ENOENT, not ECONNREFUSED.
    expect(asDomainError(socketError('ENOENT', 'connect'))?.code).toBe(
      DomainErrorCode.DATABASE_UNAVAILABLE,
    );
  });

  it('reads refused, reset and unreachable connections the same way', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'EAI_AGAIN']) {
      expect(asDomainError(socketError(code, 'connect'))?.code).toBe(
        DomainErrorCode.DATABASE_UNAVAILABLE,
      );
    }
  });

  it('leaves a missing file elsewhere an unexpected error', () => {
    expect(asDomainError(socketError('ENOENT', 'open'))).toBeNull();
  });
});
