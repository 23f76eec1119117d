import { matchTerms, sharedTerms } from './match-text';
import type { SupplierRecognition, SupplierCredit, SupplierProduct, SupplierTrackRecord } from './supplier-profile';

/** An opportunity as the matcher reads it: its needs (the capabilities sought), its words, its scenario's domain and district. */
export interface MatchOpportunity {
  title: { zh: string; en?: string };
  description?: { zh?: string; en?: string };
  capabilities: string[];
  domainCode: string | null;
  district: string | null;
}

/** A supplier as the matcher reads it: its profile and the track record the registry derived. */
export interface MatchSupplier {
  capabilities: string;
  tags: string[];
  products: SupplierProduct[];
  domains: string[];
  districts: string[];
  firstSetRecognitions: SupplierRecognition[];
  trackRecord: SupplierTrackRecord;
  credit: Pick<SupplierCredit, 'status'>;
}

/** What the supplier offers that met a need: a sentence of its capabilities, a tag, a product, or its profile as a whole. */
export type OfferKind = 'capability' | 'tag' | 'product' | 'profile';

export type MatchReason =
  | { kind: 'capability'; need: string; offerKind: OfferKind; offer: string; shared: string[]; coverage: number; points: number }
  | { kind: 'text'; shared: string[]; points: number }
  | { kind: 'domain'; domainCode: string; points: number }
  | { kind: 'district'; district: string; points: number }
  | { kind: 'track-record'; agreements: number; inDomain: number; points: number }
  | { kind: 'first-set'; product: string; year: number; level: SupplierRecognition['level']; need: string; points: number };

export interface MatchResult {
  /** 0–100, an integer. */
  score: number;
  reasons: MatchReason[];
}

/** The weights of the score (docs/architecture.md, "Supply–demand matching"). */
export const MATCH_WEIGHTS = { capabilities: 60, text: 10, domain: 15, district: 5, trackRecordInDomain: 3, trackRecordInDomainMax: 6, trackRecordOther: 1, trackRecordOtherMax: 2, firstSet: 4 } as const;

/** A need counts as met by an offer covering at least this share of the need's terms. */
export const NEED_COVERAGE_FLOOR = 0.25;
/** The whole profile may meet a need its single items do not, at this discount. */
const PROFILE_DISCOUNT = 0.8;
/** 全市: a supplier serving every district. */
export const ALL_DISTRICTS = '全市';

interface Offer {
  kind: OfferKind;
  text: string;
  terms: Set<string>;
}

