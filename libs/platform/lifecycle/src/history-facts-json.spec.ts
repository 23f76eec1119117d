import { randomUUID } from 'node:crypto';
import { chainKey, HistoryChainKeys, verifyChain, type HistoryFacts } from './history-chain';
import { factsJson } from './history-facts-json';
import { chainEntry } from './lifecycle.runner';

const keys = new HistoryChainKeys(chainKey(randomUUID()));
const facts: Omit<HistoryFacts, 'keyId'> = {
  instanceId: randomUUID(),
  sequence: 0,
  kind: 'start',
  machineId: 'm',
  machineVersion: 1,
  from: null,
  to: 'a',
  // What JSON does not keep as it is: undefined, a date, NaN, a class instance.
  event: { type: 'start', at: new Date(0), gone: undefined, ratio: NaN, input: new (class Input { readonly n = 1; })() },
  actor: { id: 'u', roles: ['officer'], unit: '市发展改革委', organisation: null },
  reason: null,
  correlationId: 'c',
  occurredAt: new Date(0).toISOString(),
  subject: { unit: '市发展改革委', since: new Date(0), optional: undefined },
};

describe('a history entry’s facts as JSON', () => {
  it('are the facts as the database gives them back, and the link made from them verifies when read back', () => {
    const entry = chainEntry(keys, '0'.repeat(64), facts);
    expect(entry.event).toEqual({ type: 'start', at: '1970-01-01T00:00:00.000Z', ratio: null, input: { n: 1 } });
    expect(entry.subject).toEqual({ unit: '市发展改革委', since: '1970-01-01T00:00:00.000Z' });
    const json = factsJson(entry);
    expect(json).toEqual({ event: JSON.stringify(entry.event), actor: JSON.stringify(entry.actor), subject: JSON.stringify(entry.subject) });
    // As the store reads it: the jsonb columns parsed, the rest as written.
    const { previousHash, hash, ...stored } = entry;
    const read = { ...stored, event: JSON.parse(json.event), actor: JSON.parse(json.actor), subject: JSON.parse(json.subject!) } as HistoryFacts;
    const result = verifyChain([{ facts: read, previousHash, hash }], { hash, length: 1 }, keys);
    expect(result.entries.map((e) => e.verdict)).toEqual(['ok']);
    expect(result.problems).toEqual([]);
  });

  it('are serialised afresh for an entry not made by chainEntry (a copy, an entry read back)', () => {
    const entry = chainEntry(keys, '0'.repeat(64), { ...facts, subject: null });
    const copy = { ...entry, event: { type: 'changed' } };
    expect(factsJson(copy)).toEqual({ event: '{"type":"changed"}', actor: JSON.stringify(entry.actor), subject: null });
  });
});
