import { ASSESSMENT_PURPOSE_LABELS, DEADLINE_LABELS, MESSAGE_TEMPLATES, STAGE_LABELS, type MessageTemplate } from './message-templates.data';
import type { ReminderKind } from './reminder-plan';
import type { Language } from './recipient-preferences';
import type { Recipient } from './recipient';
import { formatShanghai } from '@scq/calendar';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface RenderedMessage {
  subject: string;
  body: string;
}

/**
 * Whom a message addresses: a unit by its name (a string is a unit's name), a person politely (this service knows
 * people by id only, and a message never shows an id).
 */
export type Addressee = string | Recipient;

/** The message's first line: `市交通运输委：` / `To 市交通运输委,`, or for a person `您好：` / `Hello,`. */
export function greeting(language: Language, to: Addressee): string {
  const unit = typeof to === 'string' ? to : to.type === 'unit' ? to.id : null;
  if (language === 'zh-CN') return unit ? `${unit}：` : '您好：';
  return unit ? `To ${unit},` : 'Hello,';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Whether a text shows a UUID (messages name things in words; ids are link targets in structured fields). */
export function containsUuid(text: string): boolean {
  return UUID.test(text);
}

/** What a reminder, deadline or escalation message says. */
export interface ReminderMessageInput {
  kind: ReminderKind;
  /** What the message is about, quoted as it reads in a sentence (`「园区无人配送」的申报`); see the title functions below. */
  title: LocalizedText;
  deadline: string;
  stage: string;
  /** The stage's name from the machine that requested the deadline; without it, a name is looked up from the stage id. */
  stageLabel?: LocalizedText | null;
  dueAt: Date;
  /** Working days left (before), or overdue (escalation); 0 at the deadline. */
  workingDays: number;
  level: number | null;
  responsibleUnits: readonly string[];
  recipient: Addressee;
  /** Link targets of the message (the inbox item's structured fields): never shown in its text. */
  subjectId: string;
  instanceId: string;
  /** Years the deadline was counted in without an official holiday notice (Monday–Friday): the message says so. */
  unofficialYears?: readonly number[];
}

export interface DigestMessageInput {
  recipient: Addressee;
  date: string;
  items: ReadonlyArray<{ subject: string; createdAt: Date }>;
}

/** A stage as a notice names it: its id, and the machine's own name of it when the event carried one. */
export interface NoticeStage {
  stage: string;
  stageLabel: LocalizedText | null;
}

/**
 * The stage a deadline's notice names: the one the instance is in after the event that caused the notice. While the
 * deadline is armed that is the deadline's own stage (reminders and escalations go only then: leaving the stage
 * cancels them); once the lifecycle left it, the stage it moved to, as the cancellation says.
 */
export function stageAfterEvent(deadline: NoticeStage, left: { stage?: string; stageLabel?: LocalizedText | null } | null): NoticeStage {
  if (!left?.stage) return deadline;
  return { stage: left.stage, stageLabel: left.stageLabel ?? null };
}

/** A message in one language. */
export function renderReminderMessage(language: Language, input: ReminderMessageInput): RenderedMessage {
  const message = renderReminderTemplate(language, input);
  const years = input.unofficialYears ?? [];
  return years.length === 0 ? message : { ...message, body: `${message.body}\n${unofficialCalendarNote(language, years)}` };
}

/** The caveat of a deadline counted in a year whose State Council holiday notice is not loaded yet. */
export function unofficialCalendarNote(language: Language, years: readonly number[]): string {
  const list = years.join(language === 'zh-CN' ? '、' : ', ');
  return language === 'zh-CN'
    ? `注意：尚无 ${list} 年的官方节假日安排，此期限按周一至周五推算，节假日公布后可能调整。`
    : `Note: there is no official holiday notice for ${list} yet; this deadline was counted Monday–Friday and may move once the holidays are published.`;
}

function renderReminderTemplate(language: Language, input: ReminderMessageInput): RenderedMessage {
  const zh = language === 'zh-CN';
  return renderTemplate(MESSAGE_TEMPLATES[language][input.kind], {
    title: zh ? input.title.zh : input.title.en,
    deadlineLabel: label(DEADLINE_LABELS, input.deadline, zh),
    stageLabel: input.stageLabel ? (zh ? input.stageLabel.zh : input.stageLabel.en) : stageName(input.stage, zh),
    dueAt: formatShanghai(input.dueAt),
    workingDays: input.workingDays,
    level: input.level ?? 0,
    responsibleUnits: input.responsibleUnits.length > 0 ? input.responsibleUnits.join(zh ? '、' : ', ') : zh ? '（未指定）' : '(none named)',
    greeting: greeting(language, input.recipient),
  });
}

/** The same message in both languages (the inbox keeps both; push channels use the recipient's). */
export function renderReminderMessages(input: ReminderMessageInput): Record<Language, RenderedMessage> {
  return { 'zh-CN': renderReminderMessage('zh-CN', input), en: renderReminderMessage('en', input) };
}

export function renderDigestMessage(language: Language, input: DigestMessageInput): RenderedMessage {
  const items = input.items.map((item, i) => `${i + 1}. [${formatShanghai(item.createdAt).slice(11)}] ${item.subject}`).join('\n');
  return renderTemplate(MESSAGE_TEMPLATES[language].digest, { greeting: greeting(language, input.recipient), date: input.date, count: input.items.length, items });
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

/** A sandbox indicator's reading beyond its threshold, as the workflow reported it. */
export interface SandboxBreachMessageInput {
  title: LocalizedText;
  /** The stage the breach moved the scenario to (the re-review), as the machine names it. */
  stage: LocalizedText;
  indicator: { name: LocalizedText; unit: string; threshold: { max?: number; min?: number } };
  value: number;
  observedOn: string;
  note: string | null;
  responsibleUnits: readonly string[];
  recipient: Addressee;
}

/** The notice of a sandbox indicator beyond its threshold, in both languages. */
export function renderSandboxBreachMessages(input: SandboxBreachMessageInput): Record<Language, RenderedMessage> {
  const render = (language: Language): RenderedMessage => {
    const zh = language === 'zh-CN';
    const { unit, threshold } = input.indicator;
    const bounds = [threshold.min !== undefined ? `${zh ? '下限' : 'min'} ${threshold.min}${zh ? unit : ` ${unit}`}` : null, threshold.max !== undefined ? `${zh ? '上限' : 'max'} ${threshold.max}${zh ? unit : ` ${unit}`}` : null];
    return renderTemplate(MESSAGE_TEMPLATES[language]['sandbox-breach'], {
      title: zh ? input.title.zh : input.title.en,
      indicator: zh ? input.indicator.name.zh : input.indicator.name.en,
      stage: zh ? input.stage.zh : input.stage.en,
      value: input.value,
      unit,
      threshold: bounds.filter((bound) => bound !== null).join(zh ? '，' : ', '),
      observedOn: input.observedOn,
      note: input.note ? `${zh ? '说明：' : 'Note: '}${input.note}\n` : '',
      responsibleUnits: input.responsibleUnits.length > 0 ? input.responsibleUnits.join(zh ? '、' : ', ') : zh ? '（未指定）' : '(none named)',
      greeting: greeting(language, input.recipient),
    });
  };
  return { 'zh-CN': render('zh-CN'), en: render('en') };
}

/** A scenario's employment figures for a period beyond the registry's thresholds (people; shares in basis points). */
export interface EmploymentRiskMessageInput {
  title: LocalizedText;
  period: string;
  ownerUnit: string;
  jobsCreated: number;
  jobsDisplaced: number;
  breaches: ReadonlyArray<{ name: LocalizedText; measure: 'people' | 'basis-points'; value: number; threshold: number }>;
  recipient: Addressee;
}

/** A share in basis points as a percentage, with integer arithmetic only: 594 → 5.94%. */
export function basisPointsAsPercent(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}

/** The alert of an employment-risk breach, in both languages. */
export function renderEmploymentRiskMessages(input: EmploymentRiskMessageInput): Record<Language, RenderedMessage> {
  const render = (language: Language): RenderedMessage => {
    const zh = language === 'zh-CN';
    const amount = (measure: 'people' | 'basis-points', n: number) => (measure === 'people' ? (zh ? `${n} 人` : `${n} people`) : basisPointsAsPercent(n));
    const lines = input.breaches.map((b) =>
      zh ? `· ${b.name.zh}：${amount(b.measure, b.value)}，阈值 ${amount(b.measure, b.threshold)}` : `· ${b.name.en}: ${amount(b.measure, b.value)}, threshold ${amount(b.measure, b.threshold)}`,
    );
    return renderTemplate(MESSAGE_TEMPLATES[language]['employment-risk'], {
      title: zh ? input.title.zh : input.title.en,
      period: input.period,
      ownerUnit: input.ownerUnit,
      jobsCreated: input.jobsCreated,
      jobsDisplaced: input.jobsDisplaced,
      rules: input.breaches.map((b) => (zh ? b.name.zh : b.name.en)).join(zh ? '、' : '; '),
      breaches: lines.join('\n'),
      greeting: greeting(language, input.recipient),
    });
  };
  return { 'zh-CN': render('zh-CN'), en: render('en') };
}

/** What an assessment's deadline concerns: the scenario or application assessed, and why. */
export interface DeadlineAbout {
  subject: { kind: 'scenario' | 'application'; id: string };
  purpose: string;
}

/** A scenario, named by its title in quotes: 「园区无人配送」. */
export function scenarioTitle(title: LocalizedText): LocalizedText {
  return { zh: `「${title.zh}」`, en: `"${title.en}"` };
}

/**
 * An application is named by who applies and for which scenario: 重庆机器人公司对「园区无人配送」的申报; without the
 * applicant's organisation (events from before parties were told), after the scenario alone: 「园区无人配送」的申报.
 */
export function applicationTitle(scenario: LocalizedText, applicant: string | null = null): LocalizedText {
  return applicant
    ? { zh: `${applicant}对「${scenario.zh}」的申报`, en: `The application of ${applicant} for "${scenario.en}"` }
    : { zh: `「${scenario.zh}」的申报`, en: `The application for "${scenario.en}"` };
}

/**
 * An assessment, by its purpose and what it assesses: 「园区无人配送」的认定评估, 重庆机器人公司对「园区无人配送」的申报的专家评审
 * (「园区无人配送」申报的专家评审 without the applicant).
 */
export function assessmentTitle(purpose: string, assessed: { kind: 'scenario' | 'application'; scenario: LocalizedText; applicant?: string | null }): LocalizedText {
  const name = purposeName(purpose);
  if (assessed.kind === 'scenario') return { zh: `「${assessed.scenario.zh}」的${name.zh}`, en: `The ${name.en} of "${assessed.scenario.en}"` };
  if (assessed.applicant) return { zh: `${assessed.applicant}对「${assessed.scenario.zh}」的申报的${name.zh}`, en: `The ${name.en} of the application of ${assessed.applicant} for "${assessed.scenario.en}"` };
  return { zh: `「${assessed.scenario.zh}」申报的${name.zh}`, en: `The ${name.en} of the application for "${assessed.scenario.en}"` };
}

/**
 * The title used when the subject's own title is not known (yet: the service learns titles from other services'
 * events): what kind of thing it is, in words. The inbox item's `subjectId` still links to it.
 */
export function fallbackTitle(machineId: string, about: DeadlineAbout | null = null): LocalizedText {
  const unnamed = { zh: '（名称尚未同步）', en: ' (name not known yet)' };
  if (about) {
    const name = purposeName(about.purpose);
    return { zh: `一项${name.zh}${unnamed.zh}`, en: `A ${name.en}${unnamed.en}` };
  }
  if (machineId.startsWith('application')) return { zh: `一项申报${unnamed.zh}`, en: `An application${unnamed.en}` };
  if (machineId.startsWith('assessment')) return { zh: `一项评审${unnamed.zh}`, en: `An assessment${unnamed.en}` };
  return { zh: `一个场景${unnamed.zh}`, en: `A scenario${unnamed.en}` };
}

function purposeName(purpose: string): LocalizedText {
  return Object.hasOwn(ASSESSMENT_PURPOSE_LABELS, purpose) ? ASSESSMENT_PURPOSE_LABELS[purpose] : { zh: '评审', en: 'assessment' };
}

/** A stage id's name: the deepest segment of the dotted path that has one (`scoring.onTime` → 评分), else the id. */
function stageName(stage: string, zh: boolean): string {
  const known = stage
    .split('.')
    .reverse()
    .find((segment) => Object.hasOwn(STAGE_LABELS, segment));
  return known ? label(STAGE_LABELS, known, zh) : stage;
}

function label(labels: Record<string, { zh: string; en: string }>, key: string, zh: boolean): string {
  const known = Object.hasOwn(labels, key) ? labels[key] : undefined;
  return known ? (zh ? known.zh : known.en) : key;
}
