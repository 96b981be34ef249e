#!/usr/bin/env node
// Compiles the libs and the API with swc (type-checking is `npm run typecheck`, part of lint),
// and bundles the web app with Vite into apps/web/dist, which the API serves. A project whose
// inputs have not changed since its last build is skipped, so a warm `npm start` starts at once.
// Usage: node scripts/build.mjs [--libs | --no-web] [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const swc = join(root, 'node_modules', '.bin', 'swc');
const onlyLibs = process.argv.includes('--libs');
const skipWeb = process.argv.includes('--no-web');
const force = process.argv.includes('--force');
const STAMP = '.build-stamp';

/** Latest modification time under the given files and folders (0 when none exist). */
function newestInput(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path))
        if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Runs `build` unless the stamp in `outDir` is newer than every input. */
function buildIfChanged(name, outDir, inputs, build) {
  const stamp = join(outDir, STAMP);
  const inputsChanged = !existsSync(stamp) || newestInput(inputs) > statSync(stamp).mtimeMs;
  if (!force && !inputsChanged) return false;
  build();
  writeFileSync(stamp, `${name} built ${new Date().toISOString()}\n`);
  return true;
}

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

function swcProject(project, moreInputs = []) {
  const dir = join(root, project);
  return buildIfChanged(
    project,
    join(dir, 'dist'),
    [join(dir, 'src'), join(root, '.swcrc'), ...moreInputs],
    () => compile(project),
  );
}

const started = Date.now();
const built = [];
const libs = readdirSync(join(root, 'libs')).filter((lib) =>
  existsSync(join(root, 'libs', lib, 'src', 'index.ts')),
);
for (const lib of libs) if (swcProject(`libs/${lib}`)) built.push(lib);
if (!onlyLibs) {
  // The bundler's own changes (its plugins) make a new bundle too.
  const apiBuilt = swcProject('apps/api', [join(root, 'scripts', 'bundle-api.mjs')]);
  if (apiBuilt) built.push('api');
  // The API starts from its bundle (scripts/bundle-api.mjs), which holds the libs too.
  if (built.length > 0 || !existsSync(join(root, 'apps', 'api', 'dist', 'bundle', 'start.js'))) {
    // Loaded only here: an up-to-date `npm start` does not pay for esbuild.
    const { bundleApi } = await import('./bundle-api.mjs');
    await bundleApi();
    if (!apiBuilt) built.push('api bundle');
  }
}
if (!onlyLibs && !skipWeb) {
  const web = join(root, 'apps', 'web');
  const inputs = [
    join(web, 'src'),
    join(web, 'public'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    ...libs.map((lib) => join(root, 'libs', lib, 'src')),
  ];
  const rebuilt = buildIfChanged('web', join(web, 'dist'), inputs, () => {
    const vite = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: web,
        stdio: 'inherit',
      },
    );
    if (vite.status !== 0) {
      process.stderr.write('build failed: apps/web\n');
      process.exit(vite.status ?? 1);
    }
  });
  if (rebuilt) built.push('web');
}
process.stdout.write(
  built.length ? `built ${built.join(', ')} in ${Date.now() - started} ms\n` : 'build up to date\n',
);
