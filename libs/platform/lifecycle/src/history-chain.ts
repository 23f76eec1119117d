import { createHash, createHmac } from 'node:crypto';

/** Who sent an event, as the history records it. */
export interface HistoryActor {
  id: string;
  roles: string[];
  unit: string | null;
  /** Absent on entries written before keyed links. */
  organisation?: string | null;
}

/** What a history row says; its link covers all of it and the previous row's link. */
export interface HistoryFacts {
  instanceId: string;
  sequence: number;
  kind: 'start' | 'transition' | 'migration';
  machineId: string;
  machineVersion: number;
  from: string | null;
  to: string;
  event: { type: string } & Record<string, unknown>;
  actor: HistoryActor;
  reason: string | null;
  correlationId: string;
  occurredAt: string;
  /** What authorisation knew of the subject when the event was sent (null on entries written before keyed links). */
  subject: Record<string, unknown> | null;
  /** The key the link was made with; null: a legacy entry, linked by plain SHA-256 before keyed links. */
  keyId: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** A key for history links (HMAC-SHA256); it lives outside the database (`HISTORY_CHAIN_KEY_FILE`). */
export interface ChainKey {
  id: string;
  secret: string;
}

/** `HISTORY_CHAIN_KEY_ID`, or the first 8 hex digits of the key's SHA-256. */
export function chainKey(secret: string, id?: string): ChainKey {
  return { id: id?.trim() || createHash('sha256').update(secret).digest('hex').slice(0, 8), secret };
}

/** The key new links are made with, and the earlier ones that still verify old links (rotation). */
export class HistoryChainKeys {
  private readonly byId: Map<string, ChainKey>;

  constructor(
    readonly current: ChainKey,
    previous: ChainKey[] = [],
  ) {
    this.byId = new Map([...previous, current].map((key) => [key.id, key]));
  }

