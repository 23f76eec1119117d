import { z } from 'zod';

/**
 * An organisation taking part in an application: the applicant's own (`applicant`), and once consortia exist each
 * member's (`member`). A list of roles rather than one field, so that a consortium adds members without a new shape.
 */
export const applicationParty = z.object({ organisation: z.string().min(1), role: z.enum(['applicant', 'member']) });
export type ApplicationParty = z.infer<typeof applicationParty>;

/** An application (申报/揭榜) for a scenario moved to another stage, or was started (`from` null). */
export const applicationStageChangedV1 = z.object({
  applicationId: z.string().uuid(),
  scenarioId: z.string().uuid(),
  applicantId: z.string().min(1),
  /** The organisations the application is from (absent on events of applications opened before parties were told). */
  parties: z.array(applicationParty).optional(),
  instanceId: z.string().uuid(),
  machine: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  from: z.string().nullable(),
  to: z.string().min(1),
  event: z.string().min(1),
  actor: z.string().nullable(),
  /** Why, as the actor said (补正 requests, rejections, withdrawals); absent on events published before it was told. */
  reason: z.string().nullable().optional(),
  sequence: z.number().int().nonnegative(),
  changedAt: z.string().datetime({ offset: true }),
});
export type ApplicationStageChangedV1 = z.infer<typeof applicationStageChangedV1>;
