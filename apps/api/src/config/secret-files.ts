import { readFileSync } from 'node:fs';
import { ConfigError } from './config.js';

/** Settings that are secrets: each may come from a file named by `<NAME>_FILE` (Docker secrets). */
export const SECRET_SETTINGS = [
  'JWT_SECRET',
  'PLENARY_SIGNING_KEY',
  'DATABASE_URL',
  'DATABASE_DIRECT_URL',
  'DATABASE_READ_URL',
  'PLENARY_METRICS_TOKEN',
  'SMTP_URL',
  'REDIS_URL',
] as const;

/**
 * The environment with every `<NAME>_FILE` read into `<NAME>` (its content, without the final
 * line break). Giving both, or a file that cannot be read, stops the start with the name.
 */
export function withSecretFiles(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const resolved = { ...env };
  for (const name of SECRET_SETTINGS) {
    const file = env[`${name}_FILE`]?.trim();
    if (!file) continue;
    if (env[name] !== undefined && env[name] !== '') {
      throw new ConfigError(`${name}_FILE`, `and ${name} are both set: keep one`);
    }
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new ConfigError(`${name}_FILE`, `names a file that cannot be read (${code}: ${file})`);
    }
  }
  return resolved;
}
