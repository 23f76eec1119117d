import type { ProcurementFilter } from '@scq/registry-domain';
import type { Database } from '@scq/platform-persistence';
import type { ScenarioReachFilter } from '../scenario-reach';

/**
 * How well a scenario matches the text: 2 = its title holds every query term, 1 = the terms are in its
 * description, tags or across title and description; 0 = no text query (filters only).
 */
export type MatchTier = 0 | 1 | 2;

/** Where a page starts: the sort key of the last row of the previous page (tier, registered_at, id — all descending). */
export interface SearchPosition {
  tier: MatchTier;
  /** registered_at, ISO 8601 in UTC with microseconds. */
  registeredAt: string;
  id: string;
}

/** What the index is asked: the text query and filters, already resolved to columns. */
export interface ScenarioSearchCriteria extends ProcurementFilter {
  /** tsquery input syntax (from `parseTextQuery`), or null to list by filters only. */
  tsquery: string | null;
  aspectCode?: string;
  domainCode?: string;
  /** Owner unit is one of `ownerNames`, OR the scenario's (taxonomy version, domain) is one the unit is responsible for. */
  unit?: { ownerNames: string[]; domains: Array<{ taxonomyVersion: string; domainCode: string }> };
  district?: string;
  /** Stage equal to it or nested under it (`operating` → `operating.piloting.sandbox`). */
  stage?: string;
  tier?: string;
  /** 成渝 joint scenarios only (true) or none of them (false). */
  joint?: boolean;
  /** Only these scenarios. */
  ids?: string[];
  /** Registration order within a match tier: newest first (the default) or oldest first. */
  sort?: 'oldest';
  registeredFrom?: Date;
  registeredBefore?: Date;
  /** Only what the caller reads (absent: everything). */
  reach?: ScenarioReachFilter;
  limit: number;
  after?: SearchPosition;
}

export interface SearchHit {
  id: string;
  title: { zh: string; en?: string };
  /** The first characters of the description (zh, else en). */
  excerpt: string | null;
  domainCode: string;
  aspectCode: string;
  ownerUnit: string;
  ownerType: string;
  district: string | null;
  tier: string;
  /** A 成渝 joint scenario (a co-owner of another region). */
  joint: boolean;
  stage: string | null;
  taxonomyVersion: string;
  tags: string[];
  registeredAt: Date;
  /** Where the text matched: the title, or elsewhere (description, tags); null when listing by filters only. */
  matched: 'title' | 'text' | null;
  /** Relevance: 1 for a title match, 0.5 for a match elsewhere, 0 when listing by filters only. */
  score: number;
  position: SearchPosition;
}

/** How many scenarios of a search are in one stage (null: the workflow has not reported one yet). */
export interface StageCount {
  stage: string | null;
  count: number;
}

export interface ScenarioSearchIndex {
  /** At most `limit + 1` hits after `after`: tier descending, then (registered_at, id) descending (ascending for `sort: 'oldest'`). */
  search(db: Database, criteria: ScenarioSearchCriteria): Promise<SearchHit[]>;
  /** The matching scenarios counted by stage (text matched anywhere: title, description or tags). */
  stageCounts(db: Database, criteria: Omit<ScenarioSearchCriteria, 'limit' | 'after'>): Promise<StageCount[]>;
}

