import { ConfigError } from './config.js';

/** An integer setting within [min, max], or its default when unset: "must be an integer <unit> …". */
export function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  unit: string,
): number {
  const raw = env[name]?.trim() || String(fallback);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer ${unit} from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}
