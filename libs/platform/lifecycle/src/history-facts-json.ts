import type { HistoryFacts } from './history-chain';

/** A history entry's object-valued facts as the JSON the database stores (jsonb columns). */
export interface FactsJson {
  event: string;
  actor: string;
  subject: string | null;
}

/** The JSON each new entry's facts were normalised through, so its write sends those strings instead of serialising again. */
const written = new WeakMap<HistoryFacts, FactsJson>();

/**
 * The facts as the database will give them back, so that the link made now is the link the audit recomputes: the
 * event, actor and subject each through one JSON round trip (undefined dropped, dates as strings, no prototypes).
 * The other facts are strings, numbers and null already.
 */
export function normaliseFacts(facts: Omit<HistoryFacts, 'keyId'>, keyId: string): { facts: HistoryFacts; json: FactsJson } {
  const json = serialise(facts);
  const normalised: HistoryFacts = {
    ...facts,
    event: JSON.parse(json.event) as HistoryFacts['event'],
    actor: JSON.parse(json.actor) as HistoryFacts['actor'],
    subject: json.subject === null ? null : (JSON.parse(json.subject) as HistoryFacts['subject']),
    keyId,
  };
  return { facts: normalised, json };
}

export function rememberFactsJson(entry: HistoryFacts, json: FactsJson): void {
  written.set(entry, json);
}

/** The entry's facts as JSON for its write: as normalised when it was made here, else serialised now. */
export function factsJson(entry: HistoryFacts): FactsJson {
  return written.get(entry) ?? serialise(entry);
}

function serialise(facts: Pick<HistoryFacts, 'event' | 'actor' | 'subject'>): FactsJson {
  return { event: JSON.stringify(facts.event), actor: JSON.stringify(facts.actor), subject: facts.subject === null ? null : JSON.stringify(facts.subject) };
}
