import { jest } from '@jest/globals';
import { PeriodicJob } from './periodic-job.js';

describe('PeriodicJob', () => {
  afterEach(() => jest.useRealTimers());

  it('never runs twice at once; a kick during a run runs once more after it', async () => {
    let release: () => void = () => undefined;
    const runs: string[] = [];
    const job = new PeriodicJob(
      () =>
        new Promise<void>((resolve) => {
          runs.push('start');
          release = () => {
            runs.push('end');
            resolve();
          };
        }),
      () => undefined,
    );
    const first = job.tick();
    void job.tick(); // skipped: a run is under way
    job.kick();
    job.kick(); // one more run, not two
    release();
    await first;
    await Promise.resolve();
    release();
    await job.stop();
    expect(runs).toEqual(['start', 'end', 'start', 'end']);
  });

  it('reports a failed run and runs again at the next tick', async () => {
    jest.useFakeTimers();
    const failures: unknown[] = [];
    let calls = 0;
    const job = new PeriodicJob(
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('database away')) : Promise.resolve();
      },
      (error) => failures.push(error),
    );
    job.start(1000);
    await jest.advanceTimersByTimeAsync(1000);
    await jest.advanceTimersByTimeAsync(1000);
    await job.stop();
    expect(calls).toBe(2);
    expect(failures).toEqual([new Error('database away')]);
  });

  it('runs nothing once stopped', async () => {
    const work = jest.fn(() => Promise.resolve());
    const job = new PeriodicJob(work, () => undefined);
    await job.stop();
    await job.tick();
    job.kick();
    expect(work).not.toHaveBeenCalled();
  });
});
