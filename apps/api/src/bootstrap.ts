import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
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
  const app = await NestFactory.create(AppModule.forRoot({ config, databaseUrl }), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe);
  // socket.io shares the HTTP port; its adapter carries broadcasts across instances.
  app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
  app.enableShutdownHooks();
  return app;
}
