import { z } from 'zod';
import { OPPORTUNITY_STATUSES } from '@scq/registry-domain';

/*
 * What the demand-list routes answer, as the API document (and the console's generated client) shows it.
 * Response schemas only: no transforms, no defaults.
 */

const demandListShape = {
  id: z.guid(),
  number: z.string().describe("The owner's number, e.g. 2026年第3期"),
  title: z.object({ zh: z.string(), en: z.string().optional() }),
  ownerUnit: z.string(),
  publishedOn: z.iso.date(),
  publishedYear: z.number().int(),
  publishedBy: z.string(),
  opportunityIds: z.array(z.guid()).describe('In list order'),
  createdAt: z.iso.datetime({ offset: true }),
};

export const DemandListSchema = z.object(demandListShape).meta({ id: 'DemandList', description: "需求清单 An owner unit's published list of its opportunities" });

export const DemandListOpportunitySchema = z
  .object({
    id: z.guid(),
    scenarioId: z.guid(),
    title: z.object({ zh: z.string(), en: z.string().optional() }),
    status: z.enum(OPPORTUNITY_STATUSES),
    publishedOn: z.iso.date().nullable(),
    respondBy: z.iso.date(),
    capabilities: z.array(z.string()),
  })
  .meta({ id: 'DemandListOpportunity', description: 'An opportunity of a demand list, with what a supplier needs to see' });

export const DemandListDetailSchema = z
  .object({ ...demandListShape, opportunities: z.array(DemandListOpportunitySchema).describe('In list order') })
  .meta({ id: 'DemandListDetail', description: 'One demand list with its opportunities' });

export const DemandListPageSchema = z
  .object({ items: z.array(DemandListSchema), nextCursor: z.string().nullable().describe('Pass back as `after` for the next page; null on the last') })
  .meta({ id: 'DemandListPage' });
