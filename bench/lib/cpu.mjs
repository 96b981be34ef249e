// CPU time of processes from /proc (Linux): how many CPU milliseconds one operation costs in the
// API (or baseline) process and in PostgreSQL — where the time goes, beside how long it takes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux
const available = existsSync('/proc/self/stat');

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null;
  }
}

/** The postmaster of a data folder and all its children (backends come and go). */
function postgresPids(dataDir) {
  if (!available || !dataDir) return [];
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  let postmaster = null;
  for (const pid of all) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('postgres') && cmd.includes(dataDir)) {
        postmaster = Number(pid);
        break;
      }
    } catch {
      /* gone */
    }
  }
  if (!postmaster) return [];
  return [postmaster, ...all.map(Number).filter((pid) => stat(pid)?.ppid === postmaster)];
}

/**
 * Starts counting CPU of `pids` and of PostgreSQL (by its data folder). `stop()` returns the
 * CPU ms spent by each meanwhile. PostgreSQL backends that exit in between are not counted.
 */
export function cpuMeter({ pids = {}, postgresDataDir = null }) {
  if (!available) return { stop: () => null };
  const before = new Map();
  for (const [name, pid] of Object.entries(pids)) before.set(name, stat(pid)?.cpuMs ?? 0);
  const pgBefore = new Map(
    postgresPids(postgresDataDir).map((pid) => [pid, stat(pid)?.cpuMs ?? 0]),
  );
  return {
    stop() {
      const spent = {};
      for (const [name, pid] of Object.entries(pids))
        spent[name] = (stat(pid)?.cpuMs ?? 0) - before.get(name);
      if (postgresDataDir) {
        let pg = 0;
        for (const pid of postgresPids(postgresDataDir))
          pg += (stat(pid)?.cpuMs ?? 0) - (pgBefore.get(pid) ?? 0);
        spent.postgres = pg;
      }
      return spent;
    },
  };
}
