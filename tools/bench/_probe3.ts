import { randomBytes } from 'node:crypto';
import { BullMqScheduler } from '@scq/platform-scheduling';
import { BullMqDueWake } from '../../libs/platform/scheduling/src/bullmq-due-wake';
async function main() {
  if (process.env.NOWAKE) { BullMqDueWake.prototype.start = () => undefined; BullMqDueWake.prototype.announce = () => undefined; }
  const prefix = 'scq-probe-' + randomBytes(3).toString('hex');
  const s = new BullMqScheduler({ connection: { url: 'redis://127.0.0.1:6379' }, prefix });
  const late: Array<[number, number]> = [];
  s.handle('q', async (job) => void late.push([job.runAt.getTime(), Date.now() - job.runAt.getTime()]));
  await s.start();
  const N = 8000, t = Date.now() + 4000;
  let next = 0;
  await Promise.all(Array.from({ length: 32 }, async () => { while (next < N) { const i = next++; await s.schedule({ queue: 'q', jobId: `j${i}`, runAt: new Date(t + i), payload: null }); } }));
  console.log('enqueued, margin', t - Date.now());
  await new Promise((r) => setTimeout(r, t + N - Date.now() + 2000));
  for (let sec = 0; sec < N / 1000; sec++) {
    const xs = late.filter(([at]) => at >= t + sec * 1000 && at < t + (sec + 1) * 1000).map(([, l]) => l).sort((a, b) => a - b);
    console.log(sec, xs.length, 'p50', xs[Math.floor(xs.length / 2)], 'p99', xs[Math.floor(xs.length * 0.99)], 'max', xs[xs.length - 1]);
  }
  await s.stop();
}
main().then(() => process.exit(0));
