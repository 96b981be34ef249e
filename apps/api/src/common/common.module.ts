import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuthGuard } from './auth/auth.guard.js';
import { TokenService } from './auth/token.service.js';
import { PlenaryExceptionFilter } from './errors/exception.filter.js';

/** Authentication and request plumbing shared by every feature. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject made once: given a string, jsonwebtoken first tries to parse it as a PEM
      // public key on every verify (an exception each time, ~0.4 ms) before using it as a secret.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
      }),
    }),
  ],
  providers: [
    TokenService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: PlenaryExceptionFilter },
  ],
  exports: [TokenService],
})
export class CommonModule {}
