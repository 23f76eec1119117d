import { Admission, DatabaseBusyError, RequestGate } from './database-admission';

describe('RequestGate (turns of requests at the embedded database)', () => {
  afterEach(() => jest.useRealTimers());

  it('serves maxActive at once, queues up to maxWaiting first come first served, and refuses beyond with Retry-After', async () => {
    const gate = new RequestGate({ maxActive: 2, maxWaiting: 2, maxWaitMs: 600_000, responseBudgetMs: 600_000 });
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
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 10, maxWaitMs: 50, responseBudgetMs: 600_000 });
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

describe('RequestGate response budget (expected wait + the kind’s long turn)', () => {
  afterEach(() => jest.useRealTimers());

  /** A turn of `kind` lasting `ms`, on a free gate. */
  async function turn(gate: RequestGate, kind: string, ms: number): Promise<void> {
    const admission = new Admission(kind);
    await gate.enter(admission);
    jest.advanceTimersByTime(ms);
    admission.end();
  }

  const outcomeOf = (entered: Promise<void>) =>
    entered.then(
      () => 'admitted',
      (error: unknown) => (error instanceof DatabaseBusyError && error.retryAfterSeconds >= 1 ? 'refused with Retry-After' : 'other'),
    );

  it('refuses at once a request whose wait plus its own long turn would pass the budget, and still queues a short kind', async () => {
    jest.useFakeTimers();
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 10, maxWaitMs: 300, responseBudgetMs: 400 });
    await turn(gate, 'POST /api/scenarios', 300);
    await turn(gate, 'POST /api/scenarios/:id/events', 20);

    const holder = new Admission('POST /api/scenarios');
    await gate.enter(holder);
    // About 300 ms to wait: a registration (300 ms turns) would answer after ~600 ms, so it is told to come back now…
    expect(await outcomeOf(gate.enter(new Admission('POST /api/scenarios')))).toBe('refused with Retry-After');
    expect(gate.queued).toBe(0);
    // …while a transition (20 ms turns) fits in the budget and waits.
    const transition = outcomeOf(gate.enter(new Admission('POST /api/scenarios/:id/events')));
    expect(gate.queued).toBe(1);
    holder.end();
    expect(await transition).toBe('admitted');
  });

  it('gives a queued request up once waiting longer would pass the budget with its long turn, before maxWaitMs', async () => {
    jest.useFakeTimers();
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 10, maxWaitMs: 300, responseBudgetMs: 400 });
    await turn(gate, 'POST /api/scenarios', 300);
    await turn(gate, 'GET /api/search/scenarios', 20);

    const holder = new Admission('GET /api/search/scenarios');
    await gate.enter(holder);
    const registration = outcomeOf(gate.enter(new Admission('POST /api/scenarios')));
    expect(gate.queued).toBe(1);
    jest.advanceTimersByTime(100); // 400 ms budget − 300 ms turn: no point waiting longer
    expect(await registration).toBe('refused with Retry-After');
    expect(gate.queued).toBe(0);
    holder.end();
  });
});
