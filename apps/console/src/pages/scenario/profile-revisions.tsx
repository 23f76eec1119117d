import type { Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useLabel, useLanguage, useT } from '../../i18n/i18n';
import { Empty, Loadable } from '../../ui/status';
import { messages } from './profile.messages';
import { beijingTime } from '../../ui/beijing-time';
import { formatYuan } from '../../ui/money';
import { TableWrap } from '../../ui/table-wrap';
import { messages as registrationMessages } from '../register/register-scenario.messages';
import { FUNDING_SOURCES, type FundingSource } from '../register/registration.model';

type Key = keyof typeof messages.zh;

const FIELDS: Record<string, Key> = {
  title: 'fieldTitle',
  description: 'fieldDescription',
  tier: 'fieldTier',
  district: 'fieldDistrict',
  budget: 'fieldBudget',
  sandbox: 'fieldSandbox',
  tags: 'fieldTags',
  contacts: 'fieldContacts',
  coOwnerUnits: 'fieldCoOwnerUnits',
};

const TIERS: Record<string, Key> = {
  'comprehensive-major': 'tierComprehensiveMajor',
  'industry-integrated': 'tierIndustryIntegrated',
  'high-value-niche': 'tierHighValueNiche',
};

/** A recorded amount of fen, as 元 (a revision written before fen is shown as it was). */
function fenText(value: unknown): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatYuan(value) : String(value ?? '');
}

/** The profile's changes, newest first: when (Beijing time), who, and each field before → after in words. */
export function ProfileRevisions({ scenarioId }: { scenarioId: string }) {
  const t = useT(messages);
  const { language } = useLanguage();
  const revisions = useApiQuery('/api/scenarios/{id}/revisions', { params: { path: { id: scenarioId } } });
  return (
    <Loadable state={revisions}>
      {(data) =>
        data.items.length === 0 ? (
          <Empty>{t('noChanges')}</Empty>
        ) : (
          <TableWrap label={t('changes')}>
            <table className="revisions-table">
              <thead>
                <tr>
                  <th scope="col">{t('changedAt')}</th>
                  <th scope="col">{t('changedBy')}</th>
                  <th scope="col">{t('what')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((revision) => (
                  <tr key={revision.revision}>
                    <td>
                      <time dateTime={revision.changedAt}>{beijingTime(revision.changedAt, language)}</time>
                    </td>
                    <td>{revision.changedBy}</td>
                    <td>
                      <ul className="revision-changes">
                        {revision.changes.map((change) => (
                          <Change key={change.field} change={change} />
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )
      }
    </Loadable>
  );
}

function Change({ change }: { change: Schema<'ScenarioProfileChange'> }) {
  const t = useT(messages);
  const tr = useT(registrationMessages);
  const label = useLabel();
  const { language } = useLanguage();
  const list = (items: string[]) => items.join(language === 'en' ? ', ' : '、');

  /** A value of the profile in words (the API sends each field as the profile holds it). */
  const words = (value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('empty');
    if (change.field === 'tier' && typeof value === 'string') return TIERS[value] ? t(TIERS[value]) : value;
    if (typeof value !== 'object') return String(value);
    if (Array.isArray(value)) return list(value.map((item) => (typeof item === 'object' && item ? Object.values(item as Record<string, unknown>).join(' ') : String(item))));
    const record = value as Record<string, unknown>;
    if (change.field === 'budget') {
      const source = String(record['fundingSource'] ?? '');
      const parts = [t('yuan', { amount: fenText(record['totalFen']) }), source in FUNDING_SOURCES ? tr(FUNDING_SOURCES[source as FundingSource]) : source];
      if (record['newScenarioReserveFen'] !== undefined) parts.push(t('reserve', { amount: fenText(record['newScenarioReserveFen']) }));
      return list(parts.filter(Boolean));
    }
    if (change.field === 'sandbox') return [record['needed'] ? t('sandboxYes') : t('sandboxNo'), record['reason']].filter(Boolean).join(language === 'en' ? ': ' : '：');
    return label(record as { zh?: string; en?: string });
  };

  return (
    <li>
      <strong>{FIELDS[change.field] ? t(FIELDS[change.field]) : change.field}</strong>：{words(change.before)} → {words(change.after)}
    </li>
  );
}
