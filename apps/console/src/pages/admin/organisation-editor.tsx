import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, asApiError, http, type ApiError } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Field, focusFirstInvalid } from '../../ui/field';
import { shownAt } from '../../ui/form-errors';
import { ErrorMessage } from '../../ui/status';
import { useForgetOrganisations } from './admin.api';
import { messages } from './admin.messages';
import { createOrganisationRequestOf, EMPTY_ORGANISATION_FORM, ORGANISATION_KINDS, organisationChangesOf, organisationFormOf, type Organisation, type OrganisationForm } from './admin.model';
import { errorsAtFields, OtherFieldErrors } from './form-errors';
import { KIND_LABEL } from './organisation-kinds';

const isOrganisationField = shownAt('name', 'nameEn', 'kind', 'uscc', 'aliases', /^aliases\.\d+$/);

export type Editing = { mode: 'new' } | { mode: 'edit'; organisation: Organisation };

export function OrganisationEditor({ editing, onDone }: { editing: Editing; onDone: (saved: Organisation | null) => void }) {
  const t = useT(messages);
  const forgetOrganisations = useForgetOrganisations();
  const stored = editing.mode === 'edit' ? organisationFormOf(editing.organisation) : EMPTY_ORGANISATION_FORM;
  const [form, setForm] = useState<OrganisationForm>(stored);
  const [error, setError] = useState<ApiError | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const aliasInputs = useRef<Array<HTMLInputElement | null>>([]);
  const [focusAlias, setFocusAlias] = useState<number | null>(null);
  const errors = errorsAtFields(error);
  // No kind chosen: said in words, not as the server's list of the enum's codes.
  if (!form.kind && errors.has('kind')) errors.set('kind', t('chooseKind'));

  // Opening the form puts the cursor in its first field; a refusal moves it to the first field named.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);
  useEffect(() => {
    if (focusAlias !== null) aliasInputs.current[focusAlias]?.focus();
  }, [focusAlias]);

  const set =
    <K extends 'name' | 'nameEn' | 'kind' | 'uscc'>(key: K) =>
    (event: { target: { value: string } }) =>
      setForm((previous) => ({ ...previous, [key]: event.target.value }));
  const setAlias = (index: number, value: string) => setForm((previous) => ({ ...previous, aliases: previous.aliases.map((alias, i) => (i === index ? value : alias)) }));
  const addAlias = () => {
    setForm((previous) => ({ ...previous, aliases: [...previous.aliases, ''] }));
    setFocusAlias(form.aliases.length);
  };
  const removeAlias = (index: number) => {
    setForm((previous) => ({ ...previous, aliases: previous.aliases.filter((_, i) => i !== index) }));
    setFocusAlias(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setUnchanged(false);
    try {
      setBusy(true);
      if (editing.mode === 'new') {
        const created = await answer(http.POST('/api/admin/organisations', { body: createOrganisationRequestOf(form) }));
        forgetOrganisations();
        onDone(created);
        return;
      }
      const changes = organisationChangesOf(stored, form);
      if (Object.keys(changes).length === 0) {
        setUnchanged(true);
        setBusy(false);
        return;
      }
      const saved = await answer(http.PATCH('/api/admin/organisations/{id}', { params: { path: { id: editing.organisation.id } }, body: changes }));
      forgetOrganisations();
      onDone(saved);
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  const title = editing.mode === 'new' ? t('newOrganisation') : t('editOrganisation', { name: editing.organisation.name });
  const aliasListError = errors.get('aliases');
  return (
    <form ref={formRef} className="card admin-form admin-organisation-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="organisation-form-title">
      <h2 id="organisation-form-title">{title}</h2>
      {error ? (
        <>
          {error.code === 'ORGANISATION_EXISTS' ? <p className="notice">{t('organisationExists')}</p> : null}
          <ErrorMessage error={error} />
        </>
      ) : null}
      <OtherFieldErrors errors={errors} known={isOrganisationField} />
      <div className="form-grid">
        <Field id="organisation-name" label={t('name')} error={errors.get('name')} required>
          {(aria) => <input {...aria} value={form.name} onChange={set('name')} maxLength={100} required autoComplete="organization" />}
        </Field>
        <Field id="organisation-name-en" label={t('nameEn')} error={errors.get('nameEn')}>
          {(aria) => <input {...aria} value={form.nameEn} onChange={set('nameEn')} maxLength={150} lang="en" autoComplete="off" />}
        </Field>
        <Field id="organisation-kind" label={t('kind')} error={errors.get('kind')} required>
          {(aria) => (
            <select {...aria} value={form.kind} onChange={set('kind')} required>
              <option value="">{t('choose')}</option>
              {ORGANISATION_KINDS.map((one) => (
                <option key={one} value={one}>
                  {t(KIND_LABEL[one])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="organisation-uscc" label={t('uscc')} error={errors.get('uscc')} help={t('usccHelp')}>
          {(aria) => <input {...aria} value={form.uscc} onChange={set('uscc')} maxLength={18} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="admin-code" />}
        </Field>
      </div>
      <fieldset className="admin-aliases" aria-describedby={`organisation-aliases-help${aliasListError ? ' organisation-aliases-error' : ''}`}>
        <legend>{t('aliases')}</legend>
        <p id="organisation-aliases-help" className="muted small form-help">
          {t('aliasesHelp')}
        </p>
        {form.aliases.length === 0 ? <p className="muted small">{t('noAliases')}</p> : null}
        <ol className="admin-alias-list">
          {form.aliases.map((alias, index) => {
            const problem = errors.get(`aliases.${index}`);
            const n = index + 1;
            return (
              <li key={index}>
                <div className="admin-alias-row">
                  <input
                    ref={(element) => {
                      aliasInputs.current[index] = element;
                    }}
                    value={alias}
                    onChange={(event) => setAlias(index, event.target.value)}
                    aria-label={t('alias', { n })}
                    maxLength={100}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `organisation-alias-${index}-error` : undefined}
                  />
                  <button type="button" onClick={() => removeAlias(index)} aria-label={t('removeAlias', { n })}>
                    ✕
                  </button>
                </div>
                {problem ? (
                  <p id={`organisation-alias-${index}-error`} className="form-field-error">
                    {problem}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        {aliasListError ? (
          <p id="organisation-aliases-error" className="form-field-error">
            {aliasListError}
          </p>
        ) : null}
        <button type="button" onClick={addAlias} disabled={form.aliases.length >= 20}>
          {t('addAlias')}
        </button>
      </fieldset>
      {unchanged ? (
        <p className="notice" role="status">
          {t('nothingChanged')}
        </p>
      ) : null}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {editing.mode === 'new' ? t('createOrganisation') : t('saveOrganisation')}
        </button>
        <button type="button" onClick={() => onDone(null)} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
