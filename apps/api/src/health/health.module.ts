import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { Readiness } from './readiness.js';

@Module({})
export class HealthModule {
  static forRoot(readiness: Readiness): DynamicModule {
    return {
      module: HealthModule,
      // Not ready is a state, not an error: HealthController logs its changes, once each.
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: Readiness, useValue: readiness }],
    };
  }
}
