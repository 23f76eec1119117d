import { useState } from 'react';
import { answer, ApiError, asApiError, http, type Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useStageLabels } from '../../api/statechart';
import { defineMessages, useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Link, useLocation } from '../../router/router';
import { ErrorMessage, Loadable } from '../../ui/status';
import { Page } from '../../ui/page';
import { activeDeadlines, applicationContext, eventMessages, formatDate, isEventKey, scenarioName, useDeadlines, useScenarios, type ApplicationView } from './applications.api';
import './applications.css';

const messages = defineMessages({
  zh: {
    title: '申报详情',
    back: '返回申报列表',
    scenario: '场景',
    stage: '当前阶段',
    applicant: '申报人',
    created: '创建时间',
    deadline: '期限',
    dueAt: '{name}截止 {date}',
    unofficialCalendar: '（按周一至周五推算：尚无 {years} 年官方节假日安排）',
    deadline_revision: '补正',
    deadline_publicNotice: '公示',
    unnamed: '场景 {id}',
    justCreated: '申报已创建（草稿）。请确认后提交。',
    returnedTitle: '申报被退回补正',
    returnedIntro: '责任单位要求补正：',
    answerHint: '请在下方说明补正内容，然后点击“补正后重新提交”。',
    rejection: '未通过原因',
    objections: '公示异议',
    withdrawnBy: '撤回方式',
    withdrawn_applicant: '申报人撤回',
    'withdrawn_revision-expired': '补正逾期，视为撤回',
    actionsTitle: '操作',
    comment: '意见 / 理由',
    commentRevision: '补正说明',
    commentHint: '退回补正、不予通过、登记异议时必填；其他操作可选填。',
    commentOptional: '可选填，将记入办理记录。',
    noActions: '当前阶段您没有可执行的操作。',
    needsText: '“{event}”需要填写意见或理由。',
    done: '已执行：{event}',
    historyTitle: '办理记录',
    historyEntry: '{from} → {to}',
    started: '创建于 {to}',
    by: '{actor} · {time}',
    sending: '正在提交…',
    confirmFinal: '确定要“{event}”吗？此操作将结束本申报，无法撤销。',
  },
  en: {
    title: 'Application',
    back: 'Back to applications',
    scenario: 'Scenario',
    stage: 'Stage',
    applicant: 'Applicant',
    created: 'Created',
    deadline: 'Deadline',
    dueAt: '{name} due {date}',
    unofficialCalendar: ' (counted Monday–Friday: no official holiday notice for {years} yet)',
    deadline_revision: 'Revision',
    deadline_publicNotice: 'Public notice',
    unnamed: 'Scenario {id}',
    justCreated: 'Application created as a draft. Check it, then submit it.',
    returnedTitle: 'Returned for revision',
    returnedIntro: 'The responsible unit asks for a revision:',
    answerHint: 'Describe your revision below, then choose “Resubmit with revisions”.',
    rejection: 'Reason for rejection',
    objections: 'Objections to the public notice',
    withdrawnBy: 'Withdrawn by',
    withdrawn_applicant: 'the applicant',
    'withdrawn_revision-expired': 'revision deadline expired',
    actionsTitle: 'Actions',
    comment: 'Comment / reason',
    commentRevision: 'Revision notes',
    commentHint: 'Required to return for revision, reject or record an objection; optional otherwise.',
    commentOptional: 'Optional; kept in the history.',
    noActions: 'You have no action on this application at its current stage.',
    needsText: '“{event}” needs a comment or reason.',
    done: 'Done: {event}',
    historyTitle: 'History',
    historyEntry: '{from} → {to}',
    started: 'Created in {to}',
    by: '{actor} · {time}',
    sending: 'Sending…',
    confirmFinal: '“{event}”: this ends the application and cannot be undone. Continue?',
  },
});

/** Events whose payload needs the text field (server: reason / objection required). */
const NEEDS_TEXT = new Set(['returnForRevision', 'rejectByUnit', 'raiseObjection']);
const DANGER = new Set(['returnForRevision', 'rejectByUnit', 'withdraw']);
/** Events that end the application: asked once more before sending. */
const FINAL = new Set(['rejectByUnit', 'withdraw']);

