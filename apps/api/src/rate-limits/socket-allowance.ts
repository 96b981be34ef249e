import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LIMITER_STORE, type LimiterStore } from './limiter-store.js';
import { RateLimited } from './rate-limited.js';

const SWEEP_EVERY_MS = 5 * 60_000;

/**
 * Sockets per user, across instances: each connected socket holds a lease in the shared store
 * (see SocketLeases), renewed while it lives and released when it closes. A crashed instance's
 * leases expire after PLENARY_PRESENCE_TTL_SECONDS, as its presence entries do.
 */
@Injectable()
export class SocketAllowance implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SocketAllowance.name);
  private readonly held = new Set<string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(LIMITER_STORE) private readonly store: LimiterStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get ttlSeconds(): number {
    return this.config.presenceTtlSeconds;
  }

  /** Admits the socket, or throws RATE_LIMITED when its user holds the most sockets allowed. */
  async admit(userId: string, socketId: string): Promise<void> {
    let admitted: boolean;
    try {
      admitted = await this.store.socketLeases.acquire(
        userId,
        socketId,
        this.config.limits.socketsPerUser,
        this.ttlSeconds,
      );
    } catch (error) {
      // Without the store the socket could do nothing anyway; admitting it keeps a blip harmless.
      this.logger.warn({ err: error }, 'could not count sockets; admitting the socket');
      return;
    }
    if (!admitted) {
      throw new RateLimited(
        this.ttlSeconds * 1000,
        `At most ${this.config.limits.socketsPerUser} connections per user; close another tab`,
      );
    }
    this.held.add(socketId);
  }

  released(socketId: string): void {
    if (!this.held.delete(socketId)) return;
    this.store.socketLeases.release(socketId).catch((error: unknown) => {
      this.logger.warn(
        { err: error, socketId },
        'could not release a socket lease; it will expire',
      );
    });
  }

  onApplicationBootstrap(): void {
    const renew = setInterval(
      () => {
        this.store.socketLeases
          .renew([...this.held], this.ttlSeconds)
          .catch((error: unknown) =>
            this.logger.warn({ err: error }, 'could not renew socket leases'),
          );
      },
      (this.ttlSeconds * 1000) / 3,
    );
    const sweep = setInterval(() => {
      this.store
        .sweep()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not sweep the limits'));
    }, SWEEP_EVERY_MS);
    this.timers = [renew, sweep];
    for (const timer of this.timers) timer.unref();
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
