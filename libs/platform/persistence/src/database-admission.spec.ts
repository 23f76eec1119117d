import { Admission, DatabaseBusyError, RequestGate } from './database-admission';

describe('RequestGate (turns of requests at the embedded database)', () => {
  afterEach(() => jest.useRealTimers());

  it('serves maxActive at once, queues up to maxWaiting first come first served, and refuses beyond with Retry-After', async () => {
    const gate = new RequestGate({ maxActive: 2, maxWaiting: 2, maxWaitMs: 600_000 });
    const admissions = Array.from({ length: 5 }, () => new Admission());
    const order: number[] = [];
    const entered = admissions.map((admission, i) => gate.enter(admission).then(() => order.push(i)));
    await expect(entered[4]).rejects.toEqual(expect.objectContaining({ name: 'DatabaseBusyError', retryAfterSeconds: expect.any(Number) }));
    expect(((await entered[4].catch((error: unknown) => error)) as DatabaseBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await Promise.all(entered.slice(0, 2));
    expect(order).toEqual([0, 1]);
    expect(gate.queued).toBe(2);

    admissions[1].end();
    admissions[1].end(); // ending twice frees one turn, not two
    await entered[2];
    expect(order).toEqual([0, 1, 2]);
    expect(gate.queued).toBe(1);
    admissions[0].end();
    await entered[3];
    expect(order).toEqual([0, 1, 2, 3]);
    expect(gate.queued).toBe(0);
  });

  it('takes a request out of the queue and refuses it once it has waited maxWaitMs', async () => {
    jest.useFakeTimers();
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 10, maxWaitMs: 50 });
    const first = new Admission();
    await gate.enter(first);
    const waiting = gate.enter(new Admission());
    const outcome = waiting.then(
      () => 'admitted',
      (error: unknown) => (error instanceof DatabaseBusyError ? 'refused' : 'other'),
    );
    jest.advanceTimersByTime(50);
    expect(await outcome).toBe('refused');
    expect(gate.queued).toBe(0);
    // The turn it did not take is still there for the next one.
    first.end();
    await expect(gate.enter(new Admission())).resolves.toBeUndefined();
  });
});
