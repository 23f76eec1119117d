import type { Bilingual } from '@scq/workflow-domain';

/** What each event a person sends does, in a few words (the task list says what is to be done). */
export const EVENT_LABELS: Record<string, Bilingual> = {
  startCultivation: { zh: '启动培育', en: 'start cultivation' },
  requestRecognition: { zh: '申请认定评估', en: 'request recognition' },
  reject: { zh: '驳回', en: 'reject' },
  startPilot: { zh: '启动建设试点', en: 'start the pilot' },
  enterSandbox: { zh: '进入沙盒监管', en: 'enter the sandbox' },
  renewSandbox: { zh: '续期沙盒', en: 'renew the sandbox' },
  exitSandbox: { zh: '退出沙盒', en: 'leave the sandbox' },
  completePilot: { zh: '完成试点', en: 'complete the pilot' },
  confirmScaled: { zh: '确认规模化应用', en: 'confirm the rollout' },
  startRectification: { zh: '开始整改', en: 'start rectifying' },
  submitRectification: { zh: '提交整改', en: 'submit the rectification' },
  approveResumption: { zh: '批准恢复', en: 'approve resumption' },
  rejectRectification: { zh: '退回整改', en: 'send the rectification back' },
  grantExemption: { zh: '准予免责', en: 'grant the exemption' },
  denyExemption: { zh: '不予免责', en: 'deny the exemption' },
  submit: { zh: '提交申报', en: 'submit' },
  resubmit: { zh: '补正后重新提交', en: 'resubmit after revision' },
  startScreening: { zh: '开始形式审查', en: 'start screening' },
  returnForRevision: { zh: '退回补正', en: 'return for revision' },
  passScreening: { zh: '通过形式审查', en: 'pass screening' },
  approveByUnit: { zh: '审核通过', en: 'approve' },
  rejectByUnit: { zh: '审核驳回', en: 'reject' },
};

/** `培育：申请认定评估、驳回` / `Cultivating: request recognition, reject`. */
export function actionText(stage: Bilingual | null, events: readonly string[]): Bilingual {
  const labels = events.map((event) => EVENT_LABELS[event] ?? { zh: event, en: event });
  const zh = labels.map((label) => label.zh).join('、');
  const en = labels.map((label) => label.en).join(', ');
  return stage ? { zh: `${stage.zh}：${zh}`, en: `${stage.en}: ${en}` } : { zh, en };
}
