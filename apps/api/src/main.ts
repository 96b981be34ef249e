// What `npm start`, the Docker image, the tests and the bench run. It loads the API bundled into
// one file (dist/bundle, scripts/bundle-api.mjs): linking thousands of modules from node_modules
// was most of a warm start. swc's output (start.js) runs when there is no bundle, e.g. after a
// build of swc alone.
import nodeModule from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps the compiled code on disk (in NODE_COMPILE_CACHE, or the OS temp folder): a
// later start skips compiling it. Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Traces only when an OTLP endpoint is configured: then the SDK starts first, and the API runs
// unbundled, so that its instrumentations can wrap http, express, graphql and pg as Node loads
// them from node_modules (the bundle holds its own copies, which nothing could wrap).
if (
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() ||
  process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()
) {
  const { startTracing } = await import('./tracing.js');
  await startTracing();
  await import('./start.js');
} else {
  const bundle = new URL('./bundle/start.js', import.meta.url);
  await import(existsSync(fileURLToPath(bundle)) ? bundle.href : './start.js');
}
