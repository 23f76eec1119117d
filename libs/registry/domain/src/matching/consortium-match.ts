import { ALL_DISTRICTS, capabilitySentences, profileTerms, scoreMatch, type MatchOpportunity, type MatchReason, type MatchSupplier } from './match-score';

/** A 场景创新联合体 as the registry knows it from the workflow (`workflow.consortium.changed`). */
export interface ConsortiumToMatch {
  id: string;
  name: { zh: string; en?: string };
  leadOrganisation: string;
  members: Array<{ organisation: string; kind: string; role: 'lead' | 'member'; contribution: string }>;
  version: number;
}

/** A member organisation and its supplier profile (members without one offer nothing). */
export interface ConsortiumMemberOffer {
  organisation: string;
  supplier: MatchSupplier;
}

/** A reason of the union's score, with the member organisations whose offer gave it. */
export type ConsortiumMatchReason = MatchReason & { members: string[] };

export interface ConsortiumMatchResult {
  score: number;
  reasons: ConsortiumMatchReason[];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** The consortium as one supplier: the union of its members' capabilities, tags, products, domains, districts, 首台(套) and track record. */
export function consortiumSupplier(members: ConsortiumMemberOffer[]): MatchSupplier {
  const byDomain: Record<string, number> = {};
  for (const { supplier } of members) for (const [domain, n] of Object.entries(supplier.trackRecord.byDomain)) byDomain[domain] = (byDomain[domain] ?? 0) + n;
  return {
    capabilities: members.map((m) => m.supplier.capabilities).join('\n'),
    tags: unique(members.flatMap((m) => m.supplier.tags)),
    products: members.flatMap((m) => m.supplier.products),
    domains: unique(members.flatMap((m) => m.supplier.domains)),
    districts: unique(members.flatMap((m) => m.supplier.districts)),
    firstSetRecognitions: members.flatMap((m) => m.supplier.firstSetRecognitions),
    trackRecord: { agreements: members.reduce((sum, m) => sum + m.supplier.trackRecord.agreements, 0), byDomain },
    credit: { status: 'normal' },
  };
}

/**
 * How well a consortium fits an opportunity: scoreMatch of the union of its members' profiles (so a need one member
 * meets and a need another meets both count), each reason naming the members whose offer gave it. A consortium with
 * a 失信-restricted member scores 0 (it is left out), as does one none of whose members has a profile.
 */
export function scoreConsortium(opportunity: MatchOpportunity, members: ConsortiumMemberOffer[]): ConsortiumMatchResult {
  if (members.length === 0 || members.some((m) => m.supplier.credit.status === 'restricted')) return { score: 0, reasons: [] };
  const result = scoreMatch(opportunity, consortiumSupplier(members));
  return { score: result.score, reasons: result.reasons.map((reason) => ({ ...reason, members: offeredBy(reason, members) })) };
}

function offeredBy(reason: MatchReason, members: ConsortiumMemberOffer[]): string[] {
  const who = (test: (supplier: MatchSupplier) => boolean) => members.filter((m) => test(m.supplier)).map((m) => m.organisation);
  const sharing = (shared: string[]) => who((s) => { const terms = profileTerms(s); return shared.some((term) => terms.has(term)); });
  switch (reason.kind) {
    case 'capability':
      if (reason.offerKind === 'capability') return who((s) => capabilitySentences(s.capabilities).includes(reason.offer));
      if (reason.offerKind === 'tag') return who((s) => s.tags.includes(reason.offer));
      if (reason.offerKind === 'product') return who((s) => s.products.some((p) => p.name === reason.offer));
      return sharing(reason.shared);
    case 'text':
      return sharing(reason.shared);
    case 'domain':
      return who((s) => s.domains.includes(reason.domainCode));
    case 'district':
      return who((s) => s.districts.includes(reason.district) || s.districts.includes(ALL_DISTRICTS));
    case 'track-record':
      return who((s) => s.trackRecord.agreements > 0);
    case 'first-set':
      return who((s) => s.firstSetRecognitions.some((r) => r.product === reason.product && r.year === reason.year));
  }
}
