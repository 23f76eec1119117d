/**
 * npm run bench:reminders — the notification service's reminders on the BullMQ adapter of the Scheduler port, on
 * the real Redis of the machine (a private key prefix, deleted afterwards; never FLUSHALL):
 *   1. enqueue BENCH_REMINDERS (100k) reminders with deterministic job ids through `BullMqScheduler.schedule`:
 *      the enqueue rate, and Redis memory per pending reminder measured two ways: INFO used_memory before/after ÷
 *      count, and MEMORY USAGE of the keys a reminder creates (its job hash, sampled, plus its share of the delayed set). Of them, 2 × BENCH_RATE × BENCH_FIRE_SECONDS are due at BENCH_RATE (1,000)
 *      per second in two windows of BENCH_FIRE_SECONDS (30 s); the rest stay pending a day ahead.
 *   2. firing lateness (handler start − runAt): p50 / p95 / p99 / max, in the first window with nothing else going
 *      on, in the second while new reminders are scheduled at the same rate (as the job outbox would, 32 in flight).
 * Prints the figures and writes them into docs/notification.md (between the bench markers).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { REMINDER_QUEUE, reminderJob, type ReminderJob } from '@scq/notification-application';
import { reminderJobId } from '@scq/notification-domain';
import { BullMqScheduler, type ScheduledJob } from '@scq/platform-scheduling';

const REDIS_URL = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const TOTAL = Number(process.env.BENCH_REMINDERS ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const FIRE_SECONDS = Number(process.env.BENCH_FIRE_SECONDS ?? 30);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 256);
const WORKER_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 10);
/** The job outbox dispatcher's default concurrency. */
const OUTBOX_IN_FLIGHT = 32;
/** Job hashes whose MEMORY USAGE is averaged. */
const SAMPLED_JOBS = 200;
const TARGET_BYTES = 1000;
const TARGET_QUIET_P99_MS = 100;
const TARGET_BUSY_P99_MS = 250;
const DAY_MS = 86_400_000;
const DOC = join(__dirname, '..', '..', 'docs', 'notification.md');
const START_MARKER = '<!-- bench:reminders:start -->';
const END_MARKER = '<!-- bench:reminders:end -->';

function reminder(runAt: number): ScheduledJob<ReminderJob> {
  const deadlineId = `${randomUUID()}.revision-1`;
  return { queue: REMINDER_QUEUE, jobId: reminderJobId(deadlineId, 'before-3d'), runAt: new Date(runAt), payload: reminderJob(deadlineId, 'before-3d') };
}

