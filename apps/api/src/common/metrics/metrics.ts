import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a cached read (~1 ms) to a slow export (~10 s). */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names are the client's to choose: a few hundred distinct ones, then "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

let processMetrics: Registry | null = null;

/**
 * Node's own metrics (CPU, memory, heap spaces, event-loop delay, open handles, GC), once per
 * process: each collection adds a GC observer and an event-loop monitor that live as long as the
 * process, so one per API instance would pile up where tests start hundreds in one process.
 */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: 'plenary_' });
  }
  return processMetrics;
}

/**
 * The API's Prometheus metrics, one registry per API instance (tests run several in one
 * process). Features report what only they see through the methods below; nothing here knows
 * about a feature. Labels are bounded: routes are a short fixed list and operation names are
 * capped, so no client can grow the registry without limit.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly httpRequests = new Counter({
    name: 'plenary_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'plenary_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: 'plenary_graphql_operations_total',
    help: 'GraphQL operations, by operation name, type and outcome (ok or the error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly operationDuration = new Histogram({
    name: 'plenary_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to its answer, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly deliveryLag = new Histogram({
    name: 'plenary_event_delivery_lag_seconds',
    help: 'From an event appended to the accord log to its emission to the sockets of this instance',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Prometheus' text: this instance's metrics, then the process's own. */
  async text(): Promise<string> {
    return `${await this.registry.metrics()}\n${await processRegistry().metrics()}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  observeOperation(name: string | null, type: string, outcome: string, seconds: number): void {
    const operation = this.operationLabel(name);
    this.operations.inc({ operation, type, outcome });
    this.operationDuration.observe({ operation, type }, seconds);
  }

  observeDeliveryLag(seconds: number): void {
    this.deliveryLag.observe(Math.max(seconds, 0));
  }

  /** A gauge read when scraped (sockets connected, pool in use…). */
  gaugeFrom(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** A counter kept elsewhere (the read cache's hits): exported as it stands when scraped. */
  counterFrom(name: string, help: string, read: () => number): void {
    let reported = 0;
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        const now = read();
        if (now > reported) this.inc(now - reported);
        reported = Math.max(reported, now);
      },
    });
  }

  private operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
