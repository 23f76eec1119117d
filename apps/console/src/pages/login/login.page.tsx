import { useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/i18n';
import { useTitle } from '../../ui/title';
import { ssoErrorText } from './sso-errors';
import { messages } from './login.messages';

/** Where the person was going, without the single sign-on error (it is shown once, not carried along). */
function withoutSsoError(pathname: string, searchStr: string): string {
  const search = new URLSearchParams(searchStr);
  search.delete('sso_error');
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function LoginPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { language, setLanguage } = useLanguage();
  const { signIn, endedBecause } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const sso = useSingleSignOn();
  const navigate = useNavigate();
  const { pathname, searchStr } = useLocation();
  // Why a single sign-on came back here: read once, then taken out of the address (a reload does not repeat it).
  const [ssoError] = useState(() => new URLSearchParams(searchStr).get('sso_error'));
  const here = withoutSsoError(pathname, searchStr);
  useEffect(() => {
    if (new URLSearchParams(searchStr).has('sso_error')) void navigate({ href: here, replace: true });
  }, [navigate, searchStr, here]);
  useTitle(t('title'));
  // The sign-in page has one job: put the cursor where the user starts.
  useEffect(() => usernameInput.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title" noValidate>
        <div className="login-brand">
          <span className="brand-name">{tc('appName')}</span>
          <span className="brand-subtitle">{tc('appSubtitle')}</span>
        </div>
        <h1 id="login-title">{t('title')}</h1>
        {ssoError ? (
          <p className="error" role="alert">
            {ssoErrorText(ssoError)}
          </p>
        ) : null}
        {sso ? (
          <>
            <a className="button primary sso-button" href={`/api/auth/oidc/login?returnTo=${encodeURIComponent(here)}`}>
              通过 {sso.zh} 登录 Sign in with {sso.en}
            </a>
            <p className="muted small login-or">{t('or')}</p>
          </>
        ) : null}
        {endedBecause === 'expired' ? (
          <p className="notice" role="status">
            {t('expired')}
          </p>
        ) : null}
        <label htmlFor="login-username">{t('username')}</label>
        <input id="login-username" name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} ref={usernameInput} />
        <label htmlFor="login-password">{t('password')}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy || !username || !password}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
        <p className="muted small">{t('demoHint')}</p>
        <button type="button" className="link" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {language === 'zh' ? tc('switchToEnglish') : tc('switchToChinese')}
        </button>
      </form>
    </main>
  );
}

/** The provider's name when single sign-on is on (`GET /api/auth/oidc`), else null: no button. */
function useSingleSignOn(): { zh: string; en: string } | null {
  const [name, setName] = useState<{ zh: string; en: string } | null>(null);
  useEffect(() => {
    let current = true;
    fetch('/api/auth/oidc', { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<{ enabled: boolean; providerName: { zh: string; en: string } | null }>) : null))
      .then((status) => {
        if (current && status?.enabled && status.providerName) setName(status.providerName);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return name;
}