  find(id: string): ChainKey | undefined {
    return this.byId.get(id);
  }
}

/** A keyed link: HMAC-SHA256(key, previous link + the canonical facts, key id included). */
export function historyLink(key: ChainKey, previousLink: string, facts: HistoryFacts): string {
  return createHmac('sha256', key.secret)
    .update(previousLink)
    .update('\n')
    .update(canonicalJson({ ...facts, keyId: key.id }))
    .digest('hex');
}

/** A legacy link (before keyed links): SHA-256 of the previous hash and the facts as they were then. */
export function legacyHistoryHash(previousHash: string, facts: HistoryFacts): string {
  const { keyId: _keyId, subject: _subject, ...legacy } = facts;
  return createHash('sha256').update(previousHash).update('\n').update(canonicalJson(legacy)).digest('hex');
}

/** JSON with object keys sorted at every depth: the same facts always hash the same. */
export function canonicalJson(value: unknown): string {
  // Every transition's history link runs this (issue 17's profiles): loops rather than entries/filter/map/join, the
  // common primitives written directly (as JSON.stringify writes them), the keys' quoted forms kept.
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return JSON.stringify(value) ?? 'null';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (i in value ? canonicalJson(value[i]) : '');
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as `a < b` does.
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = object[key];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${quotedKey(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

/** Object keys repeat from one entry to the next (type, unit, roles …): their JSON forms, up to a bound. */
const quotedKeys = new Map<string, string>();

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 4096) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/**
 * What the audit says of one entry, the worst first: `link-mismatch` (its content or its place in the chain was
 * changed), `unknown-key` (linked with a key this service does not have), `anchor-mismatch` (not what an anchor
 * recorded), `not-authorised` (its actor could not have sent it), `legacy-unkeyed` (a plain SHA-256 link from before
 * keyed links: consistent, but anyone can recompute it), `ok`.
 */
export const ENTRY_VERDICTS = ['link-mismatch', 'unknown-key', 'anchor-mismatch', 'not-authorised', 'legacy-unkeyed', 'ok'] as const;
export type EntryVerdict = (typeof ENTRY_VERDICTS)[number];

export interface EntryCheck {
  sequence: number;
  keyId: string | null;
  verdict: EntryVerdict;
  /** Why, in Chinese and English (empty when `ok`). */
  problems: string[];
}

export type ChainProblemCode = 'sequence-gap' | 'length-mismatch' | 'head-mismatch' | 'anchor-missing' | 'anchor-invalid';

/** A problem of the chain as a whole, or of an entry that is no longer there (`sequence`: where, if known). */
export interface ChainProblem {
  sequence: number | null;
  code: ChainProblemCode;
  problem: string;
}

export interface ChainRow {
  facts: HistoryFacts;
  previousHash: string;
  hash: string;
}

/** Records a problem on an entry; its verdict becomes the worse of the two. */
export function flag(entry: EntryCheck, verdict: EntryVerdict, problem: string): void {
  if (ENTRY_VERDICTS.indexOf(verdict) < ENTRY_VERDICTS.indexOf(entry.verdict)) entry.verdict = verdict;
  entry.problems.push(problem);
}

/**
 * Checks the links of a history as stored: contiguous sequences from 0, each row pointing at the link before, each
 * keyed link recomputed with its key, each legacy link with SHA-256 — legacy links only where `legacyUpTo` allows
 * (null: anywhere before the first keyed entry) — and the end of the chain where the instance says it is.
 */
export function verifyChain(rows: ChainRow[], head: { hash: string; length: number }, keys: HistoryChainKeys, legacyUpTo: number | null = null): { entries: EntryCheck[]; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  let expectedPrevious = GENESIS_HASH;
  let keyedSeen = false;
  const entries = rows.map((row, index): EntryCheck => {
    const { sequence, keyId } = row.facts;
    const entry: EntryCheck = { sequence, keyId, verdict: 'ok', problems: [] };
    if (sequence !== index) problems.push({ sequence, code: 'sequence-gap', problem: `序号不连续 sequence gap: expected ${index}, found ${sequence} (a row was deleted)` });
    if (row.previousHash !== expectedPrevious) flag(entry, 'link-mismatch', '前一条链接不符 previous link broken (a row before was changed, deleted or inserted)');
    expectedPrevious = row.hash;
    if (keyId === null) {
      if (keyedSeen) return mismatch(entry, '密钥链接之后出现无密钥记录 an unkeyed entry after keyed ones (a downgrade to recomputable links)');
      if (legacyUpTo !== null && sequence > legacyUpTo) return mismatch(entry, '启用密钥链接之后写入的无密钥记录 an unkeyed entry written after keyed links began (the first anchor)');
      if (legacyHistoryHash(row.previousHash, row.facts) !== row.hash) return mismatch(entry, '内容与哈希不符 row content does not match its hash (tampered)');
      flag(entry, 'legacy-unkeyed', '无密钥的旧记录：链接可被任何人重算 a legacy entry linked by plain SHA-256, which anyone can recompute');
      return entry;
    }
    keyedSeen = true;
    const key = keys.find(keyId);
    if (!key) {
      flag(entry, 'unknown-key', `未知密钥 ${keyId}：无法核验 linked with key ${keyId}, which this service does not have (rotated out, or a forged key id)`);
      return entry;
    }
    if (historyLink(key, row.previousHash, row.facts) !== row.hash) return mismatch(entry, '内容与链接不符 row content does not match its keyed link (tampered)');
    return entry;
  });
  if (rows.length !== head.length) problems.push({ sequence: null, code: 'length-mismatch', problem: `记录数不符 instance expects ${head.length} rows, found ${rows.length}` });
  else if (expectedPrevious !== head.hash && rows.length > 0) problems.push({ sequence: null, code: 'head-mismatch', problem: '链尾不符 chain head does not match the instance' });
  return { entries, problems };
}

function mismatch(entry: EntryCheck, problem: string): EntryCheck {
  flag(entry, 'link-mismatch', problem);
  return entry;
}
