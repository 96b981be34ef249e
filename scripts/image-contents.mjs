#!/usr/bin/env node
// The production image's contents without Docker: runs docker/Dockerfile's instructions, stage by
// stage, in a temporary folder, from a build context made as Docker makes it (the repository minus
// .dockerignore), and prints where the last stage's WORKDIR is and what it would run.
// test/production-image.spec.ts starts the API from that folder. No engine runs on our machines,
// so this is how the image is checked; it understands the instructions the Dockerfile keeps to
// (FROM, WORKDIR, ENV, COPY, RUN, USER, EXPOSE, HEALTHCHECK, CMD) and refuses any other.
//
// Two RUN steps are served from a cache, as Docker's layer cache would on an unchanged lock:
// - `npm ci` with dev dependencies (the build stage): when the stage's package-lock.json is the
//   repository's, its node_modules is linked to the installed one (the workspace libs to the
//   stage's own copies), instead of installing 430 MB again;
// - any other `npm ci` (the runtime dependencies) is really run, once per lock: the result is kept
//   in the OS temp folder under a hash of the command, package.json, package-lock.json and .npmrc.
//
// Usage: node scripts/image-contents.mjs [--out <folder>] [--no-reuse]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN = ['FROM', 'WORKDIR', 'ENV', 'COPY', 'RUN', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD'];

/**
 * The Dockerfile's instructions, continuation lines joined, comments dropped.
 * @param {string} text
 * @returns {{ op: string, args: string, line: number }[]}
 */
export function parseDockerfile(text) {
  const instructions = [];
  let pending = '';
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    if (!pending) start = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    const whole = pending + line;
    pending = '';
    const match = /^(\S+)\s+(.*)$/s.exec(whole);
    if (!match) throw new Error(`Dockerfile line ${start}: cannot read "${whole}"`);
    instructions.push({ op: match[1].toUpperCase(), args: match[2].trim(), line: start });
  });
  return instructions;
}

/** `--name=value` flags at the start of an instruction's arguments, and the rest. */
function takeFlags(args) {
  const flags = {};
  let rest = args;
  for (let m = /^--([a-z-]+)=(\S+)\s+/.exec(rest); m; m = /^--([a-z-]+)=(\S+)\s+/.exec(rest)) {
    flags[m[1]] = m[2];
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

/** `KEY=value KEY2="two words"` */
function parseEnv(args) {
  const env = {};
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g;
  for (const m of args.matchAll(pattern)) env[m[1]] = m[3] ?? m[2];
  return env;
}

/** An exec-form (JSON array) argument, or a shell form wrapped as Docker does. */
function execForm(args) {
  return args.startsWith('[') ? JSON.parse(args) : ['/bin/sh', '-c', args];
}

/**
 * .dockerignore as Docker reads it: `*`, `?` and `**` globs, `!` exceptions, the last match
 * wins, and a pattern that matches a folder excludes everything under it.
 * @param {string} text
 * @returns {(path: string) => boolean} true when a path (relative, with /) is left out
 */
export function dockerignoreMatcher(text) {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = posix
        .normalize(negated ? line.slice(1).trim() : line)
        .replace(/^\/+|\/+$/g, '');
      let source = '';
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
          i++;
          if (pattern[i + 1] === '/') {
            i++;
            source += '(?:.*/)?';
          } else source += '.*';
        } else if (c === '*') source += '[^/]*';
        else if (c === '?') source += '[^/]';
        else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
      return { negated, regex: new RegExp(`^${source}$`) };
    });
  return (path) => {
    const parts = path.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules) {
      if (prefixes.some((prefix) => rule.regex.test(prefix))) excluded = !rule.negated;
    }
    return excluded;
  };
}

