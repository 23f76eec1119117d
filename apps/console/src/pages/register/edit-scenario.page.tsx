import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, asApiError, fieldErrors, http, type ApiError, type Schema } from '../../api/client';
import { useApiQuery, useInvalidateAll } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useLabel, useT } from '../../i18n/i18n';
import { Field, focusFirstInvalid } from '../../ui/field';
import { Page } from '../../ui/page';
import { ErrorMessage, Loadable } from '../../ui/status';
import { editFormOf, patchOf, type EditForm } from './edit-scenario.model';
import { messages } from './edit-scenario.messages';
import { BudgetFields, CoOwnerField, DistrictField, TierField, TitleFields } from './profile-fields';
import { profileOpenAt } from './profile-open';
import './register-scenario.css';

const route = getRouteApi('/scenarios/$id/edit');

export function EditScenarioPage() {
  const { id } = route.useParams();
  const t = useT(messages);
  const label = useLabel();
  const { hasRole } = useSession();
  const scenario = useApiQuery('/api/scenarios/{id}', { params: { path: { id } } });
  // Kept here: the form starts afresh (keyed by the revision) when the latest profile arrives after a conflict.
  const [conflicted, setConflicted] = useState(false);
  const reload = () => {
    setConflicted(true);
    scenario.reload();
  };
  return (
    <Page title={scenario.data ? `${t('title')}：${label(scenario.data.title)}` : t('title')}>
      {hasRole('officer', 'coordinator', 'admin') ? (
        <Loadable state={scenario}>
          {(data) =>
            profileOpenAt(data.stage) ? (
              <EditForm key={data.profileRevision} scenario={data} conflicted={conflicted} onConflict={reload} />
            ) : (
              <>
                <p className="notice">{t('locked')}</p>
                <p>
                  <Link to="/scenarios/$id" params={{ id }}>
                    {t('cancel')}
                  </Link>
                </p>
              </>
            )
          }
        </Loadable>
      ) : (
        <p className="notice">{t('notAllowed')}</p>
      )}
    </Page>
  );
}

function EditForm({ scenario, conflicted, onConflict }: { scenario: Schema<'Scenario'>; conflicted: boolean; onConflict: () => void }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const invalidateAll = useInvalidateAll();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<EditForm>(() => editFormOf(scenario));
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(conflicted ? t('versionMismatch') : null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  const set = (key: keyof EditForm) => (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [key]: event.target.value }));
  const back = () => void navigate({ to: '/scenarios/$id', params: { id: scenario.id } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch = patchOf(scenario, form);
    if (Object.keys(patch).length === 0) {
      setNotice(t('unchanged'));
      return;
    }
    setBusy(true);
    try {
      await answer(http.PATCH('/api/scenarios/{id}', { params: { path: { id: scenario.id } }, body: { ...patch, expectedRevision: scenario.profileRevision } }));
      await invalidateAll();
      back();
    } catch (caught) {
      const refusal = asApiError(caught);
      setBusy(false);
      if (refusal.code === 'VERSION_MISMATCH') return onConflict();
      setError(refusal);
      setNotice(refusal.code === 'SCENARIO_PROFILE_LOCKED' ? t('locked') : null);
    }
  }

  return (
    <form ref={formRef} className="reg-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('intro')}</p>
      {notice ? (
        <p className="notice" role="alert" tabIndex={-1}>
          {notice}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <fieldset>
        <legend>{t('sectionScenario')}</legend>
        <div className="form-grid">
          <TitleFields form={form} set={set} errors={errors} />
          <TierField form={form} set={set} errors={errors} />
          <DistrictField form={form} set={set} errors={errors} required={scenario.ownerType === 'district'} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('sectionBudget')}</legend>
        <div className="form-grid">
          <BudgetFields form={form} set={set} errors={errors} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('sectionMore')}</legend>
        <div className="form-grid">
          <div className="form-field form-wide">
            <label>
              <input type="checkbox" checked={form.sandboxNeeded} onChange={(e) => setForm((previous) => ({ ...previous, sandboxNeeded: e.target.checked }))} /> {t('sandboxNeeded')}
            </label>
          </div>
          <Field id="edit-sandbox-reason" label={t('sandboxReason')} error={errors.get('sandbox.reason')} wide>
            {(aria) => <textarea {...aria} value={form.sandboxReason} onChange={set('sandboxReason')} rows={2} />}
          </Field>
          <CoOwnerField id="edit-co-owners" form={form} set={set} errors={errors} />
          <Field id="edit-tags" label={t('tags')} error={errors.get('tags')} help={t('tagsHelp')} wide>
            {(aria) => <input {...aria} value={form.tags} onChange={set('tags')} />}
          </Field>
          <Field id="edit-contacts" label={t('contacts')} error={errors.get('contacts')} help={t('contactsHelp')} wide>
            {(aria) => <textarea {...aria} value={form.contacts} onChange={set('contacts')} rows={3} />}
          </Field>
        </div>
      </fieldset>
      <div className="reg-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        <Link to="/scenarios/$id" params={{ id: scenario.id }} className="button">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
