import { Inject, Injectable, Module } from '@nestjs/common';
import { MetricsModule } from '../common/metrics/metrics.module.js';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { TokenService } from '../common/auth/token.service.js';
import { Metrics } from '../common/metrics/metrics.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { type KeptAnswer, readCachePlugin, stringifyResult } from './read-cache.plugin.js';
import { ResponseCache } from '../common/caching/response-cache.js';

/** The process's cache of accord reads, and the Apollo plugin that serves from it. */
@Injectable()
export class AccordReadCache {
  readonly cache: ResponseCache<KeptAnswer>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: TokenService,
    private readonly access: AccordAccessService,
    private readonly viewerLoaders: ViewerLoaderSource,
    metrics: Metrics,
  ) {
    this.cache = new ResponseCache(config.readCacheEntries, config.readCacheBytes);
    metrics.counterFrom(
      'plenary_read_cache_hits_total',
      'Accord reads answered from the read cache',
      () => this.cache.hits,
    );
    metrics.counterFrom(
      'plenary_read_cache_misses_total',
      'Accord reads computed from the tables (none kept, or the accord changed)',
      () => this.cache.misses,
    );
    metrics.gaugeFrom(
      'plenary_read_cache_bytes',
      'Bytes of JSON the read cache holds',
      () => this.cache.bytes,
    );
  }

  /** What Apollo Server needs: the plugin, and the serializer that reuses kept answers' JSON. */
  apollo() {
    return {
      plugin: readCachePlugin({
        cache: this.cache,
        userOf: (req) => this.tokens.fromAuthorizationHeader(req.headers.authorization),
        headsVisibleTo: (userId, reads, viewer) =>
          this.access.headsVisibleTo(userId, reads, viewer),
        keyedStanding: (context, accordId, standing) =>
          this.viewerLoaders.of(context as GraphqlContext).prime(accordId, standing),
      }),
      stringifyResult,
    };
  }
}

@Module({
  imports: [AccordLogModule, MetricsModule],
  providers: [AccordReadCache],
  exports: [AccordReadCache],
})
export class ReadCacheModule {}
