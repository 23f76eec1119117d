import { Link, useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, http } from '../../api/client';
import { useLoadQuery } from '../../api/queries';
import { useStageLabels } from '../../api/statechart';
import { useSession, useUser } from '../../auth/session';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { Page } from '../../ui/page';
import { activeDeadlines, formatDate, isEventKey, isLive, listAll, scenarioName, scenarioSummary, useDeadlines, useScenarios, type ApplicationInstance } from './applications.api';
import './applications.css';
import { eventMessages as eventLabels, messages } from './applications.messages';
import { TableWrap } from '../../ui/table-wrap';

type T = ReturnType<typeof useT<keyof typeof messages.zh>>;

/** 申报 / 揭榜: applicants apply to open scenarios and follow their applications; officers see what waits for them. */
export function ApplicationsPage() {
  const t = useT(messages);
  const { hasRole } = useSession();
  const isApplicant = hasRole('applicant');
  const isReviewer = hasRole('officer', 'coordinator', 'admin');
  return (
    <Page title={t('title')}>
      {isApplicant ? <ApplySection t={t} /> : null}
      {isApplicant ? <MyApplications t={t} /> : null}
      {isReviewer ? <Desk t={t} /> : null}
      {!isApplicant && !isReviewer ? <Empty>{t('readOnly')}</Empty> : null}
    </Page>
  );
}

