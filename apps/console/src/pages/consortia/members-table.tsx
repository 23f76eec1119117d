import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { messages } from './consortia.messages';
import { kindLabel, roleLabel } from './consortia.model';
import { TableWrap } from '../../ui/table-wrap';

interface Member {
  organisation: string;
  kind: string;
  role: 'lead' | 'member';
  contribution: string;
}

/** A consortium's members (organisation, kind, role, contribution), with a last column of actions when `actions` is given. */
export function MembersTable<M extends Member>({ members, caption, actions }: { members: readonly M[]; caption: string; actions?: (member: M) => ReactNode }) {
  const t = useT(messages);
  return (
    <TableWrap label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisation')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('contribution')}</th>
            {actions ? <th scope="col">{t('actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            // An organisation is a member once (the workflow refuses a duplicate).
            <tr key={member.organisation}>
              <td>{member.organisation}</td>
              <td>{kindLabel(t, member.kind)}</td>
              <td>{roleLabel(t, member.role)}</td>
              <td>{member.contribution}</td>
              {actions ? <td>{actions(member)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
