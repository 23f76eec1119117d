import { randomUUID } from 'node:crypto';
import { beijingDateOf } from '@scq/calendar';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  actsForEveryUnit,
  actsForUnit,
  canonicalSupplierProfile,
  isCreditRestricted,
  MatchmakingRuleError,
  rankMatches,
  scoreConsortium,
  scoreMatch,
  type ConsortiumMatchReason,
  type ConsortiumMemberOffer,
  type CreditStatusChange,
  type MatchmakingCaller,
  type MatchResult,
  type SupplierCredit,
  type SupplierProfileInput,
} from '@scq/registry-domain';
import { systemClock, type MatchmakingClock } from '../opportunities/owned-opportunity.loader';
import type { ConsortiumReadModel } from './consortia.read-model';
import type { OpportunityToMatch, StoredSupplier, SupplierRepository } from './supplier.repository.port';

/** The caller with the organisation the directory puts them in (an applicant's enterprise). */
export interface SupplierCaller extends MatchmakingCaller {
  organisation: string | null;
}

export interface SupplierMatch {
  supplier: { id: string; organisation: string };
  score: number;
  reasons: MatchResult['reasons'];
}

/** A 场景创新联合体 ranked for an opportunity: scored on the union of its members' profiles, each reason naming its members. */
export interface ConsortiumMatch {
  kind: 'consortium';
  consortium: {
    id: string;
    name: { zh: string; en?: string };
    leadOrganisation: string;
    /** Every member, with its supplier profile's id (null: it has none, so it offers nothing to the match). */
    members: Array<{ organisation: string; kind: string; role: 'lead' | 'member'; contribution: string; supplierId: string | null }>;
  };
  score: number;
  reasons: ConsortiumMatchReason[];
}

export interface OpportunityMatchEntry {
  opportunity: { id: string; scenarioId: string; title: { zh: string; en?: string }; domainCode: string | null; district: string | null; respondBy: string };
  score: number;
  reasons: MatchResult['reasons'];
}

export const MATCH_LIMIT = 50;

const forbidden = (zh: string, en: string) => new MatchmakingRuleError('forbidden', 'OUT_OF_SCOPE', `${zh} ${en}`);

/**
 * 供需对接: supplier profiles (an applicant edits its organisation's; the coordinator or an administrator sets the
 * credit status, published as `registry.supplier.credit-changed` so that the workflow refuses a restricted applicant),
 * and ranked matches with their reasons both ways: suppliers for a published opportunity, open opportunities for a
 * supplier. SQL fetches the candidates; the domain's scoreMatch scores and explains each.
 */
export class SupplierMatchingHandler {
  constructor(
    private readonly db: Database,
    private readonly suppliers: SupplierRepository,
    private readonly publisher: EventPublisher,
    /** The workflow's consortia (`registry.consortium`), ranked beside the single suppliers. */
    private readonly consortia: ConsortiumReadModel,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  async mine(caller: SupplierCaller): Promise<StoredSupplier> {
    const organisation = this.ownOrganisation(caller);
    const found = await this.suppliers.findByOrganisation(this.db, organisation);
    if (!found) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `${organisation} 尚未填写供应商档案 ${organisation} has no supplier profile yet`);
    return found;
  }

  saveMine(caller: SupplierCaller, input: SupplierProfileInput): Promise<StoredSupplier> {
    const organisation = this.ownOrganisation(caller);
    return this.db.transaction(async (tx) => {
      const current = await this.suppliers.findByOrganisation(tx, organisation, true);
      await this.suppliers.save(tx, { ...canonicalSupplierProfile(input), id: current?.id ?? randomUUID(), organisation, updatedBy: caller.id, updatedAt: this.clock() });
      const saved = await this.suppliers.findByOrganisation(tx, organisation);
      if (!saved) throw new Error('a saved profile must be found');
      return saved;
    });
  }

  async list(caller: SupplierCaller): Promise<StoredSupplier[]> {
    if (!actsForEveryUnit(caller) && !caller.roles.includes('officer')) throw forbidden('仅经办人员、统筹协调单位或管理员可查看供应商名录', 'Only officers, the coordinator or administrators read the supplier directory');
    return this.suppliers.list(this.db);
  }

  async get(caller: SupplierCaller, id: string): Promise<StoredSupplier> {
    const supplier = await this.found(id);
    this.requireSupplierReader(caller, supplier);
    return supplier;
  }

  setCredit(caller: SupplierCaller, id: string, change: CreditStatusChange): Promise<StoredSupplier> {
    if (!actsForEveryUnit(caller)) throw new MatchmakingRuleError('forbidden', 'FORBIDDEN', '仅统筹协调单位或管理员可以设置信用状态 Only the coordinator or an administrator sets a supplier’s credit status');
    return this.db.transaction(async (tx) => {
      const current = await this.suppliers.findById(tx, id);
      if (!current) throw notFound(id);
      const at = this.clock();
      const credit: SupplierCredit = change.status === 'restricted' ? { status: 'restricted', reason: change.reason, since: change.since, setBy: caller.id } : { status: 'normal', reason: null, since: null, setBy: caller.id };
      await this.suppliers.setCredit(tx, id, credit, at);
      await this.publisher.publish(tx, 'registry.supplier.v1', 'registry.supplier.credit-changed', {
        subject: current.organisation,
        data: { supplierId: id, organisation: current.organisation, status: credit.status, reason: credit.reason, since: credit.since, changedBy: caller.id, at: at.toISOString() },
      });
      return { ...current, credit };
    });
  }

