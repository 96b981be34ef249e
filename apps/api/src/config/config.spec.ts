import { describe, expect, it } from '@jest/globals';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'plenary-config-'));
const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const ed25519 = generateKeyPairSync('ed25519').privateKey;
const SIGNING_PEM = ed25519.export({ type: 'pkcs8', format: 'pem' }).toString();
const SIGNING_DER = ed25519.export({ type: 'pkcs8', format: 'der' }).toString('base64');
const EC_PEM = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const spkiBase64 = (key = generateKeyPairSync('ed25519').publicKey) =>
  key.export({ type: 'spki', format: 'der' }).toString('base64');

describe('configuration validated at start-up', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({ PLENARY_DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      logLevel: 'info',
      nodeEnv: 'development',
      demo: true,
      redisUrl: null,
    });
  });

  it('takes a Redis URL, with a password and a database number', () => {
    for (const url of ['redis://localhost:6379', 'rediss://:s3cret@cache.internal:6380/2']) {
      expect(loadConfig({ PLENARY_DATA_DIR: dataDir(), REDIS_URL: url }).redisUrl).toBe(url);
    }
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ PLENARY_OPERATOR_EMAILS: 'ops@example.org, not-an-email' }, 'PLENARY_OPERATOR_EMAILS'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ PLENARY_DEMO: 'maybe' }, 'PLENARY_DEMO'],
    [{ PLENARY_COMPILED_QUERIES: 'fast' }, 'PLENARY_COMPILED_QUERIES'],
    [{ PLENARY_NOTIFICATIONS_WORKER: 'no' }, 'PLENARY_NOTIFICATIONS_WORKER'],
    [{ PLENARY_PRESENCE_TTL_SECONDS: '1' }, 'PLENARY_PRESENCE_TTL_SECONDS'],
    [{ PLENARY_PRESENCE_TTL_SECONDS: 'soon' }, 'PLENARY_PRESENCE_TTL_SECONDS'],
    [{ PLENARY_READ_CACHE_ENTRIES: '-1' }, 'PLENARY_READ_CACHE_ENTRIES'],
    [{ PLENARY_READ_CACHE_ENTRIES: '1e9' }, 'PLENARY_READ_CACHE_ENTRIES'],
    [{ PLENARY_READ_CACHE_MB: '0' }, 'PLENARY_READ_CACHE_MB'],
    [{ PLENARY_READ_CACHE_MB: 'lots' }, 'PLENARY_READ_CACHE_MB'],
    [{ NODE_ENV: 'production', JWT_SECRET: SECRET }, 'PLENARY_SIGNING_KEY'],
    [{ PLENARY_SIGNING_KEY: 'not a key' }, 'PLENARY_SIGNING_KEY'],
    [{ PLENARY_SIGNING_KEY: EC_PEM }, 'PLENARY_SIGNING_KEY'],
    [{ PLENARY_CHECKPOINT_EVERY: '0' }, 'PLENARY_CHECKPOINT_EVERY'],
    [{ PLENARY_CHECKPOINT_EVERY: 'often' }, 'PLENARY_CHECKPOINT_EVERY'],
    [{ PLENARY_RETIRED_SIGNING_KEYS: 'AAAA' }, 'PLENARY_RETIRED_SIGNING_KEYS'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ REDIS_URL: 'redis://localhost:6379/plenary' }, 'REDIS_URL'],
    [{ REDIS_URL: 'redis://localhost:6379/16' }, 'REDIS_URL'],
    [{ REDIS_URL: 'redis://localhost:6379?db=1' }, 'REDIS_URL'],
    [{ SMTP_URL: 'mail.example.org:25' }, 'SMTP_URL'],
    [{ PLENARY_PUBLIC_URL: 'plenary.example.org' }, 'PLENARY_PUBLIC_URL'],
    [{ PLENARY_MAIL_FROM: 'Plenary' }, 'PLENARY_MAIL_FROM'],
    [{ PLENARY_DIGEST_HOUR: '24' }, 'PLENARY_DIGEST_HOUR'],
    [{ PLENARY_REMINDER_HOURS: '24,soon' }, 'PLENARY_REMINDER_HOURS'],
    [{ PLENARY_MAIL_LEASE_SECONDS: '0' }, 'PLENARY_MAIL_LEASE_SECONDS'],
    [{ DATABASE_DIRECT_URL: 'postgres://db:5432/plenary' }, 'DATABASE_DIRECT_URL'],
    [{ DATABASE_READ_URL: 'postgres://standby:5432/plenary' }, 'DATABASE_READ_URL'],
    [
      { DATABASE_URL: 'postgres://db/plenary', DATABASE_READ_URL: 'http://standby/plenary' },
      'DATABASE_READ_URL',
    ],
    [
      { DATABASE_URL: 'postgres://db/plenary', DATABASE_READ_URL: 'postgres://db/plenary' },
      'DATABASE_READ_URL',
    ],
    [{ PLENARY_DB_NAMED_STATEMENTS: 'sometimes' }, 'PLENARY_DB_NAMED_STATEMENTS'],
  ])('refuses %j with a one-line message naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig({ PLENARY_DATA_DIR: dataDir(), ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reads the notification settings, the public URL without its trailing slash', () => {
    const config = loadConfig({
      PLENARY_DATA_DIR: dataDir(),
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      PLENARY_PUBLIC_URL: 'https://plenary.example.org/',
      PLENARY_REMINDER_HOURS: '1, 48,24',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtps://user:pass@mail.example.org:465',
      publicUrl: 'https://plenary.example.org',
      reminderHours: [48, 24, 1],
      digestHourUtc: 7,
    });
    expect(loadConfig({ PLENARY_DATA_DIR: dataDir(), PORT: '4000' })).toMatchObject({
      smtpUrl: null,
      publicUrl: 'http://localhost:4000',
    });
  });

  it('sends session-bound connections to DATABASE_DIRECT_URL, unnamed statements to a pooler', () => {
    const pooled = loadConfig({
      PLENARY_DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://app@pgbouncer:6432/plenary',
      DATABASE_DIRECT_URL: 'postgres://app@db:5432/plenary',
      DATABASE_READ_URL: 'postgres://app@standby:5432/plenary',
    });
    expect(pooled.database).toMatchObject({
      directUrl: 'postgres://app@db:5432/plenary',
      readUrl: 'postgres://app@standby:5432/plenary',
      namedStatements: false,
    });
    expect(loadConfig({ PLENARY_DATA_DIR: dataDir() }).database).toMatchObject({
      directUrl: null,
      readUrl: null,
      namedStatements: true,
    });
    const newerBouncer = loadConfig({
      PLENARY_DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://app@pgbouncer:6432/plenary',
      DATABASE_DIRECT_URL: 'postgres://app@db:5432/plenary',
      PLENARY_DB_NAMED_STATEMENTS: 'true',
    });
    expect(newerBouncer.database.namedStatements).toBe(true);
  });

  it('reads the platform operators as lower-case emails, separated by commas or spaces', () => {
    const config = loadConfig({
      PLENARY_DATA_DIR: dataDir(),
      PLENARY_OPERATOR_EMAILS: ' Ops@Example.org,  second@example.org third@example.org ',
    });
    expect([...config.operatorEmails]).toEqual([
      'ops@example.org',
      'second@example.org',
      'third@example.org',
    ]);
    expect(loadConfig({ PLENARY_DATA_DIR: dataDir() }).operatorEmails.size).toBe(0);
  });

  it('generates a development JWT secret once and keeps it in the data directory', () => {
    const dir = dataDir();
    const first = loadConfig({ PLENARY_DATA_DIR: dir });
    const second = loadConfig({ PLENARY_DATA_DIR: dir });
    expect(first.jwtSecret).toHaveLength(64);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first.jwtSecret);
  });

  it('requires and uses JWT_SECRET in production', () => {
    const config = loadConfig({
      PLENARY_DATA_DIR: dataDir(),
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      PLENARY_SIGNING_KEY: SIGNING_PEM,
    });
    expect(config.jwtSecret).toBe(SECRET);
  });

  it('generates a development signing key once and keeps it, private, in the data directory', () => {
    const dir = dataDir();
    const first = loadConfig({ PLENARY_DATA_DIR: dir });
    const second = loadConfig({ PLENARY_DATA_DIR: dir });
    expect(first.signingKey.asymmetricKeyType).toBe('ed25519');
    expect(second.signingKey.equals(first.signingKey)).toBe(true);
    expect(statSync(join(dir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(first.checkpointEvery).toBe(50);
    expect(first.retiredSigningKeys).toEqual([]);
  });

  it('takes the signing key as PKCS#8 PEM (newlines escaped or not) or base64 DER', () => {
    const dir = dataDir();
    for (const key of [SIGNING_PEM, SIGNING_PEM.replace(/\n/g, '\\n'), SIGNING_DER]) {
      const config = loadConfig({ PLENARY_DATA_DIR: dir, PLENARY_SIGNING_KEY: key });
      expect(config.signingKey.equals(ed25519)).toBe(true);
    }
  });

  it('keeps retired public keys, PEM or base64 DER, and the checkpoint interval', () => {
    const retired = [generateKeyPairSync('ed25519').publicKey, createPublicKey(ed25519)];
    const config = loadConfig({
      PLENARY_DATA_DIR: dataDir(),
      PLENARY_RETIRED_SIGNING_KEYS: `${spkiBase64(retired[0])}, ${spkiBase64(retired[1])}`,
      PLENARY_CHECKPOINT_EVERY: '200',
    });
    expect(
      config.retiredSigningKeys.map((k, i) => retired[i] !== undefined && k.equals(retired[i])),
    ).toEqual([true, true]);
    expect(config.checkpointEvery).toBe(200);
    const pem = retired.map((k) => k.export({ type: 'spki', format: 'pem' })).join('');
    const fromPem = loadConfig({ PLENARY_DATA_DIR: dataDir(), PLENARY_RETIRED_SIGNING_KEYS: pem });
    expect(fromPem.retiredSigningKeys).toHaveLength(2);
  });
});
