import type { Language } from './recipient-preferences';

/**
 * A reminder's kind, the daily digest, or a notice of an event (`evaluator-removed`: an evaluator taken off a panel for
 * a conflict of interest; `sandbox-breach`: a sandbox indicator read beyond its threshold; `application-stage`: the
 * applicant's application moved to another stage; `employment-risk`: a scenario's employment figures beyond a threshold).
 */
export type MessageKind = 'before' | 'due' | 'escalation' | 'digest' | 'sandbox-breach' | 'evaluator-removed' | 'application-stage' | 'dead-letter' | 'employment-risk';

export interface MessageTemplate {
  subject: string;
  body: string;
}

/**
 * The message texts, per language, with `{{variables}}` (see `message-templates.ts` for what each kind gets).
 * Times are shown in Asia/Shanghai and say so.
 */
export const MESSAGE_TEMPLATES: Record<Language, Record<MessageKind, MessageTemplate>> = {
  'zh-CN': {
    before: {
      subject: '【提醒】{{title}}：{{deadlineLabel}}还剩 {{workingDays}} 个工作日',
      body:
        '{{greeting}}\n' +
        '{{title}}当前处于「{{stageLabel}}」阶段，{{deadlineLabel}}将于 {{dueAt}}（北京时间）到期，还剩 {{workingDays}} 个工作日，请及时办理。\n' +
        '责任单位：{{responsibleUnits}}',
    },
    due: {
      subject: '【到期】{{title}}：{{deadlineLabel}}已到期',
      body:
        '{{greeting}}\n' +
        '{{title}}的{{deadlineLabel}}已于 {{dueAt}}（北京时间）到期，当前阶段「{{stageLabel}}」。\n' +
        '责任单位：{{responsibleUnits}}',
    },
    escalation: {
      subject: '【督办·{{level}}级】{{title}}：{{deadlineLabel}}已逾期 {{workingDays}} 个工作日',
      body:
        '{{greeting}}\n' +
        '{{title}}的{{deadlineLabel}}已于 {{dueAt}}（北京时间）到期，至今已逾期 {{workingDays}} 个工作日，仍处于「{{stageLabel}}」阶段，请督促办理。\n' +
        '责任单位：{{responsibleUnits}}',
    },
    'sandbox-breach': {
      subject: '【沙盒指标越限】{{title}}：{{indicator}} {{value}}{{unit}}（阈值 {{threshold}}）',
      body:
        '{{greeting}}\n' +
        '{{title}}的沙盒监测指标「{{indicator}}」于 {{observedOn}} 的读数为 {{value}}{{unit}}，超出阈值（{{threshold}}），场景当前处于「{{stage}}」，请复审后续期或退出沙盒。\n' +
        '{{note}}' +
        '责任单位：{{responsibleUnits}}',
    },
    'employment-risk': {
      subject: '【就业风险预警】{{title}}：{{period}} {{rules}}',
      body:
        '{{greeting}}\n' +
        '{{title}}（牵头单位：{{ownerUnit}}）{{period}} 的就业监测指标超出阈值：新增岗位 {{jobsCreated}} 个，替代岗位 {{jobsDisplaced}} 个。\n' +
        '{{breaches}}\n' +
        '请市人力社保局与牵头单位评估就业影响并做好防范应对，着力减少对农民工等群体的就业冲击。',
    },
    digest: {
      subject: '【每日汇总】{{date}} 共 {{count}} 条提醒',
      body: '{{greeting}}\n以下是 {{date}} 的 {{count}} 条提醒（时间均为北京时间）：\n{{items}}',
    },
    'dead-letter': {
      subject: '【消息处理失败】{{service}}无法处理「{{eventType}}」',
      body:
        '{{greeting}}\n' +
        '{{service}}的消费者「{{consumer}}」在尝试 {{attempts}} 次后放弃了{{topic}}中的一条「{{eventType}}」消息（{{failedAt}}，北京时间），该消息已转入死信。\n' +
        '原因：{{reason}}\n' +
        '请在「运维 › 死信」中查看原始消息，排除原因后重放，或注明理由后丢弃。',
    },
    'evaluator-removed': {
      subject: '【评审专家调整】{{title}}：{{evaluator}}因利益冲突退出评审组',
      body:
        '{{greeting}}\n' +
        '{{title}}在分配评审专家后发现利益冲突：{{evaluator}}{{conflicts}}，已于 {{removedAt}}（北京时间）退出评审组。{{voided}}\n' +
        '{{replacement}}',
    },
    'application-stage': {
      subject: '【申报进展】{{title}}：{{stage}}',
      body: '{{recipient}}：\n' + '您的{{title}}{{change}}，当前处于「{{stage}}」阶段。\n' + '{{reason}}' + '{{next}}' + '编号：{{subjectId}}（流程实例 {{instanceId}}）',
    },
  },
  en: {
    before: {
      subject: '[Reminder] {{title}}: {{workingDays}} working day(s) left in the {{deadlineLabel}}',
      body:
        '{{greeting}}\n' +
        '{{title}} is at the stage "{{stageLabel}}". Its {{deadlineLabel}} ends on {{dueAt}} (Asia/Shanghai), {{workingDays}} working day(s) from now. Please act in time.\n' +
        'Responsible units: {{responsibleUnits}}',
    },
    due: {
      subject: '[Due] {{title}}: the {{deadlineLabel}} has ended',
      body:
        '{{greeting}}\n' +
        '{{title}}: the {{deadlineLabel}} ended on {{dueAt}} (Asia/Shanghai); the stage is "{{stageLabel}}".\n' +
        'Responsible units: {{responsibleUnits}}',
    },
    escalation: {
      subject: '[Escalation level {{level}}] {{title}}: {{deadlineLabel}} overdue by {{workingDays}} working day(s)',
      body:
        '{{greeting}}\n' +
        '{{title}}: the {{deadlineLabel}} ended on {{dueAt}} (Asia/Shanghai) and is now {{workingDays}} working day(s) overdue; the stage is still "{{stageLabel}}". Please follow up.\n' +
        'Responsible units: {{responsibleUnits}}',
    },
    'sandbox-breach': {
      subject: '[Sandbox indicator beyond threshold] {{title}}: {{indicator}} {{value}} {{unit}} (threshold {{threshold}})',
      body:
        '{{greeting}}\n' +
        '{{title}}: the sandbox indicator "{{indicator}}" read {{value}} {{unit}} on {{observedOn}}, beyond its threshold ({{threshold}}). The scenario’s stage is "{{stage}}" now: renew the sandbox after the review, or leave it.\n' +
        '{{note}}' +
        'Responsible units: {{responsibleUnits}}',
    },
    'employment-risk': {
      subject: '[Employment risk] {{title}}: {{period}} {{rules}}',
      body:
        '{{greeting}}\n' +
        '{{title}} (owner unit: {{ownerUnit}}): the employment figures of {{period}} are beyond the thresholds: {{jobsCreated}} job(s) created, {{jobsDisplaced}} displaced.\n' +
        '{{breaches}}\n' +
        '市人力社保局 and the owner unit: assess the impact on employment and respond, to limit the shock to migrant workers and other groups.',
    },
    digest: {
      subject: '[Daily digest] {{count}} reminder(s) for {{date}}',
      body: '{{greeting}}\nThe {{count}} reminder(s) of {{date}} (times in Asia/Shanghai):\n{{items}}',
    },
    'dead-letter': {
      subject: '[Message failed] A "{{eventType}}" message died in {{service}}',
      body:
        '{{greeting}}\n' +
        'The consumer "{{consumer}}" of {{service}} gave up on a "{{eventType}}" message from {{topic}} after {{attempts}} attempts ({{failedAt}}, Asia/Shanghai); the message is now a dead letter.\n' +
        'Reason: {{reason}}\n' +
        'Open Operations › Dead letters to inspect the original message, then replay it once the cause is fixed, or discard it with a reason.',
    },
    'evaluator-removed': {
      subject: '[Panel change] {{title}}: {{evaluator}} removed for a conflict of interest',
      body:
        '{{greeting}}\n' +
        '{{title}}: a conflict of interest came to light after the evaluators were assigned. {{evaluatorCapitalised}} {{conflicts}}, and left the panel on {{removedAt}} (Asia/Shanghai).{{voided}}\n' +
        '{{replacement}}',
    },
    'application-stage': {
      subject: '[Application update] {{title}}: {{stage}}',
      body: 'To {{recipient}},\n' + '{{title}} {{change}}; its stage is "{{stage}}" now.\n' + '{{reason}}' + '{{next}}' + 'Reference: {{subjectId}} (lifecycle instance {{instanceId}})',
    },
  },
};

