import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { TokenService } from './token.service.js';

const ANONYMOUS_ALLOWED = 'plenary:anonymous-allowed';

/** Marks a resolver that anonymous callers may use (register, login, me). */
export const AllowAnonymous = () => SetMetadata(ANONYMOUS_ALLOWED, true);

/**
 * Global guard: every GraphQL operation needs a valid token unless marked AllowAnonymous.
 * A token that is present but invalid is refused even where anonymous calls are allowed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (ctx.user === undefined) {
      ctx.user = this.tokens.fromAuthorizationHeader(ctx.req.headers.authorization);
    }
    if (ctx.user) return true;
    const anonymousAllowed = this.reflector.getAllAndOverride<boolean>(ANONYMOUS_ALLOWED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (anonymousAllowed) return true;
    throw new DomainError(DomainErrorCode.NOT_SIGNED_IN, 'Sign in to do this');
  }
}
