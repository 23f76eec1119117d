import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useStatechart } from '../../api/statechart';
import { allDomains, useTaxonomy } from '../../api/taxonomy';
import { common } from '../../i18n/common.messages';
import { useLabel, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorMessage, Loading } from '../../ui/status';
import { topStageOf, useAllScenarios } from '../board/scenarios';
import './matrix.css';
import { messages } from './matrix.messages';

interface DomainCount {
  total: number;
  /** Top-level stage path (or '' before the workflow started) → count. */
  byStage: Map<string, number>;
}

export function MatrixPage() {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const taxonomy = useTaxonomy();
  const chart = useStatechart('scenario-lifecycle');
  const scenarios = useAllScenarios();

  const counts = useMemo(() => {
    const map = new Map<string, DomainCount>();
    if (!scenarios.data || !chart.data) return map;
    for (const s of scenarios.data.items) {
      const entry = map.get(s.domainCode) ?? { total: 0, byStage: new Map<string, number>() };
      const stage = s.stage ? (topStageOf(chart.data.root, s.stage)?.path ?? '') : '';
      entry.total += 1;
      entry.byStage.set(stage, (entry.byStage.get(stage) ?? 0) + 1);
      map.set(s.domainCode, entry);
    }
    return map;
  }, [scenarios.data, chart.data]);

  const error = taxonomy.error ?? scenarios.error ?? chart.error;
  if (error) return <Page title={tc('navMatrix')}><ErrorMessage error={error} onRetry={() => [taxonomy, scenarios, chart].forEach((s) => s.error && s.reload())} /></Page>;
  if (!taxonomy.data || !scenarios.data || !chart.data) return <Page title={tc('navMatrix')}><Loading /></Page>;

  const root = chart.data.root;
  const stageOrder = root.children.map((node) => node.path);
  const stageName = (path: string) => {
    const node = root.children.find((n) => n.path === path);
    return node ? label(node.label, node.key) : t('awaiting');
  };
  const known = new Set(allDomains(taxonomy.data).map((d) => d.code));
  const outside = scenarios.data.items.filter((s) => !known.has(s.domainCode)).length;

  return (
    <Page title={tc('navMatrix')}>
      <p className="muted">{t('intro')}</p>
      {scenarios.data.truncated ? <p className="notice">{t('truncated', { count: scenarios.data.items.length })}</p> : null}
      {taxonomy.data.aspects.map((aspect) => {
        const aspectTotal = aspect.domains.reduce((sum, d) => sum + (counts.get(d.code)?.total ?? 0), 0);
        const aspectName = label({ zh: aspect.zhName, en: aspect.enName });
        return (
          <div key={aspect.code} className="table-wrap matrix-aspect">
            <table className="matrix">
              <caption>
                <span className="matrix-numeral">{aspect.numeral}</span> {aspectName} <span className="muted small">· {t('aspectTotal', { count: aspectTotal })}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('domain')}</th>
                  <th scope="col" className="number">
                    {t('scenarios')}
                  </th>
                  <th scope="col">{t('units')}</th>
                </tr>
              </thead>
              <tbody>
                {aspect.domains.map((domain) => {
                  const count = counts.get(domain.code);
                  const name = label({ zh: domain.zhName, en: domain.enName });
                  const stages = count ? [...count.byStage.entries()].sort(([a], [b]) => stageOrder.indexOf(a) - stageOrder.indexOf(b)) : [];
                  return (
                    <tr key={domain.code} data-domain={domain.code}>
                      <th scope="row">{name}</th>
                      <td className="number">
                        <Link to="/" search={{ domain: domain.code }} className="matrix-count" aria-label={t('countLink', { domain: name, count: count?.total ?? 0 })}>
                          {count?.total ?? 0}
                        </Link>
                        {stages.length > 0 ? (
                          <ul className="matrix-stages small">
                            {stages.map(([stage, n]) => (
                              <li key={stage || 'awaiting'}>
                                {stageName(stage)} {n}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                      <td>
                        <ul className="matrix-units">
                          {domain.responsibleUnits.map((unit) => (
                            <li key={unit.code}>{label({ zh: unit.zhName, en: unit.enName })}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      {outside > 0 ? <p className="muted small">{t('outside', { count: outside })}</p> : null}
    </Page>
  );
}