  /** Suppliers for a published opportunity, best first: the owner unit's officers, the coordinator and administrators. */
  async suppliersFor(caller: SupplierCaller, opportunityId: string, limit = MATCH_LIMIT): Promise<{ opportunity: OpportunityToMatch; items: SupplierMatch[]; consortia: ConsortiumMatch[] }> {
    const opportunity = await this.suppliers.opportunity(this.db, opportunityId);
    if (!opportunity || (opportunity.status === 'draft' && !actsForUnit(caller, opportunity.ownerUnit))) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景机会不存在 Opportunity ${opportunityId} not found`);
    if (!actsForUnit(caller, opportunity.ownerUnit)) throw forbidden(`仅${opportunity.ownerUnit}的经办人员或统筹协调单位可查看匹配的供应商`, `Only officers of ${opportunity.ownerUnit} or the coordinator see the suppliers matched to its opportunity`);
    if (opportunity.status !== 'published') throw new MatchmakingRuleError('conflict', 'OPPORTUNITY_NOT_PUBLISHED', `只为已发布的场景机会匹配供应商（当前：${opportunity.status}） Suppliers are matched only to a published opportunity (this one is ${opportunity.status})`);
    const candidates = await this.suppliers.candidateSuppliers(this.db);
    const ranked = rankMatches(candidates.map((s) => ({ key: s.organisation, supplier: s, result: scoreMatch(opportunity, s) })), limit);
    const items = ranked.map((r) => ({ supplier: { id: r.supplier.id, organisation: r.supplier.organisation }, score: r.result.score, reasons: r.result.reasons }));
    return { opportunity, items, consortia: await this.consortiaFor(opportunity, limit) };
  }

  /** Consortia for the opportunity, best first: a consortium with a 失信-restricted member is left out. */
  private async consortiaFor(opportunity: OpportunityToMatch, limit: number): Promise<ConsortiumMatch[]> {
    const consortia = await this.consortia.all(this.db);
    if (consortia.length === 0) return [];
    const profiles = new Map((await this.suppliers.list(this.db)).map((supplier) => [organisationKey(supplier.organisation), supplier]));
    const scored = consortia.map((consortium) => {
      const members = consortium.members.map((member) => ({ ...member, supplier: profiles.get(organisationKey(member.organisation)) ?? null }));
      const offers: ConsortiumMemberOffer[] = members.flatMap((m) => (m.supplier ? [{ organisation: m.organisation, supplier: m.supplier }] : []));
      return { key: consortium.id, consortium, members, result: scoreConsortium(opportunity, offers) };
    });
    return rankMatches(scored, limit).map(({ consortium, members, result }) => ({
      kind: 'consortium' as const,
      consortium: {
        id: consortium.id,
        name: consortium.name,
        leadOrganisation: consortium.leadOrganisation,
        members: members.map((m) => ({ organisation: m.organisation, kind: m.kind, role: m.role, contribution: m.contribution, supplierId: m.supplier?.id ?? null })),
      },
      score: result.score,
      reasons: result.reasons,
    }));
  }

  /** Open opportunities for a supplier, best first: its own applicants, officers, the coordinator and administrators. */
  async opportunitiesFor(caller: SupplierCaller, supplierId: string, limit = MATCH_LIMIT): Promise<{ supplier: StoredSupplier; items: OpportunityMatchEntry[] }> {
    const supplier = await this.found(supplierId);
    this.requireSupplierReader(caller, supplier);
    if (isCreditRestricted(supplier.credit)) return { supplier, items: [] };
    const open = await this.suppliers.openOpportunities(this.db, beijingDateOf(this.clock()));
    const ranked = rankMatches(open.map((o) => ({ key: o.id, opportunity: o, result: scoreMatch(o, supplier) })), limit);
    return {
      supplier,
      items: ranked.map(({ opportunity: o, result }) => ({
        opportunity: { id: o.id, scenarioId: o.scenarioId, title: o.title, domainCode: o.domainCode, district: o.district, respondBy: o.respondBy },
        score: result.score,
        reasons: result.reasons,
      })),
    };
  }

  private ownOrganisation(caller: SupplierCaller): string {
    if (!caller.roles.includes('applicant')) throw new MatchmakingRuleError('forbidden', 'FORBIDDEN', '仅所属单位的申报人员可以维护供应商档案 Only an applicant of an organisation keeps its supplier profile');
    const organisation = caller.organisation?.trim();
    if (!organisation) throw new MatchmakingRuleError('conflict', 'NO_ORGANISATION', '您的账号未关联组织，请先由管理员在目录中设置所属组织 Your account belongs to no organisation: an administrator sets it in the directory first');
    return organisation;
  }

  private requireSupplierReader(caller: SupplierCaller, supplier: StoredSupplier): void {
    if (actsForEveryUnit(caller) || caller.roles.includes('officer')) return;
    if (caller.roles.includes('applicant') && caller.organisation?.trim() === supplier.organisation) return;
    throw forbidden('仅该供应商的申报人员、经办人员或统筹协调单位可查看', 'Only the supplier’s own applicants, officers or the coordinator may read this');
  }

  private async found(id: string): Promise<StoredSupplier> {
    const supplier = await this.suppliers.findById(this.db, id);
    if (!supplier) throw notFound(id);
    return supplier;
  }
}

/** An organisation's name compared as the workflow compares consortium members: trimmed, spaces collapsed, lower-cased. */
const organisationKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

const notFound = (id: string) => new MatchmakingRuleError('not-found', 'NOT_FOUND', `供应商不存在 Supplier ${id} not found`);
