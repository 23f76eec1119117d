import { canonicalJson, GENESIS_HASH, historyHash, verifyChain, type HistoryFacts } from './history-chain';

function facts(sequence: number, to: string): HistoryFacts {
  return {
    instanceId: 'i-1',
    sequence,
    kind: sequence === 0 ? 'start' : 'transition',
    machineId: 'm',
    machineVersion: 1,
    from: sequence === 0 ? null : 's',
    to,
    event: { type: sequence === 0 ? 'start' : 'go', note: '说明' },
    actor: { id: 'u', roles: ['officer'], unit: '市发展改革委' },
    reason: null,
    correlationId: 'c',
    occurredAt: '2026-11-22T00:00:00.000Z',
  };
}

function chain(...stages: string[]) {
  let previous = GENESIS_HASH;
  return stages.map((to, sequence) => {
    const row = { facts: facts(sequence, to), previousHash: previous, hash: historyHash(previous, facts(sequence, to)) };
    previous = row.hash;
    return row;
  });
}

describe('history hash chain', () => {
  it('is independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('verifies an intact chain', () => {
    const rows = chain('a', 'b', 'c');
    expect(verifyChain(rows, { hash: rows[2].hash, length: 3 })).toEqual([]);
  });

  it('detects an edited row, a deleted row and a truncated tail', () => {
    const edited = chain('a', 'b', 'c');
    edited[1] = { ...edited[1], facts: { ...edited[1].facts, to: 'z' } };
    expect(verifyChain(edited, { hash: edited[2].hash, length: 3 }).map((p) => p.sequence)).toEqual([1]);

    const deleted = chain('a', 'b', 'c');
    const head = { hash: deleted[2].hash, length: 3 };
    deleted.splice(1, 1);
    expect(verifyChain(deleted, head).length).toBeGreaterThanOrEqual(2);

    const truncated = chain('a', 'b', 'c');
    const fullHead = { hash: truncated[2].hash, length: 3 };
    expect(verifyChain(truncated.slice(0, 2), fullHead)).toEqual([expect.objectContaining({ sequence: null })]);
  });
});
