import { ConfigError } from './config.js';
import { readMetricsConfig } from './metrics-config.js';

describe('metrics configuration', () => {
  it('is on and open by default', () => {
    expect(readMetricsConfig({})).toEqual({
      metrics: { enabled: true, token: null, serverTiming: false },
    });
  });

  it('takes a token and can be turned off', () => {
    const token = 'a-long-enough-token';
    expect(readMetricsConfig({ PLENARY_METRICS_TOKEN: token })).toEqual({
      metrics: { enabled: true, token, serverTiming: false },
    });
    expect(readMetricsConfig({ PLENARY_METRICS: 'false' }).metrics.enabled).toBe(false);
  });

  it('refuses a short or spaced token and anything but true/false', () => {
    expect(() => readMetricsConfig({ PLENARY_METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => readMetricsConfig({ PLENARY_METRICS_TOKEN: 'has a space in it, long' })).toThrow(
      /PLENARY_METRICS_TOKEN/,
    );
    expect(() => readMetricsConfig({ PLENARY_METRICS: 'yes' })).toThrow(/PLENARY_METRICS/);
  });
});
