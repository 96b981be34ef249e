import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import type { AuthenticatedUser } from './token.service.js';

/** The signed-in caller; the guard has already refused anonymous calls where needed. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = GqlExecutionContext.create(context).getContext<GraphqlContext>().user;
    if (!user) throw new DomainError(DomainErrorCode.NOT_SIGNED_IN, 'Sign in to do this');
    return user;
  },
);

/** The caller if signed in, else null (for resolvers that also answer anonymous calls). */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser | null =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().user ?? null,
);
