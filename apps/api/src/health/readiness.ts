import type { DatabaseProcessState } from '../database/postgres-supervisor.js';

/** The demo's part in readiness: `none` when this process loads no demo. */
export type DemoLoading = 'none' | 'loading' | 'loaded' | 'skipped' | 'failed';

/**
 * What `/health/ready` waits for besides a database that answers, told by whoever does it:
 * createApi (migrations), start.ts (the demo, played through the HTTP API after listen) and the
 * supervisor of the embedded PostgreSQL. One per process.
 */
export class Readiness {
  private migrated = false;
  private demoState: DemoLoading = 'none';
  private databaseProcess: { readonly state: DatabaseProcessState } | null = null;

  migrationsDone(): void {
    this.migrated = true;
  }

  /** Said before listening, so that no probe finds the API ready before the demo is there. */
  demoLoading(): void {
    this.demoState = 'loading';
  }

  /** Loaded; or skipped, the database not being empty; or failed: the platform runs without it. */
  demoFinished(outcome: 'loaded' | 'skipped' | 'failed'): void {
    this.demoState = outcome;
  }

  superviseDatabase(supervisor: { readonly state: DatabaseProcessState }): void {
    this.databaseProcess = supervisor;
  }

  get migrations(): boolean {
    return this.migrated;
  }

  get demo(): DemoLoading {
    return this.demoState;
  }

  get demoDone(): boolean {
    return this.demoState !== 'loading';
  }

  /** The embedded PostgreSQL's process, or null with an external DATABASE_URL. */
  get databaseProcessState(): DatabaseProcessState | null {
    return this.databaseProcess?.state ?? null;
  }
}
