import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AccordsModule } from './accords/accords.module.js';
import { CommonModule } from './common/common.module.js';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { requestIdPlugin } from './common/graphql/request-id.plugin.js';
import { graphqlMetricsPlugin } from './common/metrics/graphql-metrics.plugin.js';
import { Metrics } from './common/metrics/metrics.js';
import { MetricsModule } from './common/metrics/metrics.module.js';
import { RedisModule } from './common/redis/redis.module.js';
import type { SharedRedis } from './common/redis/shared-redis.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DemoSignInModule } from './demo/sign-in/demo-sign-in.module.js';
import { DeskModule } from './desk/desk.module.js';
import { ComparisonModule } from './comparison/comparison.module.js';
import { CosponsorsModule } from './cosponsors/cosponsors.module.js';
import { DiscussionModule } from './discussion/discussion.module.js';
import { DraftingModule } from './drafting/drafting.module.js';
import { FrameworksModule } from './frameworks/frameworks.module.js';
import { HealthModule } from './health/health.module.js';
import { Readiness } from './health/readiness.js';
import { HistoryModule } from './history/history.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { MilestonesModule } from './milestones/milestones.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { AccordReadCache, ReadCacheModule } from './read-cache/read-cache.module.js';
import { OperationLimits } from './rate-limits/operation-limits.js';
import { RateLimitsModule } from './rate-limits/rate-limits.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { SearchModule } from './search/search.module.js';
import { SignatoriesModule } from './signatories/signatories.module.js';
import { PublicPageModule } from './public-page/public-page.module.js';
import { VotingModule } from './voting/voting.module.js';
import { WebModule } from './web/web.module.js';

/** The features, each with the entities it registers (`TypeOrmModule.forFeature`). */
export const FEATURE_MODULES = [
  IdentityModule,
  AccordsModule,
  FrameworksModule,
  HistoryModule,
  DraftingModule,
  VotingModule,
  DiscussionModule,
  MilestonesModule,
  CosponsorsModule,
  IncidentsModule,
  ComparisonModule,
  SignatoriesModule,
  PublicPageModule,
  SearchModule,
  DeskModule,
  RealtimeModule,
  NotificationsModule,
  DemoSignInModule,
  WebModule,
];

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** What /health/ready reports (migrations, demo, database process); a fresh one if omitted. */
  readiness?: Readiness;
  /** Connected when REDIS_URL is set; null: PostgreSQL keeps everything. */
  redis?: SharedRedis | null;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, readiness, redis }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        RedisModule.forRoot(redis ?? null),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.database),
          // Each feature module registers its entities with TypeOrmModule.forFeature.
          autoLoadEntities: true,
          migrationsRun: false,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ReadCacheModule, RateLimitsModule, MetricsModule],
          inject: [APP_CONFIG, AccordReadCache, OperationLimits, Metrics],
          useFactory: (
            appConfig: AppConfig,
            readCache: AccordReadCache,
            limits: OperationLimits,
            metrics: Metrics,
          ) => {
            const options = graphqlOptions(appConfig, readCache.apollo(), logger);
            // Operations per user are counted before anything else answers (a cached read too).
            return {
              ...options,
              plugins: [
                limits.plugin(),
                graphqlMetricsPlugin(metrics),
                requestIdPlugin,
                ...(options.plugins ?? []),
              ],
            };
          },
        }),
        CommonModule,
        MetricsModule,
        HealthModule.forRoot(readiness ?? new Readiness()),
        ...FEATURE_MODULES,
      ],
    };
  }
}
