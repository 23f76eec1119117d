import { useEffect, useRef, useState, type FormEvent } from 'react';
import { asApiError, fieldErrors, type ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useT } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/status';
import { useTitle } from '../../ui/title';
import { messages } from './change-password.messages';

/** Shown instead of the console while the signed-in password must change: the server refuses everything else. */
export function ChangePasswordPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { changePassword, signOut } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useTitle(t('title'));
  useEffect(() => first.current?.focus(), []);

  const mismatch = repeat !== '' && repeat !== next;
  const byPath = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="password-title" noValidate>
        <div className="login-brand">
          <span className="brand-name">{tc('appName')}</span>
          <span className="brand-subtitle">{tc('appSubtitle')}</span>
        </div>
        <h1 id="password-title">{t('title')}</h1>
        <p className="notice">{t('why')}</p>
        <label htmlFor="password-current">{t('current')}</label>
        <input id="password-current" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} ref={first} />
        <label htmlFor="password-next">{t('next')}</label>
        <input
          id="password-next"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          aria-invalid={byPath.has('newPassword')}
          aria-describedby={byPath.has('newPassword') ? 'password-next-error' : undefined}
        />
        {byPath.has('newPassword') ? (
          <p id="password-next-error" className="error">
            {byPath.get('newPassword')}
          </p>
        ) : null}
        <label htmlFor="password-repeat">{t('repeat')}</label>
        <input id="password-repeat" type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} aria-invalid={mismatch} aria-describedby={mismatch ? 'password-repeat-error' : undefined} />
        {mismatch ? (
          <p id="password-repeat-error" className="error">
            {t('mismatch')}
          </p>
        ) : null}
        {error && !byPath.has('newPassword') ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="primary" disabled={busy || !current || !next || mismatch || repeat === ''}>
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" className="link" onClick={signOut}>
          {t('signOut')}
        </button>
      </form>
    </main>
  );
}
