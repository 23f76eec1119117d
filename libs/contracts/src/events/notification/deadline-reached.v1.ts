import { z } from 'zod';

/** A requested deadline passed (on the working-day calendar); the lifecycle decides what that means. */
export const deadlineReachedV1 = z.object({
  deadlineId: z.string().min(1),
  instanceId: z.string().uuid(),
  deadline: z.string().min(1),
  reachedAt: z.string().datetime({ offset: true }),
});
export type DeadlineReachedV1 = z.infer<typeof deadlineReachedV1>;
