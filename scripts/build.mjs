#!/usr/bin/env node
// Compiles the libs and the API with swc (type-checking is `npm run typecheck`, part of lint),
// and bundles the web app with Vite into apps/web/dist, which the API serves.
// Usage: node scripts/build.mjs [--libs | --no-web]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const swc = join(root, 'node_modules', '.bin', 'swc');
const onlyLibs = process.argv.includes('--libs');
const skipWeb = process.argv.includes('--no-web');

function compile(project) {
  const cwd = join(root, project);
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const result = spawnSync(
    swc,
    [
      'src',
      '-d',
      'dist',
      '--strip-leading-paths',
      '--config-file',
      join(root, '.swcrc'),
      '--ignore',
      '**/*.spec.ts',
      '--quiet',
    ],
    { cwd, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    process.stderr.write(`build failed: ${project}\n`);
    process.exit(result.status ?? 1);
  }
}

const started = Date.now();
for (const lib of readdirSync(join(root, 'libs'))) {
  if (existsSync(join(root, 'libs', lib, 'src', 'index.ts'))) compile(`libs/${lib}`);
}
if (!onlyLibs) {
  compile('apps/api');
}
if (!onlyLibs && !skipWeb) {
  const vite = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: join(root, 'apps', 'web'), stdio: 'inherit' },
  );
  if (vite.status !== 0) {
    process.stderr.write('build failed: apps/web\n');
    process.exit(vite.status ?? 1);
  }
}
process.stdout.write(`built in ${Date.now() - started} ms\n`);
