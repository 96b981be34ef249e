import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { coalescedReads, DESK_REFRESH_DELAY_MS, DESK_REFRESH_MAX_WAIT_MS } from './desk-changes';

/** Reads of the desk that end when the spec says, each counted. */
function givenDesk() {
  const ends: Array<(failed?: boolean) => void> = [];
  const read = jest.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        ends.push((failed) => (failed ? reject(new Error('network')) : resolve()));
      }),
  );
  /** Ends the oldest read under way, and lets what follows it run. */
  const endRead = async (failed = false) => {
    ends.shift()?.(failed);
    await jest.advanceTimersByTimeAsync(0);
  };
  return { read, endRead, reads: coalescedReads(read) };
}

describe("the desk's reads after changes", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('make one read for a burst, once its last change is DESK_REFRESH_DELAY_MS old', () => {
    const { read, reads } = givenDesk();
    for (let i = 0; i < 5; i++) {
      reads.changed();
      jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS - 1);
    }
    expect(read).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('read a burst that goes on at least every DESK_REFRESH_MAX_WAIT_MS', () => {
    const { read, reads } = givenDesk();
    const step = DESK_REFRESH_DELAY_MS - 1;
    for (let waited = 0; waited + step < DESK_REFRESH_MAX_WAIT_MS; waited += step) {
      reads.changed();
      jest.advanceTimersByTime(step);
    }
    expect(read).not.toHaveBeenCalled();
    reads.changed();
    jest.advanceTimersByTime(step);
    expect(read).toHaveBeenCalledTimes(1);
    // The burst's own delay after that read starts no second read beside it.
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('never start a read while one is under way, and read once more after it for what came meanwhile', async () => {
    const { read, endRead, reads } = givenDesk();
    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);

    // Two bursts while the read is slow: neither starts a second read beside it.
    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);

    await endRead();
    expect(read).toHaveBeenCalledTimes(2);
    await endRead();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('read again after a read that failed', async () => {
    const { read, endRead, reads } = givenDesk();
    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    await endRead(true);

    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('start nothing once the page is left', async () => {
    const { read, endRead, reads } = givenDesk();
    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    reads.changed();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    reads.changed();
    reads.stop();

    await endRead();
    jest.advanceTimersByTime(DESK_REFRESH_DELAY_MS);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
