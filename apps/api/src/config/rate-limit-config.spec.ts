import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './config.js';
import { readRateLimitConfig } from './rate-limit-config.js';

describe('limits and trusted proxies from the environment', () => {
  it('has defaults fit for a deployment', () => {
    expect(readRateLimitConfig({})).toEqual({
      trustProxy: false,
      limits: {
        signInPerAccount: 5,
        signInFailuresPerAddress: 30,
        signInDelaySeconds: 1,
        signInMaxDelaySeconds: 900,
        signInWindowSeconds: 3600,
        registrationsPerAddress: 20,
        registrationWindowSeconds: 3600,
        socketsPerUser: 20,
        operationsPerUser: 600,
        operationWindowSeconds: 60,
        operationSyncMs: 1000,
      },
    });
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8 ,2001:db8::/32', ['loopback', '10.0.0.0/8', '2001:db8::/32']],
  ])('reads PLENARY_TRUST_PROXY=%j', (raw, expected) => {
    expect(readRateLimitConfig({ PLENARY_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PLENARY_TRUST_PROXY: 'my-proxy' }, 'PLENARY_TRUST_PROXY'],
    [{ PLENARY_TRUST_PROXY: '10.0.0.0/33' }, 'PLENARY_TRUST_PROXY'],
    [{ PLENARY_LIMIT_SIGNIN_ACCOUNT: '0' }, 'PLENARY_LIMIT_SIGNIN_ACCOUNT'],
    [{ PLENARY_LIMIT_OPERATIONS: 'lots' }, 'PLENARY_LIMIT_OPERATIONS'],
    [{ PLENARY_LIMIT_SOCKETS_PER_USER: '-1' }, 'PLENARY_LIMIT_SOCKETS_PER_USER'],
    [
      { PLENARY_LIMIT_SIGNIN_DELAY_SECONDS: '10', PLENARY_LIMIT_SIGNIN_MAX_DELAY_SECONDS: '5' },
      'PLENARY_LIMIT_SIGNIN_MAX_DELAY_SECONDS',
    ],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => readRateLimitConfig(env)).toThrow(ConfigError);
    expect(() => readRateLimitConfig(env)).toThrow(variable);
  });
});
