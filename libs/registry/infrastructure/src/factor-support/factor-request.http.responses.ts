import { z } from 'zod';
import { FACTOR_OUTCOMES, FACTOR_REQUEST_STATUSES } from '@scq/registry-domain';
import { FACTOR_KINDS } from '@scq/taxonomy';

/* What the factor support routes answer. */

const text = z.object({ zh: z.string().optional(), en: z.string().optional() });

export const FactorRequestSchema = z
  .object({
    id: z.guid(),
    scenarioId: z.guid(),
    scenarioTitle: z.object({ zh: z.string(), en: z.string().nullable() }),
    ownerUnit: z.string().describe('The scenario’s owner unit, which asked'),
    kind: z.enum(FACTOR_KINDS),
    responsibleUnit: z.string().describe('The unit the request was routed to, from the factor’s data (GET /api/factor-kinds)'),
    need: text,
    quantity: z.string().nullable(),
    workingDays: z.number().int().describe('The answer is due this many working days after the request (the notification service counts them and reminds)'),
    deadlineId: z.string().describe('The deadline in the notification service (`GET /api/notifications/deadlines/{deadlineId}`)'),
    status: z.enum(FACTOR_REQUEST_STATUSES),
    outcome: z.enum(FACTOR_OUTCOMES).nullable(),
    answer: text.nullable(),
    requestedBy: z.string(),
    requestedAt: z.iso.datetime({ offset: true }),
    answeredBy: z.string().nullable(),
    answeredAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'FactorRequest', description: '要素保障需求 A factor support request of a scenario and its answer' });

export const FactorRequestListSchema = z.object({ items: z.array(FactorRequestSchema) }).meta({ id: 'FactorRequestList' });

export const FactorKindListSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(FACTOR_KINDS),
        name: z.object({ zh: z.string(), en: z.string() }),
        unit: z.string().describe('The unit that answers for this factor'),
        answerWorkingDays: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'FactorKindList', description: '要素类型及责任单位 The factor kinds and the unit responsible for each' });
