import type { z } from 'zod';
import { deadlineCancelledV1, deadlineRequestedV1 } from '../workflow/deadline-requested.v1';

/**
 * The registry's deadlines for the reminder system: a factor support request (要素保障) waits on the unit responsible
 * for that factor. The same schemas as the workflow's, on the registry's own topic `registry.deadline.v1`: the
 * notification service plans the reminders and escalations, answers `notification.deadline.reached`, and cancels
 * everything pending on `registry.deadline.cancelled` (the request was answered). `instanceId` is the request's id,
 * `deadlineId` `<request id>.factorAnswer`, `subjectId` the scenario.
 */
export const registryDeadlineRequestedV1 = deadlineRequestedV1;
export type RegistryDeadlineRequestedV1 = z.infer<typeof registryDeadlineRequestedV1>;

export const registryDeadlineCancelledV1 = deadlineCancelledV1;
export type RegistryDeadlineCancelledV1 = z.infer<typeof registryDeadlineCancelledV1>;
