/**
 * The terms of a regulatory sandbox (沙盒监管) as data: conditions, monitored indicators with their thresholds and
 * units, and the expiry date set by the regulator. A reading beyond an indicator's threshold sends the sandbox to
 * its re-review, like its expiry.
 */
export interface SandboxIndicator {
  /** Identifies the indicator in readings (`accident-rate`). */
  key: string;
  name: { zh: string; en: string };
  /** As the regulator writes it: `%`, `次`, `万元`, `km/h`; empty for a count without unit. */
  unit: string;
  /** At least one bound; a value above `max` or below `min` is beyond the threshold. */
  threshold: { max?: number; min?: number };
}

export interface SandboxTerms {
  conditions: string[];
  /**
   * Indicators recorded before thresholds existed are plain names (`'事故率'`): they still load, read as
   * indicators keyed by that name with no threshold (see `sandboxIndicators`), so no reading breaches them.
   */
  indicators: Array<SandboxIndicator | string>;
  /** ISO date (Beijing); checked to be in the future when the terms are sent, where a clock exists. */
  expiresOn: string;
}

/** A value reported for an indicator, as observed on a day (ISO date). */
export interface SandboxReading {
  indicatorKey: string;
  value: number;
  observedOn: string;
  note: string | null;
}

/** The terms in force, with the latest reading per indicator key. */
export interface SandboxState extends SandboxTerms {
  readings?: Record<string, SandboxReading>;
}

/** The indicators as data, legacy names included (keyed and named by themselves, without threshold). */
export function sandboxIndicators(terms: Pick<SandboxTerms, 'indicators'>): SandboxIndicator[] {
  return terms.indicators.map((indicator) => (typeof indicator === 'string' ? { key: indicator, name: { zh: indicator, en: indicator }, unit: '', threshold: {} } : indicator));
}

export function sandboxIndicator(terms: Pick<SandboxTerms, 'indicators'> | null, key: string): SandboxIndicator | undefined {
  return terms ? sandboxIndicators(terms).find((indicator) => indicator.key === key) : undefined;
}

/** Whether a value lies beyond the indicator's threshold (a bound itself is within). */
export function beyondThreshold(indicator: SandboxIndicator, value: number): boolean {
  const { max, min } = indicator.threshold;
  return (max !== undefined && value > max) || (min !== undefined && value < min);
}
