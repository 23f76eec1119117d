import { z } from 'zod';
import { CREDIT_STATUSES } from '@scq/registry-domain';

/* What the supplier and matching routes answer. */

const words = z.object({ zh: z.string(), en: z.string().optional() });

export const SupplierSchema = z
  .object({
    id: z.guid(),
    organisation: z.string().describe('组织名称（目录） the directory’s organisation name'),
    capabilities: z.string(),
    tags: z.array(z.string()),
    products: z.array(z.object({ name: z.string(), description: z.string().optional() })),
    domains: z.array(z.string()).describe('领域代码 taxonomy domain codes'),
    districts: z.array(z.string()).describe('服务区县；全市 = every district'),
    firstSetRecognitions: z.array(z.object({ product: z.string(), year: z.number().int(), level: z.enum(['national', 'municipal']) })).describe('首台(套) recognitions'),
    credit: z
      .object({ status: z.enum(CREDIT_STATUSES), reason: z.string().nullable(), since: z.iso.date().nullable(), setBy: z.string().nullable() })
      .describe('信用状态：restricted = 失信 (may not apply)'),
    trackRecord: z.object({ agreements: z.number().int(), byDomain: z.record(z.string(), z.number().int()) }).describe('业绩：供需对接活动登记的协议与签约 agreements and contracts recorded by matchmaking events'),
    updatedBy: z.string(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .describe('供应商档案 A supplier profile');

export const SupplierListSchema = z.object({ items: z.array(SupplierSchema) });

export const MatchReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('capability'), need: z.string(), offerKind: z.enum(['capability', 'tag', 'product', 'profile']), offer: z.string(), shared: z.array(z.string()), coverage: z.number(), points: z.number() }),
    z.object({ kind: z.literal('text'), shared: z.array(z.string()), points: z.number() }),
    z.object({ kind: z.literal('domain'), domainCode: z.string(), points: z.number() }),
    z.object({ kind: z.literal('district'), district: z.string(), points: z.number() }),
    z.object({ kind: z.literal('track-record'), agreements: z.number().int(), inDomain: z.number().int(), points: z.number() }),
    z.object({ kind: z.literal('first-set'), product: z.string(), year: z.number().int(), level: z.enum(['national', 'municipal']), need: z.string(), points: z.number() }),
  ])
  .describe('匹配理由 Why: which offer met which need (shared terms), domain, district, track record, 首台(套)');

const memberNames = z.array(z.string()).describe('给出该理由的成员单位 the members whose offer gave this reason');

export const ConsortiumMatchReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('capability'), need: z.string(), offerKind: z.enum(['capability', 'tag', 'product', 'profile']), offer: z.string(), shared: z.array(z.string()), coverage: z.number(), points: z.number(), members: memberNames }),
    z.object({ kind: z.literal('text'), shared: z.array(z.string()), points: z.number(), members: memberNames }),
    z.object({ kind: z.literal('domain'), domainCode: z.string(), points: z.number(), members: memberNames }),
    z.object({ kind: z.literal('district'), district: z.string(), points: z.number(), members: memberNames }),
    z.object({ kind: z.literal('track-record'), agreements: z.number().int(), inDomain: z.number().int(), points: z.number(), members: memberNames }),
    z.object({ kind: z.literal('first-set'), product: z.string(), year: z.number().int(), level: z.enum(['national', 'municipal']), need: z.string(), points: z.number(), members: memberNames }),
  ])
  .describe('联合体匹配理由 Why, as for a supplier, and which member’s offer met which need');

export const ConsortiumMatchSchema = z
  .object({
    kind: z.literal('consortium'),
    consortium: z.object({
      id: z.guid(),
      name: words,
      leadOrganisation: z.string().describe('牵头单位 the lead organisation'),
      members: z.array(
        z.object({
          organisation: z.string(),
          kind: z.string().describe('单位类型 the directory’s organisation kind'),
          role: z.enum(['lead', 'member']),
          contribution: z.string(),
          supplierId: z.guid().nullable().describe('该成员的供应商档案；null = 无档案，不参与评分 its supplier profile; null: none, it offers nothing'),
        }),
      ),
    }),
    score: z.number().int().min(0).max(100),
    reasons: z.array(ConsortiumMatchReasonSchema),
  })
  .describe('场景创新联合体 A consortium, scored on the union of its members’ supplier profiles');

export const SupplierMatchesSchema = z.object({
  opportunity: z.object({ id: z.guid(), title: words, domainCode: z.string().nullable(), district: z.string().nullable() }),
  items: z.array(z.object({ supplier: z.object({ id: z.guid(), organisation: z.string() }), score: z.number().int().min(0).max(100), reasons: z.array(MatchReasonSchema) })),
  consortia: z.array(ConsortiumMatchSchema).describe('场景创新联合体，单独排序（至多 50） consortia, ranked apart from the single suppliers (at most 50); one with a 失信-restricted member is left out'),
});

export const OpportunityMatchesSchema = z.object({
  supplier: z.object({ id: z.guid(), organisation: z.string(), creditStatus: z.enum(CREDIT_STATUSES) }),
  items: z.array(
    z.object({
      opportunity: z.object({ id: z.guid(), scenarioId: z.guid(), title: words, domainCode: z.string().nullable(), district: z.string().nullable(), respondBy: z.iso.date() }),
      score: z.number().int().min(0).max(100),
      reasons: z.array(MatchReasonSchema),
    }),
  ),
});
