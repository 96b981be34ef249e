import { matchesStale, type StaleQuery } from './accord-events';

/** What the scheduler needs of an active Apollo query. */
export interface RefetchableQuery {
  queryName?: string;
  variables?: Record<string, unknown>;
  refetch(): Promise<unknown>;
}

/**
 * Fetches again what live events made stale: once for a burst of events, and again for a
 * refetch an event overtook. A refetch answers with what the server read when the request
 * reached it; an event applied to the cache while the answer is on its way could be undone by
 * that older answer, so such a refetch is made once more when it is in (the second request
 * leaves after the event was committed, so it includes it). Only an event that changed what the
 * refetched query shows overtakes it: with many delegates events come every few milliseconds,
 * and a refetch made again for every unrelated ballot or comment would never settle.
 */
export class StaleRefetches {
  private stale: StaleQuery[] = [];
  private everything = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly inFlight = new Map<RefetchableQuery, { overtaken: boolean }>();
  private closed = false;

  constructor(
    private readonly activeQueries: () => Iterable<RefetchableQuery>,
    private readonly burstMs: number,
  ) {}

  /** The queries showing `query`'s entity are stale: fetch them at the end of the burst. */
  refetch(query: StaleQuery): void {
    this.stale.push(query);
    this.soon();
  }

  /** Every query on screen is stale (a gap in the log, a renumbered text). */
  refetchEverything(): void {
    this.everything = true;
    this.soon();
  }

  /**
   * An event was written into the cache: refetches on their way may answer with less. `changed`:
   * the queries whose data it changed (Apollo's watchers the cache notified); all when absent.
   */
  eventApplied(changed?: ReadonlySet<unknown>): void {
    for (const [query, flight] of this.inFlight)
      if (!changed || changed.has(query)) flight.overtaken = true;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private soon(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const [all, wanted] = [this.everything, this.stale];
      [this.everything, this.stale] = [false, []];
      for (const query of this.activeQueries())
        if (all || matchesStale(wanted, query.queryName, query.variables)) this.now(query);
    }, this.burstMs);
  }

  private now(query: RefetchableQuery): void {
    const flight = { overtaken: false };
    this.inFlight.set(query, flight);
    void query
      .refetch()
      .catch(() => undefined)
      .finally(() => {
        if (this.inFlight.get(query) === flight) this.inFlight.delete(query);
        if (flight.overtaken && !this.closed) this.now(query);
      });
  }
}
