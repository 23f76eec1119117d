import { z } from 'zod';
import { FINANCING_KINDS, FINANCING_STATUSES, MAX_FINANCING_FEN } from '@scq/registry-domain';

/* What the financing routes answer. Money is integer fen: a record's `amountFen` a JSON integer, totals decimal strings of fen. */

const fenString = z.string().regex(/^\d+$/).describe('分 fen, as a decimal string of an integer (a sum may pass 2^53)');

export const FinancingSchema = z
  .object({
    id: z.guid(),
    scenarioId: z.guid(),
    ownerUnit: z.string(),
    kind: z.enum(FINANCING_KINDS).describe('loan 场景贷, insurance 场景保险, fund-co-investment 国有投资基金跟投'),
    institution: z.string(),
    product: z.string(),
    amountFen: z.number().int().min(1).max(MAX_FINANCING_FEN).describe('分 fen, an integer (never a float): 1 元 = 100'),
    termMonths: z.number().int().nullable(),
    status: z.enum(FINANCING_STATUSES),
    appliedOn: z.iso.date(),
    approvedOn: z.iso.date().nullable(),
    disbursedOn: z.iso.date().nullable(),
    declinedOn: z.iso.date().nullable(),
    closedOn: z.iso.date().nullable(),
    note: z.object({ zh: z.string().optional(), en: z.string().optional() }).nullable(),
    statusNote: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedBy: z.string(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ScenarioFinancing', description: '场景融资 A financing of a scenario (场景贷, 场景保险, 国有投资基金跟投)' });

export const FinancingListSchema = z.object({ items: z.array(FinancingSchema) }).meta({ id: 'ScenarioFinancingList' });

const sums = { count: z.number().int(), appliedFen: fenString, approvedFen: fenString, disbursedFen: fenString };
const group = z.object({ key: z.string(), ...sums });

export const FinancingTotalsSchema = z
  .object({
    overall: z.object(sums),
    byKind: z.array(group).describe('key: the kind'),
    byDomain: z.array(group).describe("key: the scenario's domain code"),
    byDistrict: z.array(group).describe("key: the scenario's district ('' for none)"),
  })
  .meta({ id: 'FinancingTotals', description: '融资汇总 Financing totals by kind, domain and district: records, and amounts applied, approved and disbursed, in fen' });
