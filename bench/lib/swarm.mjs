// Many socket.io clients in this process, joined to one accord (or room), and a clock for
// "from the start of a write to the moment the last socket got its event".
import { io } from 'socket.io-client';
import { mapLimit } from './http.mjs';

/**
 * Connects `count` sockets, spread round-robin over `targets` ([{ url, token? }]), and joins
 * each to `accordId` with the `join` message (API) or `room` (bare server). `keyOf(event)`
 * names the event a socket receives (null to ignore it); `expect(key)` then resolves when every
 * socket has received `key`, with the time the last one did.
 */
export async function connectSwarm({
  targets,
  tokens = [null],
  count,
  join,
  keyOf,
  concurrency = 25,
  timeoutMs = 120000,
}) {
  const sockets = [];
  const waiting = new Map(); // key → { remaining, resolve, timer }
  const early = new Map(); // key → arrivals before expect() was called
  const arrived = (key) => {
    const entry = waiting.get(key);
    if (!entry) {
      early.set(key, (early.get(key) ?? 0) + 1);
      return;
    }
    entry.remaining -= 1;
    if (entry.remaining === 0) {
      const at = performance.now();
      clearTimeout(entry.timer);
      waiting.delete(key);
      entry.resolve(at);
    }
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let presenceMessages = 0;
  await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      const target = targets[i % targets.length];
      const token = tokens[i % tokens.length];
      const socket = io(target.url, {
        path: '/socket.io',
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        timeout: timeoutMs,
        ...(token ? { auth: { token } } : {}),
      });
      sockets.push(socket);
      for (const name of ['presence', 'presenceChanged']) {
        socket.on(name, () => {
          presenceMessages += 1;
        });
      }
      socket.on('event', (event) => {
        const key = keyOf(event);
        if (key !== null && key !== undefined) arrived(key);
      });
      await new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', (error) =>
          reject(new Error(`socket ${i} could not connect: ${error.message}`)),
        );
      });
      const ack = await socket.timeout(timeoutMs).emitWithAck('join', join);
      if (ack && ack.ok === false)
        throw new Error(`socket ${i} could not join: ${JSON.stringify(ack.error)}`);
    },
  );
  const joinSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    sockets,
    joinSeconds,
    /** CPU this process spent receiving while the sockets joined, and the presence messages it got. */
    joinClientCpuSeconds: (cpu.user + cpu.system) / 1e6,
    presenceMessages: () => presenceMessages,
    /** Resolves with the performance.now() of the last arrival of `key` among all sockets. */
    expect(key, timeout = 30000) {
      return new Promise((resolve, reject) => {
        const already = early.get(key) ?? 0;
        early.delete(key);
        const remaining = sockets.length - already;
        if (remaining <= 0) return resolve(performance.now());
        const timer = setTimeout(() => {
          const entry = waiting.get(key);
          waiting.delete(key);
          reject(
            new Error(
              `${entry?.remaining ?? '?'} of ${sockets.length} sockets did not receive ${key} within ${timeout} ms`,
            ),
          );
        }, timeout);
        waiting.set(key, { remaining, resolve, timer });
      });
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}
