import { isIP } from 'node:net';
import { ConfigError } from './config.js';
import { readInteger } from './read-integer.js';

/** Limits on what one client may ask (README, "Limits"); every count and window is configurable. */
export interface RateLimitConfig {
  /**
   * Express's `trust proxy`: which proxies' `X-Forwarded-For` names the client. `false` (the
   * default): the address of the TCP peer.
   */
  trustProxy: boolean | number | string[];
  limits: {
    /** Sign-in attempts per account (by email) that go at once; then a doubling wait. */
    signInPerAccount: number;
    /** Failed sign-ins per client address that go at once; then a doubling wait. */
    signInFailuresPerAddress: number;
    /** The first wait, doubled for every further attempt, up to `signInMaxDelaySeconds`. */
    signInDelaySeconds: number;
    signInMaxDelaySeconds: number;
    /** How long failures are remembered (an account's are forgotten at its next sign-in). */
    signInWindowSeconds: number;
    /** Accounts registered per client address per window. */
    registrationsPerAddress: number;
    registrationWindowSeconds: number;
    /** Sockets connected at once per user, across instances. */
    socketsPerUser: number;
    /** GraphQL operations (and HTTP exports) per user (or anonymous address) per window. */
    operationsPerUser: number;
    operationWindowSeconds: number;
    /** How often each instance shares its operation counts (the limit holds across instances to about this). */
    operationSyncMs: number;
  };
}

type Limits = RateLimitConfig['limits'];

const NAMED_PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `false`/`true`, a number of proxy hops, or addresses and subnets separated by commas. */
function readTrustProxy(env: NodeJS.ProcessEnv): RateLimitConfig['trustProxy'] {
  const raw = env.PLENARY_TRUST_PROXY?.trim() ?? '';
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.find((entry) => {
    if (NAMED_PROXY_RANGES.has(entry)) return false;
    const [address = '', bits, ...rest] = entry.split('/');
    if (rest.length > 0 || !isIP(address)) return true;
    if (bits === undefined) return false;
    const max = isIP(address) === 4 ? 32 : 128;
    return !/^\d+$/.test(bits) || Number(bits) > max;
  });
  if (wrong !== undefined) {
    throw new ConfigError(
      'PLENARY_TRUST_PROXY',
      `must be false, true, a number of proxies, or addresses/subnets separated by commas (got "${wrong}")`,
    );
  }
  return entries;
}

export function readRateLimitConfig(env: NodeJS.ProcessEnv): RateLimitConfig {
  const day = 86_400;
  const limits: Limits = {
    signInPerAccount: readInteger(env, 'PLENARY_LIMIT_SIGNIN_ACCOUNT', 5, [1, 1000], 'of attempts'),
    signInFailuresPerAddress: readInteger(
      env,
      'PLENARY_LIMIT_SIGNIN_ADDRESS',
      30,
      [1, 1_000_000],
      'of failures',
    ),
    signInDelaySeconds: readInteger(
      env,
      'PLENARY_LIMIT_SIGNIN_DELAY_SECONDS',
      1,
      [1, 3600],
      'of seconds',
    ),
    signInMaxDelaySeconds: readInteger(
      env,
      'PLENARY_LIMIT_SIGNIN_MAX_DELAY_SECONDS',
      900,
      [1, day],
      'of seconds',
    ),
    signInWindowSeconds: readInteger(
      env,
      'PLENARY_LIMIT_SIGNIN_WINDOW_SECONDS',
      3600,
      [1, 7 * day],
      'of seconds',
    ),
    registrationsPerAddress: readInteger(
      env,
      'PLENARY_LIMIT_REGISTRATIONS',
      20,
      [1, 1_000_000],
      'of accounts',
    ),
    registrationWindowSeconds: readInteger(
      env,
      'PLENARY_LIMIT_REGISTRATIONS_WINDOW_SECONDS',
      3600,
      [1, 7 * day],
      'of seconds',
    ),
    socketsPerUser: readInteger(
      env,
      'PLENARY_LIMIT_SOCKETS_PER_USER',
      20,
      [1, 100_000],
      'of sockets',
    ),
    operationsPerUser: readInteger(
      env,
      'PLENARY_LIMIT_OPERATIONS',
      600,
      [1, 1_000_000_000],
      'of operations',
    ),
    operationWindowSeconds: readInteger(
      env,
      'PLENARY_LIMIT_OPERATIONS_WINDOW_SECONDS',
      60,
      [1, day],
      'of seconds',
    ),
    operationSyncMs: readInteger(
      env,
      'PLENARY_LIMIT_OPERATIONS_SYNC_MS',
      1000,
      [10, 60_000],
      'of milliseconds',
    ),
  };
  if (limits.signInMaxDelaySeconds < limits.signInDelaySeconds) {
    throw new ConfigError(
      'PLENARY_LIMIT_SIGNIN_MAX_DELAY_SECONDS',
      `must be at least PLENARY_LIMIT_SIGNIN_DELAY_SECONDS (${limits.signInDelaySeconds})`,
    );
  }
  return { trustProxy: readTrustProxy(env), limits };
}
