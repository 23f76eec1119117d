import type { DeliveredMessage, MessageBus } from './message-bus.port';

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for messages');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One contract for every MessageBus adapter. */
export function describeMessageBusContract(adapterName: string, create: () => Promise<{ bus: MessageBus; teardown: () => Promise<void> }>): void {
  describe(`MessageBus contract: ${adapterName}`, () => {
    let bus: MessageBus;
    let teardown: () => Promise<void>;

    beforeAll(async () => ({ bus, teardown } = await create()));
    afterAll(() => teardown());

    it('delivers to every group, in order per key, with key, value and headers', async () => {
      const byGroup: Record<string, DeliveredMessage[]> = { first: [], second: [] };
      const topic = 'registry.scenario.v1';
      const subscriptions = await Promise.all(
        Object.keys(byGroup).map((group) => bus.subscribe(`contract-${group}`, [topic], async (m) => void byGroup[group].push(m))),
      );
      const messages = Array.from({ length: 120 }, (_, i) => ({ topic, key: `k${i % 6}`, value: JSON.stringify({ i }), headers: { i: String(i) } }));
      for (let i = 0; i < messages.length; i += 40) await bus.publish(messages.slice(i, i + 40));
      await waitFor(() => byGroup.first.length >= 120 && byGroup.second.length >= 120, 30_000);
      for (const received of Object.values(byGroup)) {
        expect(received).toHaveLength(120);
        expect(received[0]).toMatchObject({ topic, key: expect.stringMatching(/^k\d$/), headers: expect.objectContaining({ i: expect.any(String) }) });
        for (let k = 0; k < 6; k++) {
          const sequence = received.filter((m) => m.key === `k${k}`).map((m) => JSON.parse(m.value).i);
          expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
          expect(sequence).toHaveLength(20);
        }
      }
      await Promise.all(subscriptions.map((s) => s.close()));
    });

    it('delivers only the topics a group subscribed to', async () => {
      const received: string[] = [];
      const subscription = await bus.subscribe('contract-only-workflow', ['workflow.scenario.v1'], async (m) => void received.push(m.value));
      await bus.publish([
        { topic: 'platform.dead-letter.v1', key: 'x', value: 'not for you' },
        { topic: 'workflow.scenario.v1', key: 'x', value: 'for you' },
      ]);
      await waitFor(() => received.length >= 1, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(received).toEqual(['for you']);
      await subscription.close();
    });
  });
}
