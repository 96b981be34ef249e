import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'plenary-config-'));
const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('configuration validated at start-up', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({ PLENARY_DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      logLevel: 'info',
      nodeEnv: 'development',
      demo: true,
    });
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
    [{ PLENARY_PRESENCE_TTL_SECONDS: '1' }, 'PLENARY_PRESENCE_TTL_SECONDS'],
    [{ PLENARY_PRESENCE_TTL_SECONDS: 'soon' }, 'PLENARY_PRESENCE_TTL_SECONDS'],
    [{ PLENARY_READ_CACHE_ENTRIES: '-1' }, 'PLENARY_READ_CACHE_ENTRIES'],
    [{ PLENARY_READ_CACHE_ENTRIES: '1e9' }, 'PLENARY_READ_CACHE_ENTRIES'],
    [{ PLENARY_READ_CACHE_MB: '0' }, 'PLENARY_READ_CACHE_MB'],
    [{ PLENARY_READ_CACHE_MB: 'lots' }, 'PLENARY_READ_CACHE_MB'],
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
    });
    expect(config.jwtSecret).toBe(SECRET);
  });
});
