import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import { NestFactory } from '@nestjs/core';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import { applyHttpPolicies } from './common/http/http-policies.js';
import { createRootLogger, NestPinoLogger } from './common/logging/nest-pino-logger.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { runMigrations } from './database/migrate.js';
import { Readiness } from './health/readiness.js';
import { PostgresIoAdapter } from './realtime/postgres-io.adapter.js';

export interface ApiOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Told when migrations are done; main.ts also tells it about the demo and the database. */
  readiness?: Readiness;
}

/** Builds the whole API (migrations first); the caller decides where it listens. */
export async function createApi({
  config,
  databaseUrl,
  readiness = new Readiness(),
}: ApiOptions): Promise<INestApplication> {
  await runMigrations(databaseUrl);
  readiness.migrationsDone();
  const logger = createRootLogger(config.logLevel);
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl, logger, readiness }),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(new NestPinoLogger(logger));
  applyHttpPolicies(app, config);
  // pino-http serializes each request into a child logger even when nothing is logged; its
  // lines are at info level, so below that it only costs.
  if (logger.isLevelEnabled('info')) {
    app.use(
      pinoHttp({
        logger,
        autoLogging: { ignore: (req) => req.url?.startsWith('/health') === true },
      }),
    );
  }
  // An ETag is a SHA-1 of every answer, and GraphQL POSTs are never revalidated with it.
  (app.getHttpAdapter().getInstance() as Express).set('etag', false);
  app.useGlobalPipes(validationPipe);
  // socket.io shares the HTTP port; its adapter carries broadcasts across instances.
  app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
  app.enableShutdownHooks();
  return app;
}
