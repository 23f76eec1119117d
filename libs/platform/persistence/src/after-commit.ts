import type { SqlExecutor } from './sql-executor';

const pending = new WeakMap<SqlExecutor, Array<() => void>>();

/**
 * Runs `callback` once what `executor` wrote is committed: after its unit of work commits (never when it rolls back),
 * or at once when the executor is not a unit of work (each statement commits by itself). The outbox and the job
 * outbox use it to wake their workers, so no use case has to remember to.
 */
export function afterCommit(executor: SqlExecutor, callback: () => void): void {
  const queue = pending.get(executor);
  if (queue) queue.push(callback);
  else queueMicrotask(callback);
}

/** For Database adapters: `tx` is a unit of work from now on; its after-commit callbacks wait for `committed`. */
export function unitOfWorkBegun(tx: SqlExecutor): void {
  pending.set(tx, []);
}

/** For Database adapters: `tx` committed (run its callbacks) or rolled back (`false`: drop them). */
export function unitOfWorkEnded(tx: SqlExecutor, committed: boolean): void {
  const callbacks = pending.get(tx) ?? [];
  pending.delete(tx);
  if (!committed) return;
  for (const callback of callbacks) {
    try {
      callback();
    } catch {
      // A wake-up that fails must not turn a committed unit of work into an error; the worker polls anyway.
    }
  }
}
