/**
 * The scenario lifecycle's stages as `workflow.scenario.stage-changed` names them (`to`), with their names in both
 * languages, for the services that show a stage they only read from events (batch-list exports, refusals). The
 * workflow's machine is the truth: a test holds this table equal to the state labels of every version it carries
 * (version 2 split the sandbox re-review into `sandboxExpired` and `sandboxBreached`).
 */
export const SCENARIO_STAGE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  proposed: { zh: '征集', en: 'Proposed' },
  cultivating: { zh: '培育', en: 'Cultivating' },
  recognition: { zh: '认定评估', en: 'Recognition' },
  'recognition.assessing': { zh: '认定评估中', en: 'Being assessed' },
  'recognition.recognized': { zh: '认定通过，待入清单', en: 'Recognised, awaiting listing' },
  listed: { zh: '入清单', en: 'Listed' },
  operating: { zh: '开放运行', en: 'In operation' },
  'operating.open': { zh: '开放', en: 'Open' },
  'operating.matched': { zh: '对接', en: 'Matched' },
  'operating.piloting': { zh: '建设试点', en: 'Piloting' },
  'operating.piloting.regular': { zh: '常规试点', en: 'Regular pilot' },
  'operating.piloting.sandbox': { zh: '沙盒监管', en: 'Sandbox regulation' },
  'operating.piloting.sandboxReview': { zh: '沙盒复审（到期或指标越限）', en: 'Sandbox re-review (expired or an indicator beyond its threshold)' },
  'operating.piloting.sandboxExpired': { zh: '沙盒到期复审', en: 'Sandbox re-review: expired' },
  'operating.piloting.sandboxBreached': { zh: '沙盒指标越限复审', en: 'Sandbox re-review: an indicator beyond its threshold' },
  'operating.effectiveness': { zh: '成效评估', en: 'Effectiveness assessment' },
  'operating.scaling': { zh: '推广', en: 'Scaling' },
  suspended: { zh: '暂停（安全风险闭环管控）', en: 'Suspended (safety-risk loop)' },
  'suspended.reported': { zh: '已报告', en: 'Incident reported' },
  'suspended.rectifying': { zh: '整改中', en: 'Rectifying' },
  'suspended.underReview': { zh: '整改复核', en: 'Rectification under review' },
  terminated: { zh: '终止', en: 'Terminated' },
  'terminated.exemptionReview': { zh: '容错免责审查', en: 'Exemption review' },
  'terminated.exempted': { zh: '予以免责', en: 'Exempted' },
  'terminated.notExempted': { zh: '不予免责', en: 'Not exempted' },
  scaled: { zh: '规模化应用', en: 'Scaled' },
  rejected: { zh: '未通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** "认定通过，待入清单 Recognised, awaiting listing"; an unknown stage as its key; no stage yet as 未启动 not started. */
export function describeScenarioStage(stage: string | null): string {
  if (stage === null) return '未启动 Not started';
  const label = SCENARIO_STAGE_LABELS[stage];
  return label ? `${label.zh} ${label.en}` : stage;
}
