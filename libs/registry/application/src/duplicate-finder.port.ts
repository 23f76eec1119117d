import type { SqlExecutor } from '@scq/platform-persistence';
import type { ScenarioRegistration } from '@scq/registry-domain';

export interface NearDuplicate {
  scenarioId: string;
  /** 0…1: how alike the two scenarios are. */
  score: number;
  title: { zh: string; en?: string };
  domainCode: string;
  district: string | null;
  sameDomain: boolean;
  sameDistrict: boolean;
}

/** 避免重复建设: scenarios that look like the one being registered (same domain and district first). */
export interface DuplicateFinder {
  findNearDuplicates(db: SqlExecutor, draft: ScenarioRegistration, options?: { limit?: number; excludeId?: string }): Promise<NearDuplicate[]>;
}

