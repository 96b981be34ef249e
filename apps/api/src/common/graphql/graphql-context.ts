import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/token.service.js';
import type { RequestLoaders } from './loaders.js';

/** Per-request GraphQL context: the caller (set by the guard) and the request's DataLoaders. */
export interface GraphqlContext {
  req: Request;
  user?: AuthenticatedUser | null;
  loaders: RequestLoaders;
}
