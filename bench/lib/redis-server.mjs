// Debian's redis-server for the specs that run the cross-instance scenarios with REDIS_URL and
// for bench scenario 4. It runs in the foreground in a temporary folder, keeps nothing on disk
// (`--save '' --appendonly no`), listens on a free port of 127.0.0.1 only, and is stopped by pid.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const running = new Set();

// If the caller's process goes away, so do its servers (no orphan redis-server).
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The redis-server binary, or null with the reason it cannot be used. */
export function findRedisServer() {
  const candidates = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  const binary = candidates.find((path) => existsSync(path));
  if (!binary)
    return { binary: null, reason: 'redis-server is not installed (apt-get install redis-server)' };
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0)
    return { binary: null, reason: `${binary} --version failed: ${probe.stderr}` };
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

/** Answers PING with +PONG. */
const answers = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) {
        socket.destroy();
        resolve(reply.startsWith('+PONG'));
      }
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Starts redis-server on `port` (a free one if absent). Returns { url, port, pid, stop(), kill() }:
 * `stop` ends it with SIGTERM, `kill` with SIGKILL (a crash); either way it can be started again
 * on the same port with `startRedisServer({ port })`.
 * @param {{ port?: number, binary?: string | null, timeoutMs?: number }} [options]
 */
export async function startRedisServer({
  port,
  binary = findRedisServer().binary,
  timeoutMs = 30000,
} = {}) {
  if (!binary) throw new Error(findRedisServer().reason ?? 'redis-server is not installed');
  const listenPort = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'plenary-redis-'));
  const child = spawn(
    binary,
    [
      '--port',
      String(listenPort),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--logfile',
      '',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const end = async (signal) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(listenPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await end('SIGKILL');
      throw new Error(`redis-server did not start on port ${listenPort}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    url: `redis://127.0.0.1:${listenPort}`,
    port: listenPort,
    pid: child.pid,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
