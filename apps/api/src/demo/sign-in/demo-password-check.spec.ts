import { describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../demo-content.js';
import { demoPasswordCheck } from './sign-in-as-demo-delegate.usecase.js';

describe('demoPasswordCheck', () => {
  const counting = (answer: (hash: string) => boolean | Error) => {
    const calls: string[] = [];
    const verify = (hash: string, password: string) => {
      calls.push(`${hash}:${password === DEMO_PASSWORD}`);
      const result = answer(hash);
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    };
    return { calls, verify };
  };

  it('verifies each hash once, however many sign-ins (concurrent ones too) ask', async () => {
    const { calls, verify } = counting((hash) => hash === 'demo-hash');
    const opens = demoPasswordCheck(verify);
    const answers = await Promise.all([
      opens('demo-hash'),
      opens('demo-hash'),
      opens('own-hash'),
      opens('own-hash'),
    ]);
    expect(answers).toEqual([true, true, false, false]);
    expect(await opens('demo-hash')).toBe(true);
    expect(calls).toEqual(['demo-hash:true', 'own-hash:true']);
  });

  it('asks again after a failure, and forgets the oldest hash beyond its bound', async () => {
    let broken = true;
    const { calls, verify } = counting(() => (broken ? new Error('argon2 failed') : true));
    const opens = demoPasswordCheck(verify, 2);
    await expect(opens('a')).rejects.toThrow('argon2 failed');
    broken = false;
    expect(await opens('a')).toBe(true);
    await opens('b');
    await opens('c');
    await opens('a');
    expect(calls).toEqual(['a:true', 'a:true', 'b:true', 'c:true', 'a:true']);
  });
});
