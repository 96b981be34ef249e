import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { pgTypes } from './timestamptz.js';

export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // No entity list here: each feature module registers its own (TypeOrmModule.forFeature) and
    // AppModule loads them (autoLoadEntities). Migrations are SQL and need none: the migrating
    // data source (migrate.ts) runs without entities.
    entities: [],
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize,
    extra: {
      application_name: 'plenary-api',
      // Every transaction of the API is READ COMMITTED (inTransaction retries what it must), set
      // once per connection rather than by a SET TRANSACTION round trip in each transaction.
      options: '-c default_transaction_isolation=read\\ committed',
      types: pgTypes,
    },
  };
}
