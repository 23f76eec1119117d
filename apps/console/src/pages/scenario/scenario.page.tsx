import { getRouteApi, Link } from '@tanstack/react-router';
import type { Schema } from '../../api/client';
import { useApiQuery, type Loaded } from '../../api/queries';
import { useStageLabels, useStatechart } from '../../api/statechart';
import { allDomains, allUnits, type Taxonomy } from '../../api/taxonomy';
import { useSession, type User } from '../../auth/session';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorMessage, Loadable, Loading } from '../../ui/status';
import { DuplicateDecisions } from './duplicate-decisions';
import { FinancingSection, useFinancingAccess } from './financing-section';
import { BenefitSharingSection, useBenefitSharingAccess } from './benefit-sharing-section';
import { ProcurementSection, useProcurementWrites } from './procurement-section';
import { FactorRequestsSection } from './factor-requests-section';
import { EmploymentSection, useEmploymentAccess } from './employment-section';
import { EventActions } from './event-actions';
import { HistoryTimeline } from './history-timeline';
import { ProfileRevisions } from './profile-revisions';
import { messages as profileMessages } from './profile.messages';
import { messages } from './scenario.messages';
import { StatechartDiagram } from './statechart-diagram';
import './scenario.css';
import { ScenarioOpportunitiesLink } from '../opportunities/scenario-opportunities-link';
import { profileOpenAt } from '../register/profile-open';
import { messages as registrationMessages } from '../register/register-scenario.messages';
import { FUNDING_SOURCES } from '../register/registration.model';
import { moneyText } from '../../ui/money';

const TIER_KEYS = {
  'comprehensive-major': 'tierComprehensiveMajor',
  'industry-integrated': 'tierIndustryIntegrated',
  'high-value-niche': 'tierHighValueNiche',
} as const;

const route = getRouteApi('/scenarios/$id');

/** The profile can be edited until the recognition assessment, by whoever may register for the owner unit (the server decides). */
function mayEdit(scenario: Schema<'Scenario'>, stage: string | null, user: User | null, hasRole: (...roles: User['roles']) => boolean): boolean {
  if (!profileOpenAt(stage) || !user) return false;
  if (hasRole('coordinator', 'admin')) return true;
  return hasRole('officer') && (user.unit === scenario.ownerUnit || (user.district !== null && user.district === scenario.district));
}

