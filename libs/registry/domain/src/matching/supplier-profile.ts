import { z } from 'zod';
import { canonicalDistrictName, findDistrict } from '@scq/identity';
import { knownDomainCodes } from '../known-domains';
import { calendarDate, trimmed } from '../opportunities/matchmaking-fields.schema';
import { ALL_DISTRICTS } from './match-score';

/** A supplier's credit standing: normal, or restricted as 失信 (a dishonest party) with a reason and a date. */
export const CREDIT_STATUSES = ['normal', 'restricted'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

const DOMAIN_CODE = /^[a-z][a-z0-9-]{1,80}$/;

/** 首台(套) recognition of one of the supplier's products: the product, the year, the level (national, municipal). */
/** A 首台(套) recognition a supplier names in its profile (lighter than a scenario’s procurement record, procurement.ts). */
export const supplierRecognitionSchema = z
  .object({
    product: trimmed(200),
    year: z.number({ error: '应为年份 must be a year' }).int('应为整数年份 must be a whole year').min(2000, '年份过早 year too early').max(2100, '年份过晚 year too late'),
    level: z.enum(['national', 'municipal'], { error: '级别应为 national 或 municipal level must be national or municipal' }),
  })
  .strict();
export type SupplierRecognition = z.infer<typeof supplierRecognitionSchema>;

export const supplierProductSchema = z.object({ name: trimmed(200), description: trimmed(2000).optional() }).strict();
export type SupplierProduct = z.infer<typeof supplierProductSchema>;

/** What an applicant of the organisation files about it as a supplier (the whole profile: a PUT). */
export const supplierProfileInputSchema = z
  .object({
    capabilities: trimmed(5000),
    tags: z.array(trimmed(50)).max(30, '最多 30 个标签 at most 30 tags').default([]),
    products: z.array(supplierProductSchema).max(50, '最多 50 项产品 at most 50 products').default([]),
    domains: z
      .array(
        z
          .string()
          .regex(DOMAIN_CODE, '应为领域代码 must be a domain code (e.g. unmanned-systems)')
          .refine((code) => knownDomainCodes().has(code), '未知的领域代码 unknown domain code (see GET /api/taxonomy/:version/domains)'),
      )
      .max(21, '最多 21 个领域 at most 21 domains')
      .default([]),
    districts: z
      .array(trimmed(30).refine((name) => name === ALL_DISTRICTS || findDistrict(name) !== undefined, `未知区县（“${ALL_DISTRICTS}”表示全部区县），见 GET /api/directory/districts unknown district (${ALL_DISTRICTS} for every one): see GET /api/directory/districts`))
      .max(41, '最多 41 个区县 at most 41 districts')
      .default([]),
    firstSetRecognitions: z.array(supplierRecognitionSchema).max(50, '最多 50 项 at most 50 recognitions').default([]),
  })
  .strict();
export type SupplierProfileInput = z.infer<typeof supplierProfileInputSchema>;

/** The profile as stored: districts by the directory's names (石柱县 → 石柱土家族自治县), as scenarios and opportunities name them for matching. */
export function canonicalSupplierProfile(input: SupplierProfileInput): SupplierProfileInput {
  return { ...input, districts: [...new Set(input.districts.map((name) => (name === ALL_DISTRICTS ? name : canonicalDistrictName(name))))] };
}

/** The coordinator or an administrator sets the credit status: restricted needs a reason and a date (认定日期). */
export const creditStatusChangeSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('normal') }).strict(),
    z.object({ status: z.literal('restricted'), reason: trimmed(1000), since: calendarDate() }).strict(),
  ],
  { error: '状态应为 normal 或 restricted（须附原因与日期） status must be normal, or restricted with a reason and a date' },
);
export type CreditStatusChange = z.infer<typeof creditStatusChangeSchema>;

export interface SupplierCredit {
  status: CreditStatus;
  reason: string | null;
  since: string | null;
  setBy: string | null;
}

/** Past agreements and pilots of the supplier the registry knows (from matchmaking outcomes naming it). */
export interface SupplierTrackRecord {
  agreements: number;
  /** Agreements per domain code of the scenario the opportunity belonged to. */
  byDomain: Record<string, number>;
}

export interface SupplierProfile extends SupplierProfileInput {
  /** The directory's organisation name (the caller's organisation). */
  organisation: string;
  credit: SupplierCredit;
  updatedBy: string;
  updatedAt: Date;
}

export function isCreditRestricted(credit: Pick<SupplierCredit, 'status'> | null | undefined): boolean {
  return credit?.status === 'restricted';
}
