/** What the supervisor says about the database process (readiness asks it). */
export type DatabaseProcessState = 'running' | 'restarting' | 'stopped';

export interface PostmasterExit {
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The one PostgreSQL server process the API owns (see embedded-postgres.ts). */
export interface Postmaster {
  /** Calls `listener` once, when the running postmaster exits (also when we stop it). */
  onExit(listener: (exit: PostmasterExit) => void): void;
  /** Clears what a dead postmaster left behind, starts a new one, resolves once it accepts connections. */
  restart(): Promise<void>;
  /** Stops the running postmaster, if any. */
  stop(): Promise<void>;
}

export interface SupervisorLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface SupervisorOptions {
  /** Wait before the first restart attempt; doubled after each failed one… */
  firstDelayMs?: number;
  /** …up to this. */
  maxDelayMs?: number;
  /** A postmaster that ran this long before dying starts the back-off over. */
  stableAfterMs?: number;
}

/**
 * Keeps the embedded PostgreSQL running: when its postmaster dies (a crash, the OOM killer, a
 * kill -9), it is started again with exponential back-off, and PostgreSQL's crash recovery
 * replays the WAL so that every committed transaction is there. The API stays up meanwhile;
 * its pools reconnect on their own, and readiness reports the database down until it is back.
 */
export class PostgresSupervisor {
  private current: DatabaseProcessState = 'running';
  private stopping = false;
  /** Deaths and failed starts since the postmaster last ran for `stableAfterMs`. */
  private failures = 0;
  private startedAt = Date.now();
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private attempt: Promise<unknown> | null = null;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly stableAfterMs: number;

  constructor(
    private readonly postmaster: Postmaster,
    private readonly log: SupervisorLog,
    options: SupervisorOptions = {},
  ) {
    this.firstDelayMs = options.firstDelayMs ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    this.stableAfterMs = options.stableAfterMs ?? 60_000;
    this.watch();
  }

  get state(): DatabaseProcessState {
    return this.current;
  }

  /** Stops supervising, then stops PostgreSQL (waiting for a restart under way to settle). */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.current = 'stopped';
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.postmaster.stop();
    // A start that was spawning when we stopped: let it finish, then stop what it started.
    await this.attempt?.catch(() => undefined);
    await this.postmaster.stop();
  }

  private watch(): void {
    this.postmaster.onExit((exit) => void this.died(exit));
  }

  private async died(exit: PostmasterExit): Promise<void> {
    if (this.stopping) return;
    this.current = 'restarting';
    if (Date.now() - this.startedAt >= this.stableAfterMs) this.failures = 0;
    this.log.error(
      { postmasterPid: exit.pid, code: exit.code, signal: exit.signal },
      'the embedded PostgreSQL exited; restarting it',
    );
    for (;;) {
      this.failures++;
      const delayMs = Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** (this.failures - 1));
      this.log.warn({ attempt: this.failures, delayMs }, 'restarting the embedded PostgreSQL');
      await this.pause(delayMs);
      if (this.stopping) return;
      this.attempt = this.postmaster.restart();
      try {
        await this.attempt;
      } catch (error) {
        if (this.stopping) return;
        this.log.warn(
          { attempt: this.failures, err: error },
          'the embedded PostgreSQL did not start',
        );
        continue;
      } finally {
        this.attempt = null;
      }
      if (this.stopping) return; // stop() stops what was just started
      this.current = 'running';
      this.startedAt = Date.now();
      this.log.warn({ attempt: this.failures }, 'the embedded PostgreSQL is running again');
      this.watch();
      return;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = () => resolve();
      this.timer = setTimeout(resolve, ms);
    }).finally(() => {
      this.wake = null;
      this.timer = null;
    });
  }
}
