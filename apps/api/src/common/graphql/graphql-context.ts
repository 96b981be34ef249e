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
