import { createHash } from 'node:crypto';

/** What a history row says; its hash covers all of it and the previous row's hash. */
export interface HistoryFacts {
  instanceId: string;
  sequence: number;
  kind: 'start' | 'transition' | 'migration';
  machineId: string;
  machineVersion: number;
  from: string | null;
  to: string;
  event: { type: string } & Record<string, unknown>;
  actor: { id: string; roles: string[]; unit: string | null };
  reason: string | null;
  correlationId: string;
  occurredAt: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function historyHash(previousHash: string, facts: HistoryFacts): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalJson(facts)).digest('hex');
}

/** JSON with object keys sorted at every depth: the same facts always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainProblem {
  sequence: number | null;
  problem: string;
}

/**
 * Checks a history as stored: contiguous sequences from 0, each row's previous hash the hash of the row
 * before, each hash recomputed from the row's facts, and the end of the chain where the instance says it is.
 */
export function verifyChain(rows: Array<{ facts: HistoryFacts; previousHash: string; hash: string }>, head: { hash: string; length: number }): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedPrevious = GENESIS_HASH;
  rows.forEach((row, index) => {
    const { sequence } = row.facts;
    if (sequence !== index) problems.push({ sequence, problem: `序号不连续 sequence gap: expected ${index}, found ${sequence} (a row was deleted)` });
    if (row.previousHash !== expectedPrevious) problems.push({ sequence, problem: '前一条哈希不符 previous-hash link broken' });
    if (historyHash(row.previousHash, row.facts) !== row.hash) problems.push({ sequence, problem: '内容与哈希不符 row content does not match its hash (tampered)' });
    expectedPrevious = row.hash;
  });
  if (rows.length !== head.length) problems.push({ sequence: null, problem: `记录数不符 instance expects ${head.length} rows, found ${rows.length}` });
  else if (expectedPrevious !== head.hash && rows.length > 0) problems.push({ sequence: null, problem: '链尾哈希不符 chain head does not match the instance' });
  return problems;
}
