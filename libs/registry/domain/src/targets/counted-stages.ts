/**
 * Which lifecycle stages (the workflow's state paths, as `workflow.scenario.stage-changed` reports them) the target
 * counting rules look at. The registry only reads these; the workflow owns the lifecycle, which never leads back
 * before 入清单 once a scenario is listed.
 */

/** 入清单 and every stage only a listed scenario reaches (open, matched, piloting…, suspended, terminated, scaled). */
export function hasBeenListed(stage: string | null): boolean {
  if (stage === null) return false;
  return stage === 'listed' || stage === 'scaled' || ['operating', 'suspended', 'terminated'].some((top) => stage.startsWith(top));
}

/** 认定通过 and every later stage: the plan counts 综合性重大场景 from recognition on. */
export function isRecognisedOrLater(stage: string | null): boolean {
  return stage === 'recognition.recognized' || hasBeenListed(stage);
}
