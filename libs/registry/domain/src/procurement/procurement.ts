import { z } from 'zod';
import { trimmed } from '../opportunities/matchmaking-fields.schema';
import { MatchmakingRuleError } from '../opportunities/matchmaking-rule.error';

/**
 * 采购途径 How a scenario buys what it needs. The plan (seed 000 (十)) asks to 发挥政府采购支持作用 and to coordinate with
 * 首台(套) policies; the methods of 政府采购 are those the law names, as data:
 * 《中华人民共和国政府采购法》第二十六条 (公开招标, 邀请招标, 竞争性谈判, 单一来源采购, 询价), 竞争性磋商 (财库〔2014〕214号),
 * 框架协议采购 (财政部令第110号, 2022) and 合作创新采购 (财库〔2024〕13号, for new technologies and products).
 * Buyers outside the government procurement law have their own routes.
 */
export const PROCUREMENT_ROUTES = ['government', 'state-owned-enterprise', 'enterprise', 'other'] as const;
export type ProcurementRoute = (typeof PROCUREMENT_ROUTES)[number];

export const PROCUREMENT_ROUTE_NAMES: Record<ProcurementRoute, { zh: string; en: string }> = {
  government: { zh: '政府采购', en: 'Government procurement' },
  'state-owned-enterprise': { zh: '国有企业采购', en: 'State-owned enterprise procurement' },
  enterprise: { zh: '企业自主采购', en: 'Enterprise’s own procurement' },
  other: { zh: '其他方式', en: 'Other' },
};

export interface ProcurementMethodDefinition {
  code: string;
  zh: string;
  en: string;
  /** Where the method comes from. */
  basis: string;
}

export const PROCUREMENT_METHODS = [
  { code: 'public-tender', zh: '公开招标', en: 'Open tender', basis: '《政府采购法》第二十六条、第二十七条' },
  { code: 'invited-tender', zh: '邀请招标', en: 'Invited tender', basis: '《政府采购法》第二十六条、第二十九条' },
  { code: 'competitive-negotiation', zh: '竞争性谈判', en: 'Competitive negotiation', basis: '《政府采购法》第二十六条、第三十条' },
  { code: 'competitive-consultation', zh: '竞争性磋商', en: 'Competitive consultation', basis: '《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）' },
  { code: 'single-source', zh: '单一来源采购', en: 'Single source', basis: '《政府采购法》第二十六条、第三十一条' },
  { code: 'request-for-quotation', zh: '询价', en: 'Request for quotation', basis: '《政府采购法》第二十六条、第三十二条' },
  { code: 'framework-agreement', zh: '框架协议采购', en: 'Framework agreement', basis: '《政府采购框架协议采购方式管理暂行办法》（财政部令第110号）' },
  { code: 'cooperative-innovation', zh: '合作创新采购', en: 'Cooperative innovation procurement', basis: '《政府采购合作创新采购方式管理暂行办法》（财库〔2024〕13号）' },
] as const satisfies readonly ProcurementMethodDefinition[];
export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number]['code'];
export const PROCUREMENT_METHOD_CODES = PROCUREMENT_METHODS.map((m) => m.code) as [ProcurementMethod, ...ProcurementMethod[]];

/** 首台(套) 重大技术装备, 首批次 新材料, 首版次 软件 (seed 003: 完善首台套、首批次、首版次推广政策). */
export const FIRST_SET_KINDS = ['equipment', 'material', 'software'] as const;
export type FirstSetKind = (typeof FIRST_SET_KINDS)[number];
export const FIRST_SET_KIND_NAMES: Record<FirstSetKind, { zh: string; en: string }> = {
  equipment: { zh: '首台(套)重大技术装备', en: 'First-of-its-kind major equipment' },
  material: { zh: '首批次新材料', en: 'First-batch new material' },
  software: { zh: '首版次软件', en: 'First-version software' },
};

/** Who recognised it: the national catalogue (工业和信息化部), Chongqing's (市经济信息委), or another province's. */
export const FIRST_SET_LEVELS = ['national', 'municipal', 'other-province'] as const;
export type FirstSetLevel = (typeof FIRST_SET_LEVELS)[number];
export const FIRST_SET_LEVEL_NAMES: Record<FirstSetLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  municipal: { zh: '重庆市级', en: 'Chongqing' },
  'other-province': { zh: '其他省级', en: 'Another province' },
};

export const MAX_FIRST_SET_RECOGNITIONS = 20;

