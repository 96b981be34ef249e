import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AppConfig } from '../../config/config.js';
import { historyCostRule, rememberArmorCost } from './history-cost.js';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error.js';
import type { GraphqlContext } from './graphql-context.js';
import type { LoaderFactory } from './loaders.js';

// Query limits: deep enough for the web app's pages, too small for abuse.
const MAX_QUERY_COST = 20000;
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
  maxTokens: { n: 3000 },
  blockFieldSuggestion: { enabled: true },
});

export function graphqlOptions(
  config: AppConfig,
  loaders: LoaderFactory,
  readCache: {
    plugin: ApolloServerPlugin<GraphqlContext>;
    stringifyResult: (result: FormattedExecutionResult) => string;
  },
  logger: { error(obj: object, msg: string): void },
): ApolloDriverConfig {
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.nodeEnv !== 'production',
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // graphql-armor's types come from Apollo's ESM build, Nest's from its CJS build: same objects.
    // No cache hints are used: without this, Apollo's default cache-control plugin wraps every
    // field resolver (willResolveField) and computes a policy per field on every request.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      readCache.plugin,
      ...(protection.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
    ],
    stringifyResult: readCache.stringifyResult,
    validationRules: [...protection.validationRules, historyCostRule(MAX_QUERY_COST)],
    resolvers: { JSON: GraphQLJSON },
    formatError: createGraphqlErrorFormatter(logger),
    context: ({ req }: { req: Request }): GraphqlContext => ({ req, loaders: loaders.create() }),
  };
}
