import { useState, type FormEvent } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useLabel, useT } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm-button';
import { Field } from '../../ui/field';
import { ErrorMessage } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from './consortia.messages';
import { kindLabel, MEMBER_KINDS, type Consortium, type MemberKind } from './consortia.model';
import { MembersTable } from './members-table';

/** One consortium: its lead and members with their roles and contributions; its lead's applicants add and remove members. */
export function ConsortiumCard({ consortium, onChanged }: { consortium: Consortium; onChanged: () => void }) {
  const t = useT(messages);
  const label = useLabel();
  const { busy, error, run } = useApiAction();
  const name = label(consortium.name);
  const titleId = `consortium-${consortium.id}-title`;
  const remove = (memberId: string) => run(() => answer(http.DELETE('/api/workflow/consortia/{id}/members/{memberId}', { params: { path: { id: consortium.id, memberId } } })), onChanged);

  return (
    <section className="card consortium" aria-labelledby={titleId}>
      <h2 id={titleId}>{name}</h2>
      <p className="muted small">
        {t('leadIs', { organisation: consortium.leadOrganisation })} · {t('memberCount', { count: consortium.members.length })} · {consortium.manageable ? t('manageable') : t('readOnly')}
      </p>
      {consortium.description ? <p>{consortium.description}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
      <MembersTable
        members={consortium.members}
        caption={t('membersOf', { name })}
        actions={
          consortium.manageable
            ? (member) =>
                member.role === 'member' ? (
                  <ConfirmButton
                    id={`consortium-${member.id}-remove`}
                    label={t('remove')}
                    confirmLabel={t('confirm')}
                    danger
                    busy={busy}
                    consequence={t('removeConsequence', { organisation: member.organisation, name })}
                    onConfirm={() => remove(member.id)}
                  />
                ) : null
            : undefined
        }
      />
      {consortium.manageable ? <AddMember consortiumId={consortium.id} onAdded={onChanged} /> : null}
    </section>
  );
}

function AddMember({ consortiumId, onAdded }: { consortiumId: string; onAdded: () => void }) {
  const t = useT(messages);
  const { busy, error, run } = useApiAction();
  const [organisation, setOrganisation] = useState('');
  const [kind, setKind] = useState<MemberKind>('enterprise');
  const [contribution, setContribution] = useState('');
  const fields = fieldErrors(error);
  // A duplicate is said at the organisation; a rule of the whole list (too many members) above the form.
  const onField = fields.has('organisation') || fields.has('contribution');
  const prefix = `consortium-${consortiumId}-add`;

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () => answer(http.POST('/api/workflow/consortia/{id}/members', { params: { path: { id: consortiumId } }, body: { organisation, kind, role: 'member', contribution } })),
      () => {
        setOrganisation('');
        setContribution('');
        onAdded();
      },
    );
  }

  return (
    <form className="consortium-add" onSubmit={submit} noValidate aria-label={t('addMember')}>
      <h3>{t('addMember')}</h3>
      {error && !onField ? <ErrorMessage error={error} /> : null}
      <Field id={`${prefix}-organisation`} label={t('organisation')} required error={fields.get('organisation')}>
        {(aria) => <input {...aria} value={organisation} onChange={(event) => setOrganisation(event.target.value)} required />}
      </Field>
      <Field id={`${prefix}-kind`} label={t('kind')} required>
        {(aria) => (
          <select {...aria} value={kind} onChange={(event) => setKind(event.target.value as MemberKind)}>
            {MEMBER_KINDS.map((known) => (
              <option key={known} value={known}>
                {kindLabel(t, known)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${prefix}-contribution`} label={t('contribution')} required error={fields.get('contribution')}>
        {(aria) => <input {...aria} value={contribution} onChange={(event) => setContribution(event.target.value)} required />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('adding') : t('add')}
      </button>
    </form>
  );
}