export function ScenarioPage() {
  const params = route.useParams();
  const t = useT(messages);
  const tp = useT(profileMessages);
  const label = useLabel();
  const { user, hasRole } = useSession();
  const id = params.id ?? '';
  const scenario = useApiQuery('/api/scenarios/{id}', { params: { path: { id } } });
  const financing = useFinancingAccess(scenario.data?.ownerUnit);
  const benefitSharing = useBenefitSharingAccess(scenario.data?.ownerUnit);
  const procurementWrites = useProcurementWrites(scenario.data?.ownerUnit);
  const employment = useEmploymentAccess(scenario.data?.ownerUnit);
  const instance = useApiQuery('/api/workflow/scenarios/{scenarioId}', { params: { path: { scenarioId: id } } });
  const chart = useStatechart('scenario-lifecycle', instance.data?.id ?? null);
  const stageLabels = useStageLabels('scenario-lifecycle');
  const stageName = (path: string | null) => (path ? label(stageLabels.get(path), path) : '—');
  const title = scenario.data ? label(scenario.data.title, t('title')) : t('title');
  const taxonomy = useApiQuery(scenario.data ? '/api/taxonomy/{version}' : null, { params: { path: { version: scenario.data?.taxonomyVersion ?? '' } } });
  const { language } = useLanguage();
  const units = taxonomy.data ? allUnits(taxonomy.data) : [];
  /** A unit as the server names it (code, Chinese name or alias), in the page's language when the taxonomy knows it. */
  const unitName = (unit: string | null) => {
    if (!unit) return '—';
    const known = units.find((u) => u.code === unit || u.zhName === unit || u.aliases?.includes(unit));
    return known ? (language === 'en' ? known.enName : known.zhName) : unit;
  };

  /** The stages passed, oldest first, from the history already loaded for the table below. */
  const travelled = [...(instance.data?.history ?? [])].sort((a, b) => a.sequence - b.sequence).flatMap((entry) => (entry.from ? [entry.from, entry.to] : [entry.to]));

  const reloadAll = () => {
    instance.reload();
    chart.reload();
    scenario.reload();
  };

  // A scenario that does not exist is a page of its own: no lifecycle, diagram or forms to show for it.
  if (scenario.error?.status === 404) {
    return (
      <Page title={t('scenarioNotFound')}>
        <ErrorMessage error={scenario.error} />
        <p>
          <Link to="/">{t('backToBoard')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={title}>
      <div className="scenario-layout">
        <section className="card scenario-profile" aria-labelledby="profile-title">
          <h2 id="profile-title">{t('profile')}</h2>
          {scenario.data && mayEdit(scenario.data, instance.data?.stage ?? scenario.data.stage, user, hasRole) ? (
            <p>
              <Link to="/scenarios/$id/edit" params={{ id }} className="button">
                {tp('editProfile')}
              </Link>
            </p>
          ) : null}
          <Loadable state={scenario}>{(data) => <Profile scenario={data} taxonomy={taxonomy} unitName={unitName} stage={instance.data ? stageName(instance.data.stage) : null} version={instance.data?.version} />}</Loadable>
          <ScenarioOpportunitiesLink scenarioId={id} />
        </section>

        <section className="card scenario-actions" aria-labelledby="actions-title">
          <h2 id="actions-title">{t('actions')}</h2>
          {instance.error?.status === 404 ? (
            <p className="notice">
              {t('notStarted')}{' '}
              <button type="button" className="link" onClick={instance.reload}>
                {t('refresh')}
              </button>
            </p>
          ) : (
            <Loadable state={instance}>{(data) => <EventActions scenarioId={id} instance={data} chart={chart.data} stageName={stageName} onChanged={reloadAll} onConflict={reloadAll} />}</Loadable>
          )}
        </section>
      </div>

      <section className="card scenario-statechart" aria-labelledby="statechart-title">
        <h2 id="statechart-title">{t('lifecycle')}</h2>
        {chart.error ? <ErrorMessage error={chart.error} onRetry={chart.reload} /> : chart.data && (!instance.data || chart.data.current === instance.data.stage) ? <StatechartDiagram chart={chart.data} travelled={travelled} /> : <Loading />}
      </section>

      {financing.reads ? <FinancingSection scenarioId={id} writes={financing.writes} /> : null}
      {scenario.data ? <FactorRequestsSection scenarioId={id} ownerUnit={scenario.data.ownerUnit} /> : null}
      {employment.reads ? <EmploymentSection scenarioId={id} reports={employment.reports} /> : null}

      {benefitSharing.reads ? <BenefitSharingSection scenarioId={id} writes={benefitSharing.writes} stageName={stageName} /> : null}

      {scenario.data ? <ProcurementSection scenarioId={id} writes={procurementWrites} /> : null}

      <section className="card scenario-changes" aria-labelledby="changes-title">
        <h2 id="changes-title">{tp('changes')}</h2>
        <ProfileRevisions scenarioId={id} />
      </section>

      {hasRole('coordinator', 'admin') ? (
        <section className="card scenario-duplicates" aria-labelledby="duplicates-title">
          <h2 id="duplicates-title">{tp('duplicates')}</h2>
          <DuplicateDecisions scenarioId={id} />
        </section>
      ) : null}

      <section className="scenario-history" aria-labelledby="history-title">
        <h2 id="history-title">{t('history')}</h2>
        {instance.data ? <HistoryTimeline history={instance.data.history} stageName={stageName} unitName={unitName} /> : instance.error && instance.error.status !== 404 ? null : <Loading />}
      </section>
    </Page>
  );
}

function Profile({
  scenario,
  taxonomy,
  unitName,
  stage,
  version,
}: {
  scenario: Schema<'Scenario'>;
  taxonomy: Loaded<Taxonomy>;
  unitName: (unit: string | null) => string;
  stage: string | null;
  version?: number;
}) {
  const t = useT(messages);
  const tr = useT(registrationMessages);
  const { language } = useLanguage();
  const domain = taxonomy.data ? allDomains(taxonomy.data).find((d) => d.code === scenario.domainCode) : undefined;
  const aspect = taxonomy.data?.aspects.find((a) => a.code === scenario.aspectCode);
  const name = (item: { zhName: string; enName: string } | undefined, fallback: string) => (item ? (language === 'en' ? item.enName : item.zhName) : fallback);
  const description = language === 'en' ? scenario.description?.en || scenario.description?.zh : scenario.description?.zh || scenario.description?.en;
  return (
    <>
      {taxonomy.error ? <ErrorMessage error={taxonomy.error} onRetry={taxonomy.reload} /> : null}
      <dl className="scenario-facts">
        {stage ? (
          <>
            <dt>{t('stage')}</dt>
            <dd>
              <span className="stage-badge">{stage}</span> {version !== undefined ? <span className="muted small">{t('version')} {version}</span> : null}
            </dd>
          </>
        ) : null}
        <dt>{t('domain')}</dt>
        <dd>{name(domain, scenario.domainCode)}</dd>
        <dt>{t('aspect')}</dt>
        <dd>{name(aspect, scenario.aspectCode)}</dd>
        <dt>{t('district')}</dt>
        <dd>{scenario.district ?? t('none')}</dd>
        <dt>{t('tier')}</dt>
        <dd>{TIER_KEYS[scenario.tier] ? t(TIER_KEYS[scenario.tier]) : scenario.tier}</dd>
        <dt>{t('budget')}</dt>
        <dd>
          {scenario.budget
            ? [moneyText(scenario.budget.totalFen, language), tr(FUNDING_SOURCES[scenario.budget.fundingSource]), scenario.budget.newScenarioReserveFen ? t('reserve', { amount: moneyText(scenario.budget.newScenarioReserveFen, language) }) : null]
                .filter(Boolean)
                .join(' · ')
            : t('noBudget')}
        </dd>
        <dt>{t('ownerUnit')}</dt>
        <dd>{unitName(scenario.ownerUnit)}</dd>
        <dt>{t('coOwnerUnits')}</dt>
        <dd>
          {scenario.coOwnerUnits.length ? scenario.coOwnerUnits.map(unitName).join(language === 'en' ? ', ' : '、') : t('noCoOwners')}
          {scenario.joint ? <span className="stage-badge scenario-joint"> {t('joint')}</span> : null}
        </dd>
        <dt>{t('responsibleUnits')}</dt>
        <dd>{domain ? domain.responsibleUnits.map((unit) => name(unit, unit.code)).join(language === 'en' ? ', ' : '、') : '—'}</dd>
        <dt>{t('taxonomyVersion')}</dt>
        <dd>{scenario.taxonomyVersion}</dd>
      </dl>
      <h3>{t('description')}</h3>
      <p className="scenario-description">{description ?? <span className="muted">{t('noDescription')}</span>}</p>
    </>
  );
}