/** Copies the repository into `to` as Docker's build context would hold it. */
export function makeBuildContext(from, to) {
  const ignorePath = join(from, '.dockerignore');
  const ignored = dockerignoreMatcher(
    existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : '',
  );
  const visit = (dir) => {
    for (const entry of readdirSync(join(from, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (ignored(path)) continue;
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        mkdirSync(join(to, dir), { recursive: true });
        cpSync(join(from, path), join(to, path), { verbatimSymlinks: true });
      }
    }
  };
  mkdirSync(to, { recursive: true });
  visit('');
}

function copyInto(source, destination, destinationIsFolder) {
  if (!existsSync(source)) throw new Error(`COPY: ${source} does not exist`);
  if (lstatSync(source).isDirectory()) {
    // Docker copies a folder's contents, not the folder.
    mkdirSync(destination, { recursive: true });
    for (const entry of readdirSync(source)) {
      cpSync(join(source, entry), join(destination, entry), {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
  } else {
    const target = destinationIsFolder ? join(destination, basename(source)) : destination;
    mkdirSync(dirname(target), { recursive: true });
    cpSync(source, target);
  }
}

function hashOf(parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Keeps the `keep` newest cached installs (about 190 MB each): one per lock that was built. */
function forgetOldInstalls(cacheDir, keep) {
  const entries = readdirSync(cacheDir)
    .filter((name) => /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ name, time: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of entries.slice(keep)) {
    rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** node_modules for the build stage: the repository's packages, the stage's own workspace libs. */
function linkInstalledModules(workdir) {
  const installed = join(repoRoot, 'node_modules');
  const modules = join(workdir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (entry === '@plenary' || entry === '.cache') continue;
    symlinkSync(join(installed, entry), join(modules, entry));
  }
  mkdirSync(join(modules, '@plenary'));
  for (const lib of readdirSync(join(workdir, 'libs'))) {
    symlinkSync(join('..', '..', 'libs', lib), join(modules, '@plenary', lib));
  }
}

function run(command, cwd, env) {
  const result = spawnSync('/bin/sh', ['-c', command], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `RUN ${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** A RUN step: `npm ci` from a cache (see the top of this file), anything else as it is. */
function runStep(command, workdir, env, reuse, log) {
  if (reuse && /^npm ci\b/.test(command)) {
    const lock = (name) => readFileSync(join(workdir, name), 'utf8');
    const withDev = !/--omit=dev\b/.test(command);
    if (
      withDev &&
      lock('package-lock.json') === readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')
    ) {
      log(`RUN ${command}  (the installed node_modules, linked: same lock)`);
      linkInstalledModules(workdir);
      return;
    }
    if (!withDev) {
      const key = hashOf([
        command,
        lock('package.json'),
        lock('package-lock.json'),
        lock('.npmrc'),
      ]);
      const cached = join(tmpdir(), 'plenary-image-cache', key, 'node_modules');
      if (!existsSync(cached)) {
        log(`RUN ${command}  (cached afterwards as ${key})`);
        run(command, workdir, env);
        const staging = `${dirname(cached)}.${process.pid}`;
        cpSync(join(workdir, 'node_modules'), join(staging, 'node_modules'), {
          recursive: true,
          verbatimSymlinks: true,
        });
        mkdirSync(dirname(dirname(cached)), { recursive: true });
        rmSync(dirname(cached), { recursive: true, force: true });
        renameSync(staging, dirname(cached));
        forgetOldInstalls(dirname(dirname(cached)), 3);
        return;
      }
      log(`RUN ${command}  (from the cache ${key})`);
      cpSync(cached, join(workdir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
      return;
    }
  }
  log(`RUN ${command}`);
  run(command, workdir, env);
}

/**
 * @typedef {{ name: string, root: string, workdir: string, env: Record<string, string>,
 *   user: string | null, expose: string[], healthcheck: string | null, cmd: string[] | null }} Stage
 */

/**
 * Runs the Dockerfile. Returns the last stage: `root` stands for its `/`, `workdir` is the
 * folder its CMD runs in.
 * @param {{ out?: string, reuse?: boolean, dockerfile?: string, log?: (line: string) => void }} [options]
 * @returns {{ out: string, context: string, runtime: Stage, stages: Stage[] }}
 */
export function buildImageContents(options = {}) {
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const reuse = options.reuse ?? true;
  const out = options.out ?? mkdtempSync(join(tmpdir(), 'plenary-image-'));
  mkdirSync(out, { recursive: true });
  if (readdirSync(out).length > 0) throw new Error(`${out} is not empty`);
  // Readable by everyone, as an image's files are: the spec runs the API as another user.
  chmodSync(out, 0o755);
  const context = join(out, 'context');
  makeBuildContext(repoRoot, context);
  const dockerfile = options.dockerfile ?? join(repoRoot, 'docker', 'Dockerfile');
  /** @type {Stage[]} */
  const stages = [];
  /** @type {Stage | null} */
  let stage = null;
  // What a RUN sees besides the stage's ENV: a PATH and a home for npm's cache; nothing of ours
  // (NODE_ENV=test, npm_config_* of an `npm test`) leaks in.
  const hostEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir() };
  const at = (path) =>
    join(stage.root, path.startsWith('/') ? path : posix.join(stage.workdir, path));
  for (const { op, args, line } of parseDockerfile(readFileSync(dockerfile, 'utf8'))) {
    if (!KNOWN.includes(op)) throw new Error(`Dockerfile line ${line}: ${op} is not run here`);
    if (op !== 'FROM' && !stage) throw new Error(`Dockerfile line ${line}: ${op} before FROM`);
    switch (op) {
      case 'FROM': {
        const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
        if (!m) throw new Error(`Dockerfile line ${line}: FROM ${args}`);
        const name = m[2] ?? `stage${stages.length}`;
        const root = join(out, 'stages', name);
        const parent = stages.find((s) => s.name === m[1]);
        if (parent) cpSync(parent.root, root, { recursive: true, verbatimSymlinks: true });
        else mkdirSync(root, { recursive: true });
        stage = parent
          ? { ...parent, name, root, env: { ...parent.env }, expose: [...parent.expose] }
          : {
              name,
              root,
              workdir: '/',
              env: {},
              user: null,
              expose: [],
              healthcheck: null,
              cmd: null,
            };
        stages.push(stage);
        log(`FROM ${args}`);
        break;
      }
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, args);
        mkdirSync(at(stage.workdir), { recursive: true });
        break;
      case 'ENV':
        Object.assign(stage.env, parseEnv(args));
        break;
      case 'COPY': {
        const { flags, rest } = takeFlags(args);
        const parts = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/);
        const destination = parts.pop();
        const from = flags.from ? stages.find((s) => s.name === flags.from) : null;
        if (flags.from && !from) throw new Error(`Dockerfile line ${line}: no stage ${flags.from}`);
        const many = parts.length > 1 || destination.endsWith('/') || destination === '.';
        for (const source of parts) {
          if (/[*?[]/.test(source))
            throw new Error(`Dockerfile line ${line}: globs are not run here`);
          const path = from
            ? join(from.root, posix.resolve(from.workdir, source))
            : join(context, posix.normalize(source));
          if (!from && relative(context, path).startsWith('..')) {
            throw new Error(`Dockerfile line ${line}: ${source} is outside the build context`);
          }
          copyInto(path, at(destination), many);
        }
        break;
      }
      case 'RUN':
        runStep(args, at(stage.workdir), { ...hostEnv, ...stage.env }, reuse, log);
        break;
      case 'USER':
        stage.user = args;
        break;
      case 'EXPOSE':
        stage.expose.push(...args.split(/\s+/));
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = args;
        break;
      case 'CMD':
        stage.cmd = execForm(args);
        break;
    }
  }
  if (!stage) throw new Error('the Dockerfile has no FROM');
  return { out, context, runtime: stage, stages };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const started = Date.now();
  const { runtime } = buildImageContents({
    out: outIndex > 0 ? process.argv[outIndex + 1] : undefined,
    reuse: !process.argv.includes('--no-reuse'),
  });
  const { root, workdir, env, user, cmd } = runtime;
  process.stdout.write(
    `${JSON.stringify({ root, workdir: join(root, workdir), env, user, cmd, ms: Date.now() - started }, null, 2)}\n`,
  );
}
