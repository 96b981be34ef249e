/**
 * Work an instance does on a timer (votes past their deadline, notifications, mail): never two
 * runs at once, a run's failure reported and retried at the next tick, and `stop` waiting for the
 * run under way so the app closes only once it is done.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private halted = false;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Runs every `everyMs` (a tick while a run is under way is skipped); the timer keeps no process alive. */
  start(everyMs: number): void {
    this.timer = setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
  }

  /** Starts a run unless one is under way; resolves when that run ends. */
  tick(): Promise<void> {
    if (this.halted) return Promise.resolve();
    return (this.running ??= this.work()
      .then(() => undefined)
      .catch(this.failed)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.tick();
        }
      }));
  }

  /** Runs now, or once more after the run under way (something new is due). */
  kick(): void {
    if (this.running) this.again = true;
    else void this.tick();
  }

  /** Once stopping: a long run may end early. */
  get stopped(): boolean {
    return this.halted;
  }

  async stop(): Promise<void> {
    this.halted = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
