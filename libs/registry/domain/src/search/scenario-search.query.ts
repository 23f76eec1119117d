import { z } from 'zod';
import { aspects, taxonomyVersions } from '@scq/taxonomy';
import { knownDomainCodes } from '../known-domains';
import { SCENARIO_TIERS } from '../scenario-registration';
import { MAX_QUERY_LENGTH } from './search-text';
import { procurementFilterQuery } from '../procurement/procurement';

/** Orders of a search: by registration, newest or oldest first. */
export const SEARCH_SORTS = ['newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
const MAX_IDS = 200;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const IDS = new RegExp(`^${UUID}(,${UUID})*$`);

const knownAspects = (): Set<string> => new Set(taxonomyVersions().flatMap((v) => aspects(v).map((a) => a.code)));

const single = (name: string) =>
  z.string({ error: (issue) => (Array.isArray(issue.input) ? `${name} 只能给一个值 give ${name} once` : `${name} 必须是文本 must be text`) });
const trimmed = (name: string, max: number) => single(name).trim().min(1, '不能为空 must not be empty').max(max, `最多 ${max} 个字符 at most ${max} characters`);

/** `GET /api/search/scenarios` query parameters; every field error is named in Chinese and English. */
export const scenarioSearchQuerySchema = z.strictObject(
  {
    q: single('q').max(MAX_QUERY_LENGTH, `查询词最多 ${MAX_QUERY_LENGTH} 个字符 q is at most ${MAX_QUERY_LENGTH} characters`).optional(),
    aspect: single('aspect').refine((code) => knownAspects().has(code), '未知的方面代码 unknown aspect code (see GET /api/taxonomy/:version/aspects)').optional(),
    domain: single('domain').refine((code) => knownDomainCodes().has(code), '未知的领域代码 unknown domain code (see GET /api/taxonomy/:version/domains)').optional(),
    /** A unit by code, Chinese name or alias: scenarios it owns, and those of the domains it is responsible for. */
    unit: trimmed('unit', 100).optional(),
    district: trimmed('district', 50).optional(),
    /** A stage or a parent stage: `operating` also finds `operating.piloting.sandbox`. */
    stage: single('stage').regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, '阶段格式无效 stage must look like proposed or operating.piloting').optional(),
    tier: z.enum(SCENARIO_TIERS, { error: `场景层级应为 tier must be one of: ${SCENARIO_TIERS.join(', ')}` }).optional(),
    /** 成渝 joint scenarios (a co-owner unit of another region) only, or none of them. */
    joint: z.enum(['true', 'false'], { error: 'joint 应为 true 或 false must be true or false' }).transform((v) => v === 'true').optional(),
    /** 采购途径, 政府采购方式, 首台(套) reliance (`firstSet=true|false`). */
    ...procurementFilterQuery,
    /** Registered in this calendar year (Beijing time). */
    year: z.coerce
      .number({ error: '年份应为数字 year must be a number' })
      .int('年份应为整数 year must be an integer')
      .min(2000, '年份不早于 2000 year must be 2000 or later')
      .max(2100, '年份不晚于 2100 year must be 2100 or earlier')
      .optional(),
    /** Scenarios by id, comma-separated (at most 200): e.g. those on the caller's task list. */
    ids: single('ids')
      .regex(IDS, 'ids 应为逗号分隔的场景编号 ids must be comma-separated scenario ids')
      .transform((text) => text.split(','))
      .refine((ids) => ids.length <= MAX_IDS, `ids 最多 ${MAX_IDS} 个 at most ${MAX_IDS} ids`)
      .optional(),
    /** `newest` (the default) or `oldest` registered first; with `q`, title matches still come first. */
    sort: z.enum(SEARCH_SORTS, { error: `排序应为 sort must be one of: ${SEARCH_SORTS.join(', ')}` }).optional(),
    limit: z.coerce.number({ error: 'limit 应为数字 limit must be a number' }).int().min(1, 'limit 至少为 1 limit is at least 1').max(100, 'limit 最多 100 limit is at most 100').default(20),
    after: single('after').max(512, '无效的分页游标 invalid cursor').optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `未知的查询参数 unknown query parameters: ${issue.keys.join(', ')}` : undefined) },
);

export type ScenarioSearchQuery = z.infer<typeof scenarioSearchQuerySchema>;

/** The search's text and filters without paging: for counts by stage. */
export const scenarioStageCountsQuerySchema = scenarioSearchQuerySchema.omit({ limit: true, after: true });

/** The instant a calendar year starts in Beijing time (China has no daylight saving time since 1991). */
export function beijingYearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1, -8));
}
