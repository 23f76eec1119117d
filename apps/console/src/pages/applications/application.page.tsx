import { getRouteApi, Link } from '@tanstack/react-router';
import { useApiQuery } from '../../api/queries';
import { useStageLabels, useStatechart } from '../../api/statechart';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { ErrorMessage, Loadable, Loading } from '../../ui/status';
import { ApplicationActions } from './application-actions';
import { Page } from '../../ui/page';
import { activeDeadlines, applicationContext, formatDate, isEventKey, scenarioName, useDeadlines, useScenarios } from './applications.api';
import './applications.css';
import { messages } from './application.messages';
import { ApplicationFiles } from './application-content';
import { ApplicationConsortium } from '../consortia/application-consortium';
import { StatechartDiagram } from '../scenario/statechart-diagram';
import '../scenario/scenario.css';
import { eventMessages } from './applications.messages';

const route = getRouteApi('/applications/$id');

/** One application (id = the application id, the lifecycle's subject): stage, history, and the caller's actions. */
export function ApplicationPage() {
  const params = route.useParams();
  const t = useT(messages);
  const events = useT(eventMessages);
  const label = useLabel();
  const { language } = useLanguage();
  const search = route.useSearch();
  const stages = useStageLabels('application-lifecycle');
  const state = useApiQuery('/api/workflow/applications/{applicationId}', { params: { path: { applicationId: params.id } } });
  // The application's own machine (as GET /api/workflow/machines names it), its current stage marked.
  const chart = useStatechart(state.data?.machineId ?? 'application-lifecycle', state.data?.id ?? null);
  const application = state.data;
  const scenarios = useScenarios(application ? [application.subject.scenarioId] : []);
  const deadlines = useDeadlines(application);

  const stageName = (stage: string | null) => (stage ? label(stages.get(stage), stage) : '—');
  const eventName = (type: string) => (isEventKey(type) ? events(type) : type);

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
              {search.created && app.stage === 'draft' ? <p className="notice">{t('justCreated')}</p> : null}
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
                    <Link to="/scenarios/$id" params={{ id: app.subject.scenarioId }}>{scenarioName(scenario, app.subject.scenarioId, label, t('unnamed'))}</Link>
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

              {'consortium' in app.subject && app.subject.consortium ? <ApplicationConsortium consortium={app.subject.consortium} /> : null}

              {returned && context?.revisionReason ? (
                <section className="card applications-section" aria-labelledby="returned-title">
                  <h2 id="returned-title">{t('returnedTitle')}</h2>
                  <p>{t('returnedIntro')}</p>
                  <p className="revision-request">{context.revisionReason}</p>
                  {app.allowedEvents.includes('resubmit') ? <p className="muted">{t('answerHint')}</p> : null}
                </section>
              ) : null}

              <section className="card applications-section" aria-labelledby="statechart-title">
                <h2 id="statechart-title">{t('statechartTitle')}</h2>
                {chart.error ? <ErrorMessage error={chart.error} onRetry={chart.reload} /> : chart.data && chart.data.current === app.stage ? <StatechartDiagram chart={chart.data} /> : <Loading />}
              </section>

              <ApplicationFiles applicationId={app.subjectId} version={app.version} />

              <section className="card applications-section application-actions" aria-labelledby="actions-title">
                <h2 id="actions-title">{t('actionsTitle')}</h2>
                <ApplicationActions app={app} chart={chart.data} eventName={eventName} stageName={stageName} onChanged={() => {
                  state.reload();
                  chart.reload();
                }} />
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
