import { createHash, createHmac } from 'node:crypto';
import { quoteIdentifier, type Database, type SqlExecutor } from '@scq/platform-persistence';
import { canonicalJson, GENESIS_HASH, type ChainKey, type HistoryChainKeys } from './history-chain';

/** Where an instance's chain ended when it was anchored. */
export interface AnchoredHead {
  instanceId: string;
  sequence: number;
  link: string;
}

/**
 * A periodic anchor of a schema's history: the heads of the instances changed since the previous anchor folded into
 * one digest, MAC'd with the chain key together with the previous anchor's MAC (so anchors form a chain of their own).
 */
export interface HistoryAnchor {
  sequence: number;
  anchoredAt: string;
  keyId: string;
  instances: number;
  entriesDigest: string;
  previousMac: string;
  mac: string;
}

/** SHA-256 over the heads, one line each, in instance-id order. */
export function entriesDigest(heads: AnchoredHead[]): string {
  const hash = createHash('sha256');
  for (const head of [...heads].sort((a, b) => (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0))) hash.update(`${head.instanceId} ${head.sequence} ${head.link}\n`);
  return hash.digest('hex');
}

export function anchorMac(key: ChainKey, anchor: Omit<HistoryAnchor, 'mac'>): string {
  return createHmac('sha256', key.secret).update(canonicalJson({ ...anchor, keyId: key.id })).digest('hex');
}

interface AnchorRow {
  sequence: number;
  anchored_at: Date;
  key_id: string;
  instances: number;
  entries_digest: string;
  previous_mac: string;
  mac: string;
}

/** The append-only anchor tables of a schema (`lifecycle_anchor`, `lifecycle_anchor_head`). */
export class SqlHistoryAnchors {
  private readonly anchors: string;
  private readonly heads: string;
  private readonly instances: string;

  constructor(schema: string) {
    const s = quoteIdentifier(schema);
    this.anchors = `${s}.lifecycle_anchor`;
    this.heads = `${s}.lifecycle_anchor_head`;
    this.instances = `${s}.lifecycle_instance`;
  }

