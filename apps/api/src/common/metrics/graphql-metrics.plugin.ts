import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics.js';

/**
 * Counts and times each GraphQL operation by name, type and outcome: `ok`, or the
 * `extensions.code` of its first error (a refusal the client caused, or an internal one).
 */
export function graphqlMetricsPlugin<T extends object>(metrics: Metrics): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ request, operation, response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          metrics.observeOperation(
            operation?.name?.value ?? request.operationName ?? null,
            operation?.operation ?? 'unknown',
            errors?.length ? (typeof code === 'string' ? code : 'error') : 'ok',
            Number(process.hrtime.bigint() - started) / 1e9,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
