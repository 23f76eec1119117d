import { Link, getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useApiQuery } from '../../api/queries';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { patch } from '../../router/search';
import { Field } from '../../ui/field';
import { Page } from '../../ui/page';
import { Empty, Loadable } from '../../ui/status';
import '../factor-requests/factor-requests.css';
import { messages } from './employment-risk.messages';
import { breachWords, levelLabel } from './employment-risk.model';
import { TableWrap } from '../../ui/table-wrap';

const route = getRouteApi('/employment-risk');

/** 就业风险看板: scenarios by employment risk, breaches first and highlighted (市人力社保局, the coordinator, admins). */
export function EmploymentRiskPage() {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [period, setPeriod] = useState(search.period ?? '');
  const dashboard = useApiQuery('/api/employment-risk', { params: { query: search.period ? { period: search.period } : {} } });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '.', search: patch({ period: period.trim() || null }), replace: true });
  };

  return (
    <Page title={tc('navEmploymentRisk')}>
      <p className="muted small">{t('intro')}</p>
      <form className="filters" onSubmit={apply}>
        <Field id="employment-period" label={t('period')} help={t('periodHelp')}>
          {(aria) => <input {...aria} value={period} onChange={(event) => setPeriod(event.target.value)} placeholder="2026-Q1" />}
        </Field>
        <button type="submit">{t('apply')}</button>
      </form>
      <Loadable state={dashboard}>
        {(data) => (
          <>
            <p className="muted" data-testid="employment-counts">
              {t('counts', data.counts)}
            </p>
            {data.items.length === 0 ? (
              <Empty>{t('none')}</Empty>
            ) : (
              <TableWrap label={t('list')}>
                <table>
                  <caption className="visually-hidden">{t('list')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('scenario')}</th>
                      <th scope="col">{t('ownerUnit')}</th>
                      <th scope="col">{t('period')}</th>
                      <th scope="col">{t('level')}</th>
                      <th scope="col" className="number">{t('created')}</th>
                      <th scope="col" className="number">{t('displaced')}</th>
                      <th scope="col" className="number">{t('net')}</th>
                      <th scope="col">{t('breaches')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.scenarioId} className={item.level === 'breach' ? 'employment-breach' : undefined}>
                        <th scope="row">
                          <Link to="/scenarios/$id" params={{ id: item.scenarioId }}>
                            {label({ zh: item.scenarioTitle.zh, en: item.scenarioTitle.en ?? undefined })}
                          </Link>
                        </th>
                        <td>{item.ownerUnit}</td>
                        <td>{item.period}</td>
                        <td>
                          <span className={`employment-level employment-level-${item.level}`}>{levelLabel(t, item.level)}</span>
                        </td>
                        <td className="number">{item.jobsCreated}</td>
                        <td className="number">{item.jobsDisplaced}</td>
                        <td className="number">{item.netDisplaced}</td>
                        <td>
                          {item.breaches.length === 0 ? (
                            '—'
                          ) : (
                            <ul className="plain">
                              {item.breaches.map((breach) => (
                                <li key={`${breach.rule}:${breach.group ?? ''}`}>{breachWords(t, label, breach)}</li>
                              ))}
                            </ul>
                          )}
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
    </Page>
  );
}
