import { z } from 'zod';

/**
 * An organisation taking part in an application: the applicant's own (`applicant`) and, for an application made by a
 * consortium (场景创新联合体), every other member organisation (`member`). The evaluation service checks conflicts of
 * interest against each of them alike.
 */
export const applicationParty = z.object({ organisation: z.string().min(1), role: z.enum(['applicant', 'member']) });
export type ApplicationParty = z.infer<typeof applicationParty>;

/** An application (申报/揭榜) for a scenario moved to another stage, or was started (`from` null). */
export const applicationStageChangedV1 = z.object({
  applicationId: z.string().uuid(),
  scenarioId: z.string().uuid(),
  applicantId: z.string().min(1),
  /** The organisations the application is from: the applicant's and its consortium's members (absent on events of applications opened before parties were told). */
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
