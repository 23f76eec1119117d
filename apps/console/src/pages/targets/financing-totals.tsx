import { useApiQuery } from '../../api/queries';
import type { Schema } from '../../api/client';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { allDomains, type Taxonomy } from '../../api/taxonomy';
import { formatWan } from '../../ui/money';
import { Loadable } from '../../ui/status';
import { messages } from '../scenario/financing.messages';
import { FINANCE_OFFICE, kindLabel } from '../scenario/financing.model';
import { TableWrap } from '../../ui/table-wrap';

type Totals = Schema<'FinancingTotals'>;
type Group = Totals['byKind'][number];

/** 市委金融办, the coordinator, admins, the leadership and auditors read the financing totals (others are refused by the server too). */
export function useReadsFinancingTotals(): boolean {
  const { user, hasRole } = useSession();
  return hasRole('coordinator', 'admin', 'leadership', 'auditor') || (hasRole('officer') && user?.unit === FINANCE_OFFICE);
}

/** 场景金融汇总 beside the scenario counts: records and amounts (万元, from fen with integer arithmetic) by kind, domain and district. */
export function FinancingTotals({ taxonomy }: { taxonomy: Taxonomy | undefined }) {
  const t = useT(messages);
  const label = useLabel();
  const totals = useApiQuery('/api/financing/totals');
  const domains = taxonomy ? allDomains(taxonomy) : [];
  const domainName = (code: string) => {
    const known = domains.find((d) => d.code === code);
    return known ? label({ zh: known.zhName, en: known.enName }) : code;
  };
  return (
    <section className="card targets-financing" aria-labelledby="targets-financing-title">
      <h2 id="targets-financing-title">{t('totalsTitle')}</h2>
      <p className="small muted">{t('totalsIntro')}</p>
      <Loadable state={totals}>
        {(data) => (
          <div className="targets-charts">
            <TotalsTable title={t('byKind')} groups={data.byKind} name={(key) => kindLabel(t, key)} overall={data.overall} />
            <TotalsTable title={t('byDomain')} groups={data.byDomain} name={domainName} />
            <TotalsTable title={t('byDistrict')} groups={data.byDistrict} name={(key) => key || t('noDistrict')} />
          </div>
        )}
      </Loadable>
    </section>
  );
}

function TotalsTable({ title, groups, name, overall }: { title: string; groups: Group[]; name: (key: string) => string; overall?: Totals['overall'] }) {
  const t = useT(messages);
  const row = (key: string, heading: string, g: Omit<Group, 'key'>) => (
    <tr key={key}>
      <th scope="row">{heading}</th>
      <td className="number">{g.count}</td>
      <td className="number">{formatWan(g.appliedFen)}</td>
      <td className="number">{formatWan(g.approvedFen)}</td>
      <td className="number">{formatWan(g.disbursedFen)}</td>
    </tr>
  );
  return (
    <TableWrap label={title}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col" className="number">{t('count')}</th>
            <th scope="col" className="number">{t('applied')}</th>
            <th scope="col" className="number">{t('approved')}</th>
            <th scope="col" className="number">{t('disbursed')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">{t('none')}</td>
            </tr>
          ) : (
            groups.map((g) => row(g.key, name(g.key), g))
          )}
          {overall ? row('(overall)', t('overall'), overall) : null}
        </tbody>
      </table>
    </TableWrap>
  );
}
