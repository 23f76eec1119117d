/** Where a fact sits in the taxonomy: the scenario's domain and aspect, in the version it was filed under. */
export interface TaxonomyPlacement {
  taxonomyVersion: string;
  aspectCode: string;
  domainCode: string;
}

/** A scenario registered or recognised in the year that is comprehensive-major or funded by government investment. */
export interface ScenarioFact extends TaxonomyPlacement {
  id: string;
  tier: string;
  district: string | null;
  registeredAt: Date;
  /** When it first reached 认定通过 (or, if that report never came, 入清单 or later); null while not recognised. */
  recognisedAt: Date | null;
  fundingSource: string | null;
  budgetTotalFen: number | null;
  newScenarioReserveFen: number | null;
  /** 成渝 joint scenario: a co-owner unit of another region. */
  joint: boolean;
}

/** A published (possibly since closed) opportunity, placed where its scenario is. */
export interface OpportunityFact extends TaxonomyPlacement {
  id: string;
  /** Beijing date, YYYY-MM-DD. */
  publishedOn: string;
  closeReason: string | null;
  /** Beijing date, YYYY-MM-DD: the last day to respond. */
  respondBy: string;
  /** The scenario's lifecycle stage now (null before the workflow reported one). */
  scenarioStage: string | null;
  district: string | null;
}

/** A matchmaking event with the placements of the scenarios of the opportunities it presented. */
export interface MatchmakingEventFact {
  id: string;
  /** Beijing date, YYYY-MM-DD. */
  heldOn: string;
  district: string | null;
  /** Whether any outcome (意向, 协议, 签约) was recorded for it. */
  hasOutcome: boolean;
  presented: TaxonomyPlacement[];
}

/** The rows the target report is computed from (the reader may pass more; the report filters by year). */
export interface TargetFacts {
  scenarios: ScenarioFact[];
  opportunities: OpportunityFact[];
  events: MatchmakingEventFact[];
}
