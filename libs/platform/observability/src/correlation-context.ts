import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who asked for the work in progress: the HTTP request or the event being handled. */
export interface CorrelationContext {
  correlationId: string;
  /** The id of the event that caused this work, when an event did. */
  causationId: string | null;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

export const correlation = {
  run<T>(context: CorrelationContext, work: () => T): T {
    return storage.run(context, work);
  },
  current(): CorrelationContext | undefined {
    return storage.getStore();
  },
  /** The current context, or a fresh one for work nobody asked for (timers, start-up). */
  currentOrNew(): CorrelationContext {
    return storage.getStore() ?? { correlationId: randomUUID(), causationId: null };
  },
};