/** The sentences of a supplier's capabilities, each an offer that may meet a need. */
export function capabilitySentences(capabilities: string): string[] {
  return capabilities.split(/[。；;，,、\n]+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

function offersOf(supplier: MatchSupplier): Offer[] {
  const sentences = capabilitySentences(supplier.capabilities);
  return [
    ...sentences.map((text) => ({ kind: 'capability' as const, text, terms: matchTerms(text) })),
    ...supplier.tags.map((text) => ({ kind: 'tag' as const, text, terms: matchTerms(text) })),
    ...supplier.products.map((p) => ({ kind: 'product' as const, text: p.name, terms: matchTerms(`${p.name} ${p.description ?? ''}`) })),
  ];
}

/** The terms of a supplier's whole profile (capabilities, tags, products). */
export function profileTerms(supplier: MatchSupplier): Set<string> {
  return matchTerms(profileText(supplier));
}

function profileText(supplier: MatchSupplier): string {
  return [supplier.capabilities, ...supplier.tags, ...supplier.products.map((p) => `${p.name} ${p.description ?? ''}`)].join(' ');
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * How well a supplier fits an opportunity, with the reasons: a pure function of the two (no I/O). The capabilities
 * sought are the needs; each need is met by the supplier's offer (a capability sentence, a tag, a product) sharing
 * the largest share of its terms. The scenario's domain, the district served, the track record and 首台(套)
 * recognitions count only for a supplier that already meets a need or shares the domain, so that a well-known
 * supplier does not rise on reputation alone. A 失信-restricted supplier scores 0.
 */
export function scoreMatch(opportunity: MatchOpportunity, supplier: MatchSupplier): MatchResult {
  if (supplier.credit.status === 'restricted') return { score: 0, reasons: [] };
  const offers = offersOf(supplier);
  const profileTerms = matchTerms(profileText(supplier));
  const reasons: MatchReason[] = [];

  const needs = opportunity.capabilities.map((need) => ({ need, terms: matchTerms(need) })).filter((n) => n.terms.size > 0);
  let coverageSum = 0;
  const metNeeds: string[] = [];
  for (const { need, terms } of needs) {
    let best: { offer: Offer; shared: string[]; coverage: number } | null = null;
    for (const offer of offers) {
      const shared = sharedTerms(terms, offer.terms);
      const coverage = shared.length / terms.size;
      if (shared.length > 0 && (!best || coverage > best.coverage)) best = { offer, shared, coverage };
    }
    const whole = sharedTerms(terms, profileTerms);
    const wholeCoverage = (whole.length / terms.size) * PROFILE_DISCOUNT;
    if (whole.length > 0 && (!best || wholeCoverage > best.coverage)) best = { offer: { kind: 'profile', text: '', terms: profileTerms }, shared: whole, coverage: wholeCoverage };
    if (!best || best.coverage < NEED_COVERAGE_FLOOR) continue;
    coverageSum += best.coverage;
    metNeeds.push(need);
    const points = round2((MATCH_WEIGHTS.capabilities * best.coverage) / needs.length);
    reasons.push({ kind: 'capability', need, offerKind: best.offer.kind, offer: best.offer.text, shared: best.shared, coverage: round2(best.coverage), points });
  }
  const capabilityPoints = needs.length > 0 ? (MATCH_WEIGHTS.capabilities * coverageSum) / needs.length : 0;

  const words = matchTerms(`${opportunity.title.zh} ${opportunity.title.en ?? ''} ${opportunity.description?.zh ?? ''} ${opportunity.description?.en ?? ''}`);
  const sharedWords = sharedTerms(words, profileTerms);
  const textPoints = words.size > 0 ? (MATCH_WEIGHTS.text * sharedWords.length) / words.size : 0;
  if (sharedWords.length > 0) reasons.push({ kind: 'text', shared: sharedWords.slice(0, 12), points: round2(textPoints) });

  const domainCode = opportunity.domainCode;
  const sameDomain = domainCode !== null && supplier.domains.includes(domainCode);
  let supportPoints = 0;
  if (sameDomain) {
    supportPoints += MATCH_WEIGHTS.domain;
    reasons.push({ kind: 'domain', domainCode, points: MATCH_WEIGHTS.domain });
  }

  const relevant = metNeeds.length > 0 || sameDomain;
  if (relevant) {
    if (opportunity.district && (supplier.districts.includes(opportunity.district) || supplier.districts.includes(ALL_DISTRICTS))) {
      supportPoints += MATCH_WEIGHTS.district;
      reasons.push({ kind: 'district', district: opportunity.district, points: MATCH_WEIGHTS.district });
    }
    const inDomain = opportunity.domainCode ? (supplier.trackRecord.byDomain[opportunity.domainCode] ?? 0) : 0;
    const other = supplier.trackRecord.agreements - inDomain;
    const trackPoints = Math.min(MATCH_WEIGHTS.trackRecordInDomainMax, inDomain * MATCH_WEIGHTS.trackRecordInDomain) + Math.min(MATCH_WEIGHTS.trackRecordOtherMax, other * MATCH_WEIGHTS.trackRecordOther);
    if (trackPoints > 0) {
      supportPoints += trackPoints;
      reasons.push({ kind: 'track-record', agreements: supplier.trackRecord.agreements, inDomain, points: trackPoints });
    }
    const firstSet = firstSetForNeeds(supplier.firstSetRecognitions, needs);
    if (firstSet) {
      supportPoints += MATCH_WEIGHTS.firstSet;
      reasons.push({ kind: 'first-set', ...firstSet, points: MATCH_WEIGHTS.firstSet });
    }
  }

  const score = Math.min(100, Math.round(capabilityPoints + textPoints + supportPoints));
  return { score, reasons };
}

/** A 首台(套) recognised product that itself meets one of the needs. */
function firstSetForNeeds(recognitions: SupplierRecognition[], needs: Array<{ need: string; terms: Set<string> }>) {
  for (const recognition of recognitions) {
    const terms = matchTerms(recognition.product);
    for (const { need, terms: needTerms } of needs) {
      if (sharedTerms(needTerms, terms).length / needTerms.size >= NEED_COVERAGE_FLOOR) {
        return { product: recognition.product, year: recognition.year, level: recognition.level, need };
      }
    }
  }
  return null;
}

/** Ranks scored candidates: highest score first, ties by key; candidates scoring 0 are left out. */
export function rankMatches<T extends { key: string; result: MatchResult }>(candidates: T[], limit: number): T[] {
  return candidates
    .filter((c) => c.result.score > 0)
    .sort((a, b) => b.result.score - a.result.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}