/** Runs `work` for 0..count-1 with at most `inFlight` at once. */
async function pool(count: number, inFlight: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 5000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

interface Lateness {
  fired: number;
  total: number;
  early: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function summarise(samples: number[], total: number): Lateness {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { fired: samples.length, total, early: samples.filter((ms) => ms < 0).length, p50: pick(0.5), p95: pick(0.95), p99: pick(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

interface Run {
  enqueue: { seconds: number; perSecond: number; bytesPerReminder: number; keyBytesPerReminder: number; jobKeyBytes: number; delayedSetBytes: number; encoding: string; before: number; after: number };
  quiet: Lateness;
  busy: Lateness;
}

async function run(redis: Redis): Promise<Run> {
  const prefix = `scq-bench-reminders-${process.pid}-${randomBytes(3).toString('hex')}`;
  // As the notification service runs it (an earlier version ignores removeFinished: it kept finished jobs).
  const scheduler = new BullMqScheduler({ connection: { url: REDIS_URL }, prefix, concurrency: WORKER_CONCURRENCY, removeFinished: [REMINDER_QUEUE] });
  const windowSize = RATE * FIRE_SECONDS;
  const windows: number[][] = [[], []];
  let window = 0;
  scheduler.handle<ReminderJob>(REMINDER_QUEUE, async (job) => {
    const late = Date.now() - job.runAt.getTime();
    if (job.runAt.getTime() < Date.now() + DAY_MS / 2) windows[window].push(late);
  });
  try {
    await scheduler.start();
    // Warm the connection and the queue's scripts, so that neither is counted.
    await scheduler.schedule(reminder(Date.now() + 2 * DAY_MS));
    await sleep(200);
    const before = await usedMemory(redis);
    const far = Math.max(0, TOTAL - 2 * windowSize);
    const started = performance.now();
    await pool(far, IN_FLIGHT, (i) => scheduler.schedule(reminder(Date.now() + DAY_MS + i)));
    const farSeconds = (performance.now() - started) / 1000;
    // The due ones start once they are all in: estimated from the rate so far, with a margin.
    const t0 = Date.now() + Math.ceil(((2 * windowSize) / Math.max(1, far / Math.max(farSeconds, 0.001))) * 2500) + 5000;
    const t1 = t0 + FIRE_SECONDS * 1000 + 3000;
    const dueAt = (i: number) => (i < windowSize ? t0 + Math.floor((i * 1000) / RATE) : t1 + Math.floor(((i - windowSize) * 1000) / RATE));
    await pool(2 * windowSize, IN_FLIGHT, (i) => scheduler.schedule(reminder(dueAt(i))));
    const seconds = (performance.now() - started) / 1000;
    if (Date.now() >= t0) throw new Error(`enqueueing took longer than estimated (${seconds.toFixed(1)} s, far ones ${farSeconds.toFixed(1)} s): the first window started before all reminders were in`);
    const after = await usedMemory(redis);
    const delayed = await redis.zcard(`${prefix}:${REMINDER_QUEUE}:delayed`);
    const sampleIds = (await redis.zrandmember(`${prefix}:${REMINDER_QUEUE}:delayed`, SAMPLED_JOBS)) as string[];
    let hashBytes = 0;
    for (const id of sampleIds) hashBytes += Number(await redis.call('MEMORY', 'USAGE', `${prefix}:${REMINDER_QUEUE}:${id}`, 'SAMPLES', '0'));
    const jobKeyBytes = hashBytes / sampleIds.length;
    const encoding = String(await redis.call('OBJECT', 'ENCODING', `${prefix}:${REMINDER_QUEUE}:${sampleIds[0]}`));
    const delayedSetBytes = Number(await redis.call('MEMORY', 'USAGE', `${prefix}:${REMINDER_QUEUE}:delayed`, 'SAMPLES', '0'));
    if (delayed < TOTAL) throw new Error(`expected ${TOTAL} pending reminders, found ${delayed}`);
    const keyBytesPerReminder = jobKeyBytes + delayedSetBytes / delayed;
    const enqueue = { seconds, perSecond: TOTAL / seconds, bytesPerReminder: (after - before) / TOTAL, keyBytesPerReminder, jobKeyBytes, delayedSetBytes, encoding, before, after };

    await sleep(t1 - 1500 - Date.now());
    window = 1;
    // The second window: new reminders (a day ahead) scheduled at the same rate meanwhile, paced every 100 ms.
    const producing = (async () => {
      for (let tick = 0; tick < (FIRE_SECONDS * 1000) / 100; tick++) {
        await sleep(t1 + tick * 100 - Date.now());
        await pool(RATE / 10, OUTBOX_IN_FLIGHT, () => scheduler.schedule(reminder(Date.now() + DAY_MS)));
      }
    })();
    const deadline = t1 + FIRE_SECONDS * 1000 + 15_000;
    while (windows[1].length < windowSize && Date.now() < deadline) await sleep(50);
    await producing;
    return { enqueue, quiet: summarise(windows[0], windowSize), busy: summarise(windows[1], windowSize) };
  } finally {
    await scheduler.stop();
    await deleteKeys(redis, prefix);
  }
}

async function main(): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const server = /redis_version:([\d.]+)/.exec(await redis.info('server'))?.[1] ?? '?';
    const hz = ((await redis.config('GET', 'hz')) as string[])[1];
    const bullmq = (require('bullmq/package.json') as { version: string }).version;
    console.log(`\nReminder scheduling benchmark — BullMQ ${bullmq} on Redis ${server} (hz ${hz}), Node ${process.version}`);
    const { enqueue, quiet, busy } = await run(redis);
    const line = (label: string, l: Lateness) =>
      `${label}: ${l.fired}/${l.total} at ${RATE}/s for ${FIRE_SECONDS} s, worker concurrency ${WORKER_CONCURRENCY}: lateness p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms, max ${l.max} ms; early: ${l.early}`;
    console.log(`enqueue: ${TOTAL} reminders in ${enqueue.seconds.toFixed(1)} s = ${Math.round(enqueue.perSecond)} reminders/s (${IN_FLIGHT} in flight)`);
    const bytes = (b: number) => `${Math.round(b)} B${b <= TARGET_BYTES ? '' : ` (MISSES ≤ ${TARGET_BYTES} B)`}`;
    console.log(`memory per pending reminder: ${bytes(enqueue.bytesPerReminder)} by INFO used_memory (${enqueue.before} → ${enqueue.after}) ÷ ${TOTAL}`);
    console.log(`memory per pending reminder: ${bytes(enqueue.keyBytesPerReminder)} by MEMORY USAGE of its keys: job hash ${Math.round(enqueue.jobKeyBytes)} B (mean of ${SAMPLED_JOBS}, ${enqueue.encoding}) + delayed set ${enqueue.delayedSetBytes} B ÷ ${TOTAL}`);
    console.log(line('firing, nothing else running', quiet));
    console.log(line(`firing while ${RATE}/s new reminders are scheduled`, busy));
    const verdict = (l: Lateness, ms: number) => (l.p99 <= ms && l.fired === l.total ? `meets p99 ≤ ${ms} ms` : `MISSES p99 ≤ ${ms} ms`);
    console.log(`target: ${verdict(quiet, TARGET_QUIET_P99_MS)} (quiet), ${verdict(busy, TARGET_BUSY_P99_MS)} (with scheduling)\n`);

    const cell = (l: Lateness, ms: number) => `p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms · max ${l.max} ms (${l.fired.toLocaleString('en')}/${l.total.toLocaleString('en')} fired, ${l.early} early) — ${verdict(l, ms)}`;
    const section = [
      START_MARKER,
      `Measured ${new Date().toISOString().slice(0, 10)} on this 2-core machine by \`npm run bench:reminders\` (BullMQ ${bullmq}, the shared Redis ${server} with \`hz ${hz}\`, Node ${process.version}, worker concurrency ${WORKER_CONCURRENCY}):`,
      '',
      '| figure | value |',
      '|---|---|',
      `| enqueue ${TOTAL.toLocaleString('en')} reminders through \`BullMqScheduler.schedule\` (${IN_FLIGHT} in flight) | ${Math.round(enqueue.perSecond).toLocaleString('en')} reminders/s (${enqueue.seconds.toFixed(1)} s) |`,
      `| Redis memory per pending reminder (INFO used_memory delta / ${TOTAL.toLocaleString('en')}) | ${bytes(enqueue.bytesPerReminder)} |`,
      `| Redis memory per pending reminder (MEMORY USAGE: job hash + share of the delayed set) | ${bytes(enqueue.keyBytesPerReminder)} (job hash ${Math.round(enqueue.jobKeyBytes)} B, ${enqueue.encoding}; delayed set ${Math.round(enqueue.delayedSetBytes / TOTAL)} B) |`,
      `| firing lateness, ${RATE.toLocaleString('en')} due/s for ${FIRE_SECONDS} s, nothing else running | ${cell(quiet, TARGET_QUIET_P99_MS)} |`,
      `| firing lateness, ${RATE.toLocaleString('en')} due/s for ${FIRE_SECONDS} s while ${RATE.toLocaleString('en')}/s new reminders are scheduled | ${cell(busy, TARGET_BUSY_P99_MS)} |`,
      END_MARKER,
    ].join('\n');
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START_MARKER);
    const end = doc.indexOf(END_MARKER);
    writeFileSync(DOC, start >= 0 && end > start ? doc.slice(0, start) + section + doc.slice(end + END_MARKER.length) : `${doc.trimEnd()}\n\n${section}\n`);
    console.log(`figures written to ${DOC}`);
  } finally {
    await redis.quit();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
