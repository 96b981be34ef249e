import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';

export interface AuthenticatedUser {
  userId: string;
}

interface AccessTokenClaims {
  sub: string;
  typ: 'access';
  /** Set by jsonwebtoken from `expiresIn`; a token without it would never expire. */
  exp?: number;
}

/** Issues and verifies access tokens; the HTTP guard and the socket handshake both use it. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(userId: string): string {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access' };
    return this.jwt.sign(claims, { expiresIn: this.config.jwtTtlSeconds, algorithm: 'HS256' });
  }

  verify(token: string): AuthenticatedUser {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string')
        throw new Error('wrong token type');
      // jsonwebtoken checks `exp` only when present: a token without one is refused here.
      if (typeof claims.exp !== 'number') throw new Error('token without expiry');
      return { userId: claims.sub };
    } catch {
      throw new DomainError(
        DomainErrorCode.INVALID_TOKEN,
        'The access token is invalid or expired; sign in again',
      );
    }
  }

  /** Reads `Authorization: Bearer <token>`; null when absent. */
  fromAuthorizationHeader(header: string | string[] | undefined): AuthenticatedUser | null {
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return null;
    const token = /^Bearer\s+(\S+)$/i.exec(value.trim())?.[1];
    if (token === undefined) {
      throw new DomainError(
        DomainErrorCode.INVALID_TOKEN,
        'Authorization must be "Bearer <token>"',
      );
    }
    return this.verify(token);
  }
}
