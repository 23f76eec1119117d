import { timeIdPageQuery } from '@scq/platform-http';
import { APPLICATION_LIFECYCLE, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import { z } from 'zod';

export const WORKFLOW_MACHINES = [SCENARIO_LIFECYCLE.id, APPLICATION_LIFECYCLE.id] as const;

export const workflowEventBody = z
  .object({
    type: z.string().min(1, '请给出事件类型 type is required'),
    reason: z.string().trim().max(2000).optional(),
    expectedVersion: z.number().int().positive().optional(),
  })
  .passthrough();

export const workflowInstanceListQuery = z.object({
  machine: z.enum(WORKFLOW_MACHINES).default(SCENARIO_LIFECYCLE.id),
  stage: z.string().regex(/^[a-zA-Z.]+$/).optional(),
  domain: z.string().regex(/^[a-z0-9-]+$/).optional(),
  unit: z.string().min(1).max(100).optional(),
  district: z.string().min(1).max(50).optional(),
  /** Applications of this applicant (the caller's user id). */
  applicant: z.string().min(1).max(100).optional(),
  /** Applications to this scenario. */
  scenario: z.uuid().optional(),
  ...timeIdPageQuery,
});

export const statechartQuery = z.object({
  format: z.enum(['json', 'mermaid']).default('json'),
  version: z.coerce.number().int().positive().optional(),
  instance: z.uuid().optional(),
});

export const applicationBody = z
  .object({
    scenarioId: z.uuid('scenarioId 应为 UUID must be a UUID'),
    consortiumId: z.uuid('consortiumId 应为 UUID must be a UUID').optional().describe('以联合体名义申报 Apply in the name of this consortium (the caller’s organisation must be its lead)'),
  })
  .strict();
