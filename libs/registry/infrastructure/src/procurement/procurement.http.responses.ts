import { z } from 'zod';
import { FIRST_SET_KINDS, FIRST_SET_LEVELS, PROCUREMENT_METHOD_CODES, PROCUREMENT_ROUTES } from '@scq/registry-domain';

const recognition = z.object({
  productName: z.string(),
  kind: z.enum(FIRST_SET_KINDS).describe('equipment 首台(套)重大技术装备, material 首批次新材料, software 首版次软件'),
  level: z.enum(FIRST_SET_LEVELS).describe('national 国家级, municipal 重庆市级, other-province 其他省级'),
  year: z.number().int(),
  number: z.string().describe('认定编号 / 目录序号'),
  holder: z.string().optional(),
});

export const ScenarioProcurementSchema = z
  .object({
    scenarioId: z.guid(),
    route: z.enum(PROCUREMENT_ROUTES).describe('government 政府采购, state-owned-enterprise 国有企业采购, enterprise 企业自主采购, other 其他'),
    method: z.enum(PROCUREMENT_METHOD_CODES).nullable().describe('政府采购方式 (only for route government)'),
    note: z.string().nullable(),
    firstSetRecognitions: z.array(recognition),
    updatedBy: z.string(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ScenarioProcurement', description: '采购途径与首台(套)认定 A scenario’s procurement route and the first-set recognitions it relies on' });

export const ScenarioProcurementAnswerSchema = z
  .object({ procurement: ScenarioProcurementSchema.nullable().describe('null: not recorded yet') })
  .meta({ id: 'ScenarioProcurementAnswer' });

export const ProcurementMethodsSchema = z
  .object({
    routes: z.array(z.object({ code: z.enum(PROCUREMENT_ROUTES), zh: z.string(), en: z.string() })),
    methods: z.array(z.object({ code: z.enum(PROCUREMENT_METHOD_CODES), zh: z.string(), en: z.string(), basis: z.string() })),
  })
  .meta({ id: 'ProcurementMethods', description: '采购途径与政府采购方式（依《政府采购法》等） Procurement routes and the government procurement methods the law names' });
