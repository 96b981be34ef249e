import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import { GraphQLJSON } from 'graphql-scalars';
import type { AppConfig } from '../../config/config.js';
import { compiledQueriesPlugin } from './compiled-queries.plugin.js';
import { DateTimeScalar } from './date-time.scalar.js';
import { plainFieldsUnresolved } from './plain-fields.js';
import { historyCostRule, rememberArmorCost } from './history-cost.js';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error.js';
import type { GraphqlContext } from './graphql-context.js';
import { legacyJsonStatusPlugin } from './graphql-over-http.js';
import { RequestLoaders } from './loaders.js';

/** Tokens in one document: a request over it is refused unparsed (GRAPHQL_PARSE_FAILED, 400). */
export const MAX_TOKENS = 3000;
const MAX_QUERY_COST = 20000;

// Query limits: deep enough for the web app's pages, too small for abuse. The token limit is
// graphql-js's own parse option (below), not armor's: armor's Apollo plugin parses the document a
// second time in `parsingDidStart`, where a syntax error escapes Apollo's request pipeline and
// became an HTTP 500 coded GRAPHQL_VALIDATION_FAILED.
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: {
    maxCost: MAX_QUERY_COST,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    // Export and history fields add their own cost to armor's (common/graphql/history-cost.ts).
    onAccept: [rememberArmorCost],
  },
  maxAliases: { n: 20 },
  maxDirectives: { n: 30 },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});

export function graphqlOptions(
  config: AppConfig,
  readCache: {
    plugin: ApolloServerPlugin<GraphqlContext>;
    stringifyResult: (result: FormattedExecutionResult) => string;
  },
  logger: Logger,
): ApolloDriverConfig {
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    transformSchema: plainFieldsUnresolved,
    introspection: config.nodeEnv !== 'production',
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // graphql-armor's types come from Apollo's ESM build, Nest's from its CJS build: same objects.
    // No cache hints are used: without this, Apollo's default cache-control plugin wraps every
    // field resolver (willResolveField) and computes a policy per field on every request.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      readCache.plugin,
      // After the read cache: a kept answer is served before anything is executed.
      ...(config.compiledQueries ? [compiledQueriesPlugin()] : []),
      legacyJsonStatusPlugin,
      ...(protection.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
    ],
    stringifyResult: readCache.stringifyResult,
    validationRules: [...protection.validationRules, historyCostRule(MAX_QUERY_COST)],
    resolvers: { JSON: GraphQLJSON },
    formatError: createGraphqlErrorFormatter(logger.child({ context: 'GraphQL' })),
    // Apollo's own messages (an unexpected error in a plugin, a deprecation) as JSON lines too.
    logger: logger.child({ context: 'Apollo' }),
    context: ({ req }: { req: Request }): GraphqlContext => ({
      req,
      loaders: new RequestLoaders(),
    }),
  };
}
