import { randomUUID } from 'node:crypto';
import { assertEventData, validateEvent } from './validate-event';
import { topicNames, topicRegistry, type EventDataOf } from './topic-registry';

function envelope(overrides: Record<string, unknown> = {}) {
  return {
    specversion: '1.0',
    id: randomUUID(),
    type: 'registry.scenario.registered',
    source: 'scenario-registry',
    subject: 'c0a80101-0000-4000-8000-000000000001',
    time: '2026-11-22T08:00:00.000+08:00',
    datacontenttype: 'application/json',
    correlationid: 'corr-1',
    causationid: null,
    schemaversion: 1,
    data: {
      scenarioId: 'c0a80101-0000-4000-8000-000000000001',
      title: { zh: '智慧航道' },
      domainCode: 'ocean-development',
      ownerUnit: '市交通运输委',
      taxonomyVersion: '2025-draft',
      registeredAt: '2026-11-22T00:00:00.000Z',
    },
    ...overrides,
  };
}

describe('event validation against the topic registry', () => {
  it('accepts a valid event on its topic', () => {
    const result = validateEvent('registry.scenario.v1', envelope());
    expect(result).toMatchObject({ ok: true, envelope: { type: 'registry.scenario.registered', data: { title: { zh: '智慧航道' } } } });
  });

  it.each([
    ['an unknown topic', 'nope.v1', envelope(), 'unknown topic nope.v1'],
    ['a type not carried by the topic', 'workflow.scenario.v1', envelope(), 'is not registered on topic workflow.scenario.v1'],
    ['a missing envelope attribute', 'registry.scenario.v1', envelope({ id: undefined }), 'invalid envelope: id'],
    ['a type that is not <context>.<entity>.<verb>', 'registry.scenario.v1', envelope({ type: 'ScenarioRegistered' }), 'invalid envelope: type'],
    ['another schema version', 'registry.scenario.v1', envelope({ schemaversion: 2 }), 'schema version 2'],
    ['invalid data', 'registry.scenario.v1', envelope({ data: { scenarioId: 'x' } }), 'invalid registry.scenario.registered data: scenarioId'],
    ['a non-object', 'registry.scenario.v1', 'hello', 'invalid envelope'],
  ])('rejects %s with the reason', (_case, topic, candidate, reason) => {
    const result = validateEvent(topic, candidate);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('checks data before it is written, and the types at compile time', () => {
    const data: EventDataOf<'workflow.scenario.v1', 'workflow.scenario.stage-changed'> = {
      scenarioId: 'c0a80101-0000-4000-8000-000000000001',
      instanceId: 'c0a80101-0000-4000-8000-000000000002',
      machine: { id: 'scenario-lifecycle', version: 1 },
      from: null,
      to: 'proposed',
      event: 'start',
      actor: null,
      sequence: 0,
      changedAt: '2026-11-22T00:00:00.000Z',
    };
    expect(assertEventData('workflow.scenario.v1', 'workflow.scenario.stage-changed', data)).toEqual(data);
    expect(() => assertEventData('workflow.scenario.v1', 'workflow.scenario.stage-changed', { ...data, sequence: -1 })).toThrow('sequence');
    // @ts-expect-error the registered event has no such field: the type check fails without the topic registry's types
    expect(() => assertEventData('workflow.scenario.v1', 'workflow.scenario.stage-changed', { ...data, to: 5 })).toThrow('to');
    // @ts-expect-error a type the topic does not carry is a compile-time error
    expect(() => assertEventData('workflow.scenario.v1', 'registry.scenario.registered', data)).toThrow('not registered');
  });

  it('names every topic with a version suffix and every event type in past tense form', () => {
    for (const topic of topicNames) {
      expect(topic).toMatch(/^[a-z]+\.[a-z-]+\.v\d+$/);
      for (const type of Object.keys(topicRegistry[topic].events)) expect(type).toMatch(/^[a-z]+\.[a-z-]+\.[a-z-]+ed$/);
    }
  });
});
