import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { anchorMac, entriesDigest, verifyAnchors, type AnchoredHead, type HistoryAnchor } from './history-anchor';
import { canonicalJson, chainKey, GENESIS_HASH, HistoryChainKeys, historyLink, legacyHistoryHash, verifyChain, type ChainKey, type ChainRow, type HistoryFacts } from './history-chain';

const key = chainKey('k'.repeat(20) + 'a-test-key-of-enough-length');
const keys = new HistoryChainKeys(key);

function facts(sequence: number, to: string, keyId: string | null): HistoryFacts {
  return {
    instanceId: 'i-1',
    sequence,
    kind: sequence === 0 ? 'start' : 'transition',
    machineId: 'm',
    machineVersion: 1,
    from: sequence === 0 ? null : 's',
    to,
    event: { type: sequence === 0 ? 'start' : 'go', note: '说明' },
    actor: keyId ? { id: 'u', roles: ['officer'], unit: '市发展改革委', organisation: null } : { id: 'u', roles: ['officer'], unit: '市发展改革委' },
    reason: null,
    correlationId: 'c',
    occurredAt: '2026-11-22T00:00:00.000Z',
    subject: keyId ? { unit: '市发展改革委' } : null,
    keyId,
  };
}

/** A chain linked with `with` (a key, or null for legacy plain SHA-256 links). */
function chain(stages: string[], withKey: ChainKey | null = key): ChainRow[] {
  let previous = GENESIS_HASH;
  return stages.map((to, sequence) => {
    const f = facts(sequence, to, withKey?.id ?? null);
    const row = { facts: f, previousHash: previous, hash: withKey ? historyLink(withKey, previous, f) : legacyHistoryHash(previous, f) };
    previous = row.hash;
    return row;
  });
}

/** What a database writer without the key can do: change a row and recompute plain SHA-256 links from there on. */
function rewriteWithPlainHashes(rows: ChainRow[], from: number, change: (f: HistoryFacts) => HistoryFacts): ChainRow[] {
  const out = rows.slice(0, from);
  let previous = from === 0 ? GENESIS_HASH : rows[from - 1].hash;
  for (const row of rows.slice(from)) {
    const f = row.facts.sequence === from ? change(row.facts) : row.facts;
    const hash = createHash('sha256').update(previous).update('\n').update(canonicalJson(f)).digest('hex');
    out.push({ facts: f, previousHash: previous, hash });
    previous = hash;
  }
  return out;
}

const headOf = (rows: ChainRow[]) => ({ hash: rows[rows.length - 1].hash, length: rows.length });
const verdicts = (result: ReturnType<typeof verifyChain>) => result.entries.map((e) => e.verdict);

