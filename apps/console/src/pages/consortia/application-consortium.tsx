import { useApiQuery } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { messages } from './consortia.messages';
import { MembersTable } from './members-table';

interface SubjectConsortium {
  consortiumId: string;
  name: { zh: string; en?: string };
  members: Array<{ organisation: string; kind: string; role: 'lead' | 'member'; contribution: string }>;
}

/** The consortium an application is made by, with its members as they were when it was opened (every one a party in review). */
export function ApplicationConsortium({ consortium }: { consortium: SubjectConsortium }) {
  const t = useT(messages);
  const label = useLabel();
  return (
    <section className="card applications-section" aria-labelledby="application-consortium-title">
      <h2 id="application-consortium-title">{t('consortiumIs', { name: label(consortium.name) })}</h2>
      <p className="muted small">{t('intro')}</p>
      <MembersTable members={consortium.members} caption={t('members')} />
    </section>
  );
}

/** On the application form: apply alone, or in the name of a consortium the caller's organisation leads. */
export function ConsortiumPicker({ value, onChange }: { value: string; onChange: (consortiumId: string) => void }) {
  const t = useT(messages);
  const label = useLabel();
  const { hasRole } = useSession();
  const list = useApiQuery(hasRole('applicant') ? '/api/workflow/consortia' : null, { params: { query: { limit: 100 } } });
  const led = (list.data?.items ?? []).filter((consortium) => consortium.manageable);
  if (led.length === 0) return null;
  return (
    <Field id="application-consortium" label={t('applyAs')} help={t('applyAsHelp')}>
      {(aria) => (
        <select {...aria} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('applyAlone')}</option>
          {led.map((consortium) => (
            <option key={consortium.id} value={consortium.id}>
              {label(consortium.name)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
