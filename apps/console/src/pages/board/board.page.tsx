import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { flattenStates, useStatechart, type StatechartNode } from '../../api/statechart';
import { allDomains, allUnits, useTaxonomy, type Taxonomy } from '../../api/taxonomy';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { Empty, ErrorMessage, Loading } from '../../ui/status';
import { patch } from '../../router/search';
import { TIERS, topStageOf, useAllScenarios, useBoardPages, type ScenarioSummary } from './scenarios';
import './board.css';
import { messages } from './board.messages';

type Key = keyof typeof messages.zh;

export const TIER_LABEL: Record<ScenarioSummary['tier'], Key> = {
  'comprehensive-major': 'tierComprehensive',
  'industry-integrated': 'tierIndustry',
  'high-value-niche': 'tierNiche',
};

const FILTERS = ['aspect', 'domain', 'unit', 'district', 'tier'] as const;
type Filter = (typeof FILTERS)[number];

interface StageGroup {
  key: string;
  label: string;
  scenarios: ScenarioSummary[];
}

const route = getRouteApi('/');

export function BoardPage() {
  const t = useT(messages);
  const tc = useT(common);
  const label = useLabel();
  const { language } = useLanguage();
  const { hasRole } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter = Object.fromEntries(FILTERS.map((name) => [name, search[name] ?? ''])) as Record<Filter, string>;

  const taxonomy = useTaxonomy();
  const chart = useStatechart('scenario-lifecycle');
  const scenarios = useAllScenarios();
  // The responsible unit is not a field of the scenario: the workflow keeps each scenario's units and filters by them.
  const byUnit = useBoardPages(filter.unit ? '/api/workflow/instances' : null, { params: { query: { machine: 'scenario-lifecycle', unit: filter.unit } } });

  const set = (changes: Partial<Record<Filter, string>>) => void navigate({ to: '.', search: patch(changes), replace: true });

  const stageLabels = useMemo(() => new Map(chart.data ? flattenStates(chart.data.root).map((node) => [node.path, node.label ?? { zh: node.key, en: node.key }]) : []), [chart.data]);
  const domains = useMemo(() => (taxonomy.data ? allDomains(taxonomy.data) : []), [taxonomy.data]);
  const domainByCode = useMemo(() => new Map(domains.map((d) => [d.code, d])), [domains]);
  const districts = useMemo(() => [...new Set((scenarios.data?.items ?? []).map((s) => s.district).filter((d): d is string => Boolean(d)))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [scenarios.data]);
  const unitIds = useMemo(() => (byUnit.data ? new Set(byUnit.data.items.map((i) => i.subjectId)) : null), [byUnit.data]);

  const visible = useMemo(() => {
    const items = scenarios.data?.items ?? [];
    return items.filter(
      (s) =>
        (!filter.aspect || s.aspectCode === filter.aspect) &&
        (!filter.domain || s.domainCode === filter.domain) &&
        (!filter.district || s.district === filter.district) &&
        (!filter.tier || s.tier === filter.tier) &&
        (!filter.unit || (unitIds !== null && unitIds.has(s.id))),
    );
  }, [scenarios.data, filter.aspect, filter.domain, filter.district, filter.tier, filter.unit, unitIds]);

  const groups = useMemo(() => (chart.data ? groupByStage(chart.data.root, visible, (l, fallback) => label(l, fallback), t('awaiting')) : []), [chart.data, visible, label, t]);

  const error = scenarios.error ?? chart.error ?? taxonomy.error ?? byUnit.error;
  const ready = scenarios.data && chart.data && taxonomy.data && (!filter.unit || byUnit.data);
  const anyFilter = FILTERS.some((name) => filter[name]);
  const total = scenarios.data?.items.length ?? 0;

  const title = (s: ScenarioSummary) => (language === 'en' ? s.title.en || s.title.zh : s.title.zh);
  const tierLabel = (tier: ScenarioSummary['tier']) => t(TIER_LABEL[tier]);
  const stageLabel = (stage: string) => label(stageLabels.get(stage), stage);

  return (
    <Page
      title={tc('navBoard')}
      actions={
        // Officers register for their own unit, the coordinator and administrators for any unit (the server decides).
        hasRole('officer', 'coordinator', 'admin') ? (
          <>
            <Link to="/scenarios/new" className="button primary">
              {t('register')}
            </Link>
            <Link to="/scenarios/import" className="button">
              {t('import')}
            </Link>
          </>
        ) : null
      }
    >
      <form className="filters board-filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor="board-aspect">{t('aspect')}</label>
          <select id="board-aspect" value={filter.aspect} onChange={(e) => set({ aspect: e.target.value, domain: keepDomain(taxonomy.data, filter.domain, e.target.value) })}>
            <option value="">{tc('all')}</option>
            {taxonomy.data?.aspects.map((aspect) => (
              <option key={aspect.code} value={aspect.code}>
                {aspect.numeral} {label({ zh: aspect.zhName, en: aspect.enName })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="board-domain">{t('domain')}</label>
          <select id="board-domain" value={filter.domain} onChange={(e) => set({ domain: e.target.value })}>
            <option value="">{tc('all')}</option>
            {domains
              .filter((d) => !filter.aspect || d.aspect === filter.aspect)
              .map((d) => (
                <option key={d.code} value={d.code}>
                  {label({ zh: d.zhName, en: d.enName })}
                </option>
              ))}
            {filter.domain && !domainByCode.has(filter.domain) ? <option value={filter.domain}>{filter.domain}</option> : null}
          </select>
        </div>
        <div>
          <label htmlFor="board-unit">{t('unit')}</label>
          <select id="board-unit" value={filter.unit} onChange={(e) => set({ unit: e.target.value })}>
            <option value="">{tc('all')}</option>
            {taxonomy.data
              ? allUnits(taxonomy.data).map((u) => (
                  <option key={u.code} value={u.zhName}>
                    {label({ zh: u.zhName, en: u.enName })}
                  </option>
                ))
              : null}
          </select>
        </div>
        <div>
          <label htmlFor="board-district">{t('district')}</label>
          <select id="board-district" value={filter.district} onChange={(e) => set({ district: e.target.value })}>
            <option value="">{tc('all')}</option>
            {(filter.district && !districts.includes(filter.district) ? [...districts, filter.district] : districts).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="board-tier">{t('tier')}</label>
          <select id="board-tier" value={filter.tier} onChange={(e) => set({ tier: e.target.value })}>
            <option value="">{tc('all')}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(TIER_LABEL[tier])}
              </option>
            ))}
          </select>
        </div>
        {anyFilter ? (
          <div className="board-clear">
            <button type="button" onClick={() => set(Object.fromEntries(FILTERS.map((name) => [name, ''])))}>
              {t('clear')}
            </button>
          </div>
        ) : null}
      </form>

      {error ? <ErrorMessage error={error} onRetry={() => [scenarios, chart, taxonomy, byUnit].forEach((s) => s.error && s.reload())} /> : null}
      {!ready ? (
        error ? null : <Loading />
      ) : (
        <>
          <p className="muted" role="status" aria-live="polite">
            {anyFilter ? t('filtered', { count: visible.length, total }) : t('total', { count: total })}
            {filter.unit ? <span className="small"> · {t('unitNote')}</span> : null}
          </p>
          {scenarios.data?.truncated ? <p className="notice">{t('truncated', { count: total })}</p> : null}
          {visible.length === 0 ? <Empty>{t('noScenarios')}</Empty> : null}
          <div className="board" role="region" aria-label={t('stagesLabel')}>
            {groups
              .filter((g) => g.scenarios.length > 0)
              .map((group) => (
                <section key={group.key} className="board-stage" aria-labelledby={`stage-${group.key}`} data-stage={group.key}>
                  <h2 id={`stage-${group.key}`} className="board-stage-title">
                    <span>{group.label}</span> <span className="board-count" aria-label={t('stageCount', { count: group.scenarios.length })}>{group.scenarios.length}</span>
                  </h2>
                  <ul className="board-cards">
                    {group.scenarios.map((s) => {
                      const domain = domainByCode.get(s.domainCode);
                      return (
                        <li key={s.id} className="board-card">
                          <Link to="/scenarios/$id" params={{ id: s.id }} className="board-card-title">
                            {title(s)}
                          </Link>
                          {s.stage && s.stage !== group.key ? <div className="small board-substage">{stageLabel(s.stage)}</div> : null}
                          <dl className="board-facts small">
                            <dt>{t('domain')}</dt>
                            <dd>{domain ? label({ zh: domain.zhName, en: domain.enName }) : s.domainCode}</dd>
                            <dt>{t('district')}</dt>
                            <dd>{s.district || t('noDistrict')}</dd>
                            <dt>{t('tier')}</dt>
                            <dd>{tierLabel(s.tier)}</dd>
                          </dl>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
          </div>
          {groups.some((g) => g.scenarios.length === 0) ? (
            <section className="board-empty-stages" aria-labelledby="board-empty-stages">
              <h2 id="board-empty-stages" className="small">
                {t('emptyStages')}
              </h2>
              <ul>
                {groups
                  .filter((g) => g.scenarios.length === 0)
                  .map((g) => (
                    <li key={g.key} data-stage={g.key}>
                      {g.label} <span className="muted">0</span>
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}

/** The aspect changed: a domain of another aspect no longer applies. */
function keepDomain(taxonomy: Taxonomy | undefined, domain: string, aspect: string): string {
  if (!domain || !aspect || !taxonomy) return domain;
  return allDomains(taxonomy).some((d) => d.code === domain && d.aspect === aspect) ? domain : '';
}

/** Scenarios per top-level stage in the machine's order; those the workflow has not started yet come first. */
function groupByStage(root: StatechartNode, scenarios: ScenarioSummary[], label: (l: StatechartNode['label'], fallback: string) => string, awaiting: string): StageGroup[] {
  const groups: StageGroup[] = root.children.filter((node) => node.type !== 'history').map((node) => ({ key: node.path, label: label(node.label, node.key), scenarios: [] }));
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const pending: StageGroup = { key: 'awaiting', label: awaiting, scenarios: [] };
  for (const scenario of scenarios) {
    const top = scenario.stage ? topStageOf(root, scenario.stage) : undefined;
    const group = top ? byKey.get(top.path) : undefined;
    (group ?? pending).scenarios.push(scenario);
  }
  return pending.scenarios.length > 0 ? [pending, ...groups] : groups;
}