/** One application (id = the application id, the lifecycle's subject): stage, history, and the caller's actions. */
export function ApplicationPage({ params }: { params: Record<string, string> }) {
  const t = useT(messages);
  const events = useT(eventMessages);
  const label = useLabel();
  const { language } = useLanguage();
  const { search } = useLocation();
  const stages = useStageLabels('application-lifecycle');
  const state = useApiQuery('/api/workflow/applications/{applicationId}', { params: { path: { applicationId: params.id } } });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const application = state.data;
  const scenarios = useScenarios(application ? [application.subject.scenarioId] : []);
  const deadlines = useDeadlines(application);

  const stageName = (stage: string | null) => (stage ? label(stages.get(stage), stage) : '—');
  const eventName = (type: string) => (isEventKey(type) ? events(type) : type);

  async function send(app: ApplicationView, type: string) {
    const trimmed = text.trim();
    if (NEEDS_TEXT.has(type) && !trimmed) {
      setError(new ApiError(400, '', t('needsText', { event: eventName(type) })));
      return;
    }
    if (FINAL.has(type) && !window.confirm(t('confirmFinal', { event: eventName(type) }))) return;
    setBusy(type);
    setError(null);
    setDone(null);
    const body: Schema<'PostWorkflowInstancesByIdEventsRequest'> = { type, expectedVersion: app.version };
    if (type === 'raiseObjection') body.objection = trimmed;
    if (trimmed) body.reason = trimmed;
    try {
      await answer(http.POST('/api/workflow/instances/{id}/events', { params: { path: { id: app.id } }, body }));
      setText('');
      setDone(t('done', { event: eventName(type) }));
      state.reload();
    } catch (failure) {
      setError(asApiError(failure));
      state.reload();
    } finally {
      setBusy(null);
    }
  }

  return (
    <Page
      title={t('title')}
      actions={
        <Link to="/applications" className="link">
          {t('back')}
        </Link>
      }
    >
      <Loadable state={state}>
        {(app) => {
          const scenario = scenarios.get(app.subject.scenarioId);
          const context = applicationContext(app);
          const returned = app.stage === 'returned';
          const active = activeDeadlines(deadlines.data);
          const history = [...app.history].reverse();
          return (
            <>
              {search.get('created') && app.stage === 'draft' ? <p className="notice">{t('justCreated')}</p> : null}
              <section className="card applications-section" aria-labelledby="facts-title">
                <h2 id="facts-title">{scenarioName(scenario, app.subject.scenarioId, label, t('unnamed'))}</h2>
                <dl className="application-facts">
                  <dt>{t('stage')}</dt>
                  <dd>
                    <span className="badge" data-testid="application-stage">
                      {stageName(app.stage)}
                    </span>
                  </dd>
                  <dt>{t('scenario')}</dt>
                  <dd>
                    <Link to={`/scenarios/${app.subject.scenarioId}`}>{scenarioName(scenario, app.subject.scenarioId, label, t('unnamed'))}</Link>
                  </dd>
                  <dt>{t('applicant')}</dt>
                  <dd>{app.subject.applicantId}</dd>
                  <dt>{t('created')}</dt>
                  <dd>{formatDate(app.createdAt, language)}</dd>
                  {active.length > 0 ? (
                    <>
                      <dt>{t('deadline')}</dt>
                      <dd>
                        {active.map((d) => (
                          <span key={d.deadlineId} className="deadline">
                            {t('dueAt', { name: d.deadline === 'revision' ? t('deadline_revision') : d.deadline === 'publicNotice' ? t('deadline_publicNotice') : d.deadline, date: formatDate(d.dueAt, language) })}
                            {d.calendar.official ? null : <em className="deadline-unofficial">{t('unofficialCalendar', { years: d.calendar.unofficialYears.join(', ') })}</em>}
                          </span>
                        ))}
                      </dd>
                    </>
                  ) : null}
                  {context?.rejectionReason ? (
                    <>
                      <dt>{t('rejection')}</dt>
                      <dd>{context.rejectionReason}</dd>
                    </>
                  ) : null}
                  {context && context.objections.length > 0 ? (
                    <>
                      <dt>{t('objections')}</dt>
                      <dd>
                        <ul>
                          {context.objections.map((o, i) => (
                            <li key={i}>{o}</li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                  {context?.withdrawnBy ? (
                    <>
                      <dt>{t('withdrawnBy')}</dt>
                      <dd>{context.withdrawnBy === 'applicant' ? t('withdrawn_applicant') : t('withdrawn_revision-expired')}</dd>
                    </>
                  ) : null}
                </dl>
              </section>

              {returned && context?.revisionReason ? (
                <section className="card applications-section" aria-labelledby="returned-title">
                  <h2 id="returned-title">{t('returnedTitle')}</h2>
                  <p>{t('returnedIntro')}</p>
                  <p className="revision-request">{context.revisionReason}</p>
                  {app.allowedEvents.includes('resubmit') ? <p className="muted">{t('answerHint')}</p> : null}
                </section>
              ) : null}

              <section className="card applications-section application-actions" aria-labelledby="actions-title">
                <h2 id="actions-title">{t('actionsTitle')}</h2>
                {app.allowedEvents.length === 0 ? (
                  <p className="muted">{t('noActions')}</p>
                ) : (
                  <form onSubmit={(event) => event.preventDefault()}>
                    <label htmlFor="application-comment">{returned && app.allowedEvents.includes('resubmit') ? t('commentRevision') : t('comment')}</label>
                    <textarea id="application-comment" value={text} onChange={(event) => setText(event.target.value)} aria-describedby="application-comment-hint" maxLength={2000} />
                    <p id="application-comment-hint" className="muted small">
                      {app.allowedEvents.some((type) => NEEDS_TEXT.has(type)) ? t('commentHint') : t('commentOptional')}
                    </p>
                    <div className="buttons">
                      {app.allowedEvents.map((type) => (
                        <button key={type} type="button" className={DANGER.has(type) ? 'danger' : 'primary'} disabled={busy !== null} onClick={() => void send(app, type)}>
                          {busy === type ? t('sending') : eventName(type)}
                        </button>
                      ))}
                    </div>
                  </form>
                )}
                {error ? <ErrorMessage error={error} /> : null}
                {done ? (
                  <p className="success" role="status">
                    {done}
                  </p>
                ) : null}
              </section>

              <section className="card applications-section" aria-labelledby="history-title">
                <h2 id="history-title">{t('historyTitle')}</h2>
                <ol className="application-timeline">
                  {history.map((entry) => (
                    <li key={entry.sequence}>
                      <strong>{entry.kind === 'start' ? eventName('start') : eventName(entry.event.type)}</strong>{' '}
                      <span>{entry.from ? t('historyEntry', { from: stageName(entry.from), to: stageName(entry.to) }) : t('started', { to: stageName(entry.to) })}</span>
                      <div className="muted small">
                        <time dateTime={entry.occurredAt}>{t('by', { actor: entry.actor.id, time: formatDate(entry.occurredAt, language) })}</time>
                      </div>
                      {entry.reason ? <p className="reason">{entry.reason}</p> : null}
                    </li>
                  ))}
                </ol>
              </section>
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}
