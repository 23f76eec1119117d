import { z } from 'zod';
import { CLOSE_REASONS, MAX_FEN, OPPORTUNITY_STATUSES, OUTCOME_STATUSES, PARTICIPANT_TYPES } from '@scq/registry-domain';

/*
 * What the opportunity routes answer, as the API document (and the console's generated client) shows it: the JSON
 * the use cases and the repository write, dates as ISO strings. Response schemas only: no transforms, no defaults.
 */

const opportunityShape = {
  id: z.guid(),
  scenarioId: z.guid(),
  title: z.object({ zh: z.string(), en: z.string().optional() }),
  description: z.object({ zh: z.string().optional(), en: z.string().optional() }).optional(),
  sought: z.object({
    capabilities: z.array(z.string()),
    budget: z
      .object({ minFen: z.number().int().min(0).max(MAX_FEN).optional(), maxFen: z.number().int().min(0).max(MAX_FEN).optional() })
      .optional()
      .describe('分 fen, integers (never floats): 1 元 = 100'),
    respondBy: z.iso.date(),
  }),
  ownerUnit: z.string().describe("The owning unit: the scenario's owner unit, copied when the opportunity is drafted"),
  status: z.enum(OPPORTUNITY_STATUSES),
  publishedOn: z.iso.date().nullable().describe('Beijing date of publication; its year is the year the opportunity counts for'),
  publishedYear: z.number().int().nullable(),
  publishedBy: z.string().nullable(),
  closedOn: z.iso.date().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closeNote: z.string().nullable(),
  closedBy: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
};

/** The district the opportunity counts under: its scenario's (as read, not on the answers of changes). */
const district = z.string().nullable().describe("The scenario's district");

/** An opportunity as its changes answer it (draft, revise, publish, close). */
export const OpportunitySchema = z.object(opportunityShape).meta({ id: 'Opportunity', description: '场景机会 An opportunity of a scenario' });

/** An opportunity as listed: with its scenario's district. */
export const OpportunityListItemSchema = z.object({ ...opportunityShape, district }).meta({ id: 'OpportunityListItem', description: "An opportunity with its scenario's district" });

export const OpportunityMatchSchema = z
  .object({
    eventId: z.guid(),
    eventTitle: z.object({ zh: z.string(), en: z.string().optional() }),
    heldOn: z.iso.date(),
    supplier: z.string(),
    supplierType: z.enum(PARTICIPANT_TYPES),
    status: z.enum(OUTCOME_STATUSES).describe('How far the match went'),
    note: z.string().optional(),
  })
  .meta({ id: 'OpportunityMatch', description: 'Which supplier matched the opportunity at which matchmaking event, and how far it went' });

export const OpportunityDetailSchema = z
  .object({ ...opportunityShape, district, matches: z.array(OpportunityMatchSchema) })
  .meta({ id: 'OpportunityDetail', description: 'One opportunity with its district and its matches' });

export const OpportunityPageSchema = z
  .object({ items: z.array(OpportunityListItemSchema), nextCursor: z.string().nullable().describe('Pass back as `after` for the next page; null on the last') })
  .meta({ id: 'OpportunityPage' });
