#!/usr/bin/env node
// Real-time delivery latency: a comment posted by GraphQL, until the LAST of N joined socket.io
// clients has it — with every client on one API instance, then split across two instances that
// share one PostgreSQL (posted through the first). Prints median and p99 per setup.
//
//   node scripts/build.mjs && node bench/realtime-latency.mjs [--clients 100] [--comments 100]
//
// Starts an embedded PostgreSQL in a temporary folder and each API instance in its own process
// (the built code in apps/api/dist); stops all of them and removes the folder when done.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { io } from 'socket.io-client';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps', 'api', 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const OPERATOR_EMAIL = 'operator@bench.org';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

// ---- child mode: one API instance -------------------------------------------------------------
if (process.argv.includes('--instance')) {
  const { createApi } = await load('bootstrap.js');
  const { loadConfig } = await load('config/config.js');
  process.stdin.on('end', () => process.exit(0)); // the bench went away: so do we
  process.stdin.resume();
  const config = loadConfig(process.env);
  const app = await createApi({ config, databaseUrl: config.databaseUrl });
  await app.listen(0, '127.0.0.1');
  process.stdout.write(
    `${JSON.stringify({ url: (await app.getUrl()).replace('[::1]', '127.0.0.1') })}\n`,
  );
} else {
  await main();
}

// ---- the bench --------------------------------------------------------------------------------
async function main() {
  const clients = option('clients', 100);
  const comments = option('comments', 100);
  const warmup = option('warmup', 10);
  if (!existsSync(join(dist, 'bootstrap.js'))) {
    process.stderr.write('apps/api/dist is missing: run `node scripts/build.mjs` first\n');
    process.exit(1);
  }
  const started = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-rt-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
  let database = null;
  const stopAll = async () => {
    for (const child of started) await stopInstance(child);
    await database?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    const { startEmbeddedPostgres } = await load('database/embedded-postgres.js');
    const { runMigrations } = await load('database/migrate.js');
    database = await startEmbeddedPostgres({ dir: join(dataDir, 'pg'), database: 'plenary_bench' });
    await runMigrations(database.url);
    const a = await startInstance(database.url, dataDir, started);
    const b = await startInstance(database.url, dataDir, started);
    const accord = await setUpAccord(a.url);

    const rows = [];
    rows.push(await scenario('1 instance', accord, [a.url], a.url, clients, comments, warmup));
    rows.push(
      await scenario('2 instances', accord, [a.url, b.url], a.url, clients, comments, warmup),
    );
    report(rows, clients);
  } finally {
    await stopAll();
  }
}

