import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlContext } from './graphql-context.js';

/**
 * Every error of an answer carries `extensions.requestId`, the id the request's log lines carry
 * (and the `X-Request-Id` header): a user who reports an error gives the operator the lines.
 */
export const requestIdPlugin: ApolloServerPlugin<GraphqlContext> = {
  requestDidStart({ contextValue }) {
    return Promise.resolve({
      willSendResponse({ response }) {
        const id = (contextValue.req as { id?: unknown } | undefined)?.id;
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        if (
          (typeof id === 'string' || typeof id === 'number') &&
          errors &&
          body.kind === 'single'
        ) {
          body.singleResult.errors = errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: String(id) },
          }));
        }
        return Promise.resolve();
      },
    });
  },
};
