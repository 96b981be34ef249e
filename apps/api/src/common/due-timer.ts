import { PeriodicJob } from './periodic-job.js';

/** setTimeout's longest delay; a later moment is reached in steps. */
const LONGEST_TIMEOUT_MS = 2_147_483_647;

/**
 * Work that knows when it is next due: each run returns that moment (null: nothing planned), and
 * the timer sleeps until then — or `maxSleepMs` at most, a safety net for what changed without
 * waking it. `wake()` runs it now (something that changes the plan happened). Never two runs at
 * once; a failed run is retried after `maxSleepMs`.
 */
export class DueTimer {
  private timer: NodeJS.Timeout | null = null;
  private readonly job: PeriodicJob;

  constructor(
    run: (now: Date) => Promise<Date | null>,
    failed: (error: unknown) => void,
    private readonly maxSleepMs: number,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.job = new PeriodicJob(async () => {
      const now = this.clock();
      let next: Date | null = null;
      try {
        next = await run(now);
      } finally {
        this.sleepUntil(now, next);
      }
    }, failed);
  }

  /** Runs now, then as it plans. */
  start(): void {
    this.job.kick();
  }

  /** Runs now (or once more after the run under way). */
  wake(): void {
    this.job.kick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.job.stop();
    if (this.timer) clearTimeout(this.timer);
  }

  private sleepUntil(now: Date, next: Date | null): void {
    if (this.job.stopped) return;
    const due = next ? Math.max(0, next.getTime() - now.getTime()) : Infinity;
    const delay = Math.min(due, this.maxSleepMs, LONGEST_TIMEOUT_MS);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.job.kick();
    }, delay);
    this.timer.unref();
  }
}