async function scenario(name, accord, urls, postUrl, clientCount, comments, warmup) {
  const sockets = [];
  try {
    for (let i = 0; i < clientCount; i++) {
      sockets.push(
        await connect(
          urls[i % urls.length],
          accord.tokens[i % accord.tokens.length],
          i % urls.length,
        ),
      );
    }
    await Promise.all(
      sockets.map((s) =>
        s.socket.timeout(10_000).emitWithAck('join', { accordId: accord.accordId }),
      ),
    );
    const samples = [];
    const remoteSamples = [];
    for (let i = 0; i < warmup + comments; i++) {
      const body = `${name} #${i}`;
      const arrivals = sockets.map((s) => s.next(body));
      const t0 = performance.now();
      await gql(
        postUrl,
        `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
        {
          input: { accordId: accord.accordId, amendmentId: accord.amendmentId, body },
        },
        accord.authorToken,
      );
      const times = await Promise.all(arrivals);
      if (i < warmup) continue;
      samples.push(Math.max(...times) - t0);
      const remote = times.filter((_, k) => sockets[k].instance !== 0);
      if (remote.length) remoteSamples.push(Math.max(...remote) - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { name, samples, remoteSamples };
  } finally {
    for (const s of sockets) s.socket.close();
  }
}

function connect(url, token, instance) {
  const socket = io(url, {
    path: '/socket.io',
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const waiting = new Map();
  socket.on('event', (event) => {
    const resolve = waiting.get(event.payload?.body);
    if (event.type === 'comment.posted' && resolve) {
      waiting.delete(event.payload.body);
      resolve(performance.now());
    }
  });
  const next = (body) =>
    new Promise((resolve, reject) => {
      waiting.set(body, resolve);
      setTimeout(
        () => waiting.has(body) && reject(new Error(`"${body}" not delivered within 15 s`)),
        15_000,
      ).unref();
    });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, next, instance }));
    socket.once('connect_error', reject);
  });
}

async function setUpAccord(url) {
  const register = async (
    name,
    email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@bench.org`,
  ) => {
    const data = await gql(
      url,
      `mutation($e: String!, $n: String!) { register(email: $e, password: "correct horse battery", displayName: $n) { token } }`,
      { e: email, n: name },
    );
    return data.register.token;
  };
  const facilitator = await register('Facilitator');
  const delegate = await register('Delegate');
  const { createAccord } = await gql(
    url,
    `mutation { createAccord(title: "Bench accord", rule: { kind: SIMPLE_MAJORITY }) { id } }`,
    {},
    facilitator,
  );
  const { createOrganization } = await gql(
    url,
    `mutation { createOrganization(name: "Bench state", group: GOVERNMENT) { id } }`,
    {},
    delegate,
  );
  // Only verified organizations may be parties: the operator checks it first.
  await gql(
    url,
    `mutation($o: ID!) { verifyOrganization(input: { organizationId: $o, name: "Bench state", group: GOVERNMENT, website: "bench.example" }) { id } }`,
    { o: createOrganization.id },
    await register('Operator', OPERATOR_EMAIL),
  );
  await gql(
    url,
    `mutation($a: ID!, $o: ID!) { addParticipant(accordId: $a, organizationId: $o, role: PARTY) { role } }`,
    { a: createAccord.id, o: createOrganization.id },
    facilitator,
  );
  const { proposeAmendment } = await gql(
    url,
    `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
    {
      input: {
        accordId: createAccord.id,
        onBehalfOf: createOrganization.id,
        kind: 'ADD_CLAUSE',
        text: 'States should report vulnerabilities to vendors.',
        force: 'VOLUNTARY',
        rationale: 'Bench.',
      },
    },
    delegate,
  );
  return {
    accordId: createAccord.id,
    amendmentId: proposeAmendment.id,
    authorToken: delegate,
    tokens: [facilitator, delegate],
  };
}

async function gql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const result = await response.json();
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

function startInstance(databaseUrl, dataDir, started) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--instance'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JWT_SECRET,
      DATABASE_URL: databaseUrl,
      PLENARY_DATA_DIR: dataDir,
      PLENARY_DEMO: 'false',
      PLENARY_OPERATOR_EMAILS: OPERATOR_EMAIL,
      PORT: '0',
    },
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) =>
      reject(new Error(`API instance exited (${code}) before listening`)),
    );
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ url: JSON.parse(line).url, child });
    });
  });
}

async function stopInstance(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(rows, clients) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
  process.stdout.write(
    `\nComment posted by GraphQL → delivered to the last of ${clients} joined socket.io clients\n`,
  );
  process.stdout.write(
    `${'setup'.padEnd(34)}${'n'.padStart(5)}${'median'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}\n`,
  );
  const line = (label, samples) => {
    const sorted = [...samples].sort((x, y) => x - y);
    process.stdout.write(
      `${label.padEnd(34)}${String(sorted.length).padStart(5)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 99))} ${ms(sorted[sorted.length - 1])}\n`,
    );
  };
  for (const row of rows) {
    line(
      row.name === '1 instance'
        ? '1 instance (all clients on it)'
        : '2 instances (clients split, via A)',
      row.samples,
    );
    if (row.remoteSamples.length) line('  of which clients on B only', row.remoteSamples);
  }
}
