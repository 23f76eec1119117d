import type { SqlExecutor } from '@scq/platform-persistence';
import type { OpportunityToMatch, StoredSupplier, SupplierCandidate, SupplierRepository } from '@scq/registry-application';
import type { SupplierRecognition, SupplierCredit, SupplierProduct, SupplierProfile, SupplierTrackRecord } from '@scq/registry-domain';

interface SupplierRow {
  id: string;
  organisation: string;
  capabilities: string;
  tags: string[];
  products: SupplierProduct[];
  domains: string[];
  districts: string[];
  first_set_recognitions: SupplierRecognition[];
  credit_status: 'normal' | 'restricted';
  credit_reason: string | null;
  credit_since: string | null;
  credit_set_by: string | null;
  updated_by: string;
  updated_at: Date;
}

const COLUMNS = `p.id, p.organisation, p.capabilities, p.tags, p.products, p.domains, p.districts, p.first_set_recognitions, p.credit_status, p.credit_reason,
  p.credit_since::text AS credit_since, p.credit_set_by, p.updated_by, p.updated_at`;

interface OpportunityRow {
  id: string;
  scenario_id: string;
  title_zh: string;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  capabilities: string[];
  owner_unit: string;
  status: OpportunityToMatch['status'];
  respond_by: string;
  domain_code: string | null;
  district: string | null;
}

const OPPORTUNITY = `SELECT o.id, o.scenario_id, o.title_zh, o.title_en, o.description_zh, o.description_en, o.capabilities, o.owner_unit, o.status,
  o.respond_by::text AS respond_by, s.domain_code, s.district FROM registry.opportunity o JOIN registry.scenario s ON s.id = o.scenario_id`;

/**
 * `registry.supplier_profile`, and what the matcher reads: the track record of a supplier is the agreements and signed
 * contracts matchmaking events recorded under its name (or an alias the directory knows), by the domain of the
 * scenario whose opportunity they were on.
 */
export class SqlSupplierRepository implements SupplierRepository {
  async findById(db: SqlExecutor, id: string): Promise<StoredSupplier | null> {
    return (await this.select(db, 'WHERE p.id = $1', [id]))[0] ?? null;
  }

  async findByOrganisation(db: SqlExecutor, organisation: string, forUpdate = false): Promise<StoredSupplier | null> {
    return (await this.select(db, `WHERE p.organisation = $1${forUpdate ? ' FOR UPDATE' : ''}`, [organisation]))[0] ?? null;
  }

  list(db: SqlExecutor): Promise<StoredSupplier[]> {
    return this.select(db, 'ORDER BY p.organisation', []);
  }

