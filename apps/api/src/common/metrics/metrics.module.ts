import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';

/** The pool of the TypeORM data source, as pg exposes it. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** `/metrics` and the registry every feature reports to (global: any module may inject it). */
@Global()
@Module({
  providers: [Metrics],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const pool = () =>
      (this.dataSource.driver as unknown as { master?: PoolCounts }).master ?? {
        totalCount: 0,
        idleCount: 0,
        waitingCount: 0,
      };
    this.metrics.gaugeFrom(
      'plenary_db_pool_connections',
      'Connections the API holds open to PostgreSQL',
      () => pool().totalCount,
    );
    this.metrics.gaugeFrom(
      'plenary_db_pool_idle_connections',
      'Of those, connections idle in the pool',
      () => pool().idleCount,
    );
    this.metrics.gaugeFrom(
      'plenary_db_pool_waiting_clients',
      'Queries waiting for a free connection',
      () => pool().waitingCount,
    );
  }
}
