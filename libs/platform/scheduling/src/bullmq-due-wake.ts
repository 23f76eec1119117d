import type { Queue } from 'bullmq';

/** Wake-ups closer together than this are merged: a job due meanwhile waits this long at most. */
const MIN_GAP_MS = 5;

/**
 * One atomic step: the earliest delayed job's due time (BullMQ scores a delayed job `timestamp × 4096 + counter`)
 * and, when it is due, a standard marker (score 0) that ends the worker's blocking wait at once; the worker's next
 * fetch then promotes every due delayed job. Returns -1 when nothing is delayed.
 */
const WAKE_SCRIPT = `
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if first[2] == nil then return -1 end
local due = math.floor(tonumber(first[2]) / 4096)
if due <= tonumber(ARGV[1]) then redis.call('ZADD', KEYS[2], 0, '0') end
return due`;

const WAKE_COMMAND = 'scqWakeDue';

/**
 * Makes a BullMQ worker start delayed jobs on time. The worker waits for the next delayed job with a blocking
 * `BZPOPMIN` whose timeout Redis only checks on its own clock ticks (`hz`, 10 by default: every 100 ms) when no other
 * command wakes it, so a job due while the queue is quiet started 0–100 ms late (more on a busy machine). This timer
 * runs in the worker's process at the earliest due time it knows of (jobs this process schedules are announced;
 * the others are read from the delayed set every `pollMs`) and marks the queue, which Redis serves at once.
 */
export class BullMqDueWake {
  private timer: NodeJS.Timeout | undefined;
  private armedAt = Infinity;
  private lastRun = 0;
  private running: Promise<void> | undefined;
  /** The timer rang while a wake-up was running: one more follows it. */
  private again = false;
  private stopped = false;
  private defined = false;

  constructor(
    private readonly queue: Queue,
    private readonly pollMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.arm(Date.now());
  }

  /** A job of this queue becomes due at `time` (ms since the epoch). */
  announce(time: number): void {
    if (!this.stopped && time < this.armedAt) this.arm(time);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private arm(time: number): void {
    clearTimeout(this.timer);
    const at = Math.max(time, this.lastRun + MIN_GAP_MS);
    this.armedAt = at;
    // A timer may fire a millisecond early: one more keeps the wake-up after the job's due time.
    this.timer = setTimeout(() => this.run(), Math.max(0, at - Date.now()) + 1);
    this.timer.unref();
  }

  private run(): void {
    this.timer = undefined;
    this.armedAt = Infinity;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.wake().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.arm(Date.now());
      }
    });
  }

  private async wake(): Promise<void> {
    if (this.stopped) return;
    const now = Date.now();
    this.lastRun = now;
    let next = now + this.pollMs;
    try {
      const client = await this.queue.getBackend().client;
      if (!this.defined) {
        client.defineCommand(WAKE_COMMAND, { numberOfKeys: 2, lua: WAKE_SCRIPT });
        this.defined = true;
      }
      const due = Number(await client.runCommand(WAKE_COMMAND, [this.queue.keys.delayed, this.queue.keys.marker, String(now)]));
      // Still due after the marker (the worker is busy, or it promotes them next): look again shortly.
      if (due >= 0) next = Math.min(next, Math.max(due, now));
    } catch (error) {
      this.onError(error as Error);
    }
    if (!this.stopped && next < this.armedAt) this.arm(next);
  }
}
