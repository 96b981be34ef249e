import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const POLL_MS = 50;

export interface ClearOptions {
  /** How long the old cluster's processes get to notice and quit before SIGQUIT, and then before SIGKILL. */
  graceMs?: number;
  /** Then this attempt gives up (the supervisor tries again later). */
  giveUpMs?: number;
}

/**
 * Processes of the cluster in `dataDir` (Linux): the postmaster and every process it forked
 * work in the data directory, so `/proc/<pid>/cwd` names it. Null where there is no /proc.
 */
export function clusterProcesses(dataDir: string): number[] | null {
  if (!existsSync('/proc/self/cwd')) return null;
  const target = realpathSync(dataDir);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === target) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

/** The pid a PostgreSQL lock file (postmaster.pid, .s.PGSQL.<port>.lock) names on its first line. */
function lockHolder(file: string): number | null {
  try {
    const [firstLine = ''] = readFileSync(file, 'utf8').split('\n', 1);
    const pid = Number(firstLine.trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Makes way for a new postmaster after the last one died without shutting down:
 * - its backends outlive it until they notice (a long query may not for a while); they still
 *   hold the shared memory, so PostgreSQL would refuse to start. They are asked to quit
 *   (SIGQUIT, as the postmaster itself does after a crash), then killed: every committed
 *   transaction is in the WAL, which recovery replays;
 * - `postmaster.pid` and the socket's lock file name the dead postmaster. PostgreSQL ignores
 *   them when that pid is free, but refuses to start when another process has taken it since
 *   (frequent in containers); once no process of the cluster is left, they are stale: removed.
 * Where there is no /proc this does nothing, and PostgreSQL's own checks decide.
 */
export async function clearCrashedCluster(
  dataDir: string,
  socketLock: string | null,
  { graceMs = 2_000, giveUpMs = 10_000 }: ClearOptions = {},
): Promise<void> {
  const started = Date.now();
  let askedAt: number | null = null;
  for (;;) {
    const left = clusterProcesses(dataDir);
    if (left === null) return;
    if (left.length === 0) break;
    const waited = Date.now() - started;
    if (waited >= giveUpMs) {
      throw new Error(`processes of the old cluster are still running: ${left.join(', ')}`);
    }
    // Killed only once asked, and given the grace since: a late tick (a busy machine) must not
    // skip the request to quit.
    if (askedAt !== null && Date.now() - askedAt >= graceMs) {
      signal(left, 'SIGKILL');
    } else if (askedAt === null && waited >= graceMs) {
      signal(left, 'SIGQUIT');
      askedAt = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  // No process of this cluster is left: its own lock file is stale whoever holds that pid now.
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
  // The socket's lock is shared by every cluster on that port: keep it if a postmaster holds it.
  const holder = socketLock ? lockHolder(socketLock) : null;
  if (socketLock && holder !== null && !isPostgres(holder)) rmSync(socketLock, { force: true });
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}