/** Names of the deadlines the lifecycles arm (an unknown name is shown as it is). */
export const DEADLINE_LABELS: Record<string, { zh: string; en: string }> = {
  revision: { zh: '补正材料期限', en: 'revision period' },
  publicNotice: { zh: '公示期', en: 'public notice period' },
  scoring: { zh: '专家评分期限', en: 'scoring period' },
  sandboxExpiry: { zh: '沙盒监管期', en: 'regulatory sandbox period' },
  factorAnswer: { zh: '要素保障答复期限', en: 'factor support answer period' },
};

/** Conflicts of interest as a notice words them (the evaluation service's kinds), `{party}` the party concerned. */
export const CONFLICT_LABELS: Record<string, { zh: string; en: string }> = {
  self: { zh: '本人即申报人', en: 'is the applicant' },
  'same-organisation': { zh: '与当事方「{party}」同属一个单位', en: 'works for "{party}", a party' },
  'parent-organisation': { zh: '所在单位是当事方「{party}」的上级单位', en: 'works for a parent organisation of "{party}", a party' },
  'child-organisation': { zh: '所在单位是当事方「{party}」的下属单位', en: 'works for a subsidiary of "{party}", a party' },
  declared: { zh: '申报过与「{party}」的利益冲突', en: 'declared a conflict with "{party}"' },
  'recent-collaboration': { zh: '近期与「{party}」有合作', en: 'recently collaborated with "{party}"' },
};

