// Child processes of the harness: every one is tracked so that it is stopped, by its pid,
// whatever happens (success, failure, Ctrl-C).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const live = new Map(); // pid → { child, name }
const cleanups = []; // async functions run by stopEverything, last registered first

export function onCleanup(fn) {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/**
 * Spawns a tracked child. Its stdout/stderr are kept (last 200 lines) for error messages;
 * `readyPattern` resolves `ready` when a line of stdout (or stderr) matches it. `stopFirst`: see
 * stopProcess.
 */
export function spawnTracked(
  name,
  command,
  args,
  { env, cwd, readyPattern, ipc = false, echo = false, stopFirst = null } = {},
) {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])],
  });
  live.set(child.pid, { child, name, stopFirst });
  const tail = [];
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child.pid);
      resolve({ code, signal });
    });
  });
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => undefined);
  const onLine = (line) => {
    tail.push(line);
    if (tail.length > 200) tail.shift();
    if (echo) process.stderr.write(`[${name}] ${line}\n`);
    if (readyPattern && readyPattern.test(line)) resolveReady(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        onLine(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
      }
    });
  }
  exited.then(({ code, signal }) =>
    rejectReady(
      new Error(
        `${name} exited (code ${code}, signal ${signal}) before it was ready:\n${tail.slice(-30).join('\n')}`,
      ),
    ),
  );
  return { name, child, pid: child.pid, ready, exited, tail, stopFirst };
}

/** Waits for `ready`, failing after `timeoutMs` (and then stopping the child). */
export async function waitReady(proc, timeoutMs) {
  let timer;
  try {
    return await Promise.race([
      proc.ready,
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `${proc.name} not ready after ${timeoutMs} ms:\n${proc.tail.slice(-30).join('\n')}`,
              ),
            ),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    await stopProcess(proc);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Pids of the processes below `pid` (Linux /proc; empty elsewhere), with their command lines. */
export function descendants(pid) {
  if (!existsSync('/proc')) return [];
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push({ pid: Number(entry), cmdline });
    } catch {
      /* gone meanwhile */
    }
  }
  const out = [];
  const visit = (p) => {
    for (const child of children.get(p) ?? []) {
      out.push(child);
      visit(child.pid);
    }
  };
  visit(pid);
  return out;
}

/**
 * SIGTERM, then SIGKILL if it has not exited after `graceMs`. With `first` (by default the
 * `stopFirst` given to spawnTracked), the descendants whose command line matches it get the
 * SIGTERM instead — e.g. the API under `npm start`: npm itself would exit and leave it running.
 */
export async function stopProcess(proc, graceMs = 15000, { first = proc.stopFirst } = {}) {
  if (!live.has(proc.pid)) return proc.exited;
  const targets = first
    ? descendants(proc.pid)
        .filter((d) => first.test(d.cmdline))
        .map((d) => d.pid)
    : [];
  try {
    for (const pid of targets.length > 0 ? targets : [proc.pid]) process.kill(pid, 'SIGTERM');
  } catch {
    return proc.exited;
  }
  let timer;
  const result = await Promise.race([
    proc.exited,
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(null), graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (result) return result;
  try {
    process.kill(proc.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  return proc.exited;
}

/**
 * A PostgreSQL left running by a child we had to kill: its pid is the first line of
 * postmaster.pid in the data folder we created.
 */
export function stopOrphanPostgres(dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown
    return true;
  } catch {
    return false;
  }
}

export async function stopEverything() {
  for (const { child, stopFirst } of live.values()) {
    const targets = stopFirst
      ? descendants(child.pid).filter((d) => stopFirst.test(d.cmdline))
      : [];
    try {
      for (const pid of targets.length > 0 ? targets.map((d) => d.pid) : [child.pid])
        process.kill(pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  const deadline = Date.now() + 15000;
  while (live.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const { child } of live.values()) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
  while (cleanups.length > 0) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      process.stderr.write(`cleanup failed: ${error?.message ?? error}\n`);
    }
  }
}

export const liveProcesses = () =>
  [...live.values()].map(({ child, name }) => ({ pid: child.pid, name }));
