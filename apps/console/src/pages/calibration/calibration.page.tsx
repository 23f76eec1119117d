import { getRouteApi } from '@tanstack/react-router';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import { messages } from './calibration.messages';
import '../opportunities/opportunities.css';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/calibration');

const PURPOSES = { recognition: 'purposeRecognition', effectiveness: 'purposeEffectiveness', 'application-review': 'purposeApplicationReview' } as const;
type Purpose = keyof typeof PURPOSES;

/** A share of the scale, signed (+12.5%). */
function share(value: number, language: 'zh' | 'en'): string {
  return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** `/calibration`: each evaluator's severity or leniency against their peers, as `GET /api/evaluation/calibration` reports it. */
export function CalibrationPage() {
  const t = useT(messages);
  const { language } = useLanguage();
  const { hasRole } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const purpose = (Object.keys(PURPOSES) as Purpose[]).find((known) => known === search.purpose);
  const min = search.min && /^\d{1,3}$/.test(search.min) && Number(search.min) >= 1 ? Number(search.min) : undefined;
  const allowed = hasRole('coordinator', 'admin', 'leadership', 'auditor');
  const report = useApiQuery(allowed ? '/api/evaluation/calibration' : null, { params: { query: { purpose, minAssessments: min } } });
  const number = (value: number | null, digits = 2) => (value === null ? '—' : new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value));

  return (
    <Page title={t('title')}>
      <p className="muted">{t('intro')}</p>
      {!allowed ? (
        <p className="notice">{t('notAllowed')}</p>
      ) : (
        <>
          <form className="filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
            <div>
              <label htmlFor="cal-purpose">{t('purpose')}</label>
              <select id="cal-purpose" value={purpose ?? ''} onChange={(event) => void navigate({ to: '.', search: patch({ purpose: event.target.value }), replace: true })}>
                <option value="">{t('allPurposes')}</option>
                {(Object.keys(PURPOSES) as Purpose[]).map((known) => (
                  <option key={known} value={known}>
                    {t(PURPOSES[known])}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="cal-min">{t('minAssessments')}</label>
              <input id="cal-min" type="number" min={1} max={100} value={search.min ?? ''} onChange={(event) => void navigate({ to: '.', search: patch({ min: event.target.value }), replace: true })} />
            </div>
          </form>
          <Loadable state={report}>
            {(data) => (
              <>
                <p>{t('summary', { count: data.assessments })}</p>
                <p className="muted small">{t('policy', { min: data.policy.minAssessments, threshold: share(data.policy.biasThreshold, language).replace('+', ''), z: data.policy.outlierZ })}</p>
                {data.evaluators.length === 0 ? (
                  <Empty>{t('none')}</Empty>
                ) : (
                  <TableWrap label={t('table')}>
                    <table className="op-table">
                      <caption className="visually-hidden">{t('table')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('evaluator')}</th>
                          <th scope="col" className="number">
                            {t('assessments')}
                          </th>
                          <th scope="col" className="number">
                            {t('meanDeviation')}
                          </th>
                          <th scope="col" className="number">
                            {t('spread')}
                          </th>
                          <th scope="col" className="number">
                            {t('z')}
                          </th>
                          <th scope="col">{t('flag')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.evaluators.map((row) => (
                          <tr key={row.evaluatorId}>
                            <th scope="row">
                              {row.name ?? row.evaluatorId}
                              {row.name ? <span className="muted small"> · {row.evaluatorId}</span> : null}
                            </th>
                            <td className="number">{row.assessments}</td>
                            <td className="number">{share(row.meanDeviation, language)}</td>
                            <td className="number">{share(row.spread, language).replace('+', '')}</td>
                            <td className="number">{number(row.z)}</td>
                            <td>
                              {row.flag ? <span className={`op-flag-${row.flag}`}>{t(row.flag)}</span> : t('noFlag')}
                              {row.outlier ? <span className="op-flag-severe"> · {t('outlier')}</span> : null}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableWrap>
                )}
              </>
            )}
          </Loadable>
        </>
      )}
    </Page>
  );
}
