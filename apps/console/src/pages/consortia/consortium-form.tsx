import { useState, type FormEvent } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { ErrorMessage } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { messages } from './consortia.messages';
import { kindLabel, MEMBER_KINDS, type Consortium, type MemberKind } from './consortia.model';

interface Row {
  key: number;
  organisation: string;
  kind: MemberKind;
  contribution: string;
}

const emptyRow = (key: number): Row => ({ key, organisation: '', kind: 'enterprise', contribution: '' });

/** An applicant creates a consortium: their own organisation is the lead (first in the list), then one row per member. */
export function ConsortiumForm({ organisation, onCreated }: { organisation: string; onCreated: (created: Consortium) => void }) {
  const t = useT(messages);
  const { busy, error, run } = useApiAction();
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [description, setDescription] = useState('');
  const [leadKind, setLeadKind] = useState<MemberKind>('enterprise');
  const [leadContribution, setLeadContribution] = useState('');
  const [rows, setRows] = useState<Row[]>([emptyRow(1)]);
  const fields = fieldErrors(error);
  const setRow = (key: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const members = [
      { organisation, kind: leadKind, role: 'lead' as const, contribution: leadContribution },
      ...rows.map((row) => ({ organisation: row.organisation, kind: row.kind, role: 'member' as const, contribution: row.contribution })),
    ];
    const body = { name: { zh: nameZh, ...(nameEn.trim() ? { en: nameEn } : {}) }, ...(description.trim() ? { description } : {}), members };
    let created: Consortium | null = null;
    void run(
      async () => {
        created = await answer(http.POST('/api/workflow/consortia', { body }));
      },
      () => {
        setNameZh('');
        setNameEn('');
        setDescription('');
        setLeadContribution('');
        setRows([emptyRow(1)]);
        if (created) onCreated(created);
      },
    );
  }

  return (
    <form className="card consortium-form" onSubmit={submit} noValidate aria-labelledby="consortium-create-title">
      <h2 id="consortium-create-title">{t('createTitle')}</h2>
      <p className="muted small">{t('createIntro', { organisation })}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <Field id="consortium-name-zh" label={t('nameZh')} required error={fields.get('name.zh')}>
        {(aria) => <input {...aria} value={nameZh} onChange={(event) => setNameZh(event.target.value)} required />}
      </Field>
      <Field id="consortium-name-en" label={t('nameEn')} error={fields.get('name.en')}>
        {(aria) => <input {...aria} lang="en" value={nameEn} onChange={(event) => setNameEn(event.target.value)} />}
      </Field>
      <Field id="consortium-description" label={t('description')} wide error={fields.get('description')}>
        {(aria) => <textarea {...aria} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />}
      </Field>
      <fieldset className="consortium-row">
        <legend>{t('leadIs', { organisation })}</legend>
        <KindSelect id="consortium-lead-kind" value={leadKind} onChange={setLeadKind} />
        <Field id="consortium-lead-contribution" label={t('leadContribution')} required error={fields.get('members.0.contribution')}>
          {(aria) => <input {...aria} value={leadContribution} onChange={(event) => setLeadContribution(event.target.value)} required />}
        </Field>
      </fieldset>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="consortium-row">
          <legend>{t('memberN', { n: index + 1 })}</legend>
          <Field id={`consortium-member-${row.key}-organisation`} label={t('organisation')} required error={fields.get(`members.${index + 1}.organisation`)}>
            {(aria) => <input {...aria} value={row.organisation} onChange={(event) => setRow(row.key, { organisation: event.target.value })} required />}
          </Field>
          <KindSelect id={`consortium-member-${row.key}-kind`} value={row.kind} onChange={(kind) => setRow(row.key, { kind })} />
          <Field id={`consortium-member-${row.key}-contribution`} label={t('contribution')} required error={fields.get(`members.${index + 1}.contribution`)}>
            {(aria) => <input {...aria} value={row.contribution} onChange={(event) => setRow(row.key, { contribution: event.target.value })} required />}
          </Field>
          {rows.length > 1 ? (
            <button type="button" className="link" onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
              {t('removeRow', { n: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" onClick={() => setRows((current) => [...current, emptyRow(Math.max(...current.map((row) => row.key)) + 1)])}>
          {t('addRow')}
        </button>
        <button type="submit" disabled={busy}>
          {busy ? t('creating') : t('create')}
        </button>
      </div>
    </form>
  );
}

function KindSelect({ id, value, onChange }: { id: string; value: MemberKind; onChange: (kind: MemberKind) => void }) {
  const t = useT(messages);
  return (
    <Field id={id} label={t('kind')} required>
      {(aria) => (
        <select {...aria} value={value} onChange={(event) => onChange(event.target.value as MemberKind)}>
          {MEMBER_KINDS.map((known) => (
            <option key={known} value={known}>
              {kindLabel(t, known)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