  /**
   * Anchors every instance whose current head is not anchored yet, in one transaction that holds the anchor table
   * (two replicas anchoring at once take turns). Null when nothing changed since the last anchor.
   */
  async anchor(db: Database, keys: HistoryChainKeys, now: Date = new Date()): Promise<{ anchor: HistoryAnchor; heads: AnchoredHead[] } | null> {
    return db.transaction(async (tx) => {
      await tx.query(`LOCK TABLE ${this.anchors} IN EXCLUSIVE MODE`);
      const { rows: heads } = await tx.query<{ instance_id: string; sequence: number; link: string }>(
        `SELECT i.id AS instance_id, i.history_length - 1 AS sequence, i.history_head AS link FROM ${this.instances} i
          WHERE i.history_length > 0
            AND NOT EXISTS (SELECT 1 FROM ${this.heads} h WHERE h.instance_id = i.id AND h.sequence = i.history_length - 1 AND h.link = i.history_head)
          ORDER BY i.id`,
      );
      if (heads.length === 0) return null;
      const { rows: last } = await tx.query<{ sequence: number; mac: string }>(`SELECT sequence, mac FROM ${this.anchors} ORDER BY sequence DESC LIMIT 1`);
      const anchored = heads.map((h) => ({ instanceId: h.instance_id, sequence: h.sequence, link: h.link }));
      const header = {
        sequence: (last[0]?.sequence ?? 0) + 1,
        anchoredAt: now.toISOString(),
        keyId: keys.current.id,
        instances: anchored.length,
        entriesDigest: entriesDigest(anchored),
        previousMac: last[0]?.mac ?? GENESIS_HASH,
      };
      const anchor = { ...header, mac: anchorMac(keys.current, header) };
      await tx.query(`INSERT INTO ${this.anchors} (sequence, anchored_at, key_id, instances, entries_digest, previous_mac, mac) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        anchor.sequence,
        anchor.anchoredAt,
        anchor.keyId,
        anchor.instances,
        anchor.entriesDigest,
        anchor.previousMac,
        anchor.mac,
      ]);
      await tx.query(
        `INSERT INTO ${this.heads} (anchor_sequence, instance_id, sequence, link)
         SELECT $1, h.instance_id, h.sequence, h.link FROM jsonb_to_recordset($2::jsonb) AS h(instance_id uuid, sequence int, link text)`,
        [anchor.sequence, JSON.stringify(heads)],
      );
      return { anchor, heads: anchored };
    });
  }

  /** Every anchor's header, in order. */
  async list(db: SqlExecutor): Promise<HistoryAnchor[]> {
    const { rows } = await db.query<AnchorRow>(`SELECT * FROM ${this.anchors} ORDER BY sequence`);
    return rows.map((row) => ({
      sequence: row.sequence,
      anchoredAt: row.anchored_at.toISOString(),
      keyId: row.key_id,
      instances: row.instances,
      entriesDigest: row.entries_digest,
      previousMac: row.previous_mac,
      mac: row.mac,
    }));
  }

  /** The heads recorded by every anchor made since `since`, by anchor. */
  async headsSince(db: SqlExecutor, since: Date): Promise<Map<number, AnchoredHead[]>> {
    const { rows } = await db.query<{ anchor_sequence: number; instance_id: string; sequence: number; link: string }>(
      `SELECT h.anchor_sequence, h.instance_id, h.sequence, h.link FROM ${this.heads} h JOIN ${this.anchors} a ON a.sequence = h.anchor_sequence WHERE a.anchored_at >= $1`,
      [since],
    );
    const byAnchor = new Map<number, AnchoredHead[]>();
    for (const row of rows) {
      const heads = byAnchor.get(row.anchor_sequence) ?? [];
      heads.push({ instanceId: row.instance_id, sequence: row.sequence, link: row.link });
      byAnchor.set(row.anchor_sequence, heads);
    }
    return byAnchor;
  }

  /** Where the anchors saw an instance's chain end, oldest anchor first. */
  async anchoredHeadsOf(db: SqlExecutor, instanceId: string): Promise<Array<AnchoredHead & { anchor: number }>> {
    const { rows } = await db.query<{ anchor_sequence: number; sequence: number; link: string }>(`SELECT anchor_sequence, sequence, link FROM ${this.heads} WHERE instance_id = $1 ORDER BY anchor_sequence`, [instanceId]);
    return rows.map((row) => ({ anchor: row.anchor_sequence, instanceId, sequence: row.sequence, link: row.link }));
  }
}

export type AnchorProblem = { anchor: number; problem: string };

/**
 * Checks the anchors' own chain: numbered from 1 without gaps, each MAC made with a known key over its header and the
 * previous MAC, and — for the anchors `headsOf` gives heads for — the recorded heads still folding into the digest.
 */
export function verifyAnchors(anchors: HistoryAnchor[], keys: HistoryChainKeys, headsOf: (anchor: HistoryAnchor) => AnchoredHead[] | undefined = () => undefined): AnchorProblem[] {
  const problems: AnchorProblem[] = [];
  let previousMac = GENESIS_HASH;
  anchors.forEach((anchor, index) => {
    const { mac, ...header } = anchor;
    if (anchor.sequence !== index + 1) problems.push({ anchor: anchor.sequence, problem: `锚点序号不连续 anchor gap: expected ${index + 1}, found ${anchor.sequence} (an anchor was deleted)` });
    if (anchor.previousMac !== previousMac) problems.push({ anchor: anchor.sequence, problem: '锚点链断开 the anchor does not follow the one before (an anchor was changed or deleted)' });
    previousMac = mac;
    const key = keys.find(anchor.keyId);
    if (!key) problems.push({ anchor: anchor.sequence, problem: `锚点使用未知密钥 ${anchor.keyId} anchor made with key ${anchor.keyId}, which this service does not have` });
    else if (anchorMac(key, header) !== mac) problems.push({ anchor: anchor.sequence, problem: '锚点内容与 MAC 不符 the anchor does not match its MAC (tampered)' });
    const heads = headsOf(anchor);
    if (heads && (heads.length !== anchor.instances || entriesDigest(heads) !== anchor.entriesDigest)) {
      problems.push({ anchor: anchor.sequence, problem: '锚点记录的链尾被改动 the heads recorded by the anchor no longer match its digest (changed or deleted)' });
    }
  });
  return problems;
}
