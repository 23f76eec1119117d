import { formatShanghai } from '@scq/calendar';
import { CONFLICT_LABELS, MESSAGE_TEMPLATES } from './message-templates.data';
import { containsUuid, greeting, renderTemplate, type Addressee, type LocalizedText, type RenderedMessage } from './message-templates';
import type { Language } from './recipient-preferences';

/** What the notice of an evaluator taken off a panel for a conflict of interest says. */
export interface EvaluatorRemovedNoticeInput {
  /** The coordinator's unit. */
  recipient: Addressee;
  /** The assessment, named after what it assesses (`assessmentTitle`) or in words (`fallbackTitle`). */
  title: LocalizedText;
  evaluatorId: string;
  conflicts: ReadonlyArray<{ kind: string; party: string }>;
  scoresVoided: boolean;
  replacementId: string | null;
  removedAt: Date;
}

export function renderEvaluatorRemovedNotice(language: Language, input: EvaluatorRemovedNoticeInput): RenderedMessage {
  const zh = language === 'zh-CN';
  const evaluator = evaluatorName(input.evaluatorId, zh, 'one');
  return renderTemplate(MESSAGE_TEMPLATES[language]['evaluator-removed'], {
    greeting: greeting(language, input.recipient),
    title: zh ? input.title.zh : input.title.en,
    evaluator,
    evaluatorCapitalised: capitalised(evaluator),
    conflicts: input.conflicts.map((conflict) => conflictPhrase(conflict, zh)).join(zh ? '；' : '; '),
    removedAt: formatShanghai(input.removedAt),
    voided: input.scoresVoided ? (zh ? '其已提交的评分作废，不计入评审结果。' : ' The scores they had submitted are void and do not count.') : '',
    replacement: input.replacementId
      ? zh
        ? `已按分配规则由${evaluatorName(input.replacementId, zh, 'another')}接替。`
        : `${capitalised(evaluatorName(input.replacementId, zh, 'another'))} took the seat under the assignment policy.`
      : zh
        ? '专家库中暂无可接替的专家，评估等待补足评审组；请增加评审专家后重试分配。'
        : 'Nobody in the pool is free to take the seat: the assessment waits for its panel. Add evaluators, then retry the assignment.',
  });
}

/** The notice in both languages (the inbox keeps both; push channels use the recipient's). */
export function renderEvaluatorRemovedNotices(input: EvaluatorRemovedNoticeInput): Record<Language, RenderedMessage> {
  return { 'zh-CN': renderEvaluatorRemovedNotice('zh-CN', input), en: renderEvaluatorRemovedNotice('en', input) };
}

/**
 * An evaluator by the id the coordinator gave them in the pool (`评审专家「robot-expert」`); an id that is a UUID
 * (an account made by single sign-on) is no name to a reader: `一位评审专家` / `another evaluator`.
 */
function evaluatorName(id: string, zh: boolean, which: 'one' | 'another'): string {
  if (!containsUuid(id)) return zh ? `评审专家「${id}」` : `evaluator "${id}"`;
  if (zh) return which === 'one' ? '一位评审专家' : '另一位评审专家';
  return which === 'one' ? 'an evaluator' : 'another evaluator';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `与当事方「重庆机器人公司」同属一个单位` / `works for "重庆机器人公司", a party`; an unknown kind as `kind「party」`. */
function conflictPhrase(conflict: { kind: string; party: string }, zh: boolean): string {
  const label = Object.hasOwn(CONFLICT_LABELS, conflict.kind) ? CONFLICT_LABELS[conflict.kind] : { zh: `${conflict.kind}「{party}」`, en: `${conflict.kind} "{party}"` };
  return (zh ? label.zh : label.en).replaceAll('{party}', conflict.party);
}
