import { jest } from '@jest/globals';
import { DueTimer } from './due-timer.js';

const MINUTE = 60_000;

describe('DueTimer', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** A timer whose work records when it ran and plans what `plan` says. */
  function timer(plan: (now: Date) => Date | null, maxSleepMs = 10 * MINUTE) {
    const runs: string[] = [];
    const due = new DueTimer(
      (now) => {
        runs.push(now.toISOString().slice(11, 16));
        return Promise.resolve(plan(now));
      },
      () => undefined,
      maxSleepMs,
    );
    return { due, runs };
  }

  it('runs at start, then sleeps until the moment the run planned, not before', async () => {
    const at1040 = new Date('2026-12-03T10:40:00Z');
    const { due, runs } = timer((now) => (now < at1040 ? at1040 : null), 60 * MINUTE);
    due.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['10:00']);
    await jest.advanceTimersByTimeAsync(39 * MINUTE);
    expect(runs).toEqual(['10:00']);
    await jest.advanceTimersByTimeAsync(MINUTE);
    expect(runs).toEqual(['10:00', '10:40']);
    await due.stop();
  });

  it('sleeps no longer than its safety limit when nothing is planned', async () => {
    const { due, runs } = timer(() => null, 10 * MINUTE);
    due.start();
    await jest.advanceTimersByTimeAsync(25 * MINUTE);
    expect(runs).toEqual(['10:00', '10:10', '10:20']);
    await due.stop();
  });

  it('runs at once when woken, and plans again from that run', async () => {
    let planned: Date | null = null;
    const { due, runs } = timer(() => planned, 60 * MINUTE);
    due.start();
    await jest.advanceTimersByTimeAsync(5 * MINUTE);
    planned = new Date('2026-12-03T10:07:00Z');
    due.wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toEqual(['10:00', '10:05']);
    await jest.advanceTimersByTimeAsync(2 * MINUTE);
    expect(runs).toEqual(['10:00', '10:05', '10:07']);
    await due.stop();
  });

  it('runs nothing more once stopped', async () => {
    const { due, runs } = timer(() => null, MINUTE);
    due.start();
    await jest.advanceTimersByTimeAsync(0);
    await due.stop();
    await jest.advanceTimersByTimeAsync(10 * MINUTE);
    expect(runs).toEqual(['10:00']);
  });
});
