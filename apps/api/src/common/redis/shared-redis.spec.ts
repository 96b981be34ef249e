import { describe, expect, it } from '@jest/globals';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';
import { graphqlCodeFor } from '../errors/graphql-error-code.js';
import { onRedis, redactedRedisUrl } from './shared-redis.js';

describe('Redis calls and the errors clients see', () => {
  it('turns a lost connection into SERVICE_UNAVAILABLE, as a database that does not answer', async () => {
    for (const message of [
      "Stream isn't writeable and enableOfflineQueue options is false",
      'Command timed out',
      'Connection is closed.',
    ]) {
      const refusal = await onRedis(() => Promise.reject(new Error(message))).catch(
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).code).toBe(DomainErrorCode.DATABASE_UNAVAILABLE);
      expect(graphqlCodeFor((refusal as DomainError).code)).toBe('SERVICE_UNAVAILABLE');
    }
  });

  it('keeps an error Redis answered (a script that fails is a bug, not an outage)', async () => {
    const reply = Object.assign(new Error('ERR user_script:1: bad'), { name: 'ReplyError' });
    await expect(onRedis(() => Promise.reject(reply))).rejects.toBe(reply);
  });

  it('hides the password of REDIS_URL in messages', () => {
    expect(redactedRedisUrl('redis://:hunter2@cache.internal:6379/1')).toBe(
      'redis://:***@cache.internal:6379/1',
    );
    expect(redactedRedisUrl('redis://localhost:6379')).toBe('redis://localhost:6379');
  });
});
