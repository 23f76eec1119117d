/**
 * Which lifecycle stages (the workflow's state paths, as `workflow.scenario.stage-changed` reports them) the target
 * counting rules look at. The registry only reads these; the workflow owns the lifecycle.
 */

/** 认定通过 and every stage a scenario can only reach after it: the plan counts 综合性重大场景 from recognition on. */
export function isRecognisedOrLater(stage: string | null): boolean {
  if (stage === null) return false;
  return stage === 'recognition.recognized' || stage === 'listed' || stage === 'scaled' || ['operating', 'suspended', 'terminated'].some((top) => stage.startsWith(top));
}

/** 入清单 or 开放运行 (open, matched, piloting, effectiveness, scaling): the scenario an effective opportunity must belong to. */
export function isListedOrOpen(stage: string | null): boolean {
  return stage === 'listed' || (stage?.startsWith('operating') ?? false);
}
