/** Thrown by `BoundedSemaphore.run` when every slot is taken and the queue is full: the task was not started. */
export class SemaphoreQueueFullError extends Error {
  constructor(queueLimit: number) {
    super(`every slot is taken and ${queueLimit} tasks are already waiting`);
  }
}

/**
 * Runs at most `concurrency` tasks at a time; up to `queueLimit` more wait their turn in order, and any further
 * one is refused at once (SemaphoreQueueFullError) rather than piling up. `Infinity` lifts either bound.
 */
export class BoundedSemaphore {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
  ) {
    if (!(concurrency >= 1)) throw new RangeError(`concurrency must be at least 1, got ${concurrency}`);
    if (!(queueLimit >= 0)) throw new RangeError(`queueLimit must be 0 or more, got ${queueLimit}`);
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queueLimit) return Promise.reject(new SemaphoreQueueFullError(this.queueLimit));
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays as it is.
    if (next) next();
    else this.running -= 1;
  }
}
