import { ConfigError } from './config.js';
import { readBoolean } from './read-boolean.js';

/** Who may read `/metrics` (README, "Metrics and request ids"). */
export interface MetricsConfig {
  /**
   * With a token, `/metrics` answers only `Authorization: Bearer <token>`; without one it is open
   * (keep it off the public side of the proxy). `false`: no `/metrics` at all. `serverTiming`:
   * each HTTP answer says how long the API took to make it (`Server-Timing: app;dur=<ms>`).
   */
  metrics: { enabled: boolean; token: string | null; serverTiming: boolean };
}

export function readMetricsConfig(env: NodeJS.ProcessEnv): MetricsConfig {
  const enabled = readBoolean(env, 'PLENARY_METRICS', true);
  const token = env.PLENARY_METRICS_TOKEN?.trim() || null;
  if (token !== null && (token.length < 16 || !/^[\x21-\x7e]+$/.test(token))) {
    throw new ConfigError(
      'PLENARY_METRICS_TOKEN',
      'must be at least 16 printable characters without spaces',
    );
  }
  const serverTiming = readBoolean(env, 'PLENARY_SERVER_TIMING', false);
  return { metrics: { enabled, token, serverTiming } };
}
