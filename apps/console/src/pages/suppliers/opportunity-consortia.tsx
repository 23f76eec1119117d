import { useLabel, useT } from '../../i18n/i18n';
import { Empty } from '../../ui/status';
import { MatchReasons, type MatchReason } from './match-reasons';
import { messages } from './suppliers.messages';
import { TableWrap } from '../../ui/table-wrap';

/** A 场景创新联合体 ranked for an opportunity (GET /api/opportunities/{id}/suppliers, `consortia`). */
export interface ConsortiumMatch {
  kind: 'consortium';
  consortium: {
    id: string;
    name: { zh: string; en?: string };
    leadOrganisation: string;
    members: Array<{ organisation: string; kind: string; role: 'lead' | 'member'; contribution: string; supplierId: string | null }>;
  };
  score: number;
  reasons: Array<MatchReason & { members: string[] }>;
}

/** 匹配的联合体: scored on the union of the members' profiles, each reason naming the members whose offer met the need. */
export function OpportunityConsortia({ consortia }: { consortia: ConsortiumMatch[] }) {
  const t = useT(messages);
  const label = useLabel();
  return (
    <div className="consortium-matches">
      <h3 id="op-consortia">{t('consortiaTitle')}</h3>
      <p className="muted small">{t('consortiaIntro')}</p>
      {consortia.length === 0 ? (
        <Empty>{t('noConsortia')}</Empty>
      ) : (
        <TableWrap labelledBy="op-consortia">
          <table aria-labelledby="op-consortia">
            <thead>
              <tr>
                <th scope="col">{t('consortium')}</th>
                <th scope="col">{t('consortiumMembers')}</th>
                <th scope="col" className="number">{t('score')}</th>
                <th scope="col">{t('reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {consortia.map((entry) => (
                <tr key={entry.consortium.id}>
                  <th scope="row">
                    {label(entry.consortium.name)}
                    <div className="muted small">{t('consortiumLead', { lead: entry.consortium.leadOrganisation })}</div>
                  </th>
                  <td>
                    <ul className="match-reasons">
                      {entry.consortium.members.map((member) => (
                        <li key={member.organisation}>
                          {member.organisation} <span className="muted small">{member.role === 'lead' ? t('roleLead') : t('roleMember')}{member.supplierId ? '' : ` · ${t('memberNoProfile')}`}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="number match-score">{entry.score}</td>
                  <td>
                    <MatchReasons reasons={entry.reasons} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
