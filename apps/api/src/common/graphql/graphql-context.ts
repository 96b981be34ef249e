import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/token.service.js';
import type { RequestLoaders } from './loaders.js';

/** Per-request GraphQL context: the caller (set by the guard) and the request's DataLoaders. */
export interface GraphqlContext {
  req: Request;
  user?: AuthenticatedUser | null;
  loaders: RequestLoaders;
  /**
   * When the answer being computed stops being true although the log does not move (a vote's
   * deadline passing before the deadline timer closes it): the read cache keeps it until then.
   */
  answerExpiresAt?: number;
}

/** Notes that the answer under way is true only until `at` (the earliest such moment counts). */
export function answerTrueUntil(ctx: GraphqlContext, at: Date): void {
  const ms = at.getTime();
  if (ctx.answerExpiresAt === undefined || ms < ctx.answerExpiresAt) ctx.answerExpiresAt = ms;
}

/**
 * The arguments of a field resolver that takes none. Field resolvers without arguments take
 * graphql-js's `(parent, args, context)` undecorated: @nestjs/graphql then calls the method as it
 * is, where `@Parent()`/`@Context()` made it build an execution context, run the global pipes and
 * chain three promises on every call — most of the CPU of a page's ~1,000 fields.
 */
export type NoArgs = Record<string, never>;
