/**
 * Work to finish before the process exits on a signal (start.ts's stop), after the API has
 * closed: the last spans still buffered by the tracing SDK, for one. A hook that hangs does not
 * hold the exit beyond `timeoutMs`.
 */
const hooks: (() => Promise<unknown>)[] = [];

export function beforeSignalExit(hook: () => Promise<unknown>): void {
  hooks.push(hook);
}

export async function runBeforeSignalExit(timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled(hooks.map((hook) => hook())),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
}
