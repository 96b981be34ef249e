import type { ApolloServerPlugin } from '@apollo/server';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Request } from 'express';
import { type AuthenticatedUser, TokenService } from '../common/auth/token.service.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { BatchedAllowance } from './batched-allowance.js';
import { clientAddress } from './client-address.js';
import { LIMITER_STORE, type LimiterStore } from './limiter-store.js';
import { RateLimited } from './rate-limited.js';

/**
 * GraphQL operations (and HTTP exports) per user, or per client address for anonymous calls, in
 * a window. Checked in memory on every request (the hot path gets no round trip); the counts are
 * shared between instances every PLENARY_LIMIT_OPERATIONS_SYNC_MS (see BatchedAllowance).
 */
@Injectable()
export class OperationLimits implements OnApplicationShutdown {
  private readonly logger = new Logger(OperationLimits.name);
  private readonly allowance: BatchedAllowance;

  constructor(
    @Inject(LIMITER_STORE) store: LimiterStore,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: TokenService,
  ) {
    const { operationsPerUser: points, operationWindowSeconds: window } = config.limits;
    this.allowance = new BatchedAllowance(
      store.counter({ name: 'operations', points, durationSeconds: window }),
      points,
      window * 1000,
      config.limits.operationSyncMs,
      (error) =>
        this.logger.warn({ err: error }, 'could not share operation counts; counting alone'),
    );
  }

  /** Takes `weight` operations from the caller's allowance, or throws RATE_LIMITED. */
  admit(user: AuthenticatedUser | null, req: Request, weight = 1, wholeRequest = true): void {
    const key = user
      ? `user:${user.userId}`
      : `address:${clientAddress(req, (m) => this.logger.warn(m))}`;
    const wait = this.allowance.take(key, weight);
    if (wait > 0) throw new RateLimited(wait, 'Too many requests', { wholeRequest });
  }

  /**
   * Counts each GraphQL operation once it is parsed and validated, before it runs (a cached read
   * included). The token is verified here once; the auth guard then takes the user from the
   * context, and refuses a bad token as before.
   */
  plugin(): ApolloServerPlugin<GraphqlContext> {
    return {
      requestDidStart: () =>
        Promise.resolve({
          didResolveOperation: ({ contextValue }) => {
            let user = contextValue.user;
            if (user === undefined) {
              try {
                user = this.tokens.fromAuthorizationHeader(contextValue.req.headers.authorization);
                contextValue.user = user;
              } catch {
                user = null; // counted by address; the guard answers INVALID_TOKEN
              }
            }
            this.admit(user, contextValue.req);
            return Promise.resolve();
          },
        }),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.allowance.stop();
  }
}
