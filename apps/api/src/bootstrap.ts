import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import { createRootLogger, NestPinoLogger } from './common/logging/nest-pino-logger.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { runMigrations } from './database/migrate.js';
import { PostgresIoAdapter } from './realtime/postgres-io.adapter.js';

export interface ApiOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** Builds the whole API (migrations first); the caller decides where it listens. */
export async function createApi({ config, databaseUrl }: ApiOptions): Promise<INestApplication> {
  await runMigrations(databaseUrl);
  const logger = createRootLogger(config.logLevel);
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl, logger }), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(new NestPinoLogger(logger));
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  app.useGlobalPipes(validationPipe);
  // socket.io shares the HTTP port; its adapter carries broadcasts across instances.
  app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
  app.enableShutdownHooks();
  return app;
}
