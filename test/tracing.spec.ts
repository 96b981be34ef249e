import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Given, type TestUser } from '../apps/api/test/support/factories.js';
import { eventually } from '../apps/api/test/support/socket-client.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { PlenaryProcess } from './support/plenary-process.js';

const API_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'api', 'dist');

/** A span as OTLP/HTTP's JSON encoding carries it. */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
interface OtlpTraces {
  resourceSpans?: {
    resource?: { attributes?: OtlpSpan['attributes'] };
    scopeSpans?: { scope?: { name?: string }; spans?: OtlpSpan[] }[];
  }[];
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

/**
 * An OpenTelemetry collector's OTLP/HTTP receiver, in this process: it keeps every span posted
 * to /v1/traces (the exporter's JSON encoding) and every path anything was posted to.
 */
class OtlpReceiver {
  readonly spans: (OtlpSpan & { scope: string; service: string })[] = [];
  readonly paths: string[] = [];
  private constructor(private readonly server: Server) {}

  static start(): Promise<OtlpReceiver> {
    const receiver: OtlpReceiver = new OtlpReceiver(
      createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          receiver.paths.push(req.url ?? '');
          if (req.url === '/v1/traces' && req.headers['content-type'] === 'application/json') {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
            for (const resource of body.resourceSpans ?? []) {
              const service = resource.resource?.attributes?.find((a) => a.key === 'service.name')
                ?.value.stringValue;
              for (const scope of resource.scopeSpans ?? [])
                for (const span of scope.spans ?? [])
                  receiver.spans.push({
                    ...span,
                    scope: scope.scope?.name ?? '',
                    service: service ?? '',
                  });
            }
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      }),
    );
    return new Promise((resolve) =>
      receiver.server.listen(0, '127.0.0.1', () => resolve(receiver)),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('OpenTelemetry traces to an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let receiver: OtlpReceiver;
  let plenary: PlenaryProcess;
  let delegate: TestUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await OtlpReceiver.start();
    plenary = await PlenaryProcess.start({
      DATABASE_URL: database.url,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    await plenary.started();
    delegate = await new Given(plenary).user('Traced delegate');
  }, 300_000);
  afterAll(async () => {
    await plenary?.stop();
    await receiver?.close();
    await database?.drop();
  });

  it('sends the spans of a GraphQL operation — HTTP, GraphQL, SQL — in one trace that carries the request id', async () => {
    const response = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${delegate.token}`,
        'x-request-id': 'traced-request-17',
      },
      body: JSON.stringify({ query: 'query WhoAmI { me { id displayName } }' }),
    });
    expect(await response.json()).toEqual({
      data: { me: { id: delegate.id, displayName: 'Traced delegate' } },
    });

    const [server] = await eventually(
      () =>
        receiver.spans.filter((s) => attribute(s, 'plenary.request_id') === 'traced-request-17'),
      (spans) => spans.length > 0,
      'the request’s span, with its id',
    );
    const ofTrace = () => receiver.spans.filter((s) => s.traceId === server?.traceId);
    const trace = await eventually(
      ofTrace,
      (spans) =>
        spans.some((s) => s.scope.includes('graphql') && /WhoAmI/.test(s.name)) &&
        spans.some(
          (s) => s.scope.includes('pg') && attribute(s, 'db.system.name') === 'postgresql',
        ),
      'the operation’s GraphQL and SQL spans in the same trace',
    );
    expect(server).toMatchObject({
      scope: expect.stringContaining('http'),
      service: 'plenary-api',
    });
    // The GraphQL and SQL spans descend from the request's.
    expect(trace.filter((s) => s.spanId !== server?.spanId).every((s) => s.parentSpanId)).toBe(
      true,
    );
    // Only traces were sent, and only to the configured endpoint (nothing else was contacted:
    // the resource detectors are local, metrics and logs stay off OTLP).
    expect(new Set(receiver.paths)).toEqual(new Set(['/v1/traces']));
  });

  it('leaves probes and scrapes out of the traces', async () => {
    await fetch(`${plenary.url}/health/ready`);
    await fetch(`${plenary.url}/metrics`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const paths = receiver.spans.map((s) => String(attribute(s, 'url.path') ?? ''));
    expect(paths).toContain('/graphql');
    expect(paths.filter((path) => /health|metrics/.test(path))).toEqual([]);
  });

  it('sends the spans still buffered when it is stopped by a signal', async () => {
    // Batches go out every 10 minutes: only the flush at the stop can send this request's spans.
    const stopped = await PlenaryProcess.start({
      DATABASE_URL: database.url,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    });
    try {
      await stopped.started();
      const response = await fetch(`${stopped.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'sent-at-stop-17' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
    } finally {
      await stopped.stop();
    }
    expect(
      receiver.spans.filter((s) => attribute(s, 'plenary.request_id') === 'sent-at-stop-17'),
    ).not.toEqual([]);
  });

  it('refuses an endpoint that is not an http(s) URL, in one line', async () => {
    const wrong = await PlenaryProcess.start({
      DATABASE_URL: database.url,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    });
    try {
      await expect(wrong.started()).rejects.toThrow(
        'Invalid configuration: OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL (got "collector:4318")',
      );
    } finally {
      await wrong.stop();
    }
  });

  it('is not loaded without an endpoint: the bundle an ordinary start runs holds none of the SDK', () => {
    const bundle = readFileSync(join(API_DIST, 'bundle', 'start.js'), 'utf8');
    expect(bundle).toContain('AccordWrite'); // the API is in it…
    expect(bundle).not.toContain('NodeSDK'); // …the SDK (main.ts imports it only with an endpoint) is not
    expect(bundle).not.toContain('OTLPTraceExporter');
  });
});