/** The scenarios in stage `operating.open` by the workflow (the authority on stage), named from the registry. */
function ApplySection({ t }: { t: T }) {
  const navigate = useNavigate();
  const label = useLabel();
  const user = useUser();
  const client = useQueryClient();
  const open = useLoadQuery(['/api/workflow/instances', 'open-scenarios', user.id], async (signal) => {
    const [instances, mine] = await Promise.all([
      listAll({ machine: 'scenario-lifecycle', stage: 'operating.open' }, signal),
      listAll({ machine: 'application-lifecycle', applicant: user.id }, signal),
    ]);
    const applied = new Set(mine.filter((application) => isLive(application.stage)).map((application) => application.subject.scenarioId));
    return Promise.all(instances.map(async (instance) => ({ id: instance.subjectId, scenario: await scenarioSummary(client, instance.subjectId), applied: applied.has(instance.subjectId) })));
  });
  const [scenarioId, setScenarioId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function apply(event: FormEvent) {
    event.preventDefault();
    if (!scenarioId) return;
    setBusy(true);
    setError(null);
    try {
      const created = await answer(http.POST('/api/workflow/applications', { body: { scenarioId } }));
      void navigate({ to: '/applications/$id', params: { id: created.subjectId }, search: { created: '1' } });
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  }

  return (
    <section className="card applications-section" aria-labelledby="apply-title">
      <h2 id="apply-title">{t('applyTitle')}</h2>
      <p>
        <Link to="/catalogue">{t('toCatalogue')}</Link>
      </p>
      <Loadable state={{ ...open, loading: false }}>
        {(scenarios) =>
          scenarios.length === 0 ? (
            <Empty>{t('noOpen')}</Empty>
          ) : (
            <form className="apply-form" onSubmit={(event) => void apply(event)}>
              <p className="muted">{t('applyIntro')}</p>
              <label htmlFor="apply-scenario">{t('scenario')}</label>
              <select id="apply-scenario" value={scenarioId} onChange={(event) => setScenarioId(event.target.value)} required>
                <option value="">{t('chooseScenario')}</option>
                {scenarios.map(({ id, scenario, applied }) => (
                  <option key={id} value={id} disabled={applied}>
                    {scenarioName(scenario ?? undefined, id, label, t('unnamed'))}
                    {scenario ? ` · ${scenario.ownerUnit}` : ''}
                    {applied ? t('alreadyApplied') : ''}
                  </option>
                ))}
              </select>
              {scenarios.some(({ applied }) => applied) ? <p className="muted">{t('alreadyAppliedNote')}</p> : null}
              <button type="submit" className="primary" disabled={busy || !scenarioId}>
                {busy ? t('applying') : t('apply')}
              </button>
            </form>
          )
        }
      </Loadable>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

/** The caller's own applications (the listing filtered by `applicant`). */
function MyApplications({ t }: { t: T }) {
  const user = useUser();
  const mine = useLoadQuery(['/api/workflow/instances', 'mine', user.id], (signal) => listAll({ machine: 'application-lifecycle', applicant: user.id }, signal));
  return (
    <section className="card applications-section" aria-labelledby="mine-title">
      <h2 id="mine-title">{t('mineTitle')}</h2>
      <Loadable state={{ ...mine, loading: false }}>{(items) => (items.length === 0 ? <Empty>{t('noMine')}</Empty> : <ApplicationTable t={t} items={items} caption={t('mineTitle')} />)}</Loadable>
    </section>
  );
}

/** Officers (their unit's applications) and coordinators: those the caller may act on now, then the rest. */
function Desk({ t }: { t: T }) {
  const user = useUser();
  const { hasRole } = useSession();
  const unit = hasRole('coordinator', 'admin') ? null : user.unit;
  const desk = useLoadQuery(['/api/workflow/instances', 'desk', unit], (signal) => listAll(unit ? { machine: 'application-lifecycle', unit } : { machine: 'application-lifecycle' }, signal));
  return (
    <Loadable state={{ ...desk, loading: false }}>
      {(items) => {
        const waiting = items.filter((a) => a.allowedEvents.length > 0);
        const others = items.filter((a) => a.allowedEvents.length === 0);
        return (
          <>
            <section className="card applications-section" aria-labelledby="desk-title">
              <h2 id="desk-title">{t('deskTitle')}</h2>
              {waiting.length === 0 ? (
                <Empty>{t('noDesk')}</Empty>
              ) : (
                <>
                  <p className="muted">{t('deskIntro')}</p>
                  <ApplicationTable t={t} items={waiting} caption={t('deskTitle')} showActions />
                </>
              )}
            </section>
            {others.length > 0 ? (
              <section className="card applications-section" aria-labelledby="others-title">
                <h2 id="others-title">{t('othersTitle')}</h2>
                <ApplicationTable t={t} items={others} caption={t('othersTitle')} />
              </section>
            ) : null}
          </>
        );
      }}
    </Loadable>
  );
}

function ApplicationTable({ t, items, caption, showActions = false }: { t: T; items: ApplicationInstance[]; caption: string; showActions?: boolean }) {
  const label = useLabel();
  const { language } = useLanguage();
  const stages = useStageLabels('application-lifecycle');
  const events = useT(eventLabels);
  const scenarios = useScenarios(items.map((a) => a.subject.scenarioId));
  return (
    <TableWrap label={caption}>
      <table className="applications-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenario')}</th>
            <th scope="col">{t('stage')}</th>
            <th scope="col">{t('deadline')}</th>
            <th scope="col">{showActions ? t('actions') : t('updated')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((application) => {
            const name = scenarioName(scenarios.get(application.subject.scenarioId), application.subject.scenarioId, label, t('unnamed'));
            return (
              <tr key={application.id}>
                <th scope="row">{name}</th>
                <td>
                  <span className="badge">{label(stages.get(application.stage), application.stage)}</span>
                </td>
                <td>
                  <Deadlines t={t} application={application} />
                </td>
                <td>{showActions ? application.allowedEvents.map((e) => (isEventKey(e) ? events(e) : e)).join('、') : formatDate(application.updatedAt, language)}</td>
                <td>
                  <Link to="/applications/$id" params={{ id: application.subjectId }} aria-label={t('openApplication', { name })}>
                    {t('open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Active deadlines of an application, only fetched when its context says one is armed. */
function Deadlines({ t, application }: { t: T; application: ApplicationInstance }) {
  const { language } = useLanguage();
  const armed = Object.keys(application.snapshot.context.deadlines).length > 0;
  const loaded = useDeadlines(application);
  const active = activeDeadlines(loaded.data);
  if (!armed || active.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {active.map((d) => (
        <span key={d.deadlineId} className="deadline">
          {t('dueAt', { name: d.deadline === 'revision' ? t('deadline_revision') : d.deadline === 'publicNotice' ? t('deadline_publicNotice') : d.deadline, date: formatDate(d.dueAt, language) })}
        </span>
      ))}
    </>
  );
}
