// Durable time lives outside the machines (DESIGN §2). A state with a deadline arms it on entry and
// disarms it on exit; the runner turns the `requestDeadline` / `cancelDeadline` actions returned by
// XState's pure `transition()` into durable jobs and sends `deadline.reached` back when one is due.
//
// Deadline ids are deterministic: the machine counts armed deadlines in `context.deadlineSeq` and
// names each `<deadline>-<seq>` (e.g. `revision-3`; unique within the instance, never a `:`). The
// active id per deadline name sits in `context.deadlines`. A `deadline.reached` is acted on only when
// its `deadlineId` is the active one for that name: a late, duplicate or re-entered timer is ignored
// (no transition, `snapshot.can(event)` is false). Leaving the state also emits `cancelDeadline` when
// the deadline itself caused the exit, so cancelling an already fired or unknown job must be a no-op.

export interface DeadlineContext {
  deadlines: Record<string, string>;
  deadlineSeq: number;
}

export interface DeadlineReachedEvent {
  type: 'deadline.reached';
  deadline: string;
  deadlineId: string;
}

/** Due either after N working days (on the statutory-holiday calendar) or on a date carried by the instance. */
export type DeadlineDue = { workingDays: number } | { dueOn: string };

export type RequestDeadlineParams = { deadline: string; deadlineId: string } & DeadlineDue;

export interface CancelDeadlineParams {
  deadline: string;
  deadlineId: string;
}

export const NO_DEADLINES: DeadlineContext = { deadlines: {}, deadlineSeq: 0 };

export function armDeadline(context: DeadlineContext, deadline: string): DeadlineContext {
  const deadlineSeq = context.deadlineSeq + 1;
  return { deadlineSeq, deadlines: { ...context.deadlines, [deadline]: `${deadline}-${deadlineSeq}` } };
}

export function disarmDeadline(context: DeadlineContext, deadline: string): Pick<DeadlineContext, 'deadlines'> {
  const { [deadline]: _disarmed, ...deadlines } = context.deadlines;
  return { deadlines };
}

export function deadlineRequest(context: DeadlineContext, deadline: string, due: DeadlineDue): RequestDeadlineParams {
  return { deadline, deadlineId: activeDeadlineId(context, deadline), ...due };
}

export function deadlineCancellation(context: DeadlineContext, deadline: string): CancelDeadlineParams {
  return { deadline, deadlineId: activeDeadlineId(context, deadline) };
}

export function isActiveDeadline(context: DeadlineContext, event: { type: string }, deadline: string): boolean {
  if (event.type !== 'deadline.reached') return false;
  const reached = event as DeadlineReachedEvent;
  return reached.deadline === deadline && Object.hasOwn(context.deadlines, deadline) && context.deadlines[deadline] === reached.deadlineId;
}

function activeDeadlineId(context: DeadlineContext, deadline: string): string {
  const id = context.deadlines[deadline];
  if (id === undefined) throw new Error(`Deadline ${deadline} is not armed`);
  return id;
}

/**
 * Entry and exit actions of a state with a deadline. The machine's `setup` provides `armDeadline` and
 * `disarmDeadline` (assigns: see `armDeadline()` / `disarmDeadline()`) and the no-op `requestDeadline` and
 * `cancelDeadline`, which the runner executes.
 */
export function deadlineHooks<TContext extends DeadlineContext>(deadline: string, due: (context: TContext) => DeadlineDue) {
  return {
    entry: [
      { type: 'armDeadline', params: { deadline } },
      { type: 'requestDeadline', params: ({ context }: { context: TContext }) => deadlineRequest(context, deadline, due(context)) },
    ],
    exit: [
      { type: 'cancelDeadline', params: ({ context }: { context: TContext }) => deadlineCancellation(context, deadline) },
      { type: 'disarmDeadline', params: { deadline } },
    ],
  } as const;
}
