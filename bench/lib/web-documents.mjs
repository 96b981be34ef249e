// The web app's own GraphQL documents and live-event code, for clients that behave like its
// pages: the codegen output (apps/web/src/data/gql/graphql.ts) and the handlers that apply an
// accord's events to Apollo's cache, bundled from their TypeScript sources with esbuild, so
// that no query text or event rule is copied by hand.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { build } from 'esbuild';
import { Kind, print } from 'graphql';
import { RESULTS_DIR, ROOT } from './paths.mjs';

const ENTRY = `
export { applyAccordEvent } from './apps/web/src/features/accords/live-events';
export { StaleRefetches } from './apps/web/src/data/stale-refetches';
export { createCache } from './apps/web/src/data/apollo';
export * as documents from './apps/web/src/data/gql/graphql';
`;

let loaded = null;

/**
 * { documents, operation(name), applyAccordEvent, StaleRefetches, createCache }. Apollo and
 * graphql stay external: the bundle and this module share one copy of each.
 */
export function webClientCode() {
  return (loaded ??= (async () => {
    const dir = join(RESULTS_DIR, 'web-client');
    mkdirSync(dir, { recursive: true });
    // One file per thread: the delegates of scenario 9 run in several worker threads.
    const outfile = join(dir, `web-live-${process.pid}-${threadId}.mjs`);
    await build({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'web-live.ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      external: ['@apollo/client', '@apollo/client/*', 'graphql', 'rxjs'],
      logLevel: 'error',
    });
    // Inside the repository, so that its imports resolve from node_modules; loaded, it can go.
    const code = await import(pathToFileURL(outfile).href).finally(() =>
      rmSync(outfile, { force: true }),
    );
    // Sent as Apollo Client sends them: with the __typename fields its cache adds.
    const cache = code.createCache();
    const byName = new Map();
    for (const document of Object.values(code.documents)) {
      const definition = document?.definitions?.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (definition?.name)
        byName.set(definition.name.value, {
          document,
          query: print(cache.transformDocument(document)),
        });
    }
    return {
      ...code,
      /** The web's operation `name` (as its pages send it): { document, query }. */
      operation(name) {
        const found = byName.get(name);
        if (!found) throw new Error(`the web app has no GraphQL operation named ${name}`);
        return found;
      },
    };
  })());
}
