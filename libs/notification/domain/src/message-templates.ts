import { DEADLINE_LABELS, MESSAGE_TEMPLATES, STAGE_LABELS, type MessageKind, type MessageTemplate } from './message-templates.data';
import type { Language } from './recipient-preferences';
import { formatShanghai } from './shanghai-time';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface RenderedMessage {
  subject: string;
  body: string;
}

/** What a reminder, deadline or escalation message says. */
export interface ReminderMessageInput {
  kind: Exclude<MessageKind, 'digest'>;
  /** The scenario's or application's title when known; otherwise a generic name with its id. */
  title: LocalizedText;
  deadline: string;
  stage: string;
  dueAt: Date;
  /** Working days left (before), or overdue (escalation); 0 at the deadline. */
  workingDays: number;
  level: number | null;
  responsibleUnits: readonly string[];
  /** The recipient's display name: the unit's name or the user id. */
  recipient: string;
  subjectId: string;
  instanceId: string;
}

export interface DigestMessageInput {
  recipient: string;
  date: string;
  items: ReadonlyArray<{ subject: string; createdAt: Date }>;
}

/** A message in one language. */
export function renderReminderMessage(language: Language, input: ReminderMessageInput): RenderedMessage {
  const zh = language === 'zh-CN';
  return renderTemplate(MESSAGE_TEMPLATES[language][input.kind], {
    title: zh ? input.title.zh : input.title.en,
    deadlineLabel: label(DEADLINE_LABELS, input.deadline, zh),
    stageLabel: label(STAGE_LABELS, input.stage.split('.').pop() ?? input.stage, zh),
    dueAt: formatShanghai(input.dueAt),
    workingDays: input.workingDays,
    level: input.level ?? 0,
    responsibleUnits: input.responsibleUnits.length > 0 ? input.responsibleUnits.join(zh ? '、' : ', ') : zh ? '（未指定）' : '(none named)',
    recipient: input.recipient,
    subjectId: input.subjectId,
    instanceId: input.instanceId,
  });
}

/** The same message in both languages (the inbox keeps both; push channels use the recipient's). */
export function renderReminderMessages(input: ReminderMessageInput): Record<Language, RenderedMessage> {
  return { 'zh-CN': renderReminderMessage('zh-CN', input), en: renderReminderMessage('en', input) };
}

export function renderDigestMessage(language: Language, input: DigestMessageInput): RenderedMessage {
  const items = input.items.map((item, i) => `${i + 1}. [${formatShanghai(item.createdAt).slice(11)}] ${item.subject}`).join('\n');
  return renderTemplate(MESSAGE_TEMPLATES[language].digest, { recipient: input.recipient, date: input.date, count: input.items.length, items });
}

/** `{{name}}` replaced by its variable; a variable the template names but the caller did not give is a bug: it throws. */
export function renderTemplate(template: MessageTemplate, variables: Record<string, string | number>): RenderedMessage {
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (!Object.hasOwn(variables, name)) throw new Error(`Template variable {{${name}}} has no value`);
      return String(variables[name]);
    });
  return { subject: fill(template.subject), body: fill(template.body) };
}

/** The title used when the subject's own title is not known. */
export function fallbackTitle(machineId: string, subjectId: string): LocalizedText {
  const short = subjectId.slice(0, 8);
  if (machineId.startsWith('application')) return { zh: `申报 ${short}`, en: `application ${short}` };
  if (machineId.startsWith('assessment')) return { zh: `评审 ${short}`, en: `assessment ${short}` };
  return { zh: `场景 ${short}`, en: `scenario ${short}` };
}

/** An application is named after the scenario it applies for. */
export function applicationTitle(scenarioTitle: LocalizedText): LocalizedText {
  return { zh: `「${scenarioTitle.zh}」的申报`, en: `application for "${scenarioTitle.en}"` };
}

function label(labels: Record<string, { zh: string; en: string }>, key: string, zh: boolean): string {
  const known = Object.hasOwn(labels, key) ? labels[key] : undefined;
  return known ? (zh ? known.zh : known.en) : key;
}
