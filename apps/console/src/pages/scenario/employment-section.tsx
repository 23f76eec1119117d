import { useState, type FormEvent } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { ErrorMessage, Loadable } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from '../employment-risk/employment-risk.messages';
import { breachWords, HUMAN_RESOURCES_UNIT } from '../employment-risk/employment-risk.model';
import { SectionCard } from '../../ui/section-card';
import { TableWrap } from '../../ui/table-wrap';

type Figures = Record<string, { created: string; displaced: string; workforce: string }>;

/** Who sees a scenario's employment figures: its owner unit (which reports them), the coordinator, admins and 市人力社保局. */
export function useEmploymentAccess(ownerUnit: string | undefined): { reads: boolean; reports: boolean } {
  const { user, hasRole } = useSession();
  const reports = Boolean(ownerUnit) && hasRole('officer') && user?.unit === ownerUnit;
  return { reports, reads: reports || hasRole('coordinator', 'admin') || (hasRole('officer') && user?.unit === HUMAN_RESOURCES_UNIT) };
}

/** 就业风险监测 on the scenario page: the periods reported with their breaches, and the owner unit's report form. */
export function EmploymentSection({ scenarioId, reports }: { scenarioId: string; reports: boolean }) {
  const t = useT(messages);
  const label = useLabel();
  const list = useApiQuery('/api/scenarios/{scenarioId}/employment', { params: { path: { scenarioId } } });
  const [done, setDone] = useState<string | null>(null);
  return (
    <SectionCard id="employment" className="scenario-employment" title={t('sectionTitle')} intro={t('sectionIntro')} notice={done}>
      <Loadable state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">{t('noReports')}</p>
          ) : (
            <ul className="plain">
              {data.items.map((report) => (
                <li key={report.period} className={report.breaches.length > 0 ? 'employment-breach' : undefined}>
                  <strong>{report.period}</strong> {t('created')} {report.jobsCreated} · {t('displaced')} {report.jobsDisplaced} <span className="muted small">（{t('revision', { revision: report.revision })}）</span>
                  {report.breaches.map((breach) => (
                    <div key={`${breach.rule}:${breach.group ?? ''}`} className="employment-level-breach small">
                      {breachWords(t, label, breach)}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          )
        }
      </Loadable>
      {reports ? (
        <ReportForm
          scenarioId={scenarioId}
          onReported={(period, breached) => {
            setDone(breached ? t('reportedBreach', { period }) : t('reported', { period }));
            list.reload();
          }}
        />
      ) : null}
    </SectionCard>
  );
}

function ReportForm({ scenarioId, onReported }: { scenarioId: string; onReported: (period: string, breached: boolean) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const thresholds = useApiQuery('/api/employment-risk/thresholds');
  const [period, setPeriod] = useState('');
  const [figures, setFigures] = useState<Figures>({});
  const { busy, error, run } = useApiAction();
  const fields = fieldErrors(error);
  const groups = thresholds.data?.groups ?? [];
  const set = (group: string, key: 'created' | 'displaced' | 'workforce', value: string) =>
    setFigures((previous) => ({ ...previous, [group]: { ...(previous[group] ?? { created: '', displaced: '', workforce: '' }), [key]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rows = groups
      .map(({ group }) => ({ group, f: figures[group] }))
      .filter(({ f }) => f && (f.created.trim() || f.displaced.trim()))
      .map(({ group, f }) => ({ group, jobsCreated: Number(f.created || 0), jobsDisplaced: Number(f.displaced || 0), ...(f.workforce.trim() ? { workforce: Number(f.workforce) } : {}) }));
    void run(async () => {
      const report = await answer(http.PUT('/api/scenarios/{scenarioId}/employment/{period}', { params: { path: { scenarioId, period: period.trim() } }, body: { groups: rows } }));
      setFigures({});
      onReported(report.period, report.breaches.length > 0);
    });
  };
  return (
    <form className="employment-form" onSubmit={submit} noValidate>
      <h3>{t('report')}</h3>
      {error ? <ErrorMessage error={error} /> : null}
      <Field id="employment-report-period" label={t('period')} required help={t('periodHelp')} error={fields.get('period')}>
        {(aria) => <input {...aria} value={period} onChange={(event) => setPeriod(event.target.value)} placeholder="2026-03" required />}
      </Field>
      <TableWrap label={t('report')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('group')}</th>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('displaced')}</th>
              <th scope="col">{t('workforce')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map(({ group, name }) => (
              <tr key={group}>
                <th scope="row">{label(name)}</th>
                {(['created', 'displaced', 'workforce'] as const).map((key) => (
                  <td key={key}>
                    <input
                      type="number"
                      min={0}
                      step={1}
                      aria-label={`${label(name)} ${t(key)}`}
                      value={figures[group]?.[key] ?? ''}
                      onChange={(event) => set(group, key, event.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <button type="submit" disabled={busy}>
        {busy ? t('reporting') : t('report')}
      </button>
    </form>
  );
}
