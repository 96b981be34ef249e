import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { serveWebApp } from './web-app.middleware.js';

// apps/api/{src,dist}/web → apps/web/dist, the output of `vite build` (scripts/build.mjs).
const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Serves the web app on the API's port. Without a build it serves nothing and the API runs on. */
@Module({})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(serveWebApp(WEB_DIST)).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
