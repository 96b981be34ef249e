/**
 * How long each phase of a start took, in ms, for the "Plenary is ready" log line: a slow start
 * shows where its time went (loading modules, the embedded PostgreSQL, migrations, Nest, …).
 */
export class StartPhases {
  private readonly ms: Record<string, number> = {};

  /** Node's start-up and the loading of every module: the time from the process start to now. */
  modulesLoaded(): void {
    this.ms.modules = Math.round(performance.now());
  }

  async measure<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.ms[phase] = Math.round(performance.now() - started);
    }
  }

  /** The phases in the order they ran, and the whole start since the process began. */
  summary(): Record<string, number> {
    return { ...this.ms, total: Math.round(performance.now()) };
  }
}
