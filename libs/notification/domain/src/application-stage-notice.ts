import { MESSAGE_TEMPLATES } from './message-templates.data';
import { renderTemplate, type LocalizedText, type RenderedMessage } from './message-templates';
import type { Language } from './recipient-preferences';

/** What the applicant's notice of a stage change says. */
export interface ApplicationStageNoticeInput {
  /** The applicant (their user id). */
  recipient: string;
  /** The application, named after its scenario (`applicationTitle`) or by its short id. */
  title: LocalizedText;
  /** The stage after the change, as the machine names it. */
  stage: LocalizedText;
  /** The event that moved it (`submit`, `returnForRevision`, `deadline.reached`, …) and the stage it moved to. */
  event: string;
  to: string;
  reason: string | null;
  subjectId: string;
  instanceId: string;
}

/** What happened, by the event (and for timers and gates, by where it led); anything else: "moved on". */
function changeOf(event: string, to: string): LocalizedText {
  if (event === 'deadline.reached') {
    return to === 'withdrawn' ? { zh: '因补正期限届满未重新提交，已视为撤回', en: 'was withdrawn: the revision period ended without a resubmission' } : { zh: '公示期满无异议', en: 'passed its public notice without objection' };
  }
  if (event === 'assessment.finalized') return to === 'rejected' ? { zh: '未通过专家评审', en: 'did not pass the expert review' } : { zh: '已通过专家评审', en: 'passed the expert review' };
  const changes: Record<string, LocalizedText> = {
    start: { zh: '已创建', en: 'was created' },
    submit: { zh: '已提交', en: 'was submitted' },
    startScreening: { zh: '已进入形式审查', en: 'is being screened' },
    returnForRevision: { zh: '被退回补正', en: 'was returned for revision' },
    resubmit: { zh: '已重新提交', en: 'was resubmitted' },
    passScreening: { zh: '已通过形式审查', en: 'passed the formal screening' },
    approveByUnit: { zh: '已通过责任单位审核', en: 'passed the responsible unit’s review' },
    rejectByUnit: { zh: '未通过责任单位审核', en: 'was rejected by the responsible unit' },
    raiseObjection: { zh: '在公示期收到异议，重新进行专家评审', en: 'received an objection during its public notice and goes back to expert review' },
    withdraw: { zh: '已撤回', en: 'was withdrawn' },
  };
  return Object.hasOwn(changes, event) ? changes[event] : { zh: '状态已更新', en: 'moved on' };
}

/** What the applicant can do next, where there is something. */
const NEXT_STEPS: Record<string, LocalizedText> = {
  draft: { zh: '请填写申报书、上传申报材料后提交。', en: 'Fill in the application, upload its attachments, then submit it.' },
  returned: { zh: '请按要求修改申报书和材料后重新提交；补正期限届满未提交的，视为撤回。', en: 'Revise the content and attachments as asked and resubmit; if the revision period ends first, the application is withdrawn.' },
};

export function renderApplicationStageNotice(language: Language, input: ApplicationStageNoticeInput): RenderedMessage {
  const zh = language === 'zh-CN';
  const pick = (text: LocalizedText) => (zh ? text.zh : text.en);
  const next = Object.hasOwn(NEXT_STEPS, input.to) ? `${pick(NEXT_STEPS[input.to])}\n` : '';
  return renderTemplate(MESSAGE_TEMPLATES[language]['application-stage'], {
    recipient: input.recipient,
    title: pick(input.title),
    change: pick(changeOf(input.event, input.to)),
    stage: pick(input.stage),
    reason: input.reason ? `${zh ? '理由：' : 'Reason: '}${input.reason}\n` : '',
    next,
    subjectId: input.subjectId,
    instanceId: input.instanceId,
  });
}

/** The notice in both languages (the inbox keeps both; push channels use the recipient's). */
export function renderApplicationStageNotices(input: ApplicationStageNoticeInput): Record<Language, RenderedMessage> {
  return { 'zh-CN': renderApplicationStageNotice('zh-CN', input), en: renderApplicationStageNotice('en', input) };
}
