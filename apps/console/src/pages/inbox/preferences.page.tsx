import { Link } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { answer, ApiError, asApiError, http, type Schema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/i18n';
import type { Translate } from '../../i18n/messages';
import { beijingTime } from '../../ui/beijing-time';
import { Field, focusFirstInvalid } from '../../ui/field';
import { Page } from '../../ui/page';
import { ErrorMessage, Loadable } from '../../ui/status';
import { preferencesMessages } from './preferences.messages';
import './inbox.css';

type Preferences = Schema<'NotificationPreferences'>;
type Update = Schema<'PutNotificationsPreferencesRequest'>;
type Key = keyof typeof preferencesMessages.zh;

/** The form's state: every field as typed (times as HH:mm, the quiet hours with their own switch). */
interface Draft {
  language: Preferences['language'];
  emailEnabled: boolean;
  emailAddress: string;
  webhookEnabled: boolean;
  webhookUrl: string;
  webhookSecret: string;
  digestEnabled: boolean;
  digestAt: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
}

/** The field of the form a server path names (`email.address` → emailAddress), with the label to name it by. */
const PATHS: Record<string, { field: keyof Draft; label: Key }> = {
  'email.address': { field: 'emailAddress', label: 'emailAddress' },
  'webhook.url': { field: 'webhookUrl', label: 'webhookUrl' },
  'webhook.secret': { field: 'webhookSecret', label: 'webhookSecret' },
  'digest.at': { field: 'digestAt', label: 'digestAt' },
  'quietHours.start': { field: 'quietStart', label: 'quietStart' },
  'quietHours.end': { field: 'quietEnd', label: 'quietEnd' },
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const hhmm = (time: string) => time.slice(0, 5);

function draftOf(p: Preferences): Draft {
  return {
    language: p.language,
    emailEnabled: p.email.enabled,
    emailAddress: p.email.address ?? '',
    webhookEnabled: p.webhook.enabled,
    webhookUrl: p.webhook.url ?? '',
    webhookSecret: '',
    digestEnabled: p.digest.enabled,
    digestAt: hhmm(p.digest.at),
    quietEnabled: p.quietHours !== null,
    quietStart: hhmm(p.quietHours?.start ?? '22:00'),
    quietEnd: hhmm(p.quietHours?.end ?? '07:00'),
  };
}

/** What the server would refuse, in words, by field (checked before sending). */
function check(d: Draft, t: Translate<Key>): Partial<Record<keyof Draft, string>> {
  const problems: Partial<Record<keyof Draft, string>> = {};
  const address = d.emailAddress.trim();
  if (d.emailEnabled && !address) problems.emailAddress = t('emailMissing');
  else if (address && !EMAIL.test(address)) problems.emailAddress = t('emailInvalid');
  const url = d.webhookUrl.trim();
  if (d.webhookEnabled && !url) problems.webhookUrl = t('urlMissing');
  else if (url && !/^https?:\/\/\S+$/i.test(url)) problems.webhookUrl = t('urlInvalid');
  if (d.webhookSecret && d.webhookSecret.length < 16) problems.webhookSecret = t('secretShort');
  const times: Array<[keyof Draft, Key, boolean]> = [
    ['digestAt', 'digestAt', true],
    ['quietStart', 'quietStart', d.quietEnabled],
    ['quietEnd', 'quietEnd', d.quietEnabled],
  ];
  for (const [field, label, used] of times) if (used && !TIME.test(String(d[field]))) problems[field] = t('timeInvalid', { field: t(label) });
  return problems;
}

function updateOf(d: Draft): Update {
  const address = d.emailAddress.trim();
  const url = d.webhookUrl.trim();
  return {
    language: d.language,
    email: { enabled: d.emailEnabled, address: address || null },
    webhook: { enabled: d.webhookEnabled, url: url || null, ...(d.webhookSecret ? { secret: d.webhookSecret } : {}) },
    digest: { enabled: d.digestEnabled, at: d.digestAt },
    quietHours: d.quietEnabled ? { start: d.quietStart, end: d.quietEnd } : null,
  };
}

/** The caller's own preferences (a unit's are changed by its officers, elsewhere). */
const MINE = { params: { query: { scope: 'user' as const } } };

/** `/inbox/preferences`: how the signed-in user is told (language, email, webhook, daily digest, quiet hours). */
export function PreferencesPage() {
  const t = useT(preferencesMessages);
  const state = useApiQuery('/api/notifications/preferences', MINE);
  return (
    <Page title={t('title')} actions={<Link to="/inbox">{t('back')}</Link>}>
      <Loadable state={state}>{(data) => <PreferencesForm initial={data} />}</Loadable>
    </Page>
  );
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  const t = useT(preferencesMessages);
  const { language } = useLanguage();
  const client = useQueryClient();
  const [current, setCurrent] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = <F extends keyof Draft>(field: F, value: Draft[F]) => setDraft((previous) => ({ ...previous, [field]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSavedAt(null);
    setError(null);
    const found = check(draft, t);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      const saved = await answer(http.PUT('/api/notifications/preferences', { ...MINE, body: updateOf(draft) }));
      setCurrent(saved);
      setDraft(draftOf(saved));
      setSavedAt(new Date().toISOString());
      // The cached read is the saved answer (the form stays as it is, with its confirmation).
      client.setQueryData(['/api/notifications/preferences', MINE], saved);
    } catch (caught) {
      const refused = asApiError(caught);
      // The server's paths become the form's fields, in words; a refusal naming no known field is shown as it is.
      const mapped: Partial<Record<keyof Draft, string>> = {};
      for (const { path } of refused.fields) {
        const known = PATHS[path];
        if (known) mapped[known.field] = t('otherProblem', { field: t(known.label) });
      }
      setProblems(mapped);
      if (Object.keys(mapped).length === 0) setError(refused);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
    } finally {
      setBusy(false);
    }
  }

  const messages = Object.values(problems);
  const text = (field: keyof Draft, label: Key, type = 'text') => (
    <Field id={`pref-${field}`} label={t(label)} error={problems[field]}>
      {(aria) => <input {...aria} type={type} value={String(draft[field])} onChange={(e) => set(field, e.target.value as never)} />}
    </Field>
  );
  const toggle = (field: 'emailEnabled' | 'webhookEnabled' | 'digestEnabled' | 'quietEnabled', label: Key) => (
    <label className="pref-toggle">
      <input type="checkbox" checked={draft[field]} onChange={(e) => set(field, e.target.checked)} /> {t(label)}
    </label>
  );

  return (
    <form ref={form} className="card pref-form" onSubmit={(e) => void save(e)} noValidate>
      <p className="muted">{t('intro')}</p>
      {current.stored ? null : <p className="notice">{t('defaults')}</p>}
      {messages.length > 0 ? (
        <div className="form-other-errors" role="alert">
          <p>{t('problems', { count: messages.length })}</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}

      <fieldset className="pref-group">
        <legend>{t('language')}</legend>
        {(['zh-CN', 'en'] as const).map((option) => (
          <label key={option} className="pref-toggle">
            <input type="radio" name="pref-language" checked={draft.language === option} onChange={() => set('language', option)} /> {t(option === 'en' ? 'languageEn' : 'languageZh')}
          </label>
        ))}
      </fieldset>

      <fieldset className="pref-group">
        <legend>{t('channels')}</legend>
        {toggle('emailEnabled', 'emailEnabled')}
        {text('emailAddress', 'emailAddress', 'email')}
        {toggle('webhookEnabled', 'webhookEnabled')}
        {text('webhookUrl', 'webhookUrl', 'url')}
        <Field id="pref-webhookSecret" label={t('webhookSecret')} error={problems.webhookSecret} help={t(current.webhook.secretSet ? 'secretSet' : 'secretUnset')}>
          {(aria) => <input {...aria} type="password" autoComplete="new-password" value={draft.webhookSecret} onChange={(e) => set('webhookSecret', e.target.value)} />}
        </Field>
      </fieldset>

      <fieldset className="pref-group">
        <legend>{t('digest')}</legend>
        {toggle('digestEnabled', 'digestEnabled')}
        {text('digestAt', 'digestAt', 'time')}
      </fieldset>

      <fieldset className="pref-group">
        <legend>{t('quiet')}</legend>
        {toggle('quietEnabled', 'quietEnabled')}
        <div className="pref-times">
          {text('quietStart', 'quietStart', 'time')}
          {text('quietEnd', 'quietEnd', 'time')}
        </div>
        <p className="muted small">{t('quietHint')}</p>
      </fieldset>

      {savedAt ? (
        <p className="success" role="status">
          {t('saved', { time: beijingTime(savedAt, language, 'minutes') })}
        </p>
      ) : null}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
