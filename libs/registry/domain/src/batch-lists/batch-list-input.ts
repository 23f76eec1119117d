import { z } from 'zod';
import { coordinator, findUnit, taxonomyVersions } from '@scq/taxonomy';
import type { BatchListHeader } from './batch-list';

const text = () => z.string({ error: (issue) => (issue.input === undefined ? '必填 required' : '必须是文本 must be text') });
const trimmed = (max: number) => text().trim().min(1, '不能为空 must not be empty').max(max, `最多 ${max} 个字符 at most ${max} characters`);

/** The most items one list (or one request) may carry. */
export const MAX_BATCH_LIST_ITEMS = 2000;

/** The issuing unit when none is given: the plan's coordinator (市发展改革委), from the newest taxonomy version. */
export function defaultBatchListIssuer(): string {
  const versions = taxonomyVersions();
  return coordinator(versions[versions.length - 1]).unit;
}

/** A unit given by code or alias becomes its Chinese name; an issuer outside the taxonomy is kept as written. */
export function normaliseIssuingUnit(unit: string): string {
  for (const version of [...taxonomyVersions()].reverse()) {
    const known = findUnit(version, unit);
    if (known) return known.zhName;
  }
  return unit;
}

/** 公文字号 write the year in 〔〕: "渝场景[2026]1号" and "渝场景【2026】1号" are the same number as "渝场景〔2026〕1号". */
export function normaliseListNumber(number: string): string {
  return number.trim().replace(/[[［【(（〔]\s*(\d{4})\s*[\]］】)）〕]/u, '〔$1〕').replace(/\s+/gu, ' ');
}

/** The year written in a list number (〔2026〕), if any. */
export function yearOfListNumber(number: string): number | null {
  const match = /〔(\d{4})〕/u.exec(number);
  return match ? Number(match[1]) : null;
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export const batchListItemInputSchema = z
  .object({
    scenarioId: z.uuid({ error: '应为场景编号（UUID） must be a scenario id (UUID)' }),
    note: trimmed(1000).optional(),
    category: trimmed(50).optional(),
  })
  .strict();
export type BatchListItemInput = z.infer<typeof batchListItemInputSchema>;

const headerShape = {
  number: trimmed(60).transform(normaliseListNumber),
  title: z.object({ zh: trimmed(200), en: trimmed(400).optional() }).strict(),
  issuingUnit: trimmed(100).optional(),
  issueDate: text().refine(isCalendarDate, '应为日期 YYYY-MM-DD must be a date YYYY-MM-DD'),
  year: z.number({ error: '应为年份 must be a year' }).int('应为整数年份 must be a whole year').min(2000, '年份过早 year too early').max(2100, '年份过晚 year too late').optional(),
};

interface RawHeader {
  number: string;
  title: { zh: string; en?: string };
  issuingUnit?: string;
  issueDate: string;
  year?: number;
  items?: BatchListItemInput[];
}

function checkHeaderAndItems(input: RawHeader, context: z.RefinementCtx): void {
  const numberYear = yearOfListNumber(input.number);
  if (numberYear !== null && input.year !== undefined && input.year !== numberYear) {
    context.addIssue({ code: 'custom', path: ['year'], message: `年度 ${input.year} 与批次编号中的年份 ${numberYear} 不一致 year ${input.year} differs from the year ${numberYear} in the list number` });
  }
  const seen = new Map<string, number>();
  input.items?.forEach((item, index) => {
    const first = seen.get(item.scenarioId);
    if (first !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['items', index, 'scenarioId'],
        message: `场景重复：已在第 ${first + 1} 项 duplicate scenario: already item ${first + 1} of the list`,
      });
    } else seen.set(item.scenarioId, index);
  });
}

const itemsShape = z.array(batchListItemInputSchema).max(MAX_BATCH_LIST_ITEMS, `最多 ${MAX_BATCH_LIST_ITEMS} 个场景 at most ${MAX_BATCH_LIST_ITEMS} scenarios`);

/** A new list (a draft): the header and, optionally, its first items. */
export const createBatchListSchema = z
  .object({ ...headerShape, items: itemsShape.default([]) })
  .strict()
  .superRefine(checkHeaderAndItems);
export type CreateBatchListInput = z.infer<typeof createBatchListSchema>;

/** PUT: the header replaced; `items`, when given, replace the list's items. */
export const updateBatchListSchema = z
  .object({ ...headerShape, items: itemsShape.optional(), expectedVersion: z.number().int().positive().optional() })
  .strict()
  .superRefine(checkHeaderAndItems);
export type UpdateBatchListInput = z.infer<typeof updateBatchListSchema>;

/** PUT of one item: note and category set, or cleared with null. */
export const updateBatchListItemSchema = z
  .object({ note: trimmed(1000).nullable().optional(), category: trimmed(50).nullable().optional() })
  .strict();
export type UpdateBatchListItemInput = z.infer<typeof updateBatchListItemSchema>;

export const publishBatchListSchema = z.object({ expectedVersion: z.number().int().positive().optional() }).strict();

/** A correction: why it is made (更正说明). */
export const reviseBatchListSchema = z.object({ reason: trimmed(2000).optional() }).strict();

/** The header as stored: issuing unit defaulted and normalised, year from the number or the issue date. */
export function resolveBatchListHeader(input: Pick<RawHeader, 'number' | 'title' | 'issuingUnit' | 'issueDate' | 'year'>): BatchListHeader {
  return {
    number: input.number,
    title: { zh: input.title.zh, en: input.title.en ?? null },
    issuingUnit: input.issuingUnit ? normaliseIssuingUnit(input.issuingUnit) : defaultBatchListIssuer(),
    issueDate: input.issueDate,
    year: input.year ?? yearOfListNumber(input.number) ?? Number(input.issueDate.slice(0, 4)),
  };
}
