import { z } from 'zod';
import { FUNDING_SOURCES, MAX_FEN, OWNER_TYPES, SCENARIO_TIERS } from '@scq/registry-domain';
import { TaxonomyVersionIdSchema } from './taxonomy.http.responses';

/*
 * What the scenario routes answer: a `Scenario` of `@scq/registry-domain` (as `toScenario` reads it back, or as
 * registration built it) with its budget-reserve check. Dates are ISO 8601 strings.
 */

const datetime = () => z.iso.datetime({ offset: true });

export const ScenarioTitleSchema = z.object({ zh: z.string(), en: z.string().optional() }).meta({ id: 'ScenarioTitle', description: '标题 A scenario title in Chinese (and English)' });

export const ScenarioContactSchema = z
  .object({ name: z.string(), role: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
  .meta({ id: 'ScenarioContact', description: '联系人 A contact person (phone or email)' });

export const ScenarioBudgetSchema = z
  .object({
    totalFen: z.number().int().min(0).max(MAX_FEN).describe('分 fen, an integer (never a float): 1 元 = 100'),
    fundingSource: z.enum(FUNDING_SOURCES),
    newScenarioReserveFen: z.number().int().min(0).max(MAX_FEN).optional().describe('分 fen reserved for new scenarios'),
  })
  .meta({ id: 'ScenarioBudget', description: '预算 The budget and where it comes from' });

export const ScenarioBudgetReserveSchema = z
  .object({
    share: z.number().nullable().describe('The reserved share of the total budget (0…1); null without a budget or a reserve'),
    minimumShare: z.number().nullable().describe('The plan’s minimum share for government investment projects'),
    belowMinimum: z.boolean().describe('A government investment project reserving less than the minimum'),
  })
  .meta({ id: 'ScenarioBudgetReserve', description: '预留检查 The budget-reserve check (预留不低于5%)' });

const scenarioShape = {
  id: z.uuid(),
  title: ScenarioTitleSchema,
  description: z.object({ zh: z.string().optional(), en: z.string().optional() }).optional(),
  domainCode: z.string(),
  aspectCode: z.string().describe('The aspect of the domain in the scenario’s taxonomy version'),
  ownerUnit: z.string(),
  ownerType: z.enum(OWNER_TYPES),
  tier: z.enum(SCENARIO_TIERS),
  district: z.string().optional(),
  taxonomyVersion: TaxonomyVersionIdSchema,
  budget: ScenarioBudgetSchema.optional(),
  sandbox: z.object({ needed: z.boolean(), reason: z.string().optional() }).optional(),
  tags: z.array(z.string()),
  contacts: z.array(ScenarioContactSchema),
  stage: z.string().nullable().describe('The lifecycle stage as last reported by the workflow; null until it has started'),
  stageSequence: z.number().int().nullable(),
  stageChangedAt: datetime().nullable(),
  registeredAt: datetime(),
  registeredBy: z.string().nullable().describe('The user id of who registered it; null for scenarios registered before registration needed sign-in'),
  registeredOnBehalf: z.boolean().describe('True when the coordinator or an admin registered it for a unit they do not belong to'),
  profileRevision: z.number().int().describe('1 at registration, bumped by every change of the profile; send it back as `expectedRevision` when editing'),
  budgetReserve: ScenarioBudgetReserveSchema,
  coOwnerUnits: z.array(z.string()).describe('共同牵头单位 Co-owner units (Chongqing or Sichuan), by their Chinese names'),
  joint: z.boolean().describe('成渝 joint scenario (跨区域): some co-owner unit is of another region than the owner unit'),
};

export const ScenarioSchema = z.object(scenarioShape).meta({ id: 'Scenario', description: '场景 A registered scenario with its budget-reserve check' });

/** 避免重复建设: a scenario that looks like another one. */
export const ScenarioNearDuplicateSchema = z
  .object({
    scenarioId: z.uuid(),
    score: z.number().describe('0…1: how alike the two scenarios are'),
    title: ScenarioTitleSchema,
    domainCode: z.string(),
    district: z.string().nullable(),
    sameDomain: z.boolean(),
    sameDistrict: z.boolean(),
  })
  .meta({ id: 'ScenarioNearDuplicate', description: '疑似重复 A scenario that looks like this one' });

/** `POST /api/scenarios`. */
export const ScenarioRegisteredSchema = z
  .object({ ...scenarioShape, nearDuplicates: z.array(ScenarioNearDuplicateSchema) })
  .meta({ id: 'ScenarioRegistered', description: '已登记 The registered scenario with its near-duplicates' });

/** `GET /api/scenarios`. */
export const ScenarioPageSchema = z
  .object({ items: z.array(ScenarioSchema), nextCursor: z.string().nullable().describe('Pass back as `after` for the next page; null on the last page') })
  .meta({ id: 'ScenarioPage', description: '场景列表 A page of scenarios' });

/** `POST /api/scenarios/near-duplicates`: what registering this draft would warn about, before anything is stored. */
export const ScenarioNearDuplicatesSchema = z
  .object({ nearDuplicates: z.array(ScenarioNearDuplicateSchema) })
  .meta({ id: 'ScenarioNearDuplicates', description: '疑似重复检查 Near-duplicates of a draft registration' });

const profileChange = z
  .object({ field: z.string().describe('title, description, tier, district, budget, sandbox, tags, contacts or coOwnerUnits'), before: z.unknown(), after: z.unknown() })
  .meta({ id: 'ScenarioProfileChange', description: '一项修改 One field of the profile before and after' });

/** `PATCH /api/scenarios/{id}`. */
export const ScenarioProfileEditedSchema = z
  .object({ ...scenarioShape, changes: z.array(profileChange).describe('What this edit changed (empty: nothing did, no revision was made)') })
  .meta({ id: 'ScenarioProfileEdited', description: '场景档案已修改 The scenario after the edit, with what changed' });

/** `GET /api/scenarios/{id}/revisions`. */
export const ScenarioProfileRevisionsSchema = z
  .object({
    items: z.array(
      z
        .object({ revision: z.number().int(), changedBy: z.string(), changedAt: datetime(), changes: z.array(profileChange) })
        .meta({ id: 'ScenarioProfileRevision', description: '修改记录 One change of the profile, who made it and when' }),
    ),
  })
  .meta({ id: 'ScenarioProfileRevisions', description: '场景档案修改记录 The profile’s changes, newest first' });