describe('history chain', () => {
  it('is independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('orders keys by UTF-16 code units and writes what JSON keeps: stored links depend on every character', () => {
    expect(canonicalJson({ 评: 1, é: 2, Z: 3, a: undefined, '𝔸': 4, ﬀ: 5, '10': 6, '9': 7, nested: [{ u: undefined }, null] })).toBe(
      '{"10":6,"9":7,"Z":3,"nested":[{},null],"é":2,"评":1,"𝔸":4,"ﬀ":5}',
    );
    expect(canonicalJson([1, undefined, 'a"b', -0, new Date(0)])).toBe('[1,null,"a\\"b",0,{}]');
  });

  it('writes any JSON value exactly as the first implementation did, which the links already stored depend on (fast-check)', () => {
    const first = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${Array.from(value, (item) => (item === undefined ? 'null' : first(item))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      return `{${entries
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${first(v)}`)
        .join(',')}}`;
    };
    const numbers = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity));
    const keys = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('9', '10', '__proto__', 'type', 'é', '评'));
    const values = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, numbers, fc.string({ unit: 'binary' }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(tie('value')), fc.dictionary(keys, tie('value'))),
    })).value;
    fc.assert(fc.property(values, (value) => canonicalJson(value) === first(value)), { numRuns: 3000 });
  });

  it('names a key by the first 8 hex digits of its SHA-256, or by the id given', () => {
    expect(chainKey('secret-text').id).toBe(createHash('sha256').update('secret-text').digest('hex').slice(0, 8));
    expect(chainKey('secret-text', 'k-2026').id).toBe('k-2026');
  });

  it('verifies an intact keyed chain, entry by entry', () => {
    const rows = chain(['a', 'b', 'c']);
    const result = verifyChain(rows, headOf(rows), keys);
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([0, 1, 2].map((sequence) => ({ sequence, keyId: key.id, verdict: 'ok', problems: [] })));
  });

  it('finds a row whose actor and reason were rewritten with plain SHA-256 links recomputed after it', () => {
    const rows = chain(['a', 'b', 'c']);
    const forged = rewriteWithPlainHashes(rows, 1, (f) => ({ ...f, actor: { ...f.actor, id: 'someone-else' }, reason: '改写' }));
    const result = verifyChain(forged, headOf(forged), keys);
    expect(verdicts(result)).toEqual(['ok', 'link-mismatch', 'link-mismatch']);
    // Not even by pretending the rows are legacy ones: unkeyed rows after keyed ones are a downgrade.
    const downgraded = rewriteWithPlainHashes(rows, 1, (f) => ({ ...f, keyId: null }));
    expect(verdicts(verifyChain(downgraded, headOf(downgraded), keys))).toEqual(['ok', 'link-mismatch', 'link-mismatch']);
  });

  it('finds a row relinked with another key under the real key id', () => {
    const rows = chain(['a', 'b']);
    const other = { id: key.id, secret: 'another-secret-that-is-long-enough-1234' };
    const f = { ...rows[1].facts, to: 'z' };
    const forged = [rows[0], { facts: f, previousHash: rows[0].hash, hash: historyLink(other, rows[0].hash, f) }];
    expect(verdicts(verifyChain(forged, headOf(forged), keys))).toEqual(['ok', 'link-mismatch']);
  });

  it('verifies rows linked with an earlier key after a rotation, and says which key it does not have', () => {
    const old = chainKey('the-old-key-which-was-rotated-out-2026');
    const rows = chain(['a', 'b'], old);
    expect(verdicts(verifyChain(rows, headOf(rows), new HistoryChainKeys(key, [old])))).toEqual(['ok', 'ok']);
    const unknown = verifyChain(rows, headOf(rows), keys);
    expect(verdicts(unknown)).toEqual(['unknown-key', 'unknown-key']);
    expect(unknown.entries[0].problems[0]).toContain(old.id);
  });

  it('keeps legacy rows verifiable as legacy-unkeyed, never tampered — only where the first anchor covered them', () => {
    const rows = chain(['a', 'b', 'c'], null);
    expect(verdicts(verifyChain(rows, headOf(rows), keys))).toEqual(['legacy-unkeyed', 'legacy-unkeyed', 'legacy-unkeyed']);
    expect(verdicts(verifyChain(rows, headOf(rows), keys, 2))).toEqual(['legacy-unkeyed', 'legacy-unkeyed', 'legacy-unkeyed']);
    expect(verdicts(verifyChain(rows, headOf(rows), keys, 0))).toEqual(['legacy-unkeyed', 'link-mismatch', 'link-mismatch']);
    const edited = [...rows];
    edited[1] = { ...edited[1], facts: { ...edited[1].facts, to: 'z' } };
    expect(verdicts(verifyChain(edited, headOf(rows), keys))).toEqual(['legacy-unkeyed', 'link-mismatch', 'legacy-unkeyed']);
  });

  it('detects a deleted row and a truncated tail', () => {
    const deleted = chain(['a', 'b', 'c']);
    const head = headOf(deleted);
    deleted.splice(1, 1);
    const afterDelete = verifyChain(deleted, head, keys);
    expect(afterDelete.problems.map((p) => p.code)).toEqual(['sequence-gap', 'length-mismatch']);
    expect(verdicts(afterDelete)).toEqual(['ok', 'link-mismatch']);

    const truncated = chain(['a', 'b', 'c']);
    expect(verifyChain(truncated.slice(0, 2), headOf(truncated), keys).problems).toEqual([expect.objectContaining({ sequence: null, code: 'length-mismatch' })]);
  });
});

describe('history anchors', () => {
  const heads = (n: number): AnchoredHead[] => Array.from({ length: n }, (_, i) => ({ instanceId: `i-${i}`, sequence: i, link: `l-${i}` }));

  function anchors(count: number): HistoryAnchor[] {
    let previousMac = GENESIS_HASH;
    return Array.from({ length: count }, (_, i) => {
      const header = { sequence: i + 1, anchoredAt: '2026-12-06T00:00:00.000Z', keyId: key.id, instances: 2, entriesDigest: entriesDigest(heads(2)), previousMac };
      const anchor = { ...header, mac: anchorMac(key, header) };
      previousMac = anchor.mac;
      return anchor;
    });
  }

  it('folds the heads in instance order, whatever order they come in', () => {
    expect(entriesDigest(heads(3))).toBe(entriesDigest([...heads(3)].reverse()));
    expect(entriesDigest(heads(3))).not.toBe(entriesDigest(heads(2)));
  });

  it('accepts an intact anchor chain and finds a deleted, a changed and a re-MAC’d anchor and changed heads', () => {
    expect(verifyAnchors(anchors(3), keys, () => heads(2))).toEqual([]);
    const deleted = anchors(3);
    deleted.splice(1, 1);
    expect(verifyAnchors(deleted, keys).map((p) => p.anchor)).toEqual([3, 3]);
    const changed = anchors(3);
    changed[1] = { ...changed[1], instances: 1 };
    expect(verifyAnchors(changed, keys).map((p) => p.anchor)).toEqual([2]);
    expect(verifyAnchors(anchors(3), keys, (a) => (a.sequence === 2 ? heads(1) : undefined))).toEqual([expect.objectContaining({ anchor: 2 })]);
    expect(verifyAnchors(anchors(1), new HistoryChainKeys(chainKey('some-other-key-entirely-for-the-test')))).toEqual([expect.objectContaining({ problem: expect.stringContaining('key') })]);
  });
});
