import { useEffect, useRef, useState, type FormEvent } from 'react';
import { asApiError, fieldErrors, type ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { common } from '../../i18n/common.messages';
import { defineMessages, useT } from '../../i18n/i18n';
import { useTitle } from '../../router/router';
import { ErrorMessage } from '../../ui/status';

const messages = defineMessages({
  zh: {
    title: '修改密码',
    why: '您的密码由他人设置（首次启动生成或管理员重置），请先设置只有您知道的新密码。',
    current: '当前密码',
    next: '新密码（至少 12 个字符）',
    repeat: '再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    save: '保存新密码',
    saving: '正在保存…',
    signOut: '退出登录',
  },
  en: {
    title: 'Change your password',
    why: 'Your password was set by someone else (generated at first start, or reset by an administrator): choose one only you know before going on.',
    current: 'Current password',
    next: 'New password (at least 12 characters)',
    repeat: 'New password again',
    mismatch: 'The two new passwords differ',
    save: 'Save the new password',
    saving: 'Saving…',
    signOut: 'Sign out',
  },
});

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