  async save(tx: SqlExecutor, p: Omit<SupplierProfile, 'credit'> & { id: string }): Promise<void> {
    await tx.query(
      `INSERT INTO registry.supplier_profile (id, organisation, capabilities, tags, products, domains, districts, first_set_recognitions, updated_by, updated_at)
       VALUES ($1, $2, $3, $4::text[], $5::jsonb, $6::text[], $7::text[], $8::jsonb, $9, $10)
       ON CONFLICT (organisation) DO UPDATE SET capabilities = EXCLUDED.capabilities, tags = EXCLUDED.tags, products = EXCLUDED.products, domains = EXCLUDED.domains,
         districts = EXCLUDED.districts, first_set_recognitions = EXCLUDED.first_set_recognitions, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [p.id, p.organisation, p.capabilities, p.tags, JSON.stringify(p.products), p.domains, p.districts, JSON.stringify(p.firstSetRecognitions), p.updatedBy, p.updatedAt],
    );
  }

  async setCredit(tx: SqlExecutor, id: string, credit: SupplierCredit, at: Date): Promise<void> {
    await tx.query('UPDATE registry.supplier_profile SET credit_status = $2, credit_reason = $3, credit_since = $4, credit_set_by = $5, credit_changed_at = $6 WHERE id = $1', [
      id,
      credit.status,
      credit.reason,
      credit.since,
      credit.setBy,
      at,
    ]);
  }

  async opportunity(db: SqlExecutor, id: string): Promise<OpportunityToMatch | null> {
    const { rows } = await db.query<OpportunityRow>(`${OPPORTUNITY} WHERE o.id = $1`, [id]);
    return rows[0] ? toOpportunity(rows[0]) : null;
  }

  async candidateSuppliers(db: SqlExecutor): Promise<SupplierCandidate[]> {
    return this.select(db, "WHERE p.credit_status = 'normal' ORDER BY p.organisation", []);
  }

  async openOpportunities(db: SqlExecutor, today: string): Promise<OpportunityToMatch[]> {
    const { rows } = await db.query<OpportunityRow>(`${OPPORTUNITY} WHERE o.status = 'published' AND o.respond_by >= $1 ORDER BY o.published_on DESC, o.id`, [today]);
    return rows.map(toOpportunity);
  }

  private async select(db: SqlExecutor, tail: string, params: unknown[]): Promise<StoredSupplier[]> {
    const { rows } = await db.query<SupplierRow>(`SELECT ${COLUMNS} FROM registry.supplier_profile p ${tail}`, params);
    if (rows.length === 0) return [];
    const records = await this.trackRecords(db, rows.map((r) => r.id));
    return rows.map((r) => toSupplier(r, records.get(r.id) ?? { agreements: 0, byDomain: {} }));
  }

  private async trackRecords(db: SqlExecutor, ids: string[]): Promise<Map<string, SupplierTrackRecord>> {
    const { rows } = await db.query<{ id: string; domain_code: string; n: number }>(
      `SELECT p.id, s.domain_code, count(DISTINCT (m.event_id, m.opportunity_id))::int AS n
         FROM registry.supplier_profile p
         LEFT JOIN registry.organisation_name n ON n.name = p.organisation
         JOIN registry.matchmaking_outcome m
           ON m.status IN ('agreement', 'contract-signed')
          AND (lower(btrim(m.supplier)) = lower(btrim(p.organisation))
               OR lower(btrim(m.supplier)) IN (SELECT lower(btrim(a)) FROM unnest(coalesce(n.aliases, '{}'::text[])) AS a))
         JOIN registry.opportunity o ON o.id = m.opportunity_id
         JOIN registry.scenario s ON s.id = o.scenario_id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, s.domain_code`,
      [ids],
    );
    const records = new Map<string, SupplierTrackRecord>();
    for (const row of rows) {
      const record = records.get(row.id) ?? { agreements: 0, byDomain: {} };
      record.agreements += row.n;
      record.byDomain[row.domain_code] = row.n;
      records.set(row.id, record);
    }
    return records;
  }
}

function toSupplier(r: SupplierRow, trackRecord: SupplierTrackRecord): StoredSupplier {
  return {
    id: r.id,
    organisation: r.organisation,
    capabilities: r.capabilities,
    tags: r.tags,
    products: r.products,
    domains: r.domains,
    districts: r.districts,
    firstSetRecognitions: r.first_set_recognitions,
    credit: { status: r.credit_status, reason: r.credit_reason, since: r.credit_since, setBy: r.credit_set_by },
    trackRecord,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

function toOpportunity(r: OpportunityRow): OpportunityToMatch {
  return {
    id: r.id,
    scenarioId: r.scenario_id,
    title: { zh: r.title_zh, ...(r.title_en ? { en: r.title_en } : {}) },
    ...(r.description_zh || r.description_en ? { description: { ...(r.description_zh ? { zh: r.description_zh } : {}), ...(r.description_en ? { en: r.description_en } : {}) } } : {}),
    capabilities: r.capabilities,
    ownerUnit: r.owner_unit,
    status: r.status,
    respondBy: r.respond_by,
    domainCode: r.domain_code,
    district: r.district,
  };
}
