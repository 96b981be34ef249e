import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MetricsModule } from '../common/metrics/metrics.module.js';
import { ReadReplica } from './read-replica.js';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor.js';

/** The read replica, and the fence every mutation leaves for its caller's next reads. */
@Module({
  imports: [MetricsModule],
  providers: [ReadReplica, { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor }],
  exports: [ReadReplica],
})
export class ReadReplicaModule {}
