/** Where a fact sits in the taxonomy: the scenario's domain and aspect, in the version it was filed under. */
export interface TaxonomyPlacement {
  taxonomyVersion: string;
  aspectCode: string;
  domainCode: string;
}

/** A scenario registered in the year that is comprehensive-major or funded by government investment. */
export interface ScenarioFact extends TaxonomyPlacement {
  id: string;
  tier: string;
  district: string | null;
  registeredAt: Date;
  fundingSource: string | null;
  budgetTotal: number | null;
  newScenarioReserve: number | null;
}

/** A published (possibly since closed) opportunity, placed where its scenario is. */
export interface OpportunityFact extends TaxonomyPlacement {
  id: string;
  /** Beijing date, YYYY-MM-DD. */
  publishedOn: string;
  closeReason: string | null;
  district: string | null;
}

/** A matchmaking event with the placements of the scenarios of the opportunities it presented. */
export interface MatchmakingEventFact {
  id: string;
  /** Beijing date, YYYY-MM-DD. */
  heldOn: string;
  district: string | null;
  presented: TaxonomyPlacement[];
}

/** The rows the target report is computed from (the reader may pass more; the report filters by year). */
export interface TargetFacts {
  scenarios: ScenarioFact[];
  opportunities: OpportunityFact[];
  events: MatchmakingEventFact[];
}
