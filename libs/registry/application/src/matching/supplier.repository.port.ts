import type { SqlExecutor } from '@scq/platform-persistence';
import type { MatchOpportunity, MatchSupplier, SupplierCredit, SupplierProfile, SupplierTrackRecord } from '@scq/registry-domain';

/** A stored supplier profile with its id and the track record the registry derives. */
export interface StoredSupplier extends SupplierProfile {
  id: string;
  trackRecord: SupplierTrackRecord;
}

/** An opportunity as the matcher needs it, with what a list shows of it. */
export interface OpportunityToMatch extends MatchOpportunity {
  id: string;
  scenarioId: string;
  ownerUnit: string;
  status: 'draft' | 'published' | 'closed';
  respondBy: string;
}

export type SupplierCandidate = MatchSupplier & { id: string; organisation: string };

/** `registry.supplier_profile` and the candidates of the matcher (SQL fetches, the domain scores). */
export interface SupplierRepository {
  findById(db: SqlExecutor, id: string): Promise<StoredSupplier | null>;
  findByOrganisation(db: SqlExecutor, organisation: string, forUpdate?: boolean): Promise<StoredSupplier | null>;
  list(db: SqlExecutor): Promise<StoredSupplier[]>;
  /** Inserts or replaces the profile of the organisation (its credit untouched); returns its id. */
  save(tx: SqlExecutor, profile: Omit<SupplierProfile, 'credit'> & { id: string }): Promise<void>;
  setCredit(tx: SqlExecutor, id: string, credit: SupplierCredit, at: Date): Promise<void>;
  opportunity(db: SqlExecutor, id: string): Promise<OpportunityToMatch | null>;
  /** Every supplier not under a credit restriction, with its track record. */
  candidateSuppliers(db: SqlExecutor): Promise<SupplierCandidate[]>;
  /** Published opportunities whose deadline to respond is today or later. */
  openOpportunities(db: SqlExecutor, today: string): Promise<OpportunityToMatch[]>;
}
