import { getRouteApi, Link } from '@tanstack/react-router';
import type { Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Loadable } from '../../ui/status';
import { Page } from '../../ui/page';
import { patch } from '../../router/search';
import './targets.css';
import { messages } from './targets.messages';
import { FinancingTotals, useReadsFinancingTotals } from './financing-totals';
import { TableWrap } from '../../ui/table-wrap';

type TargetMetric = Schema<'TargetProgressMetric'>;
type MetricKey = TargetMetric['key'];
type BudgetReserve = Schema<'TargetProgressBudgetReserve'>;

const METRICS = ['comprehensiveMajorScenarios', 'matchmakingEvents', 'scenarioOpportunities', 'crossRegionalMajorScenarios'] as const satisfies readonly MetricKey[];

/** The year in Beijing (the plan's annual targets count Beijing years). */
function beijingYear(): number {
  return Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
}

const route = getRouteApi('/targets');

/** 年度目标跟踪: the year's progress against the plan's annual targets, by aspect, domain and district, and the reserve compliance. */
export function TargetsPage() {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisYear = beijingYear();
  const asked = Number(search.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const metricKey: MetricKey = METRICS.find((key) => key === search.metric) ?? METRICS[0];
  const report = useApiQuery('/api/targets/{year}', { params: { path: { year: String(year) } } });
  const readsFinancing = useReadsFinancingTotals();
  const taxonomy = useApiQuery(report.data ? '/api/taxonomy/{version}' : null, { params: { path: { version: report.data?.taxonomyVersion ?? '' } } });
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);

  return (
    <Page title={tc('navTargets')}>
      <div className="filters">
        <div>
          <label htmlFor="targets-year">{t('year')}</label>
          <select id="targets-year" value={year} onChange={(event) => void navigate({ to: '.', search: patch({ year: event.target.value === String(thisYear) ? null : event.target.value }), replace: true })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="targets-metric">{t('metric')}</label>
          <select id="targets-metric" value={metricKey} onChange={(event) => void navigate({ to: '.', search: patch({ metric: event.target.value === METRICS[0] ? null : event.target.value }), replace: true })}>
            {METRICS.map((key) => (
              <option key={key} value={key}>
                {label(report.data ? { zh: report.data[key].zhName, en: report.data[key].enName } : null, key)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Loadable state={report}>
        {(data) => {
          const metric = data[metricKey];
          const metricName = label({ zh: metric.zhName, en: metric.enName });
          return (
            <>
              <p className="muted small">{t('asOf', { year: data.year, date: data.asOf, version: data.taxonomyVersion })}</p>
              {data.targets.defined ? null : (
                <p className="notice">
                  {t('noTargets')}
                  {data.targets.note}
                </p>
              )}
              <ul className="grid targets-summary">
                {METRICS.map((key) => (
                  <li key={key}>
                    <MetricCard metric={data[key]} current={key === metricKey} />
                  </li>
                ))}
              </ul>

              <h2>{metricName}</h2>
              <div className="targets-charts">
                <BarChart
                  title={t('chartOf', { metric: metricName, by: t('byDomain') })}
                  nameHeader={t('name')}
                  rows={metric.byDomain.map((item) => ({ key: item.code ?? '(unclassified)', name: label({ zh: item.zhName, en: item.enName }), count: item.count }))}
                />
                <BarChart
                  title={t('chartOf', { metric: metricName, by: t('byDistrict') })}
                  nameHeader={t('district')}
                  rows={metric.byDistrict.map((item) => ({ key: item.district ?? '(none)', name: item.district ?? t('noDistrict'), count: item.count }))}
                />
                <BarChart
                  title={t('chartOf', { metric: metricName, by: t('byAspect') })}
                  nameHeader={t('name')}
                  rows={metric.byAspect.map((item) => ({ key: item.code ?? '(unclassified)', name: label({ zh: item.zhName, en: item.enName }), count: item.count }))}
                />
              </div>

              <Reserve reserve={data.budgetReserve} />
              {readsFinancing ? <FinancingTotals taxonomy={taxonomy.data} /> : null}
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}

function MetricCard({ metric, current }: { metric: TargetMetric; current: boolean }) {
  const t = useT(messages);
  const label = useLabel();
  const name = label({ zh: metric.zhName, en: metric.enName });
  const state = metric.met === null ? t('noTarget') : metric.met ? t('met') : t('notMet');
  return (
    <section className={`card targets-metric${current ? ' targets-current' : ''}`} aria-label={name}>
      <h2 className="targets-metric-name">{name}</h2>
      <p className="targets-figure">
        <strong>{metric.target === null ? metric.actual : t('actualOfTarget', { actual: metric.actual, target: metric.target })}</strong>
      </p>
      {metric.target !== null ? (
        <progress
          className="targets-progress"
          max={metric.target}
          value={Math.min(metric.actual, metric.target)}
          aria-label={t('progressOf', { name, actual: metric.actual, target: metric.target })}
        />
      ) : null}
      <p className="small">
        {metric.percent !== null ? `${t('percent', { percent: metric.percent })} · ` : ''}
        <span className={metric.met ? 'targets-met' : metric.met === false ? 'targets-not-met' : 'muted'}>
          <span aria-hidden="true">{metric.met ? '✓ ' : metric.met === false ? '○ ' : ''}</span>
          {state}
        </span>
      </p>
      <CountingRule rule={metric.countingRule} />
    </section>
  );
}

/** What a figure counts, beside it, in both languages (the page's language first): the plan's rule is not obvious from the number. */
function CountingRule({ rule }: { rule: TargetMetric['countingRule'] }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const order = language === 'en' ? (['en', 'zh'] as const) : (['zh', 'en'] as const);
  return (
    <div className="small targets-rule">
      <strong>{t('countingRule')}</strong>
      {order.map((lang) => (
        <p key={lang} lang={lang === 'zh' ? 'zh-CN' : 'en'} className={lang === order[1] ? 'muted' : undefined}>
          {rule[lang]}
        </p>
      ))}
    </div>
  );
}

interface BarRow {
  key: string;
  name: string;
  count: number;
}

/** Horizontal bars made of CSS (no chart library); each bar's row names its figure, and the same numbers are in a table. */
function BarChart({ title, nameHeader, rows }: { title: string; nameHeader: string; rows: BarRow[] }) {
  const t = useT(messages);
  const max = Math.max(1, ...rows.map((row) => row.count));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <figure className="card targets-chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {total === 0 ? (
        <p className="empty">{t('nothingCounted')}</p>
      ) : (
        <ul className="bars" aria-label={title}>
          {rows.map((row) => (
            <li key={row.key} className={row.count === 0 ? 'bar-row bar-zero' : 'bar-row'}>
              <span className="bar-name">{row.name}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(row.count / max) * 100}%` }} />
              </span>
              <span className="bar-value">{row.count}</span>
            </li>
          ))}
        </ul>
      )}
      <details className="targets-table">
        <summary>{t('dataTable', { title })}</summary>
        <TableWrap label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col" className="number">
                  {t('count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  <td className="number">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}

function Reserve({ reserve }: { reserve: BudgetReserve }) {
  const t = useT(messages);
  const label = useLabel();
  const total = reserve.governmentInvestmentScenarios;
  const rate = reserve.complianceRate === null ? t('none') : `${Math.round(reserve.complianceRate * 1000) / 10}%`;
  return (
    <section className="card targets-reserve" aria-labelledby="targets-reserve-title">
      <h2 id="targets-reserve-title">{t('reserve')}</h2>
      <p className="small">
        {reserve.minimumShare === null ? t('reserveNoMinimum') : t('reserveRule', { share: Math.round(reserve.minimumShare * 1000) / 10, version: reserve.minimumShareVersion ?? '' })}
      </p>
      <p className="small muted">{label(reserve.rule)}</p>
      <dl className="targets-reserve-figures">
        <div>
          <dt>{t('governmentScenarios')}</dt>
          <dd>{total}</dd>
        </div>
        <div>
          <dt>{t('compliant')}</dt>
          <dd>{reserve.compliant}</dd>
        </div>
        <div>
          <dt>{t('nonCompliant')}</dt>
          <dd>{reserve.nonCompliant}</dd>
        </div>
        <div>
          <dt>{t('complianceRate')}</dt>
          <dd>{rate}</dd>
        </div>
      </dl>
      {total > 0 ? (
        <div className="reserve-bar" role="img" aria-label={t('reserveChart', { compliant: reserve.compliant, nonCompliant: reserve.nonCompliant })}>
          <span className="reserve-ok" style={{ width: `${(reserve.compliant / total) * 100}%` }} />
          <span className="reserve-bad" style={{ width: `${(reserve.nonCompliant / total) * 100}%` }} />
        </div>
      ) : null}
      {reserve.nonCompliantScenarioIds.length ? (
        <>
          <h3>{t('nonCompliantList')}</h3>
          <ul className="small">
            {reserve.nonCompliantScenarioIds.map((id) => (
              <li key={id}>
                <ScenarioLink id={id} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A scenario by its title (its short id until the title arrives or if it cannot be read). */
function ScenarioLink({ id }: { id: string }) {
  const t = useT(messages);
  const label = useLabel();
  const scenario = useApiQuery('/api/scenarios/{id}', { params: { path: { id } } });
  return <Link to="/scenarios/$id" params={{ id }}>{label(scenario.data?.title, t('scenario', { id: id.slice(0, 8) }))}</Link>;
}
