import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { answer, fieldErrors, http } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { common } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { listFieldError, needsGeneralError, shownAt } from '../../ui/form-errors';
import { Page } from '../../ui/page';
import { ErrorMessage, Loading } from '../../ui/status';
import { useApiAction } from '../../ui/use-api-action';
import { bodyOf, draftOf, type ProfileDraft } from './supplier-profile.model';
import { messages } from './suppliers.messages';
import './suppliers.css';

/** `/suppliers/mine`: an applicant writes its organisation's supplier profile and reaches the opportunities matched to it. */
export function SupplierProfilePage() {
  const t = useT(messages);
  const mine = useApiQuery('/api/suppliers/mine', {});
  const missing = mine.error?.status === 404;
  // Kept here: the form is shown again once the saved profile is read back, and says it was saved.
  const [saved, setSaved] = useState(false);
  if (mine.error && !missing) {
    return (
      <Page title={t('profileTitle')}>
        <ErrorMessage error={mine.error} onRetry={mine.reload} />
      </Page>
    );
  }
  if (!mine.data && !missing) {
    return (
      <Page title={t('profileTitle')}>
        <Loading />
      </Page>
    );
  }
  return (
    <ProfileForm
      profile={mine.data}
      saved={saved}
      onSaving={() => setSaved(false)}
      onSaved={() => {
        setSaved(true);
        mine.reload();
      }}
    />
  );
}

/** The body's fields, each shown at its own field of the form. */
const PROFILE_FIELDS = shownAt('capabilities', 'tags.*', 'products.*', 'domains.*', 'districts.*', 'firstSetRecognitions.*');

type LoadedProfile = ReturnType<typeof useApiQuery<'/api/suppliers/mine'>>['data'];

function ProfileForm({ profile, saved, onSaving, onSaved }: { profile: LoadedProfile; saved: boolean; onSaving: () => void; onSaved: () => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const { language } = useLanguage();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [lineError, setLineError] = useState<string | undefined>();
  const action = useApiAction();
  const fields = fieldErrors(action.error);
  // The list fields show the first of their items' errors, with the item's number.
  const at = (name: string) => listFieldError(fields, name, (n, message) => tc('itemError', { n, message }));

  const set = (key: keyof ProfileDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  async function submit(event: FormEvent) {
    event.preventDefault();
    onSaving();
    const body = bodyOf(draft);
    if ('badFirstSetLines' in body) {
      setLineError(t('firstSetInvalid', { line: body.badFirstSetLines.join(language === 'zh' ? '、' : ', ') }));
      return;
    }
    setLineError(undefined);
    await action.run(() => answer(http.PUT('/api/suppliers/mine', { body })), onSaved);
  }

  return (
    <Page title={t('profileTitle')}>
      <p className="muted">{t('profileIntro')}</p>
      {!profile ? <p className="notice">{t('noProfile')}</p> : null}
      {profile ? (
        <section className="card supplier-card" aria-labelledby="supplier-standing">
          <h2 id="supplier-standing">{profile.organisation}</h2>
          <dl className="supplier-meta">
            <div>
              <dt>{t('credit')}</dt>
              <dd className={profile.credit.status === 'restricted' ? 'supplier-restricted' : undefined}>
                {profile.credit.status === 'restricted' ? t('creditRestricted', { since: profile.credit.since ?? '', reason: profile.credit.reason ?? '' }) : t('creditNormal')}
              </dd>
            </div>
            <div>
              <dt>{t('trackRecord')}</dt>
              <dd>{t('trackRecordValue', { n: profile.trackRecord.agreements })}</dd>
            </div>
          </dl>
          <p>
            <Link to="/suppliers/$id/opportunities" params={{ id: profile.id }}>
              {t('matchedOpportunities')}
            </Link>
          </p>
        </section>
      ) : null}
      <form className="card supplier-form" onSubmit={(event) => void submit(event)} noValidate>
        {action.error && needsGeneralError(fields, PROFILE_FIELDS) ? <ErrorMessage error={action.error} /> : null}
        {saved ? (
          <p role="status" className="notice">
            {t('saved')}
          </p>
        ) : null}
        <Field id="supplier-capabilities" label={t('capabilities')} required help={t('capabilitiesHelp')} error={at('capabilities')}>
          {(aria) => <textarea {...aria} rows={4} value={draft.capabilities} onChange={set('capabilities')} required />}
        </Field>
        <Field id="supplier-tags" label={t('tags')} help={t('tagsHelp')} error={at('tags')}>
          {(aria) => <input {...aria} value={draft.tags} onChange={set('tags')} />}
        </Field>
        <Field id="supplier-products" label={t('products')} help={t('productsHelp')} error={at('products')}>
          {(aria) => <textarea {...aria} rows={3} value={draft.products} onChange={set('products')} />}
        </Field>
        <Field id="supplier-domains" label={t('domains')} help={t('domainsHelp')} error={at('domains')}>
          {(aria) => <input {...aria} value={draft.domains} onChange={set('domains')} />}
        </Field>
        <Field id="supplier-districts" label={t('districts')} help={t('districtsHelp')} error={at('districts')}>
          {(aria) => <input {...aria} value={draft.districts} onChange={set('districts')} />}
        </Field>
        <Field id="supplier-first-set" label={t('firstSet')} help={t('firstSetHelp')} error={lineError ?? at('firstSetRecognitions')}>
          {(aria) => <textarea {...aria} rows={2} value={draft.firstSet} onChange={set('firstSet')} />}
        </Field>
        <button type="submit" disabled={action.busy}>
          {action.busy ? t('saving') : t('save')}
        </button>
      </form>
    </Page>
  );
}
