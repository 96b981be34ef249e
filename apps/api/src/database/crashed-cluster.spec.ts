import { afterEach, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearCrashedCluster, clusterProcesses } from './crashed-cluster.js';

const onLinux = existsSync('/proc/self/cwd') ? describe : describe.skip;

/** A data directory as a postmaster killed with -9 leaves it: a lock file naming `pid`. */
function crashedDataDir(pid: number) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-crashed-'));
  writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1764220000\n5432\n/tmp\n`);
  return dir;
}

const started: ChildProcess[] = [];
const dirs: string[] = [];

/**
 * A process working in `dir`, as a backend of the dead postmaster would be; resolved once the
 * command printed its first line (so a `trap` it sets is in place on a busy machine too).
 */
function orphanIn(dir: string, command: string): Promise<ChildProcess> {
  const child = spawn('sh', ['-c', command], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('error', reject);
  });
}

function exitOf(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.signalCode ?? child.exitCode);
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

onLinux('clearing what a killed postmaster left', () => {
  it('removes a postmaster.pid whose pid another process has taken since', async () => {
    // This very process holds the pid now: PostgreSQL would refuse to start ("is another
    // postmaster running?").
    const dir = crashedDataDir(process.pid);
    dirs.push(dir);
    const socketLock = join(dir, '.s.PGSQL.5432.lock');
    writeFileSync(socketLock, `${process.pid}\n`);

    await clearCrashedCluster(dir, socketLock);

    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
    expect(existsSync(socketLock)).toBe(false);
  });

  it('keeps a socket lock held by a live postmaster (another cluster on that port)', async () => {
    const dir = crashedDataDir(999_999);
    dirs.push(dir);
    // A process whose name is "postgres", working elsewhere.
    const elsewhere = mkdtempSync(join(tmpdir(), 'plenary-other-'));
    dirs.push(elsewhere);
    copyFileSync('/bin/sleep', join(elsewhere, 'postgres'));
    const other = spawn(join(elsewhere, 'postgres'), ['600'], { cwd: elsewhere, stdio: 'ignore' });
    started.push(other);
    await new Promise((resolve) => other.once('spawn', resolve));
    const socketLock = join(dir, '.s.PGSQL.5432.lock');
    writeFileSync(socketLock, `${other.pid}\n`);

    await clearCrashedCluster(dir, socketLock);

    expect(existsSync(socketLock)).toBe(true);
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('waits for the old backends, asks lingering ones to quit, and kills those that will not', async () => {
    const dir = crashedDataDir(999_999);
    dirs.push(dir);
    const lingering = await orphanIn(dir, 'echo ready; exec sleep 600');
    const stubborn = await orphanIn(dir, 'trap "" QUIT; echo ready; sleep 600 & wait');
    expect(clusterProcesses(dir)).toEqual(expect.arrayContaining([lingering.pid, stubborn.pid]));

    await clearCrashedCluster(dir, null, { graceMs: 500 });

    expect(await exitOf(lingering)).toBe('SIGQUIT');
    expect(await exitOf(stubborn)).toBe('SIGKILL');
    expect(clusterProcesses(dir)).toEqual([]);
    // Only once they were gone was the lock file removed.
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('gives up, leaving the lock file, when the old processes cannot be ended', async () => {
    const dir = crashedDataDir(999_999);
    dirs.push(dir);
    // A process that outlives any signal cannot be made in a test; one that is not ours to
    // signal can't either, so give up before the grace period ends instead.
    await orphanIn(dir, 'echo ready; exec sleep 600');
    await expect(
      clearCrashedCluster(dir, null, { graceMs: 60_000, giveUpMs: 100 }),
    ).rejects.toThrow(/still running/);
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(true);
  });
});