export const firstSetRecognitionSchema = z
  .object({
    productName: trimmed(200),
    kind: z.enum(FIRST_SET_KINDS, { error: `认定类型应为 kind must be one of: ${FIRST_SET_KINDS.join(', ')}` }),
    level: z.enum(FIRST_SET_LEVELS, { error: `认定级别应为 level must be one of: ${FIRST_SET_LEVELS.join(', ')}` }),
    year: z
      .number({ error: '认定年份应为整数 year must be a whole number' })
      .int('认定年份应为整数 year must be a whole number')
      .min(2000, '认定年份不早于 2000 year must be 2000 or later')
      .max(2100, '认定年份不晚于 2100 year must be 2100 or earlier'),
    /** The recognition's certificate or catalogue number (认定编号 / 目录序号). */
    number: trimmed(100),
    /** The enterprise whose product was recognised. */
    holder: trimmed(200).optional(),
  })
  .strict();
export type FirstSetRecognition = z.infer<typeof firstSetRecognitionSchema>;

/** What the owner unit records: the route, the method when it is 政府采购, and the 首台(套) recognitions relied on. */
export const scenarioProcurementInputSchema = z
  .object({
    route: z.enum(PROCUREMENT_ROUTES, { error: `采购途径应为 route must be one of: ${PROCUREMENT_ROUTES.join(', ')}` }),
    method: z.enum(PROCUREMENT_METHOD_CODES, { error: `采购方式应为 method must be one of: ${PROCUREMENT_METHOD_CODES.join(', ')}` }).optional(),
    note: trimmed(2000).optional(),
    firstSetRecognitions: z
      .array(firstSetRecognitionSchema, { error: '首台(套)认定应为列表 firstSetRecognitions must be a list' })
      .max(MAX_FIRST_SET_RECOGNITIONS, `首台(套)认定最多 ${MAX_FIRST_SET_RECOGNITIONS} 项 at most ${MAX_FIRST_SET_RECOGNITIONS} recognitions`)
      .default([]),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.route === 'government' && !input.method) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: '政府采购须注明采购方式 government procurement needs its method' });
    }
    if (input.route !== 'government' && input.method) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: '采购方式仅适用于政府采购 a method is given only for government procurement' });
    }
    const seen = new Set<string>();
    input.firstSetRecognitions.forEach((r, i) => {
      const key = `${r.level}|${r.number.toLowerCase()}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['firstSetRecognitions', i, 'number'], message: '认定编号重复 this recognition is listed twice' });
      seen.add(key);
    });
  });
export type ScenarioProcurementInput = z.infer<typeof scenarioProcurementInputSchema>;

export interface ScenarioProcurement {
  scenarioId: string;
  route: ProcurementRoute;
  method: ProcurementMethod | null;
  note: string | null;
  firstSetRecognitions: FirstSetRecognition[];
  updatedBy: string;
  updatedAt: Date;
}

export function recordProcurement(input: ScenarioProcurementInput, context: { scenarioId: string; by: string; at: Date }): ScenarioProcurement {
  return {
    scenarioId: context.scenarioId,
    route: input.route,
    method: input.method ?? null,
    note: input.note ?? null,
    firstSetRecognitions: input.firstSetRecognitions,
    updatedBy: context.by,
    updatedAt: context.at,
  };
}

/** The filters of the scenario list and search: `procurementRoute`, `procurementMethod`, `firstSet`. */
export const procurementFilterQuery = {
  procurementRoute: z.enum(PROCUREMENT_ROUTES, { error: `procurementRoute 应为 must be one of: ${PROCUREMENT_ROUTES.join(', ')}` }).optional(),
  procurementMethod: z.enum(PROCUREMENT_METHOD_CODES, { error: `procurementMethod 应为 must be one of: ${PROCUREMENT_METHOD_CODES.join(', ')}` }).optional(),
  /** Scenarios relying on at least one 首台(套)/首批次/首版次 recognition (`true`) or on none (`false`). */
  firstSet: z.enum(['true', 'false'], { error: 'firstSet 应为 true 或 false must be true or false' }).transform((v) => v === 'true').optional(),
};

export interface ProcurementFilter {
  procurementRoute?: ProcurementRoute;
  procurementMethod?: ProcurementMethod;
  firstSet?: boolean;
}

export function procurementMethodName(code: string | null): string {
  const method = PROCUREMENT_METHODS.find((m) => m.code === code);
  return method ? method.zh : '';
}

/** One recognition as a line of an export: `产品（国家级 首台(套)重大技术装备 2025 编号）`. */
export function firstSetLine(r: FirstSetRecognition): string {
  return `${r.productName}（${FIRST_SET_LEVEL_NAMES[r.level].zh} ${FIRST_SET_KIND_NAMES[r.kind].zh} ${r.year} ${r.number}）`;
}

export function notFoundScenario(scenarioId: string): MatchmakingRuleError {
  return new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景不存在 Scenario ${scenarioId} not found`);
}
