const CLOCK_SLACK_MS = 2;

/**
 * The poller's sleep: it ends after the poll interval, at the earliest due time announced with `wakeAt` (even one
 * announced while the poller was awake), or at once on `wakeNow`.
 */
export class WakeUpTimer {
  private timer: NodeJS.Timeout | undefined;
  private deadline = Infinity;
  private earliestAnnounced = Infinity;
  private ring: (() => void) | undefined;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.ring = resolve;
      this.setDeadline(Math.min(Date.now() + ms, this.earliestAnnounced));
    });
  }

  /** A job becomes due at `time`. */
  wakeAt(time: number): void {
    this.earliestAnnounced = Math.min(this.earliestAnnounced, time);
    if (this.ring && time < this.deadline) this.setDeadline(time);
  }

  wakeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.deadline = Infinity;
    if (this.earliestAnnounced <= Date.now()) this.earliestAnnounced = Infinity;
    const ring = this.ring;
    this.ring = undefined;
    ring?.();
  }

  private setDeadline(time: number): void {
    clearTimeout(this.timer);
    this.deadline = time;
    // A little late rather than early: a timer may fire a millisecond before Date.now() reaches its time.
    this.timer = setTimeout(() => this.wakeNow(), Math.max(0, time - Date.now()) + CLOCK_SLACK_MS);
  }
}
