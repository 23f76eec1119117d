import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, http } from '../../api/client';
import { useLoadQuery } from '../../api/queries';
import { useStageLabels } from '../../api/statechart';
import { useSession, useUser } from '../../auth/session';
import { defineMessages, useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Link, navigate } from '../../router/router';
import { Empty, ErrorMessage, Loadable } from '../../ui/status';
import { Page } from '../../ui/page';
import { activeDeadlines, eventMessages as eventLabels, formatDate, isEventKey, listAll, scenarioName, scenarioSummary, useDeadlines, useScenarios, type ApplicationInstance } from './applications.api';
import './applications.css';

const messages = defineMessages({
  zh: {
    title: '申报 / 揭榜',
    applyTitle: '申报场景',
    applyIntro: '以下场景正在开放申报（揭榜），选择一个场景创建申报，随后在申报详情中提交。',
    scenario: '场景',
    chooseScenario: '请选择场景',
    apply: '创建申报',
    applying: '正在创建…',
    noOpen: '目前没有开放申报的场景。',
    alreadyApplied: '（已申报）',
    alreadyAppliedNote: '标有“已申报”的场景您已有在办申报；撤回或未通过后才能再次申报。',
    mineTitle: '我的申报',
    noMine: '您还没有申报。',
    deskTitle: '待我处理的申报',
    deskIntro: '您可以对以下申报执行操作（形式审查、审核、异议登记等）。',
    noDesk: '目前没有需要您处理的申报。',
    othersTitle: '其他申报',
    stage: '阶段',
    deadline: '期限',
    updated: '更新时间',
    actions: '可执行操作',
    open: '查看',
    openApplication: '查看申报 {name}',
    unnamed: '场景 {id}',
    dueAt: '{name}截止 {date}',
    deadline_revision: '补正',
    deadline_publicNotice: '公示',
    created: '已创建申报，请在详情中提交。',
    readOnly: '您的角色不能申报，也没有待处理的申报。',
  },
  en: {
    title: 'Applications',
    applyTitle: 'Apply for a scenario',
    applyIntro: 'These scenarios are open for applications. Choose one to create an application, then submit it from its page.',
    scenario: 'Scenario',
    chooseScenario: 'Choose a scenario',
    apply: 'Create application',
    applying: 'Creating…',
    noOpen: 'No scenario is open for applications right now.',
    alreadyApplied: ' (applied)',
    alreadyAppliedNote: 'You already have a live application to the scenarios marked “applied”; you may apply again once it is withdrawn or rejected.',
    mineTitle: 'My applications',
    noMine: 'You have not applied yet.',
    deskTitle: 'Applications on my desk',
    deskIntro: 'You may act on these applications (screening, review, objections…).',
    noDesk: 'Nothing on your desk right now.',
    othersTitle: 'Other applications',
    stage: 'Stage',
    deadline: 'Deadline',
    updated: 'Updated',
    actions: 'Actions available',
    open: 'Open',
    openApplication: 'Open application {name}',
    unnamed: 'Scenario {id}',
    dueAt: '{name} due {date}',
    deadline_revision: 'Revision',
    deadline_publicNotice: 'Public notice',
    created: 'Application created; submit it from its page.',
    readOnly: 'Your role cannot apply and has no applications to handle.',
  },
});

type T = ReturnType<typeof useT<keyof typeof messages.zh>>;

/** 申报 / 揭榜: applicants apply to open scenarios and follow their applications; officers see what waits for them. */
export function ApplicationsPage(_props: { params: Record<string, string> }) {
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
      navigate(`/applications/${created.subjectId}?created=1`);
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  }

  return (
    <section className="card applications-section" aria-labelledby="apply-title">
      <h2 id="apply-title">{t('applyTitle')}</h2>
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
    <div className="table-wrap">
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
                  <Link to={`/applications/${application.subjectId}`} aria-label={t('openApplication', { name })}>
                    {t('open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
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

/** An application still in progress or approved: the server refuses a second one to the same scenario (409 DUPLICATE). */
function isLive(stage: string): boolean {
  return stage !== 'withdrawn' && stage !== 'rejected';
}
