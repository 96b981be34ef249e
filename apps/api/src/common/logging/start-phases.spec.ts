import { describe, expect, it } from '@jest/globals';
import { StartPhases } from './start-phases.js';

describe('StartPhases', () => {
  it('lists the phases in the order they ran, then the total since the process began', async () => {
    const phases = new StartPhases();
    phases.modulesLoaded();
    await phases.measure('database', () => Promise.resolve('url'));
    await phases.measure('listen', () => Promise.resolve());
    const summary = phases.summary();
    expect(Object.keys(summary)).toEqual(['modules', 'database', 'listen', 'total']);
    for (const ms of Object.values(summary)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(summary.total).toBeGreaterThanOrEqual(summary.modules ?? Infinity);
  });

  it('gives back what the phase made, and records a phase that failed', async () => {
    const phases = new StartPhases();
    await expect(phases.measure('migrations', () => Promise.resolve(3))).resolves.toBe(3);
    await expect(
      phases.measure('nest', () => Promise.reject(new Error('no database'))),
    ).rejects.toThrow('no database');
    expect(Object.keys(phases.summary())).toEqual(['migrations', 'nest', 'total']);
  });
});
