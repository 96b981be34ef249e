import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config/rate-limit-config.js';
import type { LimiterStore } from './limiter-store.js';
import { RateLimited } from './rate-limited.js';

/** Accounts registered from one client address in a window; every attempt counts. */
export class RegistrationThrottle {
  private readonly registrations: RateLimiterAbstract;

  constructor(store: LimiterStore, limits: RateLimitConfig['limits']) {
    this.registrations = store.counter({
      name: 'registrations',
      points: limits.registrationsPerAddress,
      durationSeconds: limits.registrationWindowSeconds,
    });
  }

  async admit(address: string): Promise<void> {
    try {
      await this.registrations.consume(address);
    } catch (result) {
      if (result instanceof RateLimiterRes) {
        throw new RateLimited(
          result.msBeforeNext,
          'Too many accounts registered from this address',
        );
      }
      throw result;
    }
  }
}
