import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { DestinationStream } from 'pino';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { applyHttpPolicies } from './common/http/http-policies.js';
import { createRootLogger, NestPinoLogger } from './common/logging/nest-pino-logger.js';
import { assignRequestId, requestLogger } from './common/logging/request-logger.js';
import { serverTiming } from './common/http/server-timing.js';
import { httpMetrics } from './common/metrics/http-metrics.js';
import { Metrics } from './common/metrics/metrics.js';
import { StartPhases } from './common/logging/start-phases.js';
import { validationPipe } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { withoutNamedStatements } from './common/database/read-query.js';
import { checkPooledSettings } from './database/pooled-settings.js';
import { runMigrations } from './database/migrate.js';
import { Readiness } from './health/readiness.js';
import { SharedRedis } from './common/redis/shared-redis.js';
import { PostgresIoAdapter } from './realtime/postgres-io.adapter.js';
import { RedisIoAdapter } from './realtime/redis-io.adapter.js';

export interface ApiOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Told when migrations are done; start.ts also tells it about the demo and the database. */
  readiness?: Readiness;
  /** Where the logs go (stdout when absent): tests read them. */
  logDestination?: DestinationStream;
  /** Told how long the migrations and Nest's start took (main logs them when ready). */
  phases?: StartPhases;
  /**
   * Nest closes the app on SIGTERM, SIGINT and SIGHUP, then raises the signal again, which
   * ends the process. start.ts turns this off: it closes the app itself, then stops its
   * PostgreSQL and sends the last spans, which that second signal would cut short.
   */
  closeOnSignals?: boolean;
}

/** Builds the whole API (migrations first); the caller decides where it listens. */
export async function createApi({
  config,
  databaseUrl,
  readiness = new Readiness(),
  logDestination,
  phases = new StartPhases(),
  closeOnSignals = true,
}: ApiOptions): Promise<INestApplication> {
  // Session-bound work (the migrations' advisory lock, LISTEN, the socket adapter) bypasses a
  // pooler in transaction mode: DATABASE_DIRECT_URL, when DATABASE_URL is one.
  const sessionUrl = config.database.directUrl ?? databaseUrl;
  await phases.measure('migrations', () => runMigrations(sessionUrl));
  readiness.migrationsDone();
  // With REDIS_URL, Redis must answer at start (a wrong address is a start-up error, not an
  // outage); afterwards it may come and go like the database.
  const redis = config.redisUrl ? await SharedRedis.connect(config.redisUrl) : null;
  const logger = createRootLogger(config.logLevel, logDestination);
  let app: INestApplication;
  try {
    app = await phases.measure('nest', () =>
      NestFactory.create(AppModule.forRoot({ config, databaseUrl, logger, readiness, redis }), {
        bufferLogs: true,
        abortOnError: false,
      }),
    );
  } catch (error) {
    await redis?.close();
    throw error;
  }
  app.useLogger(new NestPinoLogger(logger));
  if (!config.database.namedStatements) withoutNamedStatements(app.get(DataSource));
  if (config.database.directUrl) await checkPooledSettings(app.get(DataSource), config, logger);
  applyHttpPolicies(app, config);
  keepConnectionsAlive(app.getHttpServer() as Server);
  // pino-http serializes each request into a child logger even when nothing is logged; its
  // lines are at info level, so below that it only costs.
  app.use(assignRequestId);
  app.use(httpMetrics(app.get(Metrics)));
  if (config.metrics.serverTiming) app.use(serverTiming);
  if (logger.isLevelEnabled('info')) app.use(requestLogger(logger));
  // An ETag is a SHA-1 of every answer, and GraphQL POSTs are never revalidated with it.
  (app.getHttpAdapter().getInstance() as Express).set('etag', false);
  app.useGlobalPipes(validationPipe);
  // socket.io shares the HTTP port; its adapter carries broadcasts across instances.
  if (redis) {
    closeRedisLast(app, redis);
    const adapter = await RedisIoAdapter.create(app, redis).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    app.useWebSocketAdapter(adapter);
  } else {
    app.useWebSocketAdapter(new PostgresIoAdapter(app, sessionUrl));
  }
  if (closeOnSignals) app.enableShutdownHooks();
  return app;
}

/**
 * Redis closes after everything else: the shutdown hooks (presence leaving, the limits' last
 * sync) and the socket.io adapter still use it.
 */
function closeRedisLast(app: INestApplication, redis: SharedRedis): void {
  const close = app.close.bind(app);
  app.close = async () => {
    try {
      await close();
    } finally {
      await redis.close();
    }
  };
}

/**
 * Node closes an idle keep-alive connection after 5 s, the moment a client (or a proxy, whose
 * idle timeout is usually 60 s) may be sending its next request on it: that request then fails
 * with ECONNRESET, and a busy machine widens the window. Idle connections last longer here than
 * in any client or proxy in front, so they are the ones that close them.
 */
function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000; // must exceed keepAliveTimeout
}
