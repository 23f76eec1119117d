export interface PollingWorkerOptions {
  /** One pass of work; true when there may be more to do at once (a full batch), false when it ran dry. */
  step: () => Promise<boolean>;
  /** How long to wait after a dry pass before looking again (a nudge wakes it sooner). */
  idleDelayMs: number;
  /** The longest wait after repeated failures (the wait doubles from retryDelayMs). */
  maxBackoffMs: number;
  /** The first wait after a failure; idleDelayMs unless set (a slow safety poll need not slow the retries). */
  retryDelayMs?: number;
  onError: (error: unknown) => void;
  /**
   * Called before an idle sleep: true when the worker is now armed to be woken from outside (the outbox relay's wake
   * lock). An armed worker looks once more before it sleeps (work committed before it armed), and `disarm` follows the sleep.
   */
  arm?: () => Promise<boolean>;
  disarm?: () => Promise<void>;
}

/**
 * The one polling loop of the platform (the outbox relay, the notification job dispatcher): runs `step` while there
 * is work, sleeps when there is none, wakes at once when nudged (after a commit), backs off on failure.
 */
export class PollingWorker {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;

  constructor(private readonly options: PollingWorkerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    this.loop = null;
  }

  /** There is new work: look now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.nudged = false;
        const more = await this.options.step();
        failures = 0;
        if (more || this.nudged) continue;
        if (await this.options.arm?.()) {
          try {
            this.nudged = false;
            if ((await this.options.step()) || this.nudged) continue;
            await this.sleep(this.options.idleDelayMs);
          } finally {
            await this.options.disarm?.();
          }
        } else {
          await this.sleep(this.options.idleDelayMs);
        }
      } catch (error) {
        failures += 1;
        this.options.onError(error);
        if (this.running) await this.sleep(Math.min(this.options.maxBackoffMs, (this.options.retryDelayMs ?? this.options.idleDelayMs) * 2 ** Math.min(failures, 6)));
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
