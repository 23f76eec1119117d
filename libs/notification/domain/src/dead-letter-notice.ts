import { formatShanghai } from '@scq/calendar';
import { MESSAGE_TEMPLATES } from './message-templates.data';
import { greeting, renderTemplate, type Addressee, type LocalizedText, type RenderedMessage } from './message-templates';
import type { Language } from './recipient-preferences';

/**
 * The admins' shared inbox: admins have no unit, so the platform's notices to them (a message that died) go to this
 * addressee, which every admin reads as their unit's inbox.
 */
export const PLATFORM_ADMINS_INBOX = '平台管理员';

/** What the notice of a dead letter says: which service gave up on which message, in words. */
export interface DeadLetterNoticeInput {
  recipient: Addressee;
  service: string;
  consumer: string;
  topic: string;
  eventType: string | null;
  attempts: number;
  reason: string;
  failedAt: Date;
}

const SERVICE_NAMES: Record<string, LocalizedText> = {
  'scenario-registry': { zh: '场景库服务', en: 'the scenario registry' },
  'application-workflow': { zh: '申报流程服务', en: 'the application workflow' },
  evaluation: { zh: '评估服务', en: 'the evaluation service' },
  notification: { zh: '通知服务', en: 'the notification service' },
  gateway: { zh: '网关（身份与组织）', en: 'the gateway (identity and organisations)' },
};

const TOPIC_NAMES: Record<string, LocalizedText> = {
  'registry.scenario.v1': { zh: '场景事件', en: 'the scenario events' },
  'registry.batch-list.v1': { zh: '批次清单事件', en: 'the batch list events' },
  'workflow.scenario.v1': { zh: '场景流程事件', en: 'the scenario lifecycle events' },
  'workflow.application.v1': { zh: '申报流程事件', en: 'the application lifecycle events' },
  'workflow.deadline.v1': { zh: '流程期限事件', en: 'the workflow deadline events' },
  'workflow.assessment.v1': { zh: '评估请求事件', en: 'the assessment request events' },
  'notification.deadline.v1': { zh: '期限通知事件', en: 'the deadline notification events' },
  'evaluation.assessment.v1': { zh: '评估事件', en: 'the assessment events' },
  'evaluation.deadline.v1': { zh: '评估期限事件', en: 'the evaluation deadline events' },
  'identity.organisation.v1': { zh: '组织事件', en: 'the organisation events' },
  'platform.dead-letter.v1': { zh: '死信事件', en: 'the dead-letter events' },
  'registry.supplier.v1': { zh: '供应商事件', en: 'the supplier events' },
  'registry.deadline.v1': { zh: '登记服务期限事件', en: 'the registry deadline events' },
  'workflow.consortium.v1': { zh: '联合体事件', en: 'the consortium events' },
};

const EVENT_NAMES: Record<string, LocalizedText> = {
  'registry.scenario.registered': { zh: '场景登记', en: 'scenario registered' },
  'registry.scenario.profile-changed': { zh: '场景信息变更', en: 'scenario profile changed' },
  'registry.scenario.opportunity-published': { zh: '场景机会发布', en: 'opportunity published' },
  'registry.scenario.agreement-recorded': { zh: '供需对接协议登记', en: 'matchmaking agreement recorded' },
  'registry.batch-list.published': { zh: '批次清单发布', en: 'batch list published' },
  'workflow.scenario.stage-changed': { zh: '场景阶段变更', en: 'scenario stage changed' },
  'workflow.scenario.sandbox-indicator-breached': { zh: '沙盒指标越限', en: 'sandbox indicator breached' },
  'workflow.application.stage-changed': { zh: '申报阶段变更', en: 'application stage changed' },
  'workflow.deadline.requested': { zh: '流程期限设定', en: 'workflow deadline requested' },
  'workflow.deadline.cancelled': { zh: '流程期限取消', en: 'workflow deadline cancelled' },
  'workflow.assessment.requested': { zh: '评估请求', en: 'assessment requested' },
  'notification.deadline.reached': { zh: '期限到期', en: 'deadline reached' },
  'notification.reminder.dispatched': { zh: '提醒已发送', en: 'reminder dispatched' },
  'notification.escalation.raised': { zh: '逾期升级', en: 'escalation raised' },
  'evaluation.assessment.finalized': { zh: '评估定稿', en: 'assessment finalised' },
  'evaluation.assessment.panel-changed': { zh: '评审组变更', en: 'panel changed' },
  'evaluation.assessment.evaluator-removed': { zh: '评审专家退出', en: 'evaluator removed' },
  'evaluation.deadline.requested': { zh: '评估期限设定', en: 'evaluation deadline requested' },
  'evaluation.deadline.cancelled': { zh: '评估期限取消', en: 'evaluation deadline cancelled' },
  'identity.organisation.changed': { zh: '组织变更', en: 'organisation changed' },
  'platform.message.dead-lettered': { zh: '消息转入死信', en: 'message dead-lettered' },
  'registry.supplier.credit-changed': { zh: '供应商信用状态变更', en: 'supplier credit status changed' },
  'registry.scenario.employment-risk-breached': { zh: '就业风险越限', en: 'employment risk breached' },
  'registry.deadline.requested': { zh: '要素保障期限设定', en: 'factor support deadline requested' },
  'registry.deadline.cancelled': { zh: '要素保障期限取消', en: 'factor support deadline cancelled' },
  'workflow.consortium.changed': { zh: '联合体成员变更', en: 'consortium changed' },
};

/** A service, topic or event type in words (`申报流程服务`); an unknown one as itself. */
export function serviceName(service: string): LocalizedText {
  return SERVICE_NAMES[service] ?? { zh: `服务「${service}」`, en: `service "${service}"` };
}

export function topicName(topic: string): LocalizedText {
  const known = TOPIC_NAMES[topic];
  return known ? { zh: `${known.zh}（${topic}）`, en: `${known.en} (${topic})` } : { zh: `主题「${topic}」`, en: `topic "${topic}"` };
}

export function eventTypeName(type: string | null): LocalizedText {
  if (!type) return { zh: '无法解析的消息', en: 'unreadable message' };
  return EVENT_NAMES[type] ?? { zh: type, en: type };
}

export function renderDeadLetterNotice(language: Language, input: DeadLetterNoticeInput): RenderedMessage {
  const zh = language === 'zh-CN';
  const pick = (text: LocalizedText) => (zh ? text.zh : text.en);
  return renderTemplate(MESSAGE_TEMPLATES[language]['dead-letter'], {
    greeting: greeting(language, input.recipient),
    service: pick(serviceName(input.service)),
    consumer: input.consumer,
    topic: pick(topicName(input.topic)),
    eventType: pick(eventTypeName(input.eventType)),
    attempts: input.attempts,
    reason: input.reason.length > 300 ? `${input.reason.slice(0, 300)}…` : input.reason,
    failedAt: formatShanghai(input.failedAt),
  });
}

/** The notice in both languages (the inbox keeps both; push channels use the recipient's). */
export function renderDeadLetterNotices(input: DeadLetterNoticeInput): Record<Language, RenderedMessage> {
  return { 'zh-CN': renderDeadLetterNotice('zh-CN', input), en: renderDeadLetterNotice('en', input) };
}
