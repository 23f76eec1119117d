import { useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLanguage, useT } from '../../i18n/i18n';
import { beijingTime } from '../../ui/beijing-time';
import { Loadable } from '../../ui/status';
import { BenefitSharingForm } from './benefit-sharing-form';
import { messages } from './benefit-sharing.messages';
import { formatBasisPoints, roleLabel, type BenefitSharingAgreement, type BenefitSharingOverview } from './benefit-sharing.model';
import { SectionCard } from '../../ui/section-card';
import { TableWrap } from '../../ui/table-wrap';

/** Who reads a scenario's benefit sharing: its owner unit's officers, the coordinator and admins; the owner unit alone writes. */
export function useBenefitSharingAccess(ownerUnit: string | undefined): { reads: boolean; writes: boolean } {
  const { user, hasRole } = useSession();
  const owns = Boolean(ownerUnit) && hasRole('officer') && user?.unit === ownerUnit;
  return { reads: owns || hasRole('coordinator', 'admin'), writes: owns };
}

/** 收益分享 on the scenario page: what it rests on, the current version, the earlier ones, and the make/amend form for the owner unit. */
export function BenefitSharingSection({ scenarioId, writes, stageName }: { scenarioId: string; writes: boolean; stageName: (path: string | null) => string }) {
  const t = useT(messages);
  const overview = useApiQuery('/api/scenarios/{scenarioId}/benefit-sharing', { params: { path: { scenarioId } } });
  const [done, setDone] = useState<string | null>(null);
  return (
    <SectionCard id="benefit-sharing" className="scenario-benefit-sharing" title={t('title')} intro={t('intro')} notice={done}>
      <Loadable state={overview}>
        {(data) => (
          <>
            <Basis overview={data} stageName={stageName} />
            {data.current ? <Agreement agreement={data.current} /> : <p className="empty">{t('none')}</p>}
            {data.versions.length > 1 ? <EarlierVersions versions={data.versions.slice(1)} /> : null}
            {writes && data.basis.refusals.length === 0 ? (
              <BenefitSharingForm
                key={data.current?.version ?? 0}
                scenarioId={scenarioId}
                current={data.current}
                onSaved={(version) => {
                  setDone(t('saved', { version }));
                  overview.reload();
                }}
              />
            ) : null}
          </>
        )}
      </Loadable>
    </SectionCard>
  );
}

function Basis({ overview, stageName }: { overview: BenefitSharingOverview; stageName: (path: string | null) => string }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const { basis } = overview;
  return (
    <div className="benefit-basis">
      {basis.refusals.length > 0 ? (
        <div className="notice" role="note">
          <p>{t('notYet')}</p>
          <ul>
            {basis.refusals.map((refusal) => (
              <li key={refusal.code}>{language === 'zh' ? refusal.zh : refusal.en}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="muted small">
        <li>{t('basisStage', { stage: stageName(basis.stage) })}</li>
        {basis.pilot ? <li>{t('pilotPassed', { at: beijingTime(basis.pilot.finalizedAt, language) })}</li> : null}
        {basis.value ? <li>{t('valuePassed', { at: beijingTime(basis.value.finalizedAt, language) })}</li> : null}
      </ul>
    </div>
  );
}

/** One version: the parties and their shares, the basis, the dates, and the assessments it rests on. */
export function Agreement({ agreement, heading }: { agreement: BenefitSharingAgreement; heading?: boolean }) {
  const t = useT(messages);
  const total = agreement.parties.reduce((sum, party) => sum + party.shareBasisPoints, 0);
  const title = agreement.current ? t('current', { version: agreement.version }) : t('version', { version: agreement.version });
  return (
    <div className="benefit-agreement">
      {heading === false ? null : (
        <h3>
          {title} <span className={agreement.current ? 'badge' : 'badge muted'}>{agreement.current ? t('currentBadge') : t('supersededBadge')}</span>
        </h3>
      )}
      <TableWrap label={title}>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('party')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col" className="number">
                {t('share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {agreement.parties.map((party) => (
              <tr key={party.name}>
                <td>{party.name}</td>
                <td>{roleLabel(t, party.role)}</td>
                <td className="number">{formatBasisPoints(party.shareBasisPoints)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('total')}
              </th>
              <td className="number">{formatBasisPoints(total)}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
      <dl className="benefit-facts">
        <dt>{t('basis')}</dt>
        <dd>{agreement.basis}</dd>
        <dt>{t('effective')}</dt>
        <dd>{agreement.effectiveTo ? t('period', { from: agreement.effectiveFrom, to: agreement.effectiveTo }) : t('openEnded', { from: agreement.effectiveFrom })}</dd>
        {agreement.amendmentReason ? (
          <>
            <dt>{t('amendmentReason')}</dt>
            <dd>{agreement.amendmentReason}</dd>
          </>
        ) : null}
        <dt>{t('restsOn')}</dt>
        <dd className="small">
          {t('pilotAssessment', { id: agreement.pilotAssessmentId.slice(0, 8) })}；{t('valueAssessment', { id: agreement.valueAssessmentId.slice(0, 8) })}
        </dd>
      </dl>
    </div>
  );
}

function EarlierVersions({ versions }: { versions: BenefitSharingAgreement[] }) {
  const t = useT(messages);
  return (
    <div className="benefit-versions">
      <h3>{t('versions')}</h3>
      {versions.map((version) => (
        <details key={version.version}>
          <summary>
            {t('version', { version: version.version })} · {version.effectiveFrom}
          </summary>
          <Agreement agreement={version} heading={false} />
        </details>
      ))}
    </div>
  );
}
