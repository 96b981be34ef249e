import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { type Postmaster, type PostmasterExit, PostgresSupervisor } from './postgres-supervisor.js';

/** A postmaster that dies when told to, and whose restarts succeed or fail as scripted. */
class ScriptedPostmaster implements Postmaster {
  private listener: ((exit: PostmasterExit) => void) | null = null;
  readonly restarts: number[] = [];
  failNextRestarts = 0;
  stops = 0;
  private pendingStart: (() => void) | null = null;
  holdStarts = false;

  onExit(listener: (exit: PostmasterExit) => void): void {
    this.listener = listener;
  }

  die(): void {
    const listener = this.listener;
    this.listener = null;
    listener?.({ pid: 42, code: null, signal: 'SIGKILL' });
  }

  async restart(): Promise<void> {
    this.restarts.push(Date.now());
    if (this.holdStarts) await new Promise<void>((resolve) => (this.pendingStart = resolve));
    if (this.failNextRestarts > 0) {
      this.failNextRestarts--;
      throw new Error('could not create lock file "postmaster.pid"');
    }
  }

  finishStart(): void {
    this.pendingStart?.();
  }

  stop(): Promise<void> {
    this.stops++;
    return Promise.resolve();
  }
}

function recordingLog() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at = (level: string) => (fields: object, message: string) =>
    lines.push({ level, fields: fields as Record<string, unknown>, message });
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('PostgresSupervisor', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('restarts a dead postmaster after a short wait, says so at warn, and watches the new one', async () => {
    const postmaster = new ScriptedPostmaster();
    const { lines, log } = recordingLog();
    const supervisor = new PostgresSupervisor(postmaster, log, { firstDelayMs: 200 });
    expect(supervisor.state).toBe('running');

    postmaster.die();
    expect(supervisor.state).toBe('restarting');
    await jest.advanceTimersByTimeAsync(199);
    expect(postmaster.restarts).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(postmaster.restarts).toHaveLength(1);
    expect(supervisor.state).toBe('running');
    expect(lines.map((l) => [l.level, l.message, l.fields.attempt])).toEqual([
      ['error', 'the embedded PostgreSQL exited; restarting it', undefined],
      ['warn', 'restarting the embedded PostgreSQL', 1],
      ['warn', 'the embedded PostgreSQL is running again', 1],
    ]);

    // The new postmaster is watched too.
    await jest.advanceTimersByTimeAsync(120_000);
    postmaster.die();
    expect(supervisor.state).toBe('restarting');
    await jest.advanceTimersByTimeAsync(200);
    expect(postmaster.restarts).toHaveLength(2);
    expect(supervisor.state).toBe('running');

    // Shutting down: the exit that stop() causes is not a crash.
    await supervisor.stop();
    postmaster.die();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(postmaster.restarts).toHaveLength(2);
    expect(supervisor.state).toBe('stopped');
  });

  it('backs off exponentially while restarts fail, up to the cap', async () => {
    const postmaster = new ScriptedPostmaster();
    const { lines, log } = recordingLog();
    new PostgresSupervisor(postmaster, log, { firstDelayMs: 100, maxDelayMs: 1_000 });
    postmaster.failNextRestarts = 6;
    const diedAt = Date.now();
    postmaster.die();
    await jest.advanceTimersByTimeAsync(10_000);

    // Each wait runs from the previous restart, the first from the death.
    const waits = postmaster.restarts.map((at, i) => at - (postmaster.restarts[i - 1] ?? diedAt));
    expect(waits).toEqual([100, 200, 400, 800, 1_000, 1_000, 1_000]);
    const failed = lines.filter((l) => l.message === 'the embedded PostgreSQL did not start');
    expect(failed.map((l) => [l.level, l.fields.attempt])).toEqual(
      [1, 2, 3, 4, 5, 6].map((attempt) => ['warn', attempt]),
    );
    expect(lines.at(-1)).toMatchObject({
      message: 'the embedded PostgreSQL is running again',
      fields: { attempt: 7 },
    });
  });

  it('keeps backing off when it dies again soon after a restart, and starts over once it ran a while', async () => {
    const postmaster = new ScriptedPostmaster();
    const { log } = recordingLog();
    new PostgresSupervisor(postmaster, log, {
      firstDelayMs: 100,
      maxDelayMs: 10_000,
      stableAfterMs: 60_000,
    });
    const waitBeforeRestart = async () => {
      const diedAt = Date.now();
      const before = postmaster.restarts.length;
      postmaster.die();
      await jest.advanceTimersByTimeAsync(20_000);
      expect(postmaster.restarts).toHaveLength(before + 1);
      return postmaster.restarts.at(-1)! - diedAt;
    };
    // A crash loop: each death soon after a start waits longer.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(await waitBeforeRestart()).toBe(100);
    expect(await waitBeforeRestart()).toBe(200);
    expect(await waitBeforeRestart()).toBe(400);
    // Up for a minute: a crash is a new story.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(await waitBeforeRestart()).toBe(100);
  });

  it('stops supervising on shutdown: no restart after stop, even one that was waiting', async () => {
    const postmaster = new ScriptedPostmaster();
    const { log } = recordingLog();
    const supervisor = new PostgresSupervisor(postmaster, log, { firstDelayMs: 1_000 });
    postmaster.die();
    await jest.advanceTimersByTimeAsync(500);
    await supervisor.stop();
    expect(supervisor.state).toBe('stopped');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(postmaster.restarts).toHaveLength(0);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('stops what a restart under way started', async () => {
    const postmaster = new ScriptedPostmaster();
    const { lines, log } = recordingLog();
    const supervisor = new PostgresSupervisor(postmaster, log, { firstDelayMs: 10 });
    postmaster.holdStarts = true;
    postmaster.die();
    await jest.advanceTimersByTimeAsync(10);
    expect(postmaster.restarts).toHaveLength(1);

    const stopped = supervisor.stop();
    postmaster.finishStart();
    await stopped;
    expect(postmaster.stops).toBe(2); // once at once, once after the start it waited for
    expect(supervisor.state).toBe('stopped');
    expect(lines.some((l) => l.message === 'the embedded PostgreSQL is running again')).toBe(false);
  });
});
