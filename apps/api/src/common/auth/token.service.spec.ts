import { jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../../config/config.js';
import { DomainError } from '../errors/domain-error.js';
import { TokenService } from './token.service.js';

const secret = 'a-test-secret-of-sufficient-length-for-hs256';

function tokenService(ttlSeconds = 60): TokenService {
  return new TokenService(new JwtService({ secret }), { jwtTtlSeconds: ttlSeconds } as AppConfig);
}

describe('TokenService remembers verified tokens only until they expire', () => {
  afterEach(() => jest.useRealTimers());

  it('answers a token verified before with the same caller, then refuses it from its exp', () => {
    jest.useFakeTimers({ now: new Date('2026-12-03T12:00:00.000Z') });
    const tokens = tokenService(60);
    const token = tokens.issue('user-1');
    expect(tokens.verify(token)).toEqual({ userId: 'user-1' });
    expect(tokens.verify(token)).toEqual({ userId: 'user-1' });
    jest.setSystemTime(new Date('2026-12-03T12:00:59.999Z'));
    expect(tokens.verify(token)).toEqual({ userId: 'user-1' });
    jest.setSystemTime(new Date('2026-12-03T12:01:00.000Z'));
    expect(() => tokens.verify(token)).toThrow(DomainError);
  });

  it('never remembers a token that failed: a forged one is refused every time', () => {
    const tokens = tokenService();
    const forged = new JwtService({ secret: `${secret}-other` }).sign(
      { sub: 'user-1', typ: 'access' },
      { expiresIn: 60, algorithm: 'HS256' },
    );
    expect(() => tokens.verify(forged)).toThrow(DomainError);
    expect(() => tokens.verify(forged)).toThrow(DomainError);
  });

  it('gives each caller its own object: a request that changes it changes no other', () => {
    const tokens = tokenService();
    const token = tokens.issue('user-1');
    const first = tokens.verify(token);
    first.userId = 'someone-else';
    expect(tokens.verify(token)).toEqual({ userId: 'user-1' });
  });
});
