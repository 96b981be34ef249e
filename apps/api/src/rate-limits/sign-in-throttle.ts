import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config/rate-limit-config.js';
import type { LimiterStore } from './limiter-store.js';
import { RateLimited } from './rate-limited.js';

/** The wait before the `excess`-th attempt beyond the free ones: 1×, 2×, 4× … the first delay. */
export function growingDelaySeconds(excess: number, first: number, max: number): number {
  return Math.min(max, first * 2 ** Math.min(Math.max(excess - 1, 0), 30));
}

/** Emails are not kept in the limiter's table: a digest names the account. */
const accountKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 32);

const refusal = (result: unknown, what: string): never => {
  if (result instanceof RateLimiterRes) throw new RateLimited(result.msBeforeNext, what);
  throw result;
};

/**
 * Brute force against sign-in, per account and per client address, with a growing wait:
 *
 * - An account's first `signInPerAccount` attempts go at once. Every attempt after those must
 *   find the account's gate open, and closes it for a wait that doubles with each attempt (1 s,
 *   2 s, 4 s … up to the maximum), refused ones included. A successful sign-in forgets them. The
 *   count is taken before the password is checked, so concurrent attempts cannot slip through.
 * - An address's first `signInFailuresPerAddress` failures are free; each further failure closes
 *   the address's gate for a doubling wait. A success does not forget them: one account of his
 *   own must not let an attacker try passwords on everyone else's.
 *
 * Unknown and known emails are counted alike, so the answers and their timing stay the same.
 */
export class SignInThrottle {
  private readonly accountAttempts: RateLimiterAbstract;
  private readonly accountGate: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;
  private readonly addressGate: RateLimiterAbstract;

  constructor(
    store: LimiterStore,
    private readonly limits: RateLimitConfig['limits'],
  ) {
    const window = limits.signInWindowSeconds;
    const counter = (name: string, points: number, durationSeconds: number) =>
      store.counter({ name, points, durationSeconds });
    // Counted with `penalty`, which never refuses: the gates refuse.
    this.accountAttempts = counter('signin-account', 1_000_000_000, window);
    this.accountGate = counter('signin-account-gate', 1, limits.signInDelaySeconds);
    this.addressFailures = counter('signin-address', 1_000_000_000, window);
    this.addressGate = counter('signin-address-gate', 1, limits.signInDelaySeconds);
  }

  /** Before the password is checked: refuses (RATE_LIMITED) or lets the attempt go. */
  async admit(email: string, address: string): Promise<void> {
    const gate = await this.addressGate.get(address);
    if (gate && gate.consumedPoints > 1) {
      throw new RateLimited(gate.msBeforeNext, 'Too many failed sign-ins from this address');
    }
    const account = accountKey(email);
    const attempts = await this.accountAttempts.penalty(account);
    const excess = attempts.consumedPoints - this.limits.signInPerAccount;
    if (excess <= 0) return;
    const wait = this.delay(excess);
    await this.accountGate
      .consume(account, 1, { customDuration: wait })
      .catch((result: unknown) => refusal(result, 'Too many sign-in attempts for this account'));
  }

  async succeeded(email: string): Promise<void> {
    const account = accountKey(email);
    await Promise.all([this.accountAttempts.delete(account), this.accountGate.delete(account)]);
  }

  async failed(address: string): Promise<void> {
    const failures = await this.addressFailures.penalty(address);
    const excess = failures.consumedPoints - this.limits.signInFailuresPerAddress;
    if (excess > 0) await this.addressGate.block(address, this.delay(excess));
  }

  private delay(excess: number): number {
    return growingDelaySeconds(
      excess,
      this.limits.signInDelaySeconds,
      this.limits.signInMaxDelaySeconds,
    );
  }
}
