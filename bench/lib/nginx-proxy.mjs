// Debian's nginx in front of API instances, run with docker/nginx/plenary.conf as shipped: the
// proxy test (test/proxy.spec.ts) and bench scenario 4 use it. Everything nginx writes (pid,
// logs, temp files) stays in a temporary folder; it runs in the foreground and is stopped by pid.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const CONFIG_DIR = join(ROOT, 'docker', 'nginx');
const running = new Set();

// If the caller's process goes away, so do its proxies (no orphan nginx).
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The nginx binary, or null with the reason it cannot be used. */
export function findNginx() {
  const candidates = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  const binary = candidates.find((path) => existsSync(path));
  if (!binary)
    return { binary: null, reason: 'nginx is not installed (apt-get install nginx-light)' };
  const probe = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  if (probe.status !== 0) return { binary: null, reason: `${binary} -v failed: ${probe.stderr}` };
  return { binary, reason: null };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The shipped upstream list with `api:3000` replaced by `servers` (host:port each), keeping the
 * health parameters of its line.
 */
function upstreamsFor(servers) {
  const shipped = readFileSync(join(CONFIG_DIR, 'plenary-upstreams.conf'), 'utf8');
  const line = shipped.split('\n').find((l) => /^\s*server\s/.test(l));
  if (!line) throw new Error('docker/nginx/plenary-upstreams.conf has no server line');
  return servers.map((server) => line.replace(/server\s+\S+/, `server ${server}`)).join('\n');
}

const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Starts nginx on a free port of 127.0.0.1 in front of `servers` ('127.0.0.1:port' each).
 * Returns { url, port, pid, dir, stop() }.
 */
export async function startNginxProxy({ servers, binary = findNginx().binary, timeoutMs = 30000 }) {
  if (!binary) throw new Error(findNginx().reason ?? 'nginx is not installed');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'plenary-nginx-'));
  const template = readFileSync(join(CONFIG_DIR, 'plenary.conf'), 'utf8');
  writeFileSync(
    join(dir, 'plenary.conf'),
    template.replaceAll('${PLENARY_PROXY_PORT}', `127.0.0.1:${port}`),
  );
  writeFileSync(join(dir, 'plenary-upstreams.conf'), `${upstreamsFor(servers)}\n`);
  const root = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root nginx would hand its workers to `nobody`, who cannot write in our folder.
      root ? 'user root;' : '',
      'worker_processes 1;',
      'worker_rlimit_nofile 16384;',
      `error_log ${dir}/error.log warn;`,
      `pid ${dir}/nginx.pid;`,
      'events { worker_connections 8192; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${dir}/${kind}_temp;`,
      ),
      '  include plenary.conf;',
      '}',
    ].join('\n'),
  );
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // nginx's fast shutdown: the master stops its workers
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not start:\n${errors}\n${errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { url: `http://127.0.0.1:${port}`, port, pid: child.pid, dir, errorLog, stop };
}
