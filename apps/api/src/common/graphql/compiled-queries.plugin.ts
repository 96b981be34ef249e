import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, OperationTypeNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Documents remembered, by query hash and operation name (the web app sends a few dozen). */
const MAX_DOCUMENTS = 500;

/**
 * Runs queries through graphql-jit: each document compiled once into plain JavaScript, which
 * resolves the same fields with the same resolvers, without graphql-js's per-field work
 * (argument coercion, path and info objects, completion by type at run time).
 *
 * Only an answer without errors is served this way. A query with errors, and every mutation,
 * is executed by graphql-js as before, so error paths, codes and Apollo's formatting stay those
 * of the reference engine: reads have no side effects, so running one again costs time only.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin {
  // By document: compiled, not compilable (null), or seen once (undefined). A document is
  // compiled the second time it comes: one sent once (a stranger's, or unique on purpose) costs
  // no compilation, which is dearer than executing it.
  const documents = new Map<string, CompiledQuery | null | undefined>();
  let compiledFor: GraphQLSchema | undefined;

  const compiledQuery = (
    schema: GraphQLSchema,
    document: DocumentNode,
    key: string,
    operationName: string | undefined,
  ): CompiledQuery | null => {
    if (compiledFor !== schema) {
      documents.clear();
      compiledFor = schema;
    }
    if (!documents.has(key)) {
      if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
      documents.set(key, undefined);
      return null;
    }
    let query = documents.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName, {
        // Our scalars serialize as graphql-js would; keep graphql-js's own JSON too.
        customJSONSerializer: false,
      });
      query = isCompiledQuery(result) ? result : null;
      documents.set(key, query);
    }
    return query;
  };

  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation({
          schema,
          document,
          operation,
          request,
          queryHash,
          contextValue,
        }) {
          // Apollo calls this without an operation when the name matches none: execution says so.
          if (
            !(operation as typeof operation | undefined) ||
            operation.operation !== OperationTypeNode.QUERY
          )
            return null;
          const name = request.operationName ?? undefined;
          const query = compiledQuery(schema, document, `${queryHash}\n${name ?? ''}`, name);
          if (!query) return null;
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length || !result.data) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      });
    },
  };
}
