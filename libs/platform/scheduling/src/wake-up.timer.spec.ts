import { WakeUpTimer } from './wake-up.timer';

describe('WakeUpTimer', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  function sleepEnds(timer: WakeUpTimer, ms: number): { done: () => boolean } {
    let done = false;
    void timer.sleep(ms).then(() => (done = true));
    return { done: () => done };
  }

  it('sleeps for the interval', async () => {
    const sleep = sleepEnds(new WakeUpTimer(), 200);
    await jest.advanceTimersByTimeAsync(150);
    expect(sleep.done()).toBe(false);
    await jest.advanceTimersByTimeAsync(60);
    expect(sleep.done()).toBe(true);
  });

  it('wakes at an announced due time sooner than the interval, not before it', async () => {
    const timer = new WakeUpTimer();
    const sleep = sleepEnds(timer, 200);
    timer.wakeAt(Date.now() + 50);
    await jest.advanceTimersByTimeAsync(49);
    expect(sleep.done()).toBe(false);
    await jest.advanceTimersByTimeAsync(5);
    expect(sleep.done()).toBe(true);
  });

  it('remembers a due time announced while awake', async () => {
    const timer = new WakeUpTimer();
    timer.wakeAt(Date.now() + 30);
    const sleep = sleepEnds(timer, 200);
    await jest.advanceTimersByTimeAsync(35);
    expect(sleep.done()).toBe(true);
    const next = sleepEnds(timer, 200);
    await jest.advanceTimersByTimeAsync(100);
    expect(next.done()).toBe(false);
  });

  it('wakes at once on wakeNow', async () => {
    const timer = new WakeUpTimer();
    const sleep = sleepEnds(timer, 10_000);
    timer.wakeNow();
    await jest.advanceTimersByTimeAsync(0);
    expect(sleep.done()).toBe(true);
  });
});
