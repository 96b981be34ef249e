// OpenTelemetry traces, loaded by main.ts only when OTEL_EXPORTER_OTLP_ENDPOINT (or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: without it none of this is imported, and a start
// pays nothing for it. It must run before the API's modules load, so that the instrumentations
// can wrap node:http, express, graphql and pg as they are imported.
import { register } from 'node:module';
import { beforeSignalExit } from './exit-hooks.js';

const TRACES_ENDPOINT = 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT';
const ENDPOINT = 'OTEL_EXPORTER_OTLP_ENDPOINT';

/** The configured endpoint, checked as loadConfig checks its settings (one line, exit 78). */
function endpointOrExit(): void {
  for (const name of [TRACES_ENDPOINT, ENDPOINT]) {
    const raw = process.env[name]?.trim();
    if (!raw) continue;
    let protocol = '';
    try {
      protocol = new URL(raw).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      process.stderr.write(
        `Invalid configuration: ${name} must be an http:// or https:// URL (got "${raw}")\n`,
      );
      process.exit(78);
    }
  }
}

export async function startTracing(): Promise<void> {
  endpointOrExit();
  // Only what the API asks for is sent: traces. The SDK's default would also push metrics and
  // logs over OTLP (Prometheus has the metrics, stdout the logs).
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  process.env.OTEL_SERVICE_NAME ??= 'plenary-api';
  // ES modules (NestJS, the API's own) are wrapped by import-in-the-middle's loader hook;
  // CommonJS ones (express, pg, graphql) by require-in-the-middle.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [
    { NodeSDK },
    { OTLPTraceExporter },
    { HttpInstrumentation },
    { ExpressInstrumentation, ExpressLayerType },
    { GraphQLInstrumentation },
    { PgInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
  ]);
  const sdk = new NodeSDK({
    // OTLP over HTTP with JSON bodies, to OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces (or the
    // traces endpoint as given); headers from OTEL_EXPORTER_OTLP_HEADERS.
    traceExporter: new OTLPTraceExporter(),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would be most of the traces, and say nothing.
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)\b/i.test(request.url ?? ''),
        // The request id (assignRequestId, what the logs and GraphQL errors carry) on the
        // request's span, read when it ends: a user's report leads to the trace too.
        applyCustomAttributesOnSpan: (span, request) => {
          const id = (request as { id?: unknown }).id;
          if (typeof id === 'string') span.setAttribute('plenary.request_id', id);
        },
      }),
      // The routes' handlers; a span for each middleware of every request would be noise.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // One span per operation (parse, validate, execute), not one per resolved field.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true, depth: 0 }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  // Spans still buffered (up to OTEL_BSP_SCHEDULE_DELAY, 5 s of them) are sent before the
  // process exits: by itself, or on a signal once the API has closed (start.ts's stop).
  process.once('beforeExit', () => void sdk.shutdown());
  beforeSignalExit(() => sdk.shutdown());
}
