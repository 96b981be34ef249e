import type { ApolloServerPlugin } from '@apollo/server';
import { rememberRequestId } from '../errors/error-request-ids.js';
import type { GraphqlContext } from './graphql-context.js';

const idOf = (contextValue: GraphqlContext): string | null => {
  const id = (contextValue.req as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/**
 * Every error of an answer carries `extensions.requestId`, the id the request's log lines carry
 * (and the `X-Request-Id` header): a user who reports an error gives the operator the lines.
 * The error's own log line (written by the error formatter) carries it too.
 */
export const requestIdPlugin: ApolloServerPlugin<GraphqlContext> = {
  requestDidStart({ contextValue }) {
    return Promise.resolve({
      didEncounterErrors({ errors }) {
        const id = idOf(contextValue);
        if (id !== null) for (const error of errors) rememberRequestId(error, id);
        return Promise.resolve();
      },
      willSendResponse({ response }) {
        const id = idOf(contextValue);
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        if (id !== null && errors && body.kind === 'single') {
          body.singleResult.errors = errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: id },
          }));
        }
        return Promise.resolve();
      },
    });
  },
};
