import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuthGuard } from './auth/auth.guard.js';
import { TokenService } from './auth/token.service.js';
import { LoaderFactory } from './graphql/loaders.js';

/** Authentication and request plumbing shared by every feature. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret }),
    }),
  ],
  providers: [TokenService, LoaderFactory, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, LoaderFactory],
})
export class CommonModule {}