/** What an assessment is for, as messages name it (认定评估 of a scenario, 专家评审 of an application). */
export const ASSESSMENT_PURPOSE_LABELS: Record<string, { zh: string; en: string }> = {
  recognition: { zh: '认定评估', en: 'recognition assessment' },
  effectiveness: { zh: '成效评估', en: 'effectiveness evaluation' },
  'application-review': { zh: '专家评审', en: 'expert review' },
};

/**
 * Names of stages, for deadline requests that do not carry the machine's own name of their stage (`stageLabel`):
 * the last segment of the dotted path that is listed here names it; an unknown one is shown as it is.
 */
export const STAGE_LABELS: Record<string, { zh: string; en: string }> = {
  proposed: { zh: '征集', en: 'proposed' },
  cultivating: { zh: '培育', en: 'cultivating' },
  recognition: { zh: '认定评估', en: 'recognition' },
  listed: { zh: '入清单', en: 'listed' },
  open: { zh: '开放', en: 'open' },
  matched: { zh: '对接', en: 'matched' },
  piloting: { zh: '建设试点', en: 'piloting' },
  sandbox: { zh: '沙盒监管', en: 'regulatory sandbox' },
  effectiveness: { zh: '成效评估', en: 'effectiveness evaluation' },
  scaling: { zh: '推广', en: 'scaling' },
  submitted: { zh: '已提交', en: 'submitted' },
  screening: { zh: '形式审查', en: 'screening' },
  returned: { zh: '补正', en: 'returned for revision' },
  unitReview: { zh: '责任单位审核', en: 'unit review' },
  expertReview: { zh: '专家评审', en: 'expert review' },
  publicNotice: { zh: '公示', en: 'public notice' },
  assigning: { zh: '分配专家', en: 'assigning evaluators' },
  scoring: { zh: '评分', en: 'scoring' },
  consensus: { zh: '合议', en: 'consensus' },
  panelReview: { zh: '专家组复议', en: 'panel review' },
  // Where a deadline's stage is left to (notices after the deadline name them).
  sandboxReview: { zh: '沙盒到期复审', en: 'sandbox re-review' },
  overdue: { zh: '评分逾期', en: 'scoring overdue' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未通过', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  // A factor support request (要素保障) of the registry.
  'awaiting-answer': { zh: '要素保障待答复', en: 'factor support awaiting an answer' },
  answered: { zh: '要素保障已答复', en: 'factor support answered' },
};
