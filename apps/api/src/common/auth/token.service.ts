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

/** Tokens remembered as verified: a few per active user, each kept until it expires. */
const MAX_VERIFIED_TOKENS = 10_000;

/** Issues and verifies access tokens; the HTTP guard and the socket handshake both use it. */
@Injectable()
export class TokenService {
  /**
   * Tokens already verified, by their text, with their caller and `exp` (seconds). An access
   * token is stateless — nothing revokes it before `exp` — so once its signature and claims are
   * checked, the same string stays valid until then. jsonwebtoken's check costs about 0.5 ms of
   * CPU (a key object and an HMAC per call); a page sends the same token on every request.
   */
  private readonly verified = new Map<string, { userId: string; exp: number }>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(userId: string): string {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access' };
    return this.jwt.sign(claims, { expiresIn: this.config.jwtTtlSeconds, algorithm: 'HS256' });
  }

  verify(token: string): AuthenticatedUser {
    const known = this.verified.get(token);
    // jsonwebtoken's own test: expired from the second `exp` names (no clock tolerance).
    if (known && Math.floor(Date.now() / 1000) < known.exp) return { userId: known.userId };
    if (known) this.verified.delete(token);
    const { userId, exp } = this.verifySignatureAndClaims(token);
    if (this.verified.size >= MAX_VERIFIED_TOKENS) {
      // The oldest entry goes first: a token still in use is verified again, nothing more.
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, { userId, exp });
    return { userId };
  }

  private verifySignatureAndClaims(token: string): { userId: string; exp: number } {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string')
        throw new Error('wrong token type');
      // jsonwebtoken checks `exp` only when present: a token without one is refused here.
      if (typeof claims.exp !== 'number') throw new Error('token without expiry');
      return { userId: claims.sub, exp: claims.exp };
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
