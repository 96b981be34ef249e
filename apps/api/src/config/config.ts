import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseConfig, readDatabaseConfig, readPostgresUrl } from './database-config.js';
import { readBoolean } from './read-boolean.js';
import { readMetricsConfig, type MetricsConfig } from './metrics-config.js';
import { type NotificationConfig, readNotificationConfig } from './notification-config.js';
import { readRateLimitConfig, type RateLimitConfig } from './rate-limit-config.js';
import { readRedisConfig, type RedisConfig } from './redis-config.js';
import { withSecretFiles } from './secret-files.js';
import { readSigningConfig, type SigningConfig } from './signing-key-config.js';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Validated configuration; every field comes from the environment (see README). */
export interface AppConfig
  extends
    SigningConfig,
    RateLimitConfig,
    MetricsConfig,
    DatabaseConfig,
    NotificationConfig,
    RedisConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  demo: boolean;
  /** How often each instance looks for votes past their deadline. */
  deadlinePollMs: number;
  /** Presence entries of a dead instance disappear after this long (live ones are refreshed). */
  presenceTtlSeconds: number;
  /** Accord reads kept for unchanged accords (0 turns the cache off). */
  readCacheEntries: number;
  /** …and the most JSON they may add up to, in bytes. */
  readCacheBytes: number;
  /** Queries run as compiled JavaScript (graphql-jit); off: every operation by graphql-js. */
  compiledQueries: boolean;
  /** Platform operators by email (lower case): they verify organizations and name others. */
  operatorEmails: ReadonlySet<string>;
}

/** A wrong setting: the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function readPort(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT ?? '3000';
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('PORT', `must be an integer between 0 and 65535 (got "${raw}")`);
  }
  return Number(raw);
}

function readJwtSecret(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    return raw;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  }
  // Development: generate once and keep it, so tokens survive restarts.
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readOperatorEmails(env: NodeJS.ProcessEnv): ReadonlySet<string> {
  const raw = env.PLENARY_OPERATOR_EMAILS ?? '';
  const emails = raw
    .split(/[\s,]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const wrong = emails.find((e) => !EMAIL.test(e) || e.length > 254);
  if (wrong !== undefined) {
    throw new ConfigError(
      'PLENARY_OPERATOR_EMAILS',
      `must be email addresses separated by commas (got "${wrong}")`,
    );
  }
  return new Set(emails);
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = withSecretFiles(environment);
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!NODE_ENVS.includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be one of ${NODE_ENVS.join(', ')} (got "${nodeEnv}")`);
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`,
    );
  }
  const dataDirRaw = env.PLENARY_DATA_DIR?.trim() || join(REPO_ROOT, '.plenary');
  const dataDir = resolve(dataDirRaw);
  const ttlRaw = env.JWT_TTL_SECONDS ?? '43200';
  if (!/^\d+$/.test(ttlRaw) || Number(ttlRaw) < 60) {
    throw new ConfigError('JWT_TTL_SECONDS', 'must be an integer number of seconds ≥ 60');
  }
  const pollRaw = env.PLENARY_DEADLINE_POLL_MS ?? '1000';
  if (!/^\d+$/.test(pollRaw) || Number(pollRaw) < 50) {
    throw new ConfigError(
      'PLENARY_DEADLINE_POLL_MS',
      'must be an integer number of milliseconds ≥ 50',
    );
  }
  const presenceTtlRaw = env.PLENARY_PRESENCE_TTL_SECONDS ?? '30';
  const presenceTtl = Number(presenceTtlRaw);
  if (!/^\d+$/.test(presenceTtlRaw) || presenceTtl < 2 || presenceTtl > 3600) {
    throw new ConfigError(
      'PLENARY_PRESENCE_TTL_SECONDS',
      'must be an integer number of seconds from 2 to 3600',
    );
  }
  const cacheRaw = env.PLENARY_READ_CACHE_ENTRIES ?? '500';
  if (!/^\d+$/.test(cacheRaw) || Number(cacheRaw) > 100_000) {
    throw new ConfigError(
      'PLENARY_READ_CACHE_ENTRIES',
      'must be an integer from 0 (no cache) to 100000',
    );
  }
  const cacheMbRaw = env.PLENARY_READ_CACHE_MB ?? '32';
  if (!/^\d+$/.test(cacheMbRaw) || Number(cacheMbRaw) < 1 || Number(cacheMbRaw) > 4096) {
    throw new ConfigError(
      'PLENARY_READ_CACHE_MB',
      'must be an integer number of megabytes from 1 to 4096',
    );
  }
  const port = readPort(env);
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl: readPostgresUrl(env, 'DATABASE_URL'),
    dataDir,
    jwtSecret: readJwtSecret(env, nodeEnv, dataDir),
    jwtTtlSeconds: Number(ttlRaw),
    logLevel,
    nodeEnv,
    demo: readBoolean(env, 'PLENARY_DEMO', true),
    deadlinePollMs: Number(pollRaw),
    presenceTtlSeconds: presenceTtl,
    readCacheEntries: Number(cacheRaw),
    readCacheBytes: Number(cacheMbRaw) * 1024 * 1024,
    compiledQueries: readBoolean(env, 'PLENARY_COMPILED_QUERIES', true),
    operatorEmails: readOperatorEmails(env),
    ...readSigningConfig(env, nodeEnv, dataDir),
    ...readRateLimitConfig(env),
    ...readMetricsConfig(env),
    ...readDatabaseConfig(env),
    ...readRedisConfig(env),
    ...readNotificationConfig(env, port),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
