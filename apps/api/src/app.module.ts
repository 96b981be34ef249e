import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AccordsModule } from './accords/accords.module.js';
import { CommonModule } from './common/common.module.js';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { LoaderFactory } from './common/graphql/loaders.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DiscussionModule } from './discussion/discussion.module.js';
import { DraftingModule } from './drafting/drafting.module.js';
import { HealthModule } from './health/health.module.js';
import { HistoryModule } from './history/history.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { AccordReadCache, ReadCacheModule } from './read-cache/read-cache.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { VotingModule } from './voting/voting.module.js';
import { WebModule } from './web/web.module.js';

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: false }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ReadCacheModule],
          inject: [APP_CONFIG, LoaderFactory, AccordReadCache],
          useFactory: (appConfig: AppConfig, loaders: LoaderFactory, readCache: AccordReadCache) =>
            graphqlOptions(appConfig, loaders, readCache.apollo(), logger),
        }),
        CommonModule,
        HealthModule,
        IdentityModule,
        AccordsModule,
        HistoryModule,
        DraftingModule,
        VotingModule,
        DiscussionModule,
        RealtimeModule,
        WebModule,
      ],
    };
  }
}
