import { ReadinessRegistry } from './readiness.registry';

describe('ReadinessRegistry', () => {
  it('is unavailable when a check fails, and names the failing check', async () => {
    const readiness = new ReadinessRegistry();
    readiness.add({ name: 'database:registry', check: async () => undefined });
    readiness.add({ name: 'message-bus', check: async () => Promise.reject(new Error('broker down')) });
    expect(await readiness.report()).toEqual({
      status: 'unavailable',
      checks: [
        { name: 'database:registry', ok: true },
        { name: 'message-bus', ok: false, error: 'broker down' },
      ],
    });
  });

  it('reports an informational check without letting it decide readiness (consumers still joining their groups)', async () => {
    const readiness = new ReadinessRegistry();
    readiness.add({ name: 'database:registry', check: async () => undefined });
    readiness.add({ name: 'event-consumers', informational: true, check: async () => Promise.reject(new Error('joining their groups: registry.stage-read-model')) });
    expect(await readiness.report()).toEqual({
      status: 'ok',
      checks: [
        { name: 'database:registry', ok: true },
        { name: 'event-consumers', ok: false, error: 'joining their groups: registry.stage-read-model', informational: true },
      ],
    });
  });
});
